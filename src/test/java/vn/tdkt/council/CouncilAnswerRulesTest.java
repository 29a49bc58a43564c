package vn.tdkt.council;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The council's answer rules as plain functions: each refusal names what is wrong, in Vietnamese. */
class CouncilAnswerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aSessionNeedsATitleAndAPlausibleDate() {
        assertThat(CouncilAnswerRules.session("Phiên họp cuối năm", "2026-12-15", TODAY)).isEmpty();
        assertThat(CouncilAnswerRules.session("Phiên họp", "2026-12-15T00:00:00", TODAY)).isEmpty();
        assertThat(CouncilAnswerRules.session(" ", "2026-12-15", TODAY)).singleElement().asString().contains("tên phiên họp");
        assertThat(CouncilAnswerRules.session("Phiên họp", "15/12/2026", TODAY)).singleElement().asString().contains("không hợp lệ");
        assertThat(CouncilAnswerRules.session("Phiên họp", "2028-01-01", TODAY)).singleElement().asString().contains("một năm");
    }

    @Test
    void theAgendaTakesOnlyWaitingProposalsAndAtLeastOne() {
        Set<String> waiting = Set.of("DNKT-2026-00001", "DNKT-2026-00002");
        assertThat(CouncilAnswerRules.selection(List.of(Map.of("proposalKey", "DNKT-2026-00001", "include", true),
                Map.of("proposalKey", "DNKT-2026-00002", "include", false)), waiting)).isEmpty();
        assertThat(CouncilAnswerRules.selection(List.of(Map.of("proposalKey", "DNKT-2026-00001", "include", false)), waiting))
                .singleElement().asString().contains("ít nhất một");
        assertThat(CouncilAnswerRules.selection(List.of(Map.of("proposalKey", "DNKT-1999-00009", "include", true)), waiting))
                .singleElement().asString().contains("không còn chờ");
        assertThat(CouncilAnswerRules.selection(List.of(Map.of("proposalKey", "DNKT-2026-00001", "include", true),
                Map.of("proposalKey", "DNKT-2026-00001", "include", true)), waiting)).isNotEmpty();
        assertThat(CouncilAnswerRules.selection(null, waiting)).isNotEmpty();
    }

    @Test
    void postponementClosingAndMinutes() {
        assertThat(CouncilAnswerRules.postponement("2026-12-01", "Thiếu thành viên", TODAY)).isEmpty();
        assertThat(CouncilAnswerRules.postponement("2026-11-28", "Thiếu thành viên", TODAY)).hasSize(1);
        assertThat(CouncilAnswerRules.postponement("2026-12-01", "", TODAY)).singleElement().asString().contains("lý do");
        assertThat(CouncilAnswerRules.closeVoting(true)).isEmpty();
        assertThat(CouncilAnswerRules.closeVoting(null)).hasSize(1);
        assertThat(CouncilAnswerRules.secretaryMinutes("05/BB-HĐTĐKT")).isEmpty();
        assertThat(CouncilAnswerRules.secretaryMinutes("x".repeat(201))).hasSize(1);
        assertThat(CouncilAnswerRules.chairMinutes("XAC_NHAN", null)).isEmpty();
        assertThat(CouncilAnswerRules.chairMinutes("SUA_LAI", " ")).singleElement().asString().contains("cần sửa");
        assertThat(CouncilAnswerRules.chairMinutes("SUA_LAI", "Sửa số biên bản")).isEmpty();
        assertThat(CouncilAnswerRules.chairMinutes(null, null)).hasSize(1);
    }
}
