package vn.tdkt.registry;

import org.junit.jupiter.api.Test;
import vn.tdkt.registry.unit.EndReason;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UnitEndedTest {

    private static Unit unit(LocalDate validTo, EndReason reason, String successor) {
        return new Unit(1, "pgd", "Phòng Giáo dục huyện Thử", UnitType.values()[0], null, LocalDate.of(2010, 1, 1),
                validTo, reason, successor);
    }

    @Test
    void aUnitIsAwardedUpToItsLastDayAndRefusedAfter() {
        Unit merged = unit(LocalDate.of(2025, 6, 30), EndReason.MERGED, "sgddt");

        assertThat(merged.endedRefusal(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(merged.endedRefusal(LocalDate.of(2025, 7, 1))).get().asString()
                .isEqualTo("'Phòng Giáo dục huyện Thử' đã sáp nhập từ ngày 01/07/2025 (đơn vị tiếp nhận: sgddt):"
                        + " không khen thưởng tập thể đã chấm dứt hoạt động (Thông tư 15/2025/TT-BNV).");
        assertThat(unit(LocalDate.of(2025, 6, 30), EndReason.DISSOLVED, null).endedRefusal(LocalDate.of(2026, 1, 1)))
                .get().asString().startsWith("'Phòng Giáo dục huyện Thử' đã giải thể từ ngày 01/07/2025:");
        assertThat(unit(null, null, null).endedRefusal(LocalDate.of(2030, 1, 1))).isEmpty();
    }
}
