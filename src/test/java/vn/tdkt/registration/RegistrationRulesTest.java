package vn.tdkt.registration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTest {

    private static final Map<String, String> TITLES = new java.util.LinkedHashMap<>(Map.of(
            "CO_CP", "Cờ thi đua của Chính phủ", "CO_TINH", "Cờ thi đua của Ủy ban nhân dân tỉnh",
            "TTLDTT", "Tập thể lao động tiên tiến", "TTLDXS", "Tập thể lao động xuất sắc"));
    private static final RegistrationRules.Context OK =
            new RegistrationRules.Context(2026, 0, 1, TITLES, true, false, false, true);

    private static RegistrationRequest request(Object year, Object title, Object ldtt, Object cstdcs, Object text) {
        return new RegistrationRequest(year, title, ldtt, cstdcs, text);
    }

    @Test
    void aCompleteRegistrationPasses() {
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", 30, 4, "Cam kết hoàn thành xuất sắc"), OK)).isEmpty();
        assertThat(RegistrationRules.check(request(2026L, "TTLDTT", 30.0, 0, "Cam kết hoàn thành tốt"), OK)).isEmpty();
    }

    @Test
    void yearOutsideTheWindowIsRefused() {
        assertThat(RegistrationRules.check(request(2025, "TTLDXS", 30, 4, "Cam kết hoàn thành"), OK))
                .containsExactly("Năm đăng ký phải từ 2026 đến 2027.");
        assertThat(RegistrationRules.check(request(2028, "TTLDXS", 30, 4, "Cam kết hoàn thành"), OK)).hasSize(1);
        assertThat(RegistrationRules.check(request("2027", "TTLDXS", 30, 4, "Cam kết hoàn thành"), OK))
                .containsExactly("Năm đăng ký phải là một số nguyên.");
        assertThat(RegistrationRules.check(request(2026.5, "TTLDXS", 30, 4, "Cam kết hoàn thành"), OK)).hasSize(1);
    }

    @Test
    void countsMustBeWholeAndConsistent() {
        List<String> errors = RegistrationRules.check(request(2027, "TTLDXS", 3, 5, "Cam kết hoàn thành"), OK);
        assertThat(errors).containsExactly(
                "Số đăng ký Chiến sĩ thi đua cơ sở không được lớn hơn số đăng ký Lao động tiên tiến.");
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", -1, null, "Cam kết hoàn thành"), OK)).hasSize(2);
    }

    @Test
    void titleAndCommitmentAreChecked() {
        assertThat(RegistrationRules.check(request(2027, "LDTT", 3, 1, "Cam kết hoàn thành"), OK))
                .singleElement().asString().contains("Cờ thi đua của Chính phủ", "Tập thể lao động xuất sắc")
                .doesNotContain("TTLDXS");
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", 3, 1, "  ngắn  "), OK))
                .singleElement().asString().contains("từ 10 đến 4000");
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", 3, 1, "x".repeat(4001)), OK)).hasSize(1);
    }

    @Test
    void unitFactsAreChecked() {
        RegistrationRules.Context merged = new RegistrationRules.Context(2026, 0, 1, TITLES, false, true, true, false);
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", 3, 1, "Cam kết hoàn thành"), merged))
                .containsExactly("Đơn vị không còn hoạt động trong năm 2027 (đã sáp nhập hoặc giải thể).",
                        "Đơn vị đã có bản đăng ký thi đua năm 2027.",
                        "Đơn vị chưa có tài khoản thủ trưởng để ký duyệt; đề nghị quản trị bổ sung.");
        RegistrationRules.Context underWay = new RegistrationRules.Context(2026, 0, 1, TITLES, true, false, true, true);
        assertThat(RegistrationRules.check(request(2027, "TTLDXS", 3, 1, "Cam kết hoàn thành"), underWay))
                .containsExactly("Đơn vị đã có bản đăng ký thi đua năm 2027 đang được xử lý (chờ thủ trưởng ký duyệt"
                        + " hoặc đang hoàn chỉnh).");
    }
}
