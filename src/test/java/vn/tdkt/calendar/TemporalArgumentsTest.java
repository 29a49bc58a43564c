package vn.tdkt.calendar;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a BPMN expression may pass as a moment, and how it lands in the province's zone. */
class TemporalArgumentsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final ZonedDateTime NINE = ZonedDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZONE);

    @Test
    void readsDatesJavaTimeAndIsoTexts() {
        assertThat(moment(Date.from(NINE.toInstant()))).isEqualTo(NINE);
        assertThat(moment(new java.sql.Date(NINE.toInstant().toEpochMilli()))).isEqualTo(NINE);
        assertThat(moment(Timestamp.from(NINE.toInstant()))).isEqualTo(NINE);
        assertThat(moment(NINE.toInstant())).isEqualTo(NINE);
        assertThat(moment(NINE.toOffsetDateTime())).isEqualTo(NINE);
        assertThat(moment(LocalDateTime.of(2026, 2, 10, 9, 0))).isEqualTo(NINE);
        assertThat(moment(LocalDate.of(2026, 2, 10))).isEqualTo(NINE.withHour(0));
        assertThat(moment("2026-02-10T09:00:00+07:00")).isEqualTo(NINE);
        assertThat(moment("2026-02-10T02:00:00Z")).isEqualTo(NINE);
        assertThat(moment("2026-02-10T09:00")).isEqualTo(NINE);
        assertThat(moment("2026-02-10T09:00:00.000+0700")).isEqualTo(NINE);
        assertThat(moment("2026-02-10T09:00+07:00[Asia/Ho_Chi_Minh]")).isEqualTo(NINE);
        assertThat(moment(" 2026-02-10 ")).isEqualTo(NINE.withHour(0));
        assertThat(moment(OffsetDateTime.parse("2026-02-09T20:00:00-05:00")).toLocalDate())
                .as("another zone is converted").isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void knowsDateOnlyValues() {
        assertThat(TemporalArguments.dateOnly("2026-02-10")).isTrue();
        assertThat(TemporalArguments.dateOnly(LocalDate.of(2026, 2, 10))).isTrue();
        assertThat(TemporalArguments.dateOnly("2026-02-10T09:00")).isFalse();
        assertThat(TemporalArguments.dateOnly(new Date())).isFalse();
    }

    @Test
    void refusesWhatIsNoMomentInVietnamese() {
        assertThatThrownBy(() -> moment(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Thiếu mốc thử (giá trị null).");
        assertThatThrownBy(() -> moment("10/02/2026")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Không đọc được mốc thử '10/02/2026'");
        assertThatThrownBy(() -> moment("2026-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> moment(42L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kiểu Long");
    }

    private static ZonedDateTime moment(Object value) {
        return TemporalArguments.moment(value, ZONE, "mốc thử");
    }
}
