package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of Sở Tư pháp signs the unit's tờ trình in Tasklist: choosing "Ký tờ trình" shows the letter's number,
 * date and proposer (prefilled); a number that is no tờ trình's number is refused by the server in Vietnamese and the
 * task stays open; with the letter's real number and the day typed as dd/mm/yyyy the dossier goes to Sở Nội vụ and
 * the proposal carries the letter the decision will cite.
 */
@IntegrationTest
class HeadSignBrowserTest extends BrowserTestBase {

    static final String HEAD_SIGN_TASK = "Thủ trưởng ký tờ trình đề nghị khen thưởng";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    @Test
    void theHeadGivesTheLettersNumberAndDateWhenSigning() {
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = proposals.person("stp", "Trương Thị Ký Duyệt", Map.of("CSTDCS", List.of(year - 1, year),
                "LDTT", List.of(year - 1, year)), Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance pi = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        proposals.uploadAll(pi, "canbo.stp");
        proposals.submitDossier(pi);
        Task task = proposals.task(pi, "Task_HeadSign");
        String key = proposals.businessKey(pi);
        String number = proposals.submissionNumber(pi);
        LocalDate signed = ProposalFixture.engineToday().minusDays(1);

        Tasklist head = Tasklist.login(driver, base(), "thutruong.stp");
        head.filter(Role.UNIT_HEAD.tasklistFilterName());
        head.openFromList(task.getId(), HEAD_SIGN_TASK);
        head.claim();
        assertThat(head.formText()).doesNotContain("Số tờ trình");
        head.radio("Ý kiến của thủ trưởng", "Ký tờ trình, gửi Sở Nội vụ");
        assertThat(head.formText()).contains("Tờ trình đề nghị khen thưởng", "Số tờ trình", "Ngày tờ trình",
                "Đề nghị của (chức danh thủ trưởng đơn vị)", "Giám đốc Sở Tư pháp");
        head.typeDate("Ngày tờ trình", signed.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // the dossier's code is no letter's number: the server says why, the task stays open
        head.fill("Số tờ trình", key);
        String refused = head.completeRefused("không đúng dạng số/TTr-ký hiệu đơn vị");
        assertThat(refused).contains("Số tờ trình", "ví dụ 12/TTr-STP").doesNotContain("Cannot submit");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

        head.fill("Số tờ trình", number);
        HeadlessChromium.screenshot(driver, "thutruong-ky-to-trinh");
        head.complete(task.getId());

        assertThat(proposals.task(pi, "Task_Intake")).as("sent to Sở Nội vụ").isNotNull();
        Map<String, Object> letter = jdbc.sql("SELECT submission_number, submission_date, submission_proposer FROM"
                + " commendation_proposal WHERE business_key = ?").param(key).query().singleRow();
        assertThat(letter).containsEntry("submission_number", number)
                .containsEntry("submission_proposer", "Giám đốc Sở Tư pháp");
        assertThat(letter.get("submission_date").toString()).isEqualTo(signed.toString());
    }
}
