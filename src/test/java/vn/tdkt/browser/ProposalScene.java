package vn.tdkt.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.workflow.JsonVars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's proposal for Chiến sĩ thi đua cấp tỉnh (commendation-proposal, then council-review), every step by the
 * person who does it, in Tasklist and on the dossier page: Sở Tư pháp's officer proposes two of its people and
 * uploads the dossier; the head signs the tờ trình; the intake returns the dossier, the officer supplements it, the
 * head signs again and the intake accepts; the specialist returns it after appraisal, the officer supplements it
 * again, it is signed and accepted again; the specialist asks Công an tỉnh for hiệp y, records its answer and
 * concludes; the Sở Nội vụ head approves. CSTĐ cấp tỉnh needs the council (needs-council.dmn): the secretary calls a
 * session, puts the proposal on the agenda, takes attendance without a quorum and postpones, takes it again with two
 * members absent with a written ballot and one absent without; the twelve present members vote (one nominee passes,
 * the other does not), the secretary enters the written ballots, closes the vote and numbers the minutes, the chair
 * reads the minutes PDF and confirms them; the chairman decides; the unit's officer reads the decision and the
 * certificate as PDFs on the dossier page.
 */
final class ProposalScene {

    static final String PROPOSAL = "Đề nghị khen thưởng";
    static final String DOSSIER = "Hoàn thiện hồ sơ đề nghị khen thưởng";
    static final String HEAD_SIGN = "Thủ trưởng ký tờ trình đề nghị khen thưởng";
    static final String INTAKE = "Tiếp nhận hồ sơ đề nghị khen thưởng";
    static final String APPRAISE = "Thẩm định hồ sơ đề nghị khen thưởng";
    static final String CONCURRENCE = "Ghi nhận ý kiến hiệp y của cơ quan liên quan";
    static final String APPROVE_APPRAISAL = "Lãnh đạo Sở Nội vụ duyệt kết quả thẩm định";
    static final String CHAIRMAN_DECISION = "Chủ tịch UBND tỉnh quyết định khen thưởng";
    static final String SESSION = "Phiên họp Hội đồng Thi đua - Khen thưởng tỉnh";
    static final String SELECT = "Chọn hồ sơ trình phiên họp Hội đồng";
    static final String ATTENDANCE = "Điểm danh thành viên, khai mạc phiên họp";
    static final String POSTPONE = "Hoãn phiên họp do không đủ túc số";
    static final String VOTE = "Bỏ phiếu kín các trường hợp trình Hội đồng";
    static final String WRITTEN = "Nhập phiếu bằng văn bản của thành viên vắng mặt";
    static final String CLOSE_VOTING = "Kết thúc bỏ phiếu, chuyển kiểm phiếu";
    static final String MINUTES_SECRETARY = "Thư ký lập biên bản họp Hội đồng";
    static final String MINUTES_CHAIR = "Chủ tọa xác nhận biên bản họp Hội đồng";

    static final String OFFICER = "canbo.stp";
    static final String HEAD = "thutruong.stp";
    static final String RECEIVER = "tiepnhan";
    static final String SPECIALIST = "thamdinh";
    static final String AGENCY_HEAD = "lanhdao.snv";
    static final String SECRETARY = CouncilFixture.SECRETARY;
    static final String CHAIRMAN = "chutich";
    static final String NAME_A = "Nguyễn Thị Hồng Nhung";
    static final String NAME_B = "Phạm Đức Thắng";
    static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Scene scene;
    private final int year;
    private final Path files;
    private String nomineeA;
    private String nomineeB;
    private String key;
    private String pid;
    private String letterNumber;
    private String agencyLetterNumber;
    private LocalDate agencyLetterDate;
    private LocalDate letterDate;
    private String sessionPid;
    private String sessionKey;
    private String minutesRef;
    /** Who sits at the office computer now, in Tasklist. */
    private Tasklist current;

    private ProposalScene(Scene scene) {
        this.scene = scene;
        this.year = LocalDate.now(scene.clock()).getYear() - 1;
        try {
            this.files = Files.createTempDirectory("ho-so-de-nghi");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(Scene scene) {
        new ProposalScene(scene).play();
    }

    private void play() {
        theUnitsPeople();
        officerProposes();
        officerUploadsTheDossier();
        headSigns(1);

        intakeReturns();
        officerSupplements("Task_CompleteDossier", "Bổ sung xác nhận của thủ trưởng",
                "bctt-bo-sung", "BCTT", "Đã bổ sung báo cáo thành tích có xác nhận của thủ trưởng đơn vị.");
        headSigns(2);
        intakeAccepts(2);

        specialistReturns();
        officerSupplements("Task_CompleteDossier", "Biên bản họp xét chưa ghi",
                "bb-phieu-bo-sung", "BB_PHIEU", "Đã bổ sung biên bản họp xét có kết quả bỏ phiếu kín.");
        headSigns(3);
        intakeAccepts(3);

        specialistAsksForConcurrence();
        specialistRecordsTheConcurrence();
        specialistConcludes();
        agencyHeadApproves();

        secretaryCallsTheSession();
        secretaryPutsTheProposalOnTheAgenda();
        secretaryTakesAttendance(9, 0);
        secretaryPostpones();
        secretaryTakesAttendance(12, 2);
        membersVote(12);
        theAbsentMemberHasNothingToVote(14);
        secretaryEntersTheWrittenBallots(12, 14);
        secretaryClosesTheVote();
        secretaryNumbersTheMinutes();
        chairReadsAndConfirmsTheMinutes();

        chairmanDecides();
        officerReadsTheDecision();
    }

    // ---- the unit's people ----

    /**
     * Two people of Sở Tư pháp in the province's register, with three years of CSTĐCS and a provincial initiative
     * (what CSTĐ cấp tỉnh asks): the unit's staff records, which exist before the year's work starts.
     */
    private void theUnitsPeople() {
        CouncilFixture register = new CouncilFixture(scene.engine(), scene.jdbc(),
                new ProposalFixture(scene.engine(), scene.jdbc(), null), year);
        nomineeA = register.provincialFighter(NAME_A);
        nomineeB = register.provincialFighter(NAME_B);
    }

    // ---- the unit ----

    private void officerProposes() {
        Tasklist officer = Tasklist.login(scene.driver(), scene.base(), OFFICER);
        current = officer;
        officer.startProcess(PROPOSAL);
        officer.select("Loại hình khen thưởng", "Theo công trạng và thành tích (thường xuyên, hằng năm)");
        officer.select("Hình thức đề nghị", "Chiến sĩ thi đua cấp tỉnh");
        officer.fill("Năm (thời kỳ) thành tích", String.valueOf(year));
        officer.tag("Cá nhân, tập thể được đề nghị", "Hồng Nhung", NAME_A + " – Chuyên viên, Sở Tư pháp (" + nomineeA + ")");
        officer.tag("Cá nhân, tập thể được đề nghị", "Đức Thắng", NAME_B + " – Chuyên viên, Sở Tư pháp (" + nomineeB + ")");
        officer.fill("Tóm tắt thành tích", "Ba năm liên tục đạt Chiến sĩ thi đua cơ sở; có sáng kiến được công nhận"
                + " phạm vi ảnh hưởng cấp tỉnh năm " + year + ".");
        scene.shot("de-nghi-can-bo-lap-de-nghi");
        officer.submitStartForm();

        key = scene.jdbc().sql("SELECT business_key FROM proposal_nominee WHERE nominee_code = ?").param(nomineeA)
                .query(String.class).single();
        pid = scene.jdbc().sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?")
                .param(key).query(String.class).single();
        scene.ledger().started(pid);
        letterNumber = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/TTr-STP";
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty()
                        && d.findElement(By.id("tdkt-start-confirmation")).getText().contains(key));
        assertThat(scene.driver().findElement(By.id("tdkt-start-confirmation")).getText())
                .contains("Đã khởi động «" + PROPOSAL + "» số " + key, "Việc tiếp theo của bạn: " + DOSSIER);
        scene.shot("de-nghi-da-khoi-dong");
    }

    /** From his dossier task to the dossier page (its link), every required document uploaded, then submitted. */
    private void officerUploadsTheDossier() {
        Task dossier = task("Task_CompleteDossier");
        Tasklist officer = open(as(OFFICER), TasklistFilters.MY_TASKS,
                dossier, DOSSIER);
        assertThat(officer.formText()).contains(key, "Sở Tư pháp", NAME_A, NAME_B);
        String dossierPage = dossierLink();
        scene.driver().get(dossierPage);
        HeadlessChromium.find(scene.driver(), By.cssSelector("#bat-buoc li"), "de-nghi-ho-so");
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) scene.engine().getRuntimeService().getVariable(pid, "requiredDocuments");
        assertThat(required).contains("TTR", "BCTT", "BB_PHIEU", "CNSK");
        assertThat(scene.driver().findElements(By.cssSelector("#bat-buoc li.con-thieu"))).hasSize(required.size());
        scene.shot("de-nghi-ho-so-chua-tai");
        for (String type : required) {
            DossierPage.uploadAndWait(scene.driver(), type, pdf(type.toLowerCase(), "Hồ sơ " + key + " — " + type));
        }
        assertThat(scene.driver().findElements(By.cssSelector("#bat-buoc li.con-thieu"))).isEmpty();
        scene.shot("de-nghi-ho-so-da-tai-du");

        officer.reopen(Role.UNIT_OFFICER.tasklistFilterName(), dossier.getId(), DOSSIER);
        officer.fill("Ghi chú của cán bộ TĐKT", "Đã tải đủ thành phần hồ sơ theo quy định.");
        scene.shot("de-nghi-can-bo-nop-ho-so");
        officer.complete(dossier.getId());
        assertThat(task("Task_HeadSign")).as("waiting for the head's signature").isNotNull();
    }

    /**
     * The returned dossier: the officer reads why in his task, uploads the missing document on the dossier page and
     * submits again.
     */
    private void officerSupplements(String taskKey, String reasonStart, String file, String type, String note) {
        Task dossier = task(taskKey);
        assertThat(dossier.getAssignee()).as("back to the officer who proposed").isEqualTo(OFFICER);
        Tasklist officer = open(as(OFFICER),
                Role.UNIT_OFFICER.tasklistFilterName(), dossier, DOSSIER);
        assertThat(officer.value("Lý do trả lại gần nhất", 0)).contains(reasonStart);
        scene.shot("de-nghi-can-bo-doc-ly-do-tra-lai");
        scene.driver().get(dossierLink());
        DossierPage.uploadAndWait(scene.driver(), type, pdf(file, "Hồ sơ " + key + " — " + type + " (bổ sung)"));
        scene.shot("de-nghi-ho-so-bo-sung-" + type.toLowerCase());
        officer.reopen(Role.UNIT_OFFICER.tasklistFilterName(), dossier.getId(), DOSSIER);
        officer.fill("Ghi chú của cán bộ TĐKT", note);
        officer.complete(dossier.getId());
        assertThat(task("Task_HeadSign")).as("submitted again for signature").isNotNull();
    }

    /** thutruong.stp signs the tờ trình, typing its number and date; the proposal goes to Sở Nội vụ. */
    private void headSigns(int round) {
        Task sign = task("Task_HeadSign");
        Tasklist head = open(as(HEAD), Role.UNIT_HEAD.tasklistFilterName(),
                sign, HEAD_SIGN);
        assertThat(head.formText()).contains(key, NAME_A, NAME_B);
        head.radio("Ý kiến của thủ trưởng", "Ký tờ trình, gửi Sở Nội vụ");
        assertThat(head.value("Đề nghị của (chức danh thủ trưởng đơn vị)", 0)).isEqualTo("Giám đốc Sở Tư pháp");
        letterDate = ProposalFixture.engineToday().minusDays(1);
        head.fill("Số tờ trình", letterNumber);
        head.typeDate("Ngày tờ trình", letterDate.format(DD_MM_YYYY));
        scene.shot("de-nghi-thu-truong-ky-lan-" + round);
        head.complete(sign.getId());
        assertThat(task("Task_Intake")).as("sent to Sở Nội vụ").isNotNull();
        Map<String, Object> letter = scene.jdbc().sql("SELECT submission_number, submission_date FROM"
                + " commendation_proposal WHERE business_key = ?").param(key).query().singleRow();
        assertThat(letter.get("submission_number")).isEqualTo(letterNumber);
        assertThat(letter.get("submission_date").toString()).as("the date typed is the date stored")
                .isEqualTo(letterDate.toString());
    }

    // ---- Sở Nội vụ ----

    private void intakeReturns() {
        Task intake = task("Task_Intake");
        Tasklist receiver = open(as(RECEIVER),
                Role.RECEIVER.tasklistFilterName(), intake, INTAKE);
        assertThat(receiver.formText()).contains(key, "Số " + letterNumber);
        receiver.radio("Kết quả kiểm tra hồ sơ", "Trả lại đơn vị bổ sung, hoàn chỉnh");
        receiver.fill("Nội dung cần bổ sung / ghi chú", "Bổ sung xác nhận của thủ trưởng đơn vị vào báo cáo thành"
                + " tích của từng cá nhân.");
        scene.shot("de-nghi-tiep-nhan-tra-lai");
        receiver.complete(intake.getId());
        assertThat(task("Task_CompleteDossier")).as("returned to the unit").isNotNull();
    }

    private void intakeAccepts(int round) {
        Task intake = task("Task_Intake");
        Tasklist receiver = open(as(RECEIVER),
                Role.RECEIVER.tasklistFilterName(), intake, INTAKE);
        assertThat(receiver.value("Lần nộp", 0)).as("every round kept").isEqualTo(String.valueOf(round));
        receiver.radio("Kết quả kiểm tra hồ sơ", "Hồ sơ đầy đủ, tiếp nhận");
        scene.shot("de-nghi-tiep-nhan-lan-" + round);
        receiver.complete(intake.getId());
        assertThat(task("Task_Appraise")).as("accepted: to appraisal").isNotNull();
    }

    private Tasklist specialistOpensTheAppraisal() {
        Task appraise = task("Task_Appraise");
        Tasklist specialist = open(as(SPECIALIST),
                Role.SPECIALIST.tasklistFilterName(), appraise, APPRAISE);
        specialist.expandLists();
        assertThat(specialist.formText()).contains(key, NAME_A, NAME_B, "Kết luận cho từng đối tượng");
        return specialist;
    }

    private void specialistReturns() {
        Task appraise = task("Task_Appraise");
        Tasklist specialist = specialistOpensTheAppraisal();
        specialist.radio("Bước tiếp theo", "Trả lại đơn vị bổ sung hồ sơ (ghi rõ lý do)");
        specialist.fill("Ý kiến thẩm định", "Biên bản họp xét chưa ghi kết quả bỏ phiếu kín của Hội đồng thi đua"
                + " đơn vị; đề nghị bổ sung.");
        scene.shot("de-nghi-tham-dinh-tra-lai");
        specialist.complete(appraise.getId());
        assertThat(task("Task_CompleteDossier")).as("returned after appraisal").isNotNull();
    }

    private void specialistAsksForConcurrence() {
        Task appraise = task("Task_Appraise");
        Tasklist specialist = specialistOpensTheAppraisal();
        concludeEveryNominee(specialist);
        specialist.radio("Bước tiếp theo", "Hỏi ý kiến hiệp y cơ quan liên quan");
        specialist.fill("Cơ quan được hỏi ý kiến hiệp y", "Công an tỉnh");
        specialist.fill("Ý kiến thẩm định", "Hỏi ý kiến Công an tỉnh về việc chấp hành pháp luật của các cá nhân.");
        scene.shot("de-nghi-tham-dinh-hoi-hiep-y");
        specialist.complete(appraise.getId());
        assertThat(task("Task_RecordConcurrence")).as("hiệp y asked").isNotNull();
    }

    private void specialistRecordsTheConcurrence() {
        Task concurrence = task("Task_RecordConcurrence");
        Tasklist specialist = open(as(SPECIALIST),
                Role.SPECIALIST.tasklistFilterName(), concurrence, CONCURRENCE);
        assertThat(specialist.value("Cơ quan hiệp y", 0)).isEqualTo("Công an tỉnh");
        specialist.radio("Ý kiến của cơ quan", "Đồng ý");
        specialist.fill("Nội dung văn bản trả lời (số, ngày, nội dung chính)", "Văn bản số 1234/CAT-PV01: các cá"
                + " nhân chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.");
        scene.shot("de-nghi-ghi-nhan-hiep-y");
        specialist.complete(concurrence.getId());
        assertThat(task("Task_Appraise")).as("back to appraisal with the answer").isNotNull();
    }

    private void specialistConcludes() {
        Task appraise = task("Task_Appraise");
        Tasklist specialist = specialistOpensTheAppraisal();
        assertThat(specialist.value("Ý kiến hiệp y đã nhận", 0)).contains("Công an tỉnh");
        concludeEveryNominee(specialist);
        specialist.radio("Bước tiếp theo", "Kết luận, trình lãnh đạo Sở duyệt");
        specialist.fill("Ý kiến thẩm định", "Hai cá nhân đủ tiêu chuẩn Chiến sĩ thi đua cấp tỉnh; Công an tỉnh đồng ý.");
        scene.shot("de-nghi-tham-dinh-ket-luan");
        specialist.complete(appraise.getId());
        assertThat(task("Task_ApproveAppraisal")).isNotNull();
    }

    private static void concludeEveryNominee(Tasklist specialist) {
        for (int i = 0; i < specialist.count("Kết luận của chuyên viên"); i++) {
            specialist.select("Kết luận của chuyên viên", i, "Đủ điều kiện");
        }
    }

    private void agencyHeadApproves() {
        Task approve = task("Task_ApproveAppraisal");
        Tasklist head = open(as(AGENCY_HEAD),
                Role.AGENCY_HEAD.tasklistFilterName(), approve, APPROVE_APPRAISAL);
        assertThat(head.formText()).contains(key, NAME_A, NAME_B);
        assertThat(head.value("Kết quả thẩm định của chuyên viên", 0)).as("the specialist's conclusions, before approval")
                .contains("đủ điều kiện", NAME_A);
        head.radio("Ý kiến của lãnh đạo Sở", "Duyệt kết quả thẩm định");
        // someone is eligible: the Sở's tờ trình to the chairman, numbered and dated as typed
        agencyLetterNumber = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/TTr-SNV";
        agencyLetterDate = ProposalFixture.engineToday();
        head.fill("Số tờ trình của Sở Nội vụ", agencyLetterNumber);
        head.typeDate("Ngày tờ trình của Sở Nội vụ", agencyLetterDate.format(DD_MM_YYYY));
        scene.shot("de-nghi-lanh-dao-so-duyet");
        head.complete(approve.getId());
        assertThat(scene.engine().getRuntimeService().createExecutionQuery().processInstanceId(pid)
                .activityId("Task_AwaitCouncil").count()).as("CSTĐ cấp tỉnh waits for the council").isOne();
    }

    // ---- the council ----

    private void secretaryCallsTheSession() {
        String title = "Phiên họp xét Chiến sĩ thi đua cấp tỉnh năm " + year + " (hồ sơ " + key + ")";
        Tasklist secretary = as(SECRETARY);
        secretary.startProcess(SESSION);
        secretary.fill("Tên phiên họp", title);
        LocalDate today = LocalDate.now(scene.clock());
        secretary.pickDate("Ngày họp", today);
        scene.shot("hoi-dong-thu-ky-trieu-tap");
        secretary.submitStartForm();
        sessionPid = scene.jdbc().sql("SELECT process_instance_id FROM council_session WHERE title = ?").param(title)
                .query(String.class).single();
        scene.ledger().started(sessionPid);
        sessionKey = scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(sessionPid)
                .singleResult().getBusinessKey();
        assertThat(scene.jdbc().sql("SELECT meeting_date FROM council_session WHERE title = ?").param(title)
                .query(LocalDate.class).single()).as("the day picked is the day stored").isEqualTo(today);
    }

    private Tasklist secretary(String taskKey, String name) {
        return open(as(SECRETARY), Role.COUNCIL_SECRETARY.tasklistFilterName(), sessionTask(taskKey), name);
    }

    private void secretaryPutsTheProposalOnTheAgenda() {
        Task select = sessionTask("Task_SelectCandidates");
        Tasklist secretary = secretary("Task_SelectCandidates", SELECT);
        secretary.expandLists();
        int row = secretary.indexOf("Số hồ sơ", key);
        assertThat(row).as("the appraised proposal is offered").isGreaterThanOrEqualTo(0);
        secretary.check("Đưa ra phiên họp", row, true);
        scene.shot("hoi-dong-thu-ky-chon-ho-so");
        secretary.complete(select.getId());
    }

    /** The roll call: the first {@code present} members present, the next {@code written} absent with a ballot. */
    private void secretaryTakesAttendance(int present, int written) {
        Task attendance = sessionTask("Task_Attendance");
        Tasklist secretary = secretary("Task_Attendance", ATTENDANCE);
        secretary.expandLists();
        int members = secretary.count("Tình hình dự họp");
        assertThat(members).isEqualTo(roster().size());
        for (int i = 0; i < members; i++) {
            secretary.select("Tình hình dự họp", i, i < present ? "Có mặt"
                    : i < present + written ? "Vắng, gửi phiếu bằng văn bản" : "Vắng");
        }
        scene.shot("hoi-dong-diem-danh-" + present + "-co-mat");
        secretary.complete(attendance.getId());
    }

    private void secretaryPostpones() {
        Task postpone = sessionTask("Task_Postpone");
        assertThat(postpone).as("no quorum: the session is to be postponed").isNotNull();
        Tasklist secretary = secretary("Task_Postpone", POSTPONE);
        secretary.pickDate("Ngày họp lại", LocalDate.now(scene.clock()));
        secretary.fill("Lý do hoãn", "Chỉ 9 thành viên dự họp, chưa đủ hai phần ba tổng số thành viên Hội đồng.");
        scene.shot("hoi-dong-thu-ky-hoan");
        secretary.complete(postpone.getId());
    }

    /** Every present member votes in his own Tasklist: all for the first nominee, five for the second. */
    private void membersVote(int present) {
        List<String> members = roster().stream().map(r -> (String) r.get("userId")).toList();
        assertThat(members).as("the council in force: 15 members").hasSize(15);
        List<Task> ballots = scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                .taskDefinitionKey("Task_Vote").list();
        assertThat(ballots).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(members.subList(0, present));
        Map<String, String> codes = candidates();
        for (int i = 0; i < present; i++) {
            String member = members.get(i);
            Task ballot = scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                    .taskDefinitionKey("Task_Vote").taskAssignee(member).singleResult();
            Tasklist t = open(as(member), TasklistFilters.MY_TASKS,
                    ballot, VOTE);
            vote(t, codes, "Đồng ý", i < 5 ? "Đồng ý" : "Không đồng ý");
            scene.shot("hoi-dong-bo-phieu-" + member.replace('.', '-'));
            t.complete(ballot.getId());
        }
    }

    private void theAbsentMemberHasNothingToVote(int index) {
        String absent = (String) roster().get(index).get("userId");
        Tasklist t = as(absent);
        t.filter(TasklistFilters.MY_TASKS);
        scene.shot("hoi-dong-vang-khong-phieu");
        assertThat(scene.driver().findElements(By.cssSelector("ol.tasks-list a")).stream().map(WebElement::getText))
                .noneMatch(text -> text.startsWith("Bỏ phiếu kín"));
    }

    private void secretaryEntersTheWrittenBallots(int from, int to) {
        Map<String, String> codes = candidates();
        List<Map<String, Object>> roster = roster();
        for (int w = from; w < to; w++) {
            Task written = sessionTask("Task_WrittenBallot");
            Tasklist secretary = secretary("Task_WrittenBallot", WRITTEN);
            secretary.select("Thành viên gửi phiếu", roster.get(w).get("fullName") + " – "
                    + roster.get(w).get("positionTitle"));
            vote(secretary, codes, "Đồng ý", "Để trống");
            scene.shot("hoi-dong-phieu-van-ban-" + (w - from + 1));
            secretary.complete(written.getId());
        }
    }

    private void secretaryClosesTheVote() {
        Task close = sessionTask("Task_CloseVoting");
        Tasklist secretary = secretary("Task_CloseVoting", CLOSE_VOTING);
        assertThat(secretary.value("Tình hình bỏ phiếu (thành viên đã bỏ phiếu, chưa bỏ phiếu)", 0))
                .startsWith("Đã bỏ phiếu 14/14");
        secretary.check("Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu");
        scene.shot("hoi-dong-ket-thuc-bo-phieu");
        secretary.complete(close.getId());
    }

    private void secretaryNumbersTheMinutes() {
        Task minutes = sessionTask("Task_MinutesSecretary");
        assertThat(minutes).as("counted: the minutes are due").isNotNull();
        Tasklist secretary = secretary("Task_MinutesSecretary", MINUTES_SECRETARY);
        assertThat(secretary.formText()).contains(NAME_A, NAME_B, "Thông qua", "Không thông qua",
                "Mở biên bản họp " + sessionKey + " (PDF)");
        minutesRef = Integer.parseInt(sessionKey.substring(sessionKey.lastIndexOf('-') + 1)) + "/BB-HĐTĐKT";
        secretary.fill("Số biên bản", minutesRef);
        scene.shot("hoi-dong-thu-ky-lap-bien-ban");
        secretary.complete(minutes.getId());
    }

    /** The chair opens the minutes PDF from the link in his form, reads it, then confirms; the results go on. */
    private void chairReadsAndConfirmsTheMinutes() {
        Task confirm = sessionTask("Task_MinutesChair");
        Tasklist chair = open(as(CHAIRMAN), TasklistFilters.MY_TASKS,
                confirm, MINUTES_CHAIR);
        assertThat(chair.value("Số biên bản", 0)).isEqualTo(minutesRef);
        String link = HeadlessChromium.find(scene.driver(), By.partialLinkText("Mở biên bản họp " + sessionKey),
                "chu-toa-lien-ket-bien-ban").getAttribute("href");
        String minutes = pdfText(fetchPdf(link));
        assertThat(minutes).contains("BIÊN BẢN", minutesRef, NAME_A, NAME_B, "Thông qua", "Không thông qua");
        chair.radio("Ý kiến của chủ tọa", "Xác nhận biên bản");
        scene.shot("hoi-dong-chu-toa-xac-nhan");
        chair.complete(confirm.getId());
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(sessionPid)
                .count()).as("the session is over").isZero();
        assertThat(scene.jdbc().sql("SELECT yes_votes FROM council_candidate WHERE session_key = ? AND nominee_code = ?")
                .params(sessionKey, nomineeA).query(Integer.class).single()).isEqualTo(14);
    }

    // ---- the chairman and the unit ----

    private void chairmanDecides() {
        Task decision = task("Task_ChairmanDecision");
        assertThat(decision).as("the council passed one nominee: to the chairman").isNotNull();
        Tasklist chairman = open(as(CHAIRMAN),
                Role.CHAIRMAN.tasklistFilterName(), decision, CHAIRMAN_DECISION);
        chairman.expandLists();
        assertThat(chairman.formText()).contains(key, "Số " + letterNumber, "Kết quả xét của Hội đồng", NAME_A,
                "Số " + agencyLetterNumber + " ngày " + agencyLetterDate.format(DD_MM_YYYY));
        assertThat(chairman.count("Quyết định")).as("only the nominee the council passed").isEqualTo(1);
        chairman.select("Quyết định", 0, "Đồng ý khen thưởng");
        scene.shot("de-nghi-chu-tich-quyet-dinh");
        chairman.complete(decision.getId());
        // the unit's notification is a job after the decision's commit: the job executor's part (off in the tests)
        scene.engine().getManagementService().createJobQuery().processInstanceId(pid).executable().list()
                .forEach(j -> scene.engine().getManagementService().executeJob(j.getId()));
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
                .as("the proposal ends once decided").isZero();
    }

    /** canbo.stp opens the dossier page: the decision's number, its PDF and the certificate, read back. */
    private void officerReadsTheDecision() {
        String number = (String) scene.engine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pid).variableName("decisionNumber").singleResult().getValue();
        assertThat(number).matches("\\d+/QĐ-UBND");
        HeadlessChromium.signIn(scene.driver(), scene.base(), OFFICER, "/pages/ho-so.html?hoSo=" + key);
        WebElement row = HeadlessChromium.find(scene.driver(), By.cssSelector("#bang-quyet-dinh tbody tr"),
                "de-nghi-quyet-dinh");
        assertThat(scene.driver().findElement(By.id("quyet-dinh")).getText()).contains(number);
        assertThat(scene.driver().findElement(By.id("hoi-dong")).getText()).contains(minutesRef);
        scene.shot("de-nghi-can-bo-xem-quyet-dinh");
        String decisionUrl = row.findElement(By.cssSelector("a.tai-quyet-dinh")).getAttribute("href");
        assertThat(HeadlessChromium.fetchHead(scene.driver(), decisionUrl)).isEqualTo("200|application/pdf|%PDF-");
        String decision = pdfText(fetchPdf(decisionUrl));
        assertThat(decision).contains(number, NAME_A, "Tờ trình số " + letterNumber, minutesRef,
                        "và của Giám đốc Sở Nội vụ tại Tờ trình số " + agencyLetterNumber + " "
                                + vn.tdkt.awarddecision.VietnameseDates.longForm(agencyLetterDate))
                .doesNotContain(NAME_B);
        List<WebElement> certificates = row.findElements(By.cssSelector("a.tai-bang-khen"));
        assertThat(certificates).hasSize(1);
        String certificateUrl = certificates.get(0).getAttribute("href");
        assertThat(HeadlessChromium.fetchHead(scene.driver(), certificateUrl)).isEqualTo("200|application/pdf|%PDF-");
        assertThat(pdfText(fetchPdf(certificateUrl))).contains(NAME_A, number);
    }

    // ---- helpers ----

    /** The user at the computer: the one signed in goes on, another one signs out and this one signs in. */
    private Tasklist as(String user) {
        if (current == null || !current.user().equals(user)) {
            current = Tasklist.switchTo(scene.driver(), scene.base(), user);
        }
        return current;
    }

    private Task task(String key) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .singleResult();
    }

    private Task sessionTask(String key) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                .taskDefinitionKey(key).list().stream().findFirst().orElse(null);
    }

    private List<Map<String, Object>> roster() {
        return JsonVars.listOfObjects(scene.engine().getRuntimeService().getVariable(sessionPid, "councilRoster"));
    }

    /** The candidate codes on the ballot: A's and B's. */
    private Map<String, String> candidates() {
        Map<String, String> byNominee = new LinkedHashMap<>();
        scene.jdbc().sql("SELECT nominee_code, candidate_code FROM council_candidate WHERE session_key = ?")
                .param(sessionKey).query((rs, n) -> byNominee.put(rs.getString(1), rs.getString(2))).list();
        assertThat(byNominee).containsKeys(nomineeA, nomineeB);
        return byNominee;
    }

    private void vote(Tasklist t, Map<String, String> codes, String choiceA, String choiceB) {
        t.expandLists();
        t.radio("Ý kiến", t.indexOf("Mã", codes.get(nomineeA)), choiceA);
        t.radio("Ý kiến", t.indexOf("Mã", codes.get(nomineeB)), choiceB);
    }

    /** Opens the task from the user's filter and claims it when it waits for a candidate. */
    private static Tasklist open(Tasklist tasklist, String filter, Task task, String name) {
        tasklist.filter(filter);
        tasklist.openFromList(task.getId(), name);
        tasklist.claim();
        return tasklist;
    }

    /** The dossier page's address, from the link of the open dossier form. */
    private String dossierLink() {
        return HeadlessChromium.find(scene.driver(), By.cssSelector(".fjs-container a[href*='/pages/ho-so.html?hoSo="
                + key + "']"), "de-nghi-lien-ket-ho-so").getAttribute("href");
    }

    private Path pdf(String name, String text) {
        try {
            return Files.write(files.resolve(name + "-" + System.nanoTime() + ".pdf"),
                    ProposalDossierBrowserTest.pdf(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] fetchPdf(String url) {
        return HeadlessChromium.fetchPdf(scene.driver(), url);
    }

    private static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
