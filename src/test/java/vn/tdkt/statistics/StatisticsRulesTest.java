package vn.tdkt.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks of the answers of the statistics-report process. */
class StatisticsRulesTest {

    @Test
    void theStartNeedsAYearWithAFormAndALevel() {
        assertThat(StatisticsRules.start(2026, "TINH", 2026, 2023)).isEmpty();
        assertThat(StatisticsRules.start("2025", "TRUNG_UONG", 2026, 2023)).isEmpty();
        assertThat(StatisticsRules.start(2022, "TINH", 2026, 2023)).singleElement().asString()
                .contains("từ 2023");
        assertThat(StatisticsRules.start(2027, "TINH", 2026, 2023)).hasSize(1);
        assertThat(StatisticsRules.start(2025.5, "TINH", 2026, 2023)).hasSize(1);
        assertThat(StatisticsRules.start(null, "XA", 2026, 2023)).hasSize(2);
    }

    @Test
    void thePreparationNeedsTheFiguresChecked() {
        assertThat(StatisticsRules.prepare(true, null)).isEmpty();
        assertThat(StatisticsRules.prepare(false, "")).singleElement().asString().contains("đối chiếu");
        assertThat(StatisticsRules.prepare(true, "x".repeat(4001))).hasSize(1);
        assertThat(StatisticsRules.prepare(true, 5)).hasSize(1);
    }

    @Test
    void aReturnSaysWhy() {
        assertThat(StatisticsRules.approval("approve", null)).isEmpty();
        assertThat(StatisticsRules.approval("return", "Thiếu số liệu doanh nghiệp.")).isEmpty();
        assertThat(StatisticsRules.approval("return", "  ngắn ")).singleElement().asString().contains("lý do");
        assertThat(StatisticsRules.approval("sign", null)).hasSize(1);
    }
}
