package vn.tdkt.browser;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.TasklistFilters;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revocation of awards (award-revocation), in Tasklist. A Bằng khen of the Đoàn Thanh niên's officer, given on a
 * proposal the council voted on: the Sở Nội vụ's specialist asks for it to be annulled (decision by number, the
 * person, a ground of the law, found by inspection), appraises it, the Sở's head returns it, the specialist appraises
 * again, the head approves, the council's secretary records the council's agreement, the vice-chairman signs the
 * annulment decision (its PDF read back), the unit's officer records the object and bonus returned, the specialist
 * confirms. Then a Chiến sĩ thi đua toàn quốc of the same unit: the chairman signs the tờ trình upward and the
 * specialist records the central decision not to annul. Then a Chiến sĩ thi đua cơ sở the Đoàn's head decided: the
 * revocation-authority table sends it to that head, who signs the annulment with his own decision's number and day;
 * the unit recovers, the specialist confirms. The award records (the registry's history before the year)
 * are written in the database.
 */
final class RevocationScene {

    static final String PROCESS = "Hủy bỏ quyết định khen thưởng, thu hồi hiện vật và tiền thưởng";
    static final String UNIT = "tdoan";
    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RevocationScene() { }

    static void run(Scene scene) {
        LocalDate today = LocalDate.now(scene.clock());
        long person = scene.jdbc().sql("SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.code = ?"
                + " ORDER BY p.id").param(UNIT).query(Long.class).list().get(0);
        String name = scene.jdbc().sql("SELECT full_name FROM person WHERE id = ?").param(person)
                .query(String.class).single();
        String number = (60000 + ThreadLocalRandom.current().nextInt(9999)) + "/QĐ-UBND";
        LocalDate decided = LocalDate.of(2025, 2, 20);
        long award = award(scene, person, "BK_TINH", number, decided);
        councilVoted(scene, person, award, number, decided);

        String pid = specialistAsks(scene, number, decided, name, "Bằng khen");
        Task appraise = task(scene, pid, "Task_Appraise");
        specialistAppraises(scene, appraise, "Đối chiếu hồ sơ khen thưởng: kê khai thành tích không đúng thực tế.");
        head(scene, pid, "Trả lại để thẩm định lại", "Bổ sung số, ngày của kết luận thanh tra.");
        specialistAppraises(scene, task(scene, pid, "Task_Appraise"), "Đã bổ sung: Kết luận thanh tra số 12/KL-TTr"
                + " ngày 01/10/2026 xác định kê khai thành tích không trung thực.");
        head(scene, pid, "Đồng ý trình hủy bỏ", null);
        councilAgrees(scene, pid, today);
        viceChairmanSigns(scene, pid);
        long id = ((Number) scene.engine().getRuntimeService().getVariable(pid, "revocationId")).longValue();
        scene.driver().get(scene.base() + "/pages/huy-bo-khen-thuong.html?id=" + id);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("bang-khen-thuong")).getText().contains(name));
        scene.shot("huy-bo-trang-theo-doi");
        unitRecovers(scene, pid, today);
        specialistConfirms(scene, pid);
        assertThat(scene.jdbc().sql("SELECT status FROM award_revocation WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("COMPLETED");
        assertThat(scene.jdbc().sql("SELECT annulled_on FROM award_record WHERE id = ?").param(award)
                .query(LocalDate.class).single()).isEqualTo(today);

        String upward = (70000 + ThreadLocalRandom.current().nextInt(9999)) + "/QĐ-TTg";
        award(scene, person, "CSTD_TQ", upward, decided);
        String up = specialistAsks(scene, upward, decided, name, "Chiến sĩ thi đua toàn quốc");
        specialistAppraises(scene, task(scene, up, "Task_Appraise"), "Đủ căn cứ đề nghị cấp Trung ương hủy bỏ.");
        head(scene, up, "Đồng ý trình hủy bỏ", null);
        chairmanSignsUpward(scene, up);
        specialistRecordsCentralDecision(scene, up, today);
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(up).count())
                .isZero();

        // a Chiến sĩ thi đua cơ sở the Đoàn's head decided: annulled by that head, with his own decision's number
        String unitLevel = (80000 + ThreadLocalRandom.current().nextInt(9999)) + "/QĐ-TĐTN";
        long cstdcs = award(scene, person, "CSTDCS", unitLevel, decided, "Thủ trưởng cơ quan, đơn vị");
        String own = specialistAsks(scene, unitLevel, decided, name, "Chiến sĩ thi đua cơ sở",
                "Thủ trưởng cơ quan, đơn vị");
        specialistAppraises(scene, task(scene, own, "Task_Appraise"), "Đủ căn cứ đề nghị thủ trưởng đơn vị hủy bỏ"
                + " danh hiệu Chiến sĩ thi đua cơ sở.");
        head(scene, own, "Đồng ý trình hủy bỏ", null);
        unitHeadSigns(scene, own, today);
        assertThat(scene.jdbc().sql("SELECT annulment_number FROM award_record WHERE id = ?").param(cstdcs)
                .query(String.class).single()).isEqualTo("15/QĐ-TĐTN");
        unitRecovers(scene, own, today);
        specialistConfirms(scene, own);
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(own).count())
                .isZero();
    }

    private static void unitHeadSigns(Scene scene, String pid, LocalDate today) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thutruong." + UNIT);
        Task task = task(scene, pid, "Task_UnitHeadDecision");
        tasklist.filter(vn.tdkt.identity.Role.UNIT_HEAD.tasklistFilterName());
        tasklist.openFromList(task.getId(), "Thủ trưởng đơn vị ký quyết định hủy bỏ khen thưởng");
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Chiến sĩ thi đua cơ sở", "chưa xác nhận");
        tasklist.radio("Ý kiến của thủ trưởng", "Ký quyết định hủy bỏ");
        tasklist.fill("Số quyết định hủy bỏ của đơn vị", "15/QĐ-TĐTN");
        tasklist.pickDate("Ngày ký quyết định", today);
        scene.shot("huy-bo-thu-truong-don-vi-ky");
        tasklist.complete(task.getId());
    }

    private static long award(Scene scene, long person, String type, String number, LocalDate decided) {
        return award(scene, person, type, number, decided, "Chủ tịch UBND tỉnh");
    }

    private static long award(Scene scene, long person, String type, String number, LocalDate decided,
                              String authority) {
        scene.jdbc().sql("INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind,"
                        + " decision_number, decision_date, decision_authority) VALUES (?, ?, 2024, 'CONG_TRANG', ?, ?,"
                        + " ?)").params(type, person, number, decided, authority).update();
        return scene.jdbc().sql("SELECT MAX(id) FROM award_record WHERE decision_number = ?").param(number)
                .query(Long.class).single();
    }

    /** The decision of the award was taken on a proposal the council voted on (the registry of earlier years). */
    private static void councilVoted(Scene scene, long person, long award, String number, LocalDate decided) {
        String key = "DN-HB-" + ThreadLocalRandom.current().nextInt(1000000);
        scene.jdbc().sql("INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id,"
                        + " award_type_code, commendation_kind, period_year, achievement_summary, status) SELECT ?,"
                        + " 'truoc-nam', unit_id, 'BK_TINH', 'CONG_TRANG', 2024, 'Thành tích năm 2024', 'AWARDED'"
                        + " FROM person WHERE id = ?").params(key, person).update();
        scene.jdbc().sql("INSERT INTO proposal_nominee (business_key, seq, person_id, nominee_code, display_name,"
                + " council_passed) SELECT ?, 1, id, code, full_name, TRUE FROM person WHERE id = ?")
                .params(key, person).update();
        int seq = 500000 + ThreadLocalRandom.current().nextInt(99999);
        scene.jdbc().sql("INSERT INTO decision (decision_number, sequence_number, issuing_year, signed_on,"
                        + " signer_user_id, signer_name, signer_title, subject, award_type_code, award_year,"
                        + " commendation_kind, achievement_text, legal_bases, business_key) VALUES (?, ?, 2017, ?,"
                        + " 'chutich', 'Chủ tịch', 'CHỦ TỊCH', 'Khen thưởng', 'BK_TINH', 2024, 'CONG_TRANG',"
                        + " 'Thành tích', 'Luật', ?)").params(number, seq, decided, key).update();
        scene.jdbc().sql("INSERT INTO decision_awardee (decision_id, seq, person_id, display_name, award_record_id)"
                        + " SELECT (SELECT id FROM decision WHERE issuing_year = 2017 AND sequence_number = ?), 1, id,"
                        + " full_name, ? FROM person WHERE id = ?").params(seq, award, person).update();
    }

    private static String specialistAsks(Scene scene, String number, LocalDate decided, String name, String award) {
        return specialistAsks(scene, number, decided, name, award, "Chủ tịch UBND tỉnh");
    }

    private static String specialistAsks(Scene scene, String number, LocalDate decided, String name, String award,
                                         String authority) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        tasklist.startProcess(PROCESS);
        assertThat(tasklist.formText()).contains("Quyết định khen thưởng", "Căn cứ hủy bỏ");
        tasklist.select("Quyết định khen thưởng", "Quyết định số " + number + " ngày " + VN.format(decided)
                + " của " + authority + " (1 khen thưởng)");
        tasklist.tag("Cá nhân, tập thể cần hủy bỏ khen thưởng", number.substring(0, 5), name + " – " + award);
        tasklist.check("Căn cứ hủy bỏ (Luật Thi đua, khen thưởng 2022, chương VII)");
        tasklist.radio("Nguồn phát hiện", "Phát hiện qua thanh tra, kiểm tra");
        tasklist.fill("Lý do hủy bỏ", "Kết luận thanh tra cho thấy kê khai thành tích năm 2024 không trung thực.");
        tasklist.fill("Tài liệu, chứng cứ kèm theo", "Kết luận thanh tra số 12/KL-TTr ngày 01/10/2026.");
        scene.shot("huy-bo-de-nghi");
        tasklist.submitStartForm();
        String pid = scene.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("award-revocation").variableValueEquals("decisionNumber", number).singleResult()
                .getId();
        scene.ledger().started(pid);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty());
        return pid;
    }

    private static void specialistAppraises(Scene scene, Task task, String opinion) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Thẩm định đề nghị hủy bỏ khen thưởng");
        tasklist.claim();
        tasklist.fill("Ý kiến thẩm định", opinion);
        scene.shot("huy-bo-tham-dinh");
        tasklist.complete(task.getId());
    }

    private static void head(Scene scene, String pid, String answer, String comment) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "lanhdao.snv");
        Task task = task(scene, pid, "Task_HeadReview");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Lãnh đạo Sở duyệt đề nghị hủy bỏ");
        tasklist.claim();
        tasklist.radio("Ý kiến của lãnh đạo Sở", answer);
        if (comment != null) {
            tasklist.fill("Ý kiến, lý do", comment);
        }
        scene.shot("huy-bo-lanh-dao-so");
        tasklist.complete(task.getId());
    }

    private static void councilAgrees(Scene scene, String pid, LocalDate today) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thuky.hd");
        Task task = task(scene, pid, "Task_CouncilOpinion");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Ghi ý kiến Hội đồng Thi đua – Khen thưởng");
        tasklist.claim();
        tasklist.radio("Ý kiến của Hội đồng", "Đồng ý hủy bỏ");
        tasklist.fill("Số biên bản hoặc phiên họp của Hội đồng", "Biên bản số 9/BB-HĐTĐKT");
        tasklist.pickDate("Ngày Hội đồng cho ý kiến", today);
        scene.shot("huy-bo-hoi-dong");
        tasklist.complete(task.getId());
    }

    private static void viceChairmanSigns(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "phochutich");
        Task task = task(scene, pid, "Task_ChairmanDecision");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Chủ tịch ký quyết định hủy bỏ khen thưởng");
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Đồng ý hủy bỏ");
        tasklist.radio("Ý kiến của Chủ tịch", "Ký quyết định hủy bỏ");
        scene.shot("huy-bo-pho-chu-tich-ky");
        tasklist.complete(task.getId());
    }

    private static void unitRecovers(Scene scene, String pid, LocalDate today) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + UNIT);
        Task task = task(scene, pid, "Task_Recovery");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Thu hồi hiện vật, tiền thưởng");
        tasklist.claim();
        tasklist.radio("Hiện vật (bằng, huy hiệu, cờ) đã nộp lại?", "Đã nộp lại");
        tasklist.fill("Số tiền thưởng đã nộp lại (đồng)", "3510000");
        tasklist.pickDate("Ngày nộp lại", today);
        tasklist.fill("Số biên lai, chứng từ nộp lại", "Biên lai số 0012345");
        scene.shot("huy-bo-don-vi-thu-hoi");
        tasklist.complete(task.getId());
    }

    private static void specialistConfirms(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        Task task = task(scene, pid, "Task_ConfirmRecovery");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Xác nhận thu hồi xong");
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Biên lai số 0012345");
        tasklist.radio("Kết quả", "Xác nhận đã thu hồi xong");
        scene.shot("huy-bo-xac-nhan");
        tasklist.complete(task.getId());
    }

    private static void chairmanSignsUpward(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "chutich");
        Task task = task(scene, pid, "Task_SignUpward");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Chủ tịch ký tờ trình đề nghị Trung ương hủy bỏ");
        tasklist.claim();
        tasklist.radio("Ý kiến của Chủ tịch", "Ký tờ trình đề nghị hủy bỏ");
        scene.shot("huy-bo-to-trinh-trung-uong");
        tasklist.complete(task.getId());
    }

    private static void specialistRecordsCentralDecision(Scene scene, String pid, LocalDate today) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        Task task = task(scene, pid, "Task_CentralDecision");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), "Theo dõi quyết định hủy bỏ của Trung ương");
        tasklist.claim();
        tasklist.radio("Cấp Trung ương hủy bỏ khen thưởng?", "Không hủy bỏ");
        tasklist.fill("Số quyết định hoặc văn bản trả lời", "12/VPCP-TCCV");
        tasklist.pickDate("Ngày quyết định", today);
        scene.shot("huy-bo-quyet-dinh-trung-uong");
        tasklist.complete(task.getId());
    }

    private static Task task(Scene scene, String pid, String key) {
        Task t = scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .singleResult();
        assertThat(t).as(key).isNotNull();
        return t;
    }
}
