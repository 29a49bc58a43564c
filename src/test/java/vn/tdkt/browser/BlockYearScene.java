package vn.tdkt.browser;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.tdkt.identity.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scene of {@link YearWalkthroughBrowserTest}: a demo block's whole year in Tasklist. The leader unit's officer
 * opens the cycle from the start dialog (block chosen by name); each member's head signs the pact; the leader
 * closes signing; each member's officer reports at mid-year and the leader consolidates; each officer scores the
 * unit with evidence uploaded on the dossier page; the officers cross-check each other's sheets, one of them
 * finding a difference beyond the tolerance, which the leader arbitrates; the leader opens the suy tôn vote, every
 * member's head votes, the leader closes the vote and confirms the minutes. The proposals the block's result
 * starts (block-result-to-award) are checked and registered, and the minutes are read back as PDF.
 * The two timers (mid-year, year end) are fired by executing their jobs, as the job executor would.
 */
final class BlockYearScene {

    static final String PROCESS = "Chu kỳ thi đua của khối";
    static final String SIGN_PACT = "Ký giao ước và đăng ký danh hiệu thi đua";
    static final String CLOSE_PACT = "Khối trưởng kết thúc ký giao ước";
    static final String MID_YEAR = "Báo cáo sơ kết 6 tháng";
    static final String CONSOLIDATE = "Khối trưởng tổng hợp sơ kết 6 tháng";
    static final String SELF_SCORE = "Tự chấm điểm thi đua";
    static final String CROSS_CHECK = "Chấm chéo bảng tự chấm của đơn vị khác";
    static final String ARBITRATE = "Khối trưởng xử lý chênh lệch điểm";
    static final String OPEN_VOTE = "Khối trưởng mở bỏ phiếu suy tôn";
    static final String VOTE = "Bỏ phiếu kín suy tôn đơn vị dẫn đầu";
    static final String CLOSE_VOTE = "Khối trưởng kết thúc bỏ phiếu suy tôn";
    static final String MINUTES = "Khối trưởng xác nhận biên bản họp khối";
    static final String SUPERVISE_PACT = "Thành viên Hội đồng dự ký kết giao ước của khối";
    static final String SUPERVISE_MID_YEAR = "Thành viên Hội đồng dự sơ kết 6 tháng của khối";
    static final String PLAN_INSPECTION = "Lập kế hoạch kiểm tra, giám sát khối";
    static final String INSPECT_VISIT = "Kiểm tra đơn vị, ghi kết quả kiểm tra";
    static final String URGE_LATE = "Đôn đốc đơn vị chậm tự chấm điểm";
    static final String OPINION = "Thành viên Hội đồng cho ý kiến về kết quả suy tôn";
    private static final String MINE = vn.tdkt.identity.TasklistFilters.MY_TASKS;

    private static final List<String> DEMO_BLOCKS = List.of("THTH", "KTKT", "VHXH", "NC", "MTDT", "DVSN");
    private static final String OFFICERS = Role.UNIT_OFFICER.tasklistFilterName();
    private static final String HEADS = Role.UNIT_HEAD.tasklistFilterName();
    private static final String MEMBERS = Role.BLOCK_MEMBER.tasklistFilterName();
    /** The criterion a cross-checker marks down, beyond the table's tolerance (3 points). */
    private static final String DISPUTED = "I.1";

    private final Scene scene;
    private final WebDriver driver;
    private final int year;
    private String block;
    private String blockName;
    private String leader;
    /** The council member the secretary assigned to the block this year (DemoSupervisionSeeder). */
    private String supervisor;
    private List<String> members;
    private String key;
    private String pid;
    private Tasklist tasklist;
    /** What each member scored itself on the disputed criterion. */
    private final Map<String, Integer> ownDisputed = new HashMap<>();

    private BlockYearScene(Scene scene) {
        this.scene = scene;
        this.driver = scene.driver();
        this.year = LocalDate.now(scene.clock()).getYear();
    }

    static void run(Scene scene) {
        new BlockYearScene(scene).play();
    }

    private void play() {
        chooseBlock();
        openCycle();
        signPact();
        closePact();
        supervisePact();
        fireTimer("Timer_MidYear");
        reportMidYear();
        consolidateMidYear();
        superviseMidYear();
        planInspection();
        inspect();
        fireTimer("Timer_YearEnd");
        scoreOwnSheets();
        crossCheck();
        arbitrate();
        openVote();
        vote();
        closeVote();
        confirmMinutes();
        supervisorOpinion();
        proposalsStarted();
        minutesReadBack();
    }

    // ---- the block: the smallest demo block with no cycle this year, and its leader unit this year

    private void chooseBlock() {
        block = scene.jdbc().sql("""
                SELECT b.code FROM emulation_block b JOIN block_membership m ON m.block_id = b.id AND m.emulation_year = ?
                WHERE b.code IN (:codes)
                  AND NOT EXISTS (SELECT 1 FROM block_cycle c WHERE c.block_id = b.id AND c.emulation_year = ?)
                  AND EXISTS (SELECT 1 FROM block_officer o WHERE o.block_id = b.id AND o.emulation_year = ?)
                GROUP BY b.code ORDER BY COUNT(*), b.code""".replace("(:codes)", "('" + String.join("','", DEMO_BLOCKS) + "')"))
                .params(year, year, year).query(String.class).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("every demo block already has a cycle in " + year));
        blockName = scene.jdbc().sql("SELECT name FROM emulation_block WHERE code = ?").param(block)
                .query(String.class).single();
        leader = scene.jdbc().sql("""
                SELECT u.code FROM block_officer o JOIN org_unit u ON u.id = o.leader_unit_id
                JOIN emulation_block b ON b.id = o.block_id WHERE b.code = ? AND o.emulation_year = ?""")
                .params(block, year).query(String.class).single();
        // in code order, as the process lists them
        members = scene.jdbc().sql("""
                SELECT u.code FROM block_membership m JOIN org_unit u ON u.id = m.unit_id
                JOIN emulation_block b ON b.id = m.block_id WHERE b.code = ? AND m.emulation_year = ? ORDER BY u.code""")
                .params(block, year).query(String.class).list();
        key = "KTD-" + block + "-" + year;
        supervisor = scene.jdbc().sql("""
                SELECT s.user_id FROM block_supervisor s JOIN emulation_block b ON b.id = s.block_id
                WHERE b.code = ? AND s.emulation_year = ?""").params(block, year).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("no council member supervises " + block + " in " + year));
    }

    private String unitName(String unit) {
        return scene.jdbc().sql("SELECT name FROM org_unit WHERE code = ?").param(unit).query(String.class).single();
    }

    private static String officer(String unit) {
        return "canbo." + unit;
    }

    private static String head(String unit) {
        return "thutruong." + unit;
    }

    // ---- Tasklist: one browser, the next person signs in at the same computer

    private Tasklist as(String user) {
        if (tasklist == null || !tasklist.user().equals(user)) {
            try {
                tasklist = Tasklist.switchTo(driver, scene.base(), user);
            } catch (org.openqa.selenium.TimeoutException slow) {
                // Tasklist's page can take longer than a wait on a busy machine: keep what it showed, try once more
                HeadlessChromium.keepEvidence(driver, "khoi-dang-nhap-cham-" + user.replace('.', '-'));
                tasklist = Tasklist.switchTo(driver, scene.base(), user);
            }
        } else {
            driver.get(scene.base() + "/camunda/app/tasklist/default/");
        }
        return tasklist;
    }

    /** The user opens the task from the role's filter and claims it. */
    private Tasklist open(String user, String filter, Task task, String name) {
        Tasklist t = as(user);
        t.filter(filter);
        t.openFromList(task.getId(), name);
        t.claim();
        return t;
    }

    private List<Task> tasks(String taskKey) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey)
                .list();
    }

    private Task task(String taskKey) {
        List<Task> found = tasks(taskKey);
        assertThat(found).as(taskKey).hasSize(1);
        return found.get(0);
    }

    private Task taskFor(String taskKey, String group) {
        Task found = scene.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(taskKey).taskCandidateGroup(group).singleResult();
        assertThat(found).as(taskKey + " for " + group).isNotNull();
        return found;
    }

    private Object local(Task task, String name) {
        return scene.engine().getRuntimeService().getVariableLocal(task.getExecutionId(), name);
    }

    private String shotName(String step, String unit) {
        return "khoi-" + step + (unit == null ? "" : "-" + unit);
    }

    // ---- the year

    private void openCycle() {
        Tasklist t = as(officer(leader));
        t.startProcess(PROCESS);
        assertThat(t.formText()).contains("Mở chu kỳ thi đua của khối", "Khối thi đua", "Năm thi đua");
        t.select("Khối thi đua", blockName + " (khối trưởng năm " + year + ": " + unitName(leader) + ")");
        t.fill("Năm thi đua", String.valueOf(year));
        scene.shot(shotName("mo-chu-ky", leader));
        t.submitStartForm();
        pid = scene.jdbc().sql("SELECT process_instance_id FROM block_cycle WHERE business_key = ?").param(key)
                .query(String.class).single();
        scene.ledger().started(pid);
        assertThat(tasks("Task_SignPact")).as("a pact to sign for every member").hasSize(members.size());
        scene.shot(shotName("da-mo-chu-ky", leader));
    }

    private void signPact() {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            Task task = taskFor("Task_SignPact", "unit-head." + unit);
            Tasklist t = open(head(unit), HEADS, task, SIGN_PACT);
            assertThat(t.formText()).contains(blockName, unitName(unit), unitName(leader));
            t.check("Thủ trưởng đơn vị ký giao ước thi đua");
            // the leader unit aims for the flag, the others for the collective title
            t.select("Danh hiệu thi đua tập thể đăng ký", unit.equals(leader)
                    ? "Cờ thi đua của Ủy ban nhân dân tỉnh" : "Tập thể lao động xuất sắc");
            t.fill("Cam kết bổ sung", "Hoàn thành vượt mức chỉ tiêu năm " + year + ", không có cán bộ vi phạm kỷ luật.");
            scene.shot(shotName("ky-giao-uoc", unit));
            t.complete(task.getId());
        }
    }

    private void closePact() {
        Task task = task("Task_ClosePact");
        Tasklist t = open(officer(leader), OFFICERS, task, CLOSE_PACT);
        assertThat(t.value("Tình hình ký giao ước", 0)).contains(unitName(members.get(0)));
        t.check("Kết thúc ký giao ước");
        scene.shot(shotName("ket-thuc-ky-giao-uoc", leader));
        t.complete(task.getId());
    }

    /** The engine's job executor would fire the timer on its day; the test executes the due job. */
    private void fireTimer(String activity) {
        var job = scene.engine().getManagementService().createJobQuery().processInstanceId(pid).activityId(activity)
                .singleResult();
        assertThat(job).as("timer " + activity).isNotNull();
        scene.engine().getManagementService().executeJob(job.getId());
    }

    private void reportMidYear() {
        for (String unit : members) {
            Task task = taskFor("Task_MidYearReport", "unit-officer." + unit);
            Tasklist t = open(officer(unit), OFFICERS, task, MID_YEAR);
            t.fill("Báo cáo sơ kết 6 tháng (kết quả, hạn chế, nhiệm vụ 6 tháng cuối năm)", unitName(unit)
                    + " hoàn thành 56% chỉ tiêu năm " + year + "; còn chậm số hóa hồ sơ; 6 tháng cuối năm hoàn thành"
                    + " các chỉ tiêu còn lại.");
            scene.shot(shotName("so-ket", unit));
            t.complete(task.getId());
        }
    }

    private void consolidateMidYear() {
        Task task = task("Task_ConsolidateMidYear");
        Tasklist t = open(officer(leader), OFFICERS, task, CONSOLIDATE);
        assertThat(t.value("Báo cáo sơ kết của các đơn vị", 0)).contains("hoàn thành 56% chỉ tiêu");
        t.fill("Báo cáo tổng hợp sơ kết 6 tháng của khối", "Các đơn vị của " + blockName
                + " hoàn thành trên 50% chỉ tiêu sáu tháng đầu năm " + year + ", không có đơn vị chậm tiến độ.");
        scene.shot(shotName("tong-hop-so-ket", leader));
        t.complete(task.getId());
    }

    /**
     * Each officer uploads the evidence to the unit's evidence dossier (the form's link), comes back and scores:
     * every criterion at its maximum except the disputed one (two points less per place in code order, so the
     * units rank in that order, all "Xuất sắc"), bonus and penalty 0, the evidence picked where the table asks.
     */
    private void scoreOwnSheets() {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            Task task = taskFor("Task_SelfScore", "unit-officer." + unit);
            Tasklist t = open(officer(unit), OFFICERS, task, SELF_SCORE);
            String dossier = key + "-" + unit;
            assertThat(t.formText()).contains("Tự chấm điểm", blockName, dossier);
            driver.get(driver.findElement(By.cssSelector(
                    ".fjs-container a[href*='/pages/ho-so.html?hoSo=" + dossier + "']")).getAttribute("href"));
            String file = "minh-chung-" + unit + ".pdf";
            DossierPage.uploadAndWait(driver, "KHAC", evidenceFile(file, "Minh chứng thi đua năm " + year + " của " + unitName(unit)));
            scene.shot(shotName("minh-chung", unit));
            long evidence = scene.jdbc().sql("SELECT MAX(id) FROM dossier_document WHERE business_key = ?")
                    .param(dossier).query(Long.class).single();

            t.reopen(OFFICERS, task.getId(), SELF_SCORE);
            t.expandLists();
            int rows = t.count("Điểm tự chấm");
            assertThat(rows).as("lines of the score sheet").isGreaterThan(10);
            for (int r = 0; r < rows; r++) {
                int max = new BigDecimal(t.value("Điểm tối đa", r)).intValue();
                boolean criterion = "Tiêu chí".equals(t.value("Loại", r));
                int score = !criterion ? 0 : DISPUTED.equals(t.value("Mã", r)) ? max - 2 * i : max;
                if (DISPUTED.equals(t.value("Mã", r))) {
                    ownDisputed.put(unit, score);
                }
                t.fill("Điểm tự chấm", r, String.valueOf(score));
                if (t.value("Tiêu chí / mục", r).contains("(cần minh chứng)")) {
                    t.select("Minh chứng", r, file + " – Tài liệu khác (số " + evidence + ")");
                }
            }
            scene.shot(shotName("tu-cham", unit));
            // after edits inside a dynamic list Tasklist keeps Complete disabled until form-js revalidates (Lưu)
            t.save();
            t.complete(task.getId());
            if (i == 0) {
                // the day self-scoring is due passes with the other members still scoring: their supervisor urges them
                fireTimer("Timer_SelfScoreDue");
                urgeLateMembers();
            }
        }
        assertThat(scene.jdbc().sql("SELECT COUNT(*) FROM dossier_document WHERE business_key LIKE ?")
                .param(key + "-%").query(Integer.class).single()).isEqualTo(members.size());
    }

    private static Path evidenceFile(String name, String text) {
        try {
            return Files.write(Files.createTempDirectory("minh-chung").resolve(name), ProposalDossierBrowserTest.pdf(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every officer re-scores the sheet given to him as scored, except the first, who marks the disputed line down by 5. */
    private String disputedTarget;

    private void crossCheck() {
        List<Task> checks = new java.util.ArrayList<>(tasks("Task_CrossCheck"));
        assertThat(checks).hasSize(members.size());
        checks.sort(java.util.Comparator.comparing(c -> (String) local(c, "checker")));
        for (Task task : checks) {
            String checker = (String) local(task, "checker");
            String target = (String) local(task, "target");
            assertThat(target).isNotEqualTo(checker);
            Tasklist t = open(officer(checker), OFFICERS, task, CROSS_CHECK);
            assertThat(t.formText()).contains("Chấm chéo", unitName(target));
            t.expandLists();
            boolean marksDown = disputedTarget == null;
            for (int r = 0; r < t.count("Điểm chấm chéo"); r++) {
                int own = new BigDecimal(t.value("Điểm tự chấm", r)).intValue();
                boolean disputed = marksDown && DISPUTED.equals(t.value("Mã", r));
                t.fill("Điểm chấm chéo", r, String.valueOf(disputed ? own - 5 : own));
            }
            if (marksDown) {
                disputedTarget = target;
            }
            scene.shot(shotName("cham-cheo", checker + "-" + target));
            t.save();
            t.complete(task.getId());
        }
    }

    /** The leader settles the disputed line between the two scores. */
    private void arbitrate() {
        Task task = task("Task_Arbitrate");
        assertThat(local(task, "target")).isEqualTo(disputedTarget);
        Tasklist t = open(officer(leader), OFFICERS, task, ARBITRATE);
        assertThat(t.formText()).contains("Xử lý chênh lệch", unitName(disputedTarget));
        t.expandLists();
        int row = t.indexOf("Mã", DISPUTED);
        int own = ownDisputed.get(disputedTarget);
        assertThat(new BigDecimal(t.value("Tự chấm", row)).intValue()).isEqualTo(own);
        assertThat(new BigDecimal(t.value("Chấm chéo", row)).intValue()).isEqualTo(own - 5);
        // the list and its score field share the label "Điểm cuối cùng": skip the list's own when it is counted
        int offset = t.count("Điểm cuối cùng") - t.count("Mã");
        t.fill("Điểm cuối cùng", offset + row, String.valueOf(own - 1));
        scene.shot(shotName("xu-ly-chenh-lech", disputedTarget));
        t.save();
        t.complete(task.getId());
        assertThat(scene.jdbc().sql("""
                SELECT COUNT(*) FROM block_cycle_event WHERE business_key = ? AND unit_code = ?""")
                .params(key, disputedTarget).query(Integer.class).single()).isPositive();
    }

    private void openVote() {
        Task task = task("Task_OpenVote");
        Tasklist t = open(officer(leader), OFFICERS, task, OPEN_VOTE);
        assertThat(t.value("Bảng điểm và xếp hạng", 0)).contains(unitName(members.get(0)), "Xuất sắc");
        assertThat(t.value("Đơn vị đưa vào bỏ phiếu suy tôn", 0)).contains(unitName(members.get(0)));
        t.check("Mở bỏ phiếu kín suy tôn");
        scene.shot(shotName("mo-bo-phieu", leader));
        t.complete(task.getId());
    }

    /** Every member's head votes for every candidate; the last one leaves the last line blank. */
    private void vote() {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            Task ballot = taskFor("Task_Vote", "block-member." + unit);
            Tasklist t = open(head(unit), MEMBERS, ballot, VOTE);
            assertThat(driver.findElements(By.cssSelector(".task-card button[ng-click='save($event)']")))
                    .as("no draft of a ballot").allMatch(save -> !save.isDisplayed());
            t.expandLists();
            int lines = t.count("Ý kiến");
            assertThat(lines).as("candidates on the ballot").isPositive();
            for (int line = 0; line < lines; line++) {
                boolean blank = i == members.size() - 1 && line == lines - 1 && lines > 1;
                t.select("Ý kiến", line, blank ? "Để trống" : "Đồng ý");
            }
            scene.shot(shotName("bo-phieu", unit));
            t.complete(ballot.getId());
        }
    }

    private void closeVote() {
        Task task = task("Task_CloseVote");
        Tasklist t = open(officer(leader), OFFICERS, task, CLOSE_VOTE);
        assertThat(t.value("Tình hình bỏ phiếu (đơn vị đã bỏ phiếu, chưa bỏ phiếu)", 0))
                .startsWith("Đã bỏ phiếu " + members.size() + "/" + members.size());
        t.check("Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu");
        scene.shot(shotName("ket-thuc-bo-phieu", leader));
        t.complete(task.getId());
    }

    private void confirmMinutes() {
        Task task = task("Task_ConfirmMinutes");
        Tasklist t = open(officer(leader), OFFICERS, task, MINUTES);
        assertThat(t.formText()).contains("(" + members.size() + "/" + members.size() + " đơn vị bỏ phiếu)",
                "Cờ thi đua", unitName(members.get(0)), key);
        t.check("Khối trưởng xác nhận biên bản");
        scene.shot(shotName("xac-nhan-bien-ban", leader));
        t.complete(task.getId());
        assertThat(tasks("Task_SupervisorOpinion")).as("the supervisor's opinion comes before the proposals").hasSize(1);
        assertThat(scene.jdbc().sql("SELECT COUNT(*) FROM block_cycle_proposal WHERE business_key = ? AND proposal_key IS NOT NULL")
                .param(key).query(Integer.class).single()).as("no proposal before the opinion").isZero();
    }

    // ---- the council member who supervises the block (his tasks are assigned to him: "Việc của tôi")

    private Tasklist supervisorOpens(String taskKey, String name) {
        Task task = task(taskKey);
        assertThat(task.getAssignee()).as(taskKey + " assigned to the block's supervisor").isEqualTo(supervisor);
        return open(supervisor, MINE, task, name);
    }

    private void supervisePact() {
        Task task = task("Task_SupervisePact");
        Tasklist t = supervisorOpens("Task_SupervisePact", SUPERVISE_PACT);
        assertThat(t.formText()).contains(blockName, "Tình hình ký giao ước");
        assertThat(t.value("Tình hình ký giao ước", 0)).contains(unitName(members.get(0)));
        t.check("Đã dự lễ ký kết giao ước thi đua");
        t.fill("Ý kiến chỉ đạo của thành viên Hội đồng (hoặc lý do vắng mặt)", "Các đơn vị ký giao ước đầy đủ;"
                + " đề nghị khối cụ thể hóa chỉ tiêu năm " + year + " thành kế hoạch từng quý.");
        scene.shot(shotName("hd-du-ky-giao-uoc", null));
        t.complete(task.getId());
    }

    private void superviseMidYear() {
        Task task = task("Task_SuperviseMidYear");
        Tasklist t = supervisorOpens("Task_SuperviseMidYear", SUPERVISE_MID_YEAR);
        assertThat(t.value("Báo cáo tổng hợp sơ kết 6 tháng của khối", 0)).contains("không có đơn vị chậm tiến độ");
        t.check("Đã dự hội nghị sơ kết 6 tháng");
        t.fill("Ý kiến chỉ đạo của thành viên Hội đồng (hoặc lý do vắng mặt)", "Khối hoàn thành tốt nhiệm vụ sáu tháng;"
                + " đề nghị đẩy mạnh số hóa hồ sơ và cải cách hành chính.");
        scene.shot(shotName("hd-du-so-ket", null));
        t.complete(task.getId());
    }

    /** The plan: 15 to 30 September (one day picked in the calendar, one typed), the last member visited. */
    private void planInspection() {
        Task task = task("Task_PlanInspection");
        Tasklist t = supervisorOpens("Task_PlanInspection", PLAN_INSPECTION);
        t.expandLists();
        assertThat(t.count("Kiểm tra đơn vị này")).isEqualTo(members.size());
        t.pickDate("Kiểm tra từ ngày", LocalDate.of(year, 9, 15));
        t.typeDate("Kiểm tra đến ngày", "30/09/" + year);
        int row = t.indexOf("Mã đơn vị", members.get(members.size() - 1));
        t.check("Kiểm tra đơn vị này", row, true);
        scene.shot(shotName("hd-ke-hoach-kiem-tra", null));
        t.save();
        t.complete(task.getId());
    }

    private void inspect() {
        String visited = members.get(members.size() - 1);
        Task task = task("Task_InspectVisit");
        Tasklist t = supervisorOpens("Task_InspectVisit", INSPECT_VISIT);
        assertThat(t.value("Đơn vị được kiểm tra", 0)).isEqualTo(unitName(visited));
        assertThat(t.value("Kế hoạch kiểm tra, giám sát", 0)).contains("15/09/" + year, "30/09/" + year);
        t.fill("Kết quả kiểm tra (việc làm được, hạn chế, kiến nghị)", "Đơn vị triển khai giao ước đúng kế hoạch,"
                + " hồ sơ minh chứng đầy đủ; kiến nghị lưu trữ điện tử kịp thời.");
        scene.shot(shotName("hd-kiem-tra", visited));
        t.complete(task.getId());
        assertThat(scene.jdbc().sql("SELECT unit_code FROM block_supervision_record WHERE business_key = ? AND step = 'VISIT'")
                .param(key).query(String.class).list()).containsExactly(visited);
    }

    private void urgeLateMembers() {
        Task task = task("Task_UrgeLateMembers");
        Tasklist t = supervisorOpens("Task_UrgeLateMembers", URGE_LATE);
        assertThat(t.value("Đơn vị chưa gửi bảng tự chấm điểm", 0)).contains(unitName(members.get(1)))
                .doesNotContain(unitName(members.get(0)));
        t.fill("Nội dung đôn đốc", "Đề nghị đơn vị gửi bảng tự chấm điểm thi đua năm " + year
                + " trong 3 ngày làm việc để khối kịp chấm chéo.");
        scene.shot(shotName("hd-don-doc", null));
        t.complete(task.getId());
        assertThat(scene.jdbc().sql("SELECT recipient_unit_code FROM notification_outbox WHERE business_key = ?")
                .param(key).query(String.class).list()).as("a reminder to each late member")
                .containsExactlyInAnyOrderElementsOf(members.subList(1, members.size()));
    }

    private void supervisorOpinion() {
        Task task = task("Task_SupervisorOpinion");
        Tasklist t = supervisorOpens("Task_SupervisorOpinion", OPINION);
        assertThat(t.formText()).contains(key, "Cờ thi đua");
        t.radio("Ý kiến về kết quả suy tôn", "Không đồng ý");
        // a disagreement without its reason is refused by the server, the task stays open
        assertThat(t.completeRefused("Lý do không đồng ý")).contains("Lý do không đồng ý");
        t.radio("Ý kiến về kết quả suy tôn", "Đồng ý, có ý kiến");
        t.fill("Ý kiến kèm theo hoặc lý do không đồng ý", "Đồng ý kết quả suy tôn; đề nghị khối công khai bảng điểm"
                + " đến các đơn vị thành viên.");
        scene.shot(shotName("hd-y-kien-suy-ton", null));
        t.complete(task.getId());
        assertThat(scene.engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                .singleResult().getEndTime()).as("the block's year is over").isNotNull();
    }

    /**
     * block-result-to-award: the first in rank, excellent and backed by more than half the votes, gets the flag
     * proposed; the next two excellent ones a Bằng khen. Each proposal is a commendation-proposal of its unit.
     */
    private void proposalsStarted() {
        List<Map<String, Object>> proposals = scene.jdbc().sql("""
                SELECT u.code AS unit, p.award_type_code AS award, p.rank_in_block AS place, p.proposal_key AS proposal
                FROM block_cycle_proposal p JOIN org_unit u ON u.id = p.unit_id WHERE p.business_key = ?
                ORDER BY p.rank_in_block""").param(key).query().listOfRows();
        assertThat(proposals).as("proposals of the block").hasSize(3);
        assertThat(proposals.get(0)).containsEntry("award", "CO_TINH");
        assertThat(String.valueOf(proposals.get(0).get("unit")).toLowerCase()).isEqualTo(members.get(0));
        assertThat(proposals.subList(1, 3)).allSatisfy(p -> assertThat(p).containsEntry("award", "BK_TINH"));
        for (Map<String, Object> p : proposals) {
            String proposalKey = String.valueOf(p.get("proposal"));
            String proposalPid = scene.jdbc().sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?")
                    .param(proposalKey).query(String.class).single();
            assertThat(scene.engine().getRuntimeService().getVariable(proposalPid, "blockCycleKey")).isEqualTo(key);
            scene.ledger().started(proposalPid);
        }
    }

    /** The minutes, as the leader's officer downloads them, and as filed in the flag proposal's dossier. */
    private void minutesReadBack() {
        as(officer(leader));
        driver.get(scene.base() + "/pages/khoi-thi-dua.html?key=" + key);
        HeadlessChromium.find(driver, By.cssSelector("#de-nghi li"), "khoi-de-nghi");
        assertThat(driver.findElement(By.id("buoc")).getText()).isEqualTo("Kết thúc");
        assertThat(driver.findElement(By.id("de-nghi")).getText()).contains(unitName(members.get(0))
                + ": Cờ thi đua của UBND tỉnh (hạng 1");
        scene.shot(shotName("bang-theo-doi", leader));
        // the dashboard's link to the minutes, as the officer opens it
        String link = HeadlessChromium.find(driver, By.id("tai-bien-ban"), "khoi-lien-ket-bien-ban").getAttribute("href");
        assertThat(HeadlessChromium.fetchHead(driver, link)).isEqualTo("200|application/pdf|%PDF-");

        String flagUnit = members.get(0);
        String proposalKey = scene.jdbc().sql("""
                SELECT p.proposal_key FROM block_cycle_proposal p JOIN org_unit u ON u.id = p.unit_id
                WHERE p.business_key = ? AND u.code = ?""").params(key, flagUnit).query(String.class).single();
        as(officer(flagUnit));
        DossierPage.open(driver, scene.base(), proposalKey);
        String row = HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr[data-type='BBKHOI']"),
                "ho-so-bien-ban-khoi").getAttribute("data-id");
        scene.shot(shotName("ho-so-de-nghi-co", flagUnit));
        assertThat(HeadlessChromium.fetchHead(driver, "/api/dossiers/" + proposalKey + "/documents/" + row))
                .isEqualTo("200|application/pdf|%PDF-");
    }
}
