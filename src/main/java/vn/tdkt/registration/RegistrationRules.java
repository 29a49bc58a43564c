package vn.tdkt.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a unit's emulation registration must satisfy, as a plain function of the submitted values
 * and the facts around them. Returns the problems in Vietnamese; an empty list means acceptable.
 */
public final class RegistrationRules {

    static final int COMMITMENT_MIN = 10;
    static final int COMMITMENT_MAX = 4000;

    /**
     * Facts the rules need: the allowed year window, the titles a collective may register for (code → name), and the
     * unit's: active that year, a registration of that year recorded, another one of that year under way, a head.
     */
    public record Context(int currentYear, int yearsBack, int yearsAhead, Map<String, String> registrableTitles,
                          boolean unitActiveInYear, boolean alreadyRegistered, boolean anotherUnderWay,
                          boolean unitHasHead) { }

    private RegistrationRules() { }

    public static List<String> check(RegistrationRequest r, Context c) {
        List<String> errors = new ArrayList<>();
        Integer year = wholeNumber(r.emulationYear());
        if (year == null) {
            errors.add("Năm đăng ký phải là một số nguyên.");
        } else if (year < c.currentYear() - c.yearsBack() || year > c.currentYear() + c.yearsAhead()) {
            errors.add("Năm đăng ký phải từ " + (c.currentYear() - c.yearsBack()) + " đến "
                    + (c.currentYear() + c.yearsAhead()) + ".");
        } else {
            if (!c.unitActiveInYear()) {
                errors.add("Đơn vị không còn hoạt động trong năm " + year + " (đã sáp nhập hoặc giải thể).");
            }
            if (c.alreadyRegistered()) {
                errors.add("Đơn vị đã có bản đăng ký thi đua năm " + year + ".");
            } else if (c.anotherUnderWay()) {
                errors.add("Đơn vị đã có bản đăng ký thi đua năm " + year
                        + " đang được xử lý (chờ thủ trưởng ký duyệt hoặc đang hoàn chỉnh).");
            }
        }
        if (!(r.collectiveTitle() instanceof String title) || !c.registrableTitles().containsKey(title)) {
            errors.add("Danh hiệu tập thể đăng ký không hợp lệ; chọn một trong: "
                    + String.join(", ", c.registrableTitles().values()) + ".");
        }
        Integer ldtt = wholeNumber(r.ldttCount());
        Integer cstdcs = wholeNumber(r.cstdcsCount());
        if (ldtt == null || ldtt < 0) {
            errors.add("Số đăng ký Lao động tiên tiến phải là số nguyên không âm.");
        }
        if (cstdcs == null || cstdcs < 0) {
            errors.add("Số đăng ký Chiến sĩ thi đua cơ sở phải là số nguyên không âm.");
        }
        if (ldtt != null && cstdcs != null && cstdcs > ldtt) {
            errors.add("Số đăng ký Chiến sĩ thi đua cơ sở không được lớn hơn số đăng ký Lao động tiên tiến.");
        }
        String commitment = r.commitment() instanceof String s ? s.strip() : null;
        if (commitment == null || commitment.length() < COMMITMENT_MIN || commitment.length() > COMMITMENT_MAX) {
            errors.add("Nội dung cam kết phải dài từ " + COMMITMENT_MIN + " đến " + COMMITMENT_MAX + " ký tự.");
        }
        if (!c.unitHasHead()) {
            errors.add("Đơn vị chưa có tài khoản thủ trưởng để ký duyệt; đề nghị quản trị bổ sung.");
        }
        return errors;
    }

    /** Form numbers arrive as Integer, Long or Double (and strings from careless clients). */
    static Integer wholeNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return d.intValue();
        }
        return null;
    }
}
