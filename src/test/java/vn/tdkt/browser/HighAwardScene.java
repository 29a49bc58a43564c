package vn.tdkt.browser;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.council.CouncilAttendance;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.workflow.JsonVars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A khen cao proposal of Sở Khoa học và Công nghệ (Bằng khen của Thủ tướng Chính phủ for one of its people), done
 * by the people who do it, in Tasklist and on the dossier page: the unit's officer starts it and uploads the
 * dossier, the head signs the tờ trình, Sở Nội vụ's intake accepts, the specialist appraises (the province's
 * criteria do not cover a central award: he concludes eligible and writes why), the agency head approves; the
 * council (needs-council: khen cao goes through it) holds a session with absences and written ballots and passes
 * the nominee with 4/5 of its members; the public consultation runs its ten working days, while the proposal passes
 * its processing deadline and the Sở Nội vụ head is asked to direct it; the specialist reviews the comments, the
 * chairman reads the appraisal and signs the tờ trình upward, and the specialist records the Prime Minister's
 * decision with its date typed as dd/mm/yyyy, which lands in the award history.
 *
 * <p>During the consultation a citizen, not signed in, comments on the public page (/pages/cong-khai.html) and the
 * specialist's review shows that comment. Moving the engine's clock and executing the due timer jobs is the job
 * executor's work, not a person's.
 */
final class HighAwardScene {

    static final String PROPOSAL = "Đề nghị khen thưởng";
    static final String SESSION = "Phiên họp Hội đồng Thi đua - Khen thưởng tỉnh";
    static final String DOSSIER_TASK = "Hoàn thiện hồ sơ đề nghị khen thưởng";
    static final String HEAD_SIGN_TASK = "Thủ trưởng ký tờ trình đề nghị khen thưởng";
    static final String INTAKE_TASK = "Tiếp nhận hồ sơ đề nghị khen thưởng";
    static final String APPRAISAL_TASK = "Thẩm định hồ sơ đề nghị khen thưởng";
    static final String APPROVAL_TASK = "Lãnh đạo Sở Nội vụ duyệt kết quả thẩm định";
    static final String REVIEW_TASK = "Xem xét ý kiến góp ý của nhân dân";
    static final String ESCALATION_TASK = "Chỉ đạo xử lý hồ sơ quá hạn";
    static final String SIGN_UPWARD_TASK = "Chủ tịch UBND tỉnh ký tờ trình đề nghị khen cao";
    static final String CENTRAL_TASK = "Ghi nhận quyết định khen thưởng của Trung ương";

    private static final String UNIT = "skhcn";
    private static final String OFFICER = "canbo.skhcn";
    private static final String HEAD = "thutruong.skhcn";
    private static final String SECRETARY = "thuky.hd";
    private static final String CHAIR = "chutich";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Council attendance: 10 of 15 present (the 2/3 quorum), 2 absent with a written ballot, 3 absent. */
    private static final int PRESENT = 10;
    private static final int WRITTEN = 2;
    private static final String CITIZEN = "Huỳnh Văn Dân";
    private static final String CITIZEN_COMMENT = "Tôi là người dân ở phường Tân Ninh, thường được anh giúp đỡ"
            + " chuyển giao kỹ thuật trồng mì; tôi đồng ý đề nghị khen thưởng.";

    private final Scene scene;
    private final WebDriver driver;
    private final String base;
    private final int year;
    private final String nomineeCode;
    private final String nomineeName;
    private String key;
    private String pid;
    private String letterNumber;
    private String sessionPid;
    private String minutesRef;

    private HighAwardScene(Scene scene) {
        this.scene = scene;
        this.driver = scene.driver();
        this.base = scene.base();
        this.year = LocalDate.now(scene.clock()).getYear() - 1;
        // the unit's first person in the registry (a long record of LĐTT and CSTĐCS), proposed by no other scene
        this.nomineeCode = UNIT.toUpperCase() + "-01";
        this.nomineeName = scene.jdbc().sql("SELECT full_name FROM person WHERE code = ?").param(nomineeCode)
                .query(String.class).single();
    }

    static void run(Scene scene) {
        new HighAwardScene(scene).play();
    }

    private void play() {
        try {
            officerStartsTheProposal();
            officerCompletesTheDossier();
            headSignsTheLetter();
            intakeAccepts();
            specialistAppraises();
            agencyHeadApproves();
            secretaryCallsTheSession();
            secretaryTakesTheAgendaAndAttendance();
            membersVote();
            secretaryEntersWrittenBallotsAndClosesTheVote();
            minutesAreNumberedAndConfirmed();
            officerSeesTheConsultationOpen();
            aCitizenCommentsOnThePublicPage();
            consultationClosesAndTheDeadlinePasses();
            agencyHeadDirectsTheOverdueProposal();
            specialistReviewsTheComments();
            chairmanReadsTheAppraisalAndSignsUpward();
            specialistRecordsTheCentralDecision();
            officerReadsTheOutcome();
        } catch (RuntimeException | AssertionError e) {
            HeadlessChromium.keepEvidence(driver, "khen-cao-loi");
            throw e;
        } finally {
            ClockUtil.reset();
        }
    }

    // ---------------------------------------------------------------- the unit

    private void officerStartsTheProposal() {
        // the first opening of Tasklist in a freshly started application loads all its scripts: on a machine shared
        // by several test runs that alone can take longer than the drivers' waits, so wait for it once here
        driver.get(base + "/camunda/app/tasklist/default/");
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty()
                        && d.findElement(By.cssSelector("input[ng-model='username']")).isDisplayed());
        Tasklist officer = Tasklist.login(driver, base, OFFICER);
        officer.startProcess(PROPOSAL);
        officer.select("Loại hình khen thưởng", "Đề nghị khen cao (Thủ tướng Chính phủ, Chủ tịch nước)");
        officer.select("Hình thức đề nghị", "Bằng khen của Thủ tướng Chính phủ");
        officer.fill("Năm (thời kỳ) thành tích", String.valueOf(year));
        String[] words = nomineeName.split(" ");
        officer.tag("Cá nhân, tập thể được đề nghị", words[words.length - 2] + " " + words[words.length - 1],
                nomineeName + " –");
        officer.fill("Tóm tắt thành tích", "Năm năm liền hoàn thành xuất sắc nhiệm vụ, chủ trì đề tài khoa học cấp tỉnh"
                + " về chuyển đổi số được nghiệm thu xuất sắc và nhân rộng trong toàn tỉnh năm " + year + ".");
        scene.shot("khen-cao-canbo-lap-de-nghi");
        officer.submitStartForm();

        Map<String, Object> row = scene.jdbc().sql("""
                        SELECT p.business_key, p.process_instance_id, p.commendation_kind FROM commendation_proposal p
                        JOIN proposal_nominee n ON n.business_key = p.business_key
                        WHERE n.nominee_code = ? AND p.award_type_code = 'BK_TTG' AND p.period_year = ?""")
                .params(nomineeCode, year).query().singleRow();
        key = (String) row.get("business_key");
        pid = (String) row.get("process_instance_id");
        scene.ledger().started(pid);
        assertThat(row.get("commendation_kind")).isEqualTo("KHEN_CAO");
        letterNumber = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/TTr-SKHCN";

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty()
                        && d.findElement(By.id("tdkt-start-confirmation")).getText().contains(key));
        assertThat(driver.findElement(By.id("tdkt-start-confirmation")).getText())
                .contains("Đã khởi động «Đề nghị khen thưởng» số " + key, DOSSIER_TASK);
        scene.shot("khen-cao-canbo-da-khoi-dong");
    }

    private void officerCompletesTheDossier() {
        Tasklist officer = Tasklist.switchTo(driver, base, OFFICER);
        Task dossier = task("Task_CompleteDossier");
        assertThat(dossier.getAssignee()).isEqualTo(OFFICER);
        open(officer, TasklistFilters.MY_TASKS, dossier, DOSSIER_TASK);
        assertThat(officer.formText()).contains(key, "Sở Khoa học và Công nghệ", nomineeName,
                "Bằng khen của Thủ tướng Chính phủ");
        WebElement link = HeadlessChromium.find(driver,
                By.cssSelector(".fjs-container a[href*='/pages/ho-so.html?hoSo=" + key + "']"), "khen-cao-dossier-link");
        scene.shot("khen-cao-canbo-viec-hoan-thien-ho-so");

        driver.get(link.getAttribute("href"));
        HeadlessChromium.find(driver, By.cssSelector("#bat-buoc li"), "khen-cao-ho-so");
        List<String> required = variable("requiredDocuments");
        // khen cao needs the concurring opinions (HY) and the opinion of the Ban Thường vụ Tỉnh ủy (TU) besides the usual
        assertThat(required).contains("TTR", "BCTT", "HY", "TU");
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.con-thieu"))).hasSize(required.size());
        scene.shot("khen-cao-canbo-ho-so-con-thieu");
        try {
            Path dir = Files.createTempDirectory("khen-cao");
            for (String type : required) {
                Path file = Files.write(dir.resolve(type.toLowerCase() + "-" + key + ".pdf"),
                        ProposalDossierBrowserTest.pdf("Ho so " + key + " - " + type));
                DossierPage.uploadAndWait(driver, type, file);
                HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr[data-type='" + type + "']"),
                        "khen-cao-ho-so-" + type);
                scene.shot("khen-cao-canbo-tai-len-" + type.toLowerCase());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#bat-buoc li.con-thieu")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.da-co"))).hasSize(required.size());
        String first = driver.findElement(By.cssSelector("#bang-tai-lieu tbody tr")).getAttribute("data-id");
        assertThat(HeadlessChromium.fetchHead(driver, "/api/dossiers/" + key + "/documents/" + first))
                .startsWith("200|application/pdf|%PDF-");
        scene.shot("khen-cao-canbo-ho-so-du");

        officer.reopen(Role.UNIT_OFFICER.tasklistFilterName(), dossier.getId(), DOSSIER_TASK);
        officer.fill("Ghi chú của cán bộ TĐKT", "Đã tải đủ thành phần hồ sơ đề nghị khen cao, trình thủ trưởng ký.");
        scene.shot("khen-cao-canbo-nop-ho-so");
        officer.complete(dossier.getId());
        assertThat(task("Task_HeadSign")).as("waiting for the head's signature").isNotNull();
    }

    private void headSignsTheLetter() {
        Tasklist head = Tasklist.switchTo(driver, base, HEAD);
        Task sign = task("Task_HeadSign");
        open(head, Role.UNIT_HEAD.tasklistFilterName(), sign, HEAD_SIGN_TASK);
        head.radio("Ý kiến của thủ trưởng", "Ký tờ trình, gửi Sở Nội vụ");
        assertThat(head.value("Đề nghị của (chức danh thủ trưởng đơn vị)", 0))
                .isEqualTo("Giám đốc Sở Khoa học và Công nghệ");
        LocalDate signed = engineToday();
        head.typeDate("Ngày tờ trình", signed.format(DMY));
        head.fill("Số tờ trình", letterNumber);
        scene.shot("khen-cao-thutruong-ky-to-trinh");
        head.complete(sign.getId());

        Map<String, Object> letter = scene.jdbc().sql("SELECT submission_number, submission_date, submission_proposer"
                + " FROM commendation_proposal WHERE business_key = ?").param(key).query().singleRow();
        assertThat(letter).containsEntry("submission_number", letterNumber)
                .containsEntry("submission_proposer", "Giám đốc Sở Khoa học và Công nghệ");
        assertThat(letter.get("submission_date").toString()).as("the day typed is the day stored")
                .isEqualTo(signed.toString());
        assertThat(task("Task_Intake")).as("sent to Sở Nội vụ").isNotNull();
    }

    // ---------------------------------------------------------------- Sở Nội vụ

    private void intakeAccepts() {
        Tasklist receiver = Tasklist.switchTo(driver, base, "tiepnhan");
        Task intake = task("Task_Intake");
        open(receiver, Role.RECEIVER.tasklistFilterName(), intake, INTAKE_TASK);
        assertThat(receiver.formText()).contains(key, "Đề nghị khen cao (Thủ tướng Chính phủ, Chủ tịch nước)",
                letterNumber);
        receiver.radio("Kết quả kiểm tra hồ sơ", "Hồ sơ đầy đủ, tiếp nhận");
        receiver.fill("Nội dung cần bổ sung / ghi chú", "Hồ sơ đủ thành phần theo quy định đối với khen cao.");
        scene.shot("khen-cao-tiepnhan-tiep-nhan");
        receiver.complete(intake.getId());
        assertThat(task("Task_Appraise")).as("accepted: the appraisal is due").isNotNull();
        assertThat((Date) scene.engine().getRuntimeService().getVariable(pid, "processingDueDate"))
                .as("the processing clock runs").isNotNull();
    }

    private void specialistAppraises() {
        Tasklist specialist = Tasklist.switchTo(driver, base, "thamdinh");
        Task appraise = task("Task_Appraise");
        open(specialist, Role.SPECIALIST.tasklistFilterName(), appraise, APPRAISAL_TASK);
        specialist.expandLists();
        assertThat(specialist.count("Kết luận của chuyên viên")).isEqualTo(1);
        assertThat(specialist.value("Cá nhân / tập thể", 0)).contains(nomineeName);
        // the province's criteria table does not cover a central award: the automatic check cannot pass it
        assertThat(specialist.value("Kết quả xét tự động theo tiêu chuẩn", 0)).isNotBlank();
        specialist.select("Kết luận của chuyên viên", 0, "Đủ điều kiện");
        specialist.fill("Căn cứ khi kết luận khác kết quả tự động", 0, "Đủ tiêu chuẩn Bằng khen của Thủ tướng Chính"
                + " phủ: năm năm liền hoàn thành xuất sắc nhiệm vụ, có đề tài khoa học cấp tỉnh được nhân rộng.");
        specialist.radio("Bước tiếp theo", "Kết luận, trình lãnh đạo Sở duyệt");
        specialist.fill("Ý kiến thẩm định", "Đề nghị trình Hội đồng TĐKT tỉnh xét, công khai lấy ý kiến trước khi"
                + " trình Thủ tướng Chính phủ.");
        scene.shot("khen-cao-thamdinh-ket-luan");
        specialist.complete(appraise.getId());
        assertThat(task("Task_ApproveAppraisal")).isNotNull();
    }

    private void agencyHeadApproves() {
        Tasklist agencyHead = Tasklist.switchTo(driver, base, "lanhdao.snv");
        Task approve = task("Task_ApproveAppraisal");
        open(agencyHead, Role.AGENCY_HEAD.tasklistFilterName(), approve, APPROVAL_TASK);
        // the specialist's opinion is shown; the per-nominee summary ("Kết quả thẩm định của chuyên viên") is only
        // filled once the appraisal is recorded, after this approval (reported, not asserted here)
        assertThat(agencyHead.formText()).contains(nomineeName, "Đề nghị trình Hội đồng TĐKT tỉnh xét");
        agencyHead.radio("Ý kiến của lãnh đạo Sở", "Duyệt kết quả thẩm định");
        agencyHead.fill("Ý kiến chỉ đạo", "Đồng ý trình Hội đồng TĐKT tỉnh.");
        String keyNumber = key.substring(key.lastIndexOf('-') + 1);
        agencyHead.fill("Số tờ trình của Sở Nội vụ", Integer.parseInt(keyNumber) + "/TTr-SNV");
        agencyHead.typeDate("Ngày tờ trình của Sở Nội vụ", engineToday().format(DMY));
        scene.shot("khen-cao-lanhdao-snv-duyet");
        agencyHead.complete(approve.getId());
        assertThat(scene.engine().getRuntimeService().createExecutionQuery().processInstanceId(pid)
                .activityId("Task_AwaitCouncil").count()).as("khen cao waits for the council").isOne();
    }

    // ---------------------------------------------------------------- the council

    private void secretaryCallsTheSession() {
        Tasklist secretary = Tasklist.switchTo(driver, base, SECRETARY);
        String title = "Phiên họp xét đề nghị khen cao " + key;
        LocalDate meeting = engineToday();
        secretary.startProcess(SESSION);
        secretary.fill("Tên phiên họp", title);
        secretary.pickDate("Ngày họp", meeting);
        scene.shot("khen-cao-thuky-trieu-tap");
        secretary.submitStartForm();
        Map<String, Object> session = scene.jdbc().sql("SELECT process_instance_id, meeting_date FROM council_session"
                + " WHERE title = ?").param(title).query().singleRow();
        sessionPid = (String) session.get("process_instance_id");
        scene.ledger().started(sessionPid);
        assertThat(session.get("meeting_date").toString()).as("the day picked is the day stored")
                .isEqualTo(meeting.toString());
    }

    private void secretaryTakesTheAgendaAndAttendance() {
        Tasklist secretary = Tasklist.switchTo(driver, base, SECRETARY);
        String filter = Role.COUNCIL_SECRETARY.tasklistFilterName();
        Task select = sessionTask("Task_SelectCandidates");
        open(secretary, filter, select, "Chọn hồ sơ trình phiên họp Hội đồng");
        secretary.expandLists();
        int row = secretary.indexOf("Số hồ sơ", key);
        assertThat(row).as("the appraised khen cao proposal is offered").isGreaterThanOrEqualTo(0);
        secretary.check("Đưa ra phiên họp", row, true);
        scene.shot("khen-cao-thuky-chon-ho-so");
        secretary.complete(select.getId());

        Task attendance = sessionTask("Task_Attendance");
        open(secretary, filter, attendance, "Điểm danh thành viên, khai mạc phiên họp");
        secretary.expandLists();
        int members = secretary.count("Tình hình dự họp");
        assertThat(members).isEqualTo(roster().size()).isEqualTo(15);
        for (int i = 0; i < members; i++) {
            secretary.select("Tình hình dự họp", i, i < PRESENT ? "Có mặt"
                    : i < PRESENT + WRITTEN ? "Vắng, gửi phiếu bằng văn bản" : "Vắng");
        }
        scene.shot("khen-cao-thuky-diem-danh");
        secretary.complete(attendance.getId());
        assertThat(scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                .taskDefinitionKey("Task_Vote").count()).as("one ballot per member present").isEqualTo(PRESENT);
    }

    private void membersVote() {
        String candidate = candidateCode();
        List<Map<String, Object>> roster = roster();
        for (int i = 0; i < PRESENT; i++) {
            String member = (String) roster.get(i).get("userId");
            Tasklist voter = Tasklist.switchTo(driver, base, member);
            Task ballot = scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                    .taskDefinitionKey("Task_Vote").taskAssignee(member).singleResult();
            open(voter, TasklistFilters.MY_TASKS, ballot, "Bỏ phiếu kín các trường hợp trình Hội đồng");
            voter.expandLists();
            voter.radio("Ý kiến", voter.indexOf("Mã", candidate), "Đồng ý");
            showChoice();
            scene.shot("khen-cao-bo-phieu-" + member.replace('.', '-'));
            voter.complete(ballot.getId());
        }
    }

    private void secretaryEntersWrittenBallotsAndClosesTheVote() {
        Tasklist secretary = Tasklist.switchTo(driver, base, SECRETARY);
        String filter = Role.COUNCIL_SECRETARY.tasklistFilterName();
        String candidate = candidateCode();
        List<Map<String, Object>> roster = roster();
        for (int w = PRESENT; w < PRESENT + WRITTEN; w++) {
            Task written = sessionTask("Task_WrittenBallot");
            open(secretary, filter, written, "Nhập phiếu bằng văn bản của thành viên vắng mặt");
            secretary.select("Thành viên gửi phiếu", roster.get(w).get("fullName") + " – "
                    + roster.get(w).get("positionTitle"));
            secretary.expandLists();
            secretary.radio("Ý kiến", secretary.indexOf("Mã", candidate), "Đồng ý");
            showChoice();
            scene.shot("khen-cao-thuky-phieu-van-ban-" + (w - PRESENT + 1));
            secretary.complete(written.getId());
        }
        Task close = sessionTask("Task_CloseVoting");
        open(secretary, filter, close, "Kết thúc bỏ phiếu, chuyển kiểm phiếu");
        assertThat(secretary.value("Tình hình bỏ phiếu (thành viên đã bỏ phiếu, chưa bỏ phiếu)", 0))
                .startsWith("Đã bỏ phiếu " + (PRESENT + WRITTEN) + "/" + (PRESENT + WRITTEN));
        secretary.check("Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu");
        scene.shot("khen-cao-thuky-ket-thuc-bo-phieu");
        secretary.complete(close.getId());
    }

    private void minutesAreNumberedAndConfirmed() {
        Tasklist secretary = Tasklist.switchTo(driver, base, SECRETARY);
        Task minutes = sessionTask("Task_MinutesSecretary");
        assertThat(minutes).as("counted: the minutes are due").isNotNull();
        open(secretary, Role.COUNCIL_SECRETARY.tasklistFilterName(), minutes, "Thư ký lập biên bản họp Hội đồng");
        // 12 of 15 members agreed: exactly the 4/5 of all members khen cao needs
        assertThat(secretary.formText()).contains(nomineeName, "Thông qua", "80%");
        minutesRef = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/BB-HĐTĐKT";
        secretary.fill("Số biên bản", minutesRef);
        scene.shot("khen-cao-thuky-bien-ban");
        secretary.complete(minutes.getId());

        Tasklist chair = Tasklist.switchTo(driver, base, CHAIR);
        Task confirm = sessionTask("Task_MinutesChair");
        open(chair, TasklistFilters.MY_TASKS, confirm, "Chủ tọa xác nhận biên bản họp Hội đồng");
        chair.radio("Ý kiến của chủ tọa", "Xác nhận biên bản");
        scene.shot("khen-cao-chutich-xac-nhan-bien-ban");
        chair.complete(confirm.getId());

        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(sessionPid)
                .count()).as("the session is over").isZero();
        assertThat(scene.jdbc().sql("SELECT c.yes_votes FROM council_candidate c JOIN council_session s"
                        + " ON s.business_key = c.session_key WHERE s.process_instance_id = ? AND c.nominee_code = ?")
                .params(sessionPid, nomineeCode).query(Integer.class).single()).isEqualTo(PRESENT + WRITTEN);
        assertThat(scene.engine().getRuntimeService().createExecutionQuery().processInstanceId(pid)
                .activityId("Timer_ConsultationWindow").count()).as("passed: the public consultation runs").isOne();
    }

    // ---------------------------------------------------------------- consultation and deadline

    private void officerSeesTheConsultationOpen() {
        HeadlessChromium.signIn(driver, base, OFFICER, "/pages/ho-so.html?hoSo=" + key);
        HeadlessChromium.find(driver, By.cssSelector("#de-nghi:not([hidden])"), "khen-cao-ho-so-cong-khai");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("trang-thai")).getText().equals("Đang công khai lấy ý kiến"));
        assertThat(driver.findElement(By.id("hoi-dong")).getText()).contains("Biên bản họp số " + minutesRef);
        assertThat(driver.findElement(By.id("to-trinh")).getText()).contains("Số " + letterNumber);
        scene.shot("khen-cao-canbo-ho-so-dang-cong-khai");
    }

    /** A citizen on his own computer (nobody signed in) finds the proposal on the public page and comments. */
    private void aCitizenCommentsOnThePublicPage() {
        driver.manage().deleteAllCookies();
        driver.get(base + "/");
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.id("lien-ket-cong-khai"), "khen-cao-trang-chu-khach"));
        WebElement proposal = HeadlessChromium.find(driver, By.id("ho-so-" + key), "khen-cao-cong-khai");
        assertThat(proposal.getText()).contains(nomineeName, "Bằng khen của Thủ tướng Chính phủ", "Nhận ý kiến đến");
        new org.openqa.selenium.support.ui.Select(proposal.findElement(By.name("nomineeCode")))
                .selectByVisibleText(nomineeName);
        proposal.findElement(By.name("authorName")).sendKeys(CITIZEN);
        proposal.findElement(By.name("authorContact")).sendKeys("0276 3822 456");
        proposal.findElement(By.name("content")).sendKeys(CITIZEN_COMMENT);
        scene.shot("khen-cao-nguoi-dan-gop-y");
        HeadlessChromium.click(driver, proposal.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                proposal.findElement(By.cssSelector(".ket-qua")).getText().startsWith("Cảm ơn ông/bà " + CITIZEN));
        scene.shot("khen-cao-nguoi-dan-da-gui-gop-y");
        assertThat(scene.jdbc().sql("SELECT submitted_by FROM consultation_comment WHERE business_key = ?").param(key)
                .query(String.class).single()).as("sent without an account").isEqualTo("cong-khai");
    }

    /**
     * Ten working days of consultation, then the rest of the processing time, pass: the engine's clock moves and
     * the timers fall due, each executed as the job executor would (it is off in tests).
     */
    private void consultationClosesAndTheDeadlinePasses() {
        Date windowEnds = (Date) scene.engine().getRuntimeService().getVariable(pid, "consultationEndsAt");
        Date due = (Date) scene.engine().getRuntimeService().getVariable(pid, "processingDueDate");
        assertThat(windowEnds).isBefore(due);
        ClockUtil.setCurrentTime(new Date(windowEnds.getTime() + 60_000));
        executeDueJob("Timer_ConsultationWindow");
        assertThat(task("Task_ReviewComments")).as("the window closed: the comments are to be reviewed").isNotNull();

        // nobody reviewed them in time: the reminder goes out, then the deadline passes
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        executeDueJob("Timer_Reminder");
        executeDueJob("Timer_Overdue");
        assertThat(task("Task_Escalate")).as("overdue: the Sở Nội vụ head is asked to direct").isNotNull();
    }

    private void agencyHeadDirectsTheOverdueProposal() {
        Tasklist agencyHead = Tasklist.switchTo(driver, base, "lanhdao.snv");
        Task escalate = task("Task_Escalate");
        open(agencyHead, Role.AGENCY_HEAD.tasklistFilterName(), escalate, ESCALATION_TASK);
        assertThat(agencyHead.formText()).contains(key, nomineeName, "Hồ sơ quá hạn giải quyết");
        assertThat(agencyHead.value("Hạn giải quyết", 0)).isNotBlank();
        String instruction = "Chuyên viên thẩm định hoàn thành xem xét ý kiến góp ý trong hai ngày làm việc,"
                + " trình Chủ tịch UBND tỉnh ký tờ trình.";
        agencyHead.fill("Ý kiến chỉ đạo", instruction);
        scene.shot("khen-cao-lanhdao-snv-chi-dao-qua-han");
        agencyHead.complete(escalate.getId());
        assertThat(scene.jdbc().sql("SELECT COUNT(*) FROM proposal_event WHERE business_key = ? AND stage = ?"
                        + " AND note LIKE ?").params(key, "Task_Escalate", "%hai ngày làm việc%")
                .query(Integer.class).single()).as("the instruction is kept with the proposal").isOne();
        assertThat(task("Task_ReviewComments")).as("the work in progress goes on").isNotNull();
    }

    private void specialistReviewsTheComments() {
        Tasklist specialist = Tasklist.switchTo(driver, base, "thamdinh");
        Task review = task("Task_ReviewComments");
        open(specialist, Role.SPECIALIST.tasklistFilterName(), review, REVIEW_TASK);
        assertThat(specialist.value("Ý kiến góp ý đã nhận", 0)).as("the citizen's comment, about the nominee by name")
                .contains(CITIZEN + " (về " + nomineeName + ")", CITIZEN_COMMENT);
        specialist.expandLists();
        assertThat(specialist.count("Xử lý")).isEqualTo(1);
        specialist.select("Xử lý", 0, "Tiếp tục đề nghị");
        scene.shot("khen-cao-thamdinh-xem-xet-gop-y");
        specialist.complete(review.getId());
        assertThat(task("Task_SignUpward")).isNotNull();
    }

    // ---------------------------------------------------------------- upward and back

    private void chairmanReadsTheAppraisalAndSignsUpward() {
        Tasklist chairman = Tasklist.switchTo(driver, base, CHAIR);
        Task sign = task("Task_SignUpward");
        open(chairman, Role.CHAIRMAN.tasklistFilterName(), sign, SIGN_UPWARD_TASK);
        assertThat(chairman.value("Danh sách đề nghị khen cao sau công khai", 0)).contains(nomineeName);
        scene.shot("khen-cao-chutich-viec-ky-to-trinh");

        // before signing he reads Sở Nội vụ's appraisal on the dossier page
        driver.get(base + "/pages/ho-so.html?hoSo=" + key);
        WebElement appraisal = HeadlessChromium.find(driver, By.cssSelector("#muc-tham-dinh:not([hidden]) a"),
                "khen-cao-chutich-ho-so");
        assertThat(appraisal.getText()).isEqualTo("Kết quả thẩm định của Sở Nội vụ (PDF)");
        assertThat(HeadlessChromium.fetchHead(driver, appraisal.getAttribute("href")))
                .isEqualTo("200|application/pdf|%PDF-");
        scene.shot("khen-cao-chutich-doc-ket-qua-tham-dinh");

        chairman.reopen(Role.CHAIRMAN.tasklistFilterName(), sign.getId(), SIGN_UPWARD_TASK);
        chairman.radio("Ý kiến của Chủ tịch UBND tỉnh", "Ký tờ trình đề nghị lên Trung ương");
        chairman.fill("Ý kiến", "Ký tờ trình đề nghị Thủ tướng Chính phủ tặng Bằng khen.");
        scene.shot("khen-cao-chutich-ky-to-trinh-len-trung-uong");
        chairman.complete(sign.getId());
        assertThat(task("Task_RecordCentralDecision")).as("forwarded: waiting for the central decision").isNotNull();
    }

    private void specialistRecordsTheCentralDecision() {
        Tasklist specialist = Tasklist.switchTo(driver, base, "thamdinh");
        Task record = task("Task_RecordCentralDecision");
        open(specialist, Role.SPECIALIST.tasklistFilterName(), record, CENTRAL_TASK);
        String number = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/QĐ-TTg";
        LocalDate decided = engineToday().minusDays(2);
        specialist.fill("Số quyết định", number);
        specialist.typeDate("Ngày quyết định", decided.format(DMY));
        assertThat(specialist.value("Ngày quyết định", 0)).isEqualTo(decided.format(DMY));
        specialist.fill("Cấp quyết định", "Thủ tướng Chính phủ");
        specialist.expandLists();
        assertThat(specialist.value("Cá nhân / tập thể", 0)).contains(nomineeName);
        specialist.select("Kết quả", 0, "Được khen thưởng");
        scene.shot("khen-cao-thamdinh-ghi-quyet-dinh-trung-uong");
        specialist.complete(record.getId());

        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
                .as("the proposal ends with the central decision").isZero();
        Map<String, Object> award = scene.jdbc().sql("""
                        SELECT r.decision_number, r.decision_date, r.decision_authority, r.award_year FROM award_record r
                        JOIN person p ON p.id = r.person_id
                        WHERE p.code = ? AND r.award_type_code = 'BK_TTG'""").param(nomineeCode).query().singleRow();
        assertThat(award).containsEntry("decision_number", number)
                .containsEntry("decision_authority", "Thủ tướng Chính phủ");
        assertThat(award.get("decision_date").toString()).as("the day typed is the day stored")
                .isEqualTo(decided.toString());
        assertThat(((Number) award.get("award_year")).intValue()).isEqualTo(year);
    }

    private void officerReadsTheOutcome() {
        HeadlessChromium.signIn(driver, base, OFFICER, "/pages/ho-so.html?hoSo=" + key);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("trang-thai")).getText().equals("Đã khen thưởng"));
        scene.shot("khen-cao-canbo-ho-so-da-khen-thuong");
        assertThat(scene.jdbc().sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ? AND body_text LIKE ?")
                .params(key, "%/QĐ-TTg%").query(Integer.class).single()).as("the unit is told").isPositive();
    }

    // ---------------------------------------------------------------- helpers

    /** Opens the task from the user's filter and claims it when it waits for a candidate. */
    private static void open(Tasklist tasklist, String filter, Task task, String name) {
        assertThat(task).as(name).isNotNull();
        tasklist.filter(filter);
        tasklist.openFromList(task.getId(), name);
        tasklist.claim();
    }

    /** Scrolls the ballot's ticked choice into view for the screenshot. */
    private void showChoice() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = document.querySelector('.fjs-container input[type=radio]:checked');"
                        + "if (r) r.scrollIntoView({ block: 'center' });");
    }

    private Task task(String definitionKey) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(definitionKey).singleResult();
    }

    private Task sessionTask(String definitionKey) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(sessionPid)
                .taskDefinitionKey(definitionKey).list().stream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <T> T variable(String name) {
        return (T) scene.engine().getRuntimeService().getVariable(pid, name);
    }

    private List<Map<String, Object>> roster() {
        return JsonVars.listOfObjects(scene.engine().getRuntimeService().getVariable(sessionPid,
                CouncilAttendance.ROSTER_VARIABLE));
    }

    private String candidateCode() {
        return scene.jdbc().sql("SELECT c.candidate_code FROM council_candidate c JOIN council_session s"
                        + " ON s.business_key = c.session_key WHERE s.process_instance_id = ? AND c.nominee_code = ?")
                .params(sessionPid, nomineeCode).query(String.class).single();
    }

    /** The engine's today in the province (the clock the processes' rules read). */
    private static LocalDate engineToday() {
        return ClockUtil.getCurrentTime().toInstant().atZone(PROVINCE).toLocalDate();
    }

    /** Executes the proposal's timer job at that activity, which the engine's clock has made due. */
    private void executeDueJob(String activityId) {
        Job job = scene.engine().getManagementService().createJobQuery().processInstanceId(pid)
                .activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        assertThat(job.getDuedate()).as("due by the engine's clock").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        scene.engine().getManagementService().executeJob(job.getId());
    }
}
