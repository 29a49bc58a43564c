package vn.tdkt.registry;

import org.junit.jupiter.api.Test;
import vn.tdkt.registry.award.LawProperties;
import vn.tdkt.registry.award.LegalRegime;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The regimes of commendation law by period, at the edges of each period. */
class LawPropertiesTest {

    private final LawProperties law = LawProperties.defaults();

    @Test
    void eachDayHasTheRegimeInForce() {
        assertThat(law.regimeOn(LocalDate.of(2023, 12, 31))).map(LegalRegime::code).contains("LUAT_2003");
        assertThat(law.regimeOn(LocalDate.of(2024, 1, 1))).map(LegalRegime::code).contains("ND_98_2023");
        assertThat(law.regimeOn(LocalDate.of(2025, 6, 30))).map(LegalRegime::code).contains("ND_98_2023");
        assertThat(law.regimeOn(LocalDate.of(2025, 7, 1))).map(LegalRegime::code).contains("ND_152_2025");
        assertThat(law.regimeOn(LocalDate.of(2031, 1, 1))).map(LegalRegime::code).contains("ND_152_2025");
    }

    /** A province loads a new decree before its date: both apply, each to its own period. */
    @Test
    void aNewDecreeLoadedAheadTakesOverOnItsDate() {
        LawProperties next = new LawProperties(List.of(
                new LegalRegime("ND_152_2025", "Nghị định 152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30)),
                new LegalRegime("ND_MOI", "Nghị định mới", LocalDate.of(2027, 7, 1), null)));
        assertThat(next.regimeOn(LocalDate.of(2027, 6, 30))).map(LegalRegime::code).contains("ND_152_2025");
        assertThat(next.regimeOn(LocalDate.of(2027, 7, 1))).map(LegalRegime::code).contains("ND_MOI");
        assertThat(next.regimeOn(LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void overlappingPeriodsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LawProperties(List.of(
                new LegalRegime("A", "A", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 7, 1)),
                new LegalRegime("B", "B", LocalDate.of(2025, 7, 1), null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A and B overlap");
    }
}
