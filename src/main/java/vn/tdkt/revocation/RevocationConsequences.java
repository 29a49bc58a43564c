package vn.tdkt.revocation;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the grounds table (revocation-grounds, D15) concludes for the request's grounds, every matching row read
 * together: annul when any row says so; recover the object and the bonus likewise; the recovery deadline is the
 * longest the rows give; the legal bases listed, with "[U]" when a row is not confirmed.
 */
public record RevocationConsequences(boolean annul, boolean recoverObject, boolean recoverBonus, int recoveryWorkingDays,
                                     String legalBases) {

    public static RevocationConsequences of(List<Map<String, Object>> rows) {
        boolean annul = false;
        boolean object = false;
        boolean bonus = false;
        int days = 0;
        TreeSet<String> bases = new TreeSet<>();
        for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
            annul |= Boolean.TRUE.equals(row.get("annul"));
            object |= Boolean.TRUE.equals(row.get("recoverObject"));
            bonus |= Boolean.TRUE.equals(row.get("recoverBonus"));
            if (row.get("recoveryWorkingDays") instanceof Number n) {
                days = Math.max(days, n.intValue());
            }
            if (row.get("legalBasis") instanceof String s && !s.isBlank()) {
                bases.add(s + (Boolean.TRUE.equals(row.get("confirmed")) ? "" : " [U]"));
            }
        }
        return new RevocationConsequences(annul, object, bonus, days, String.join("; ", bases));
    }

    /** The consequences as the forms show them. */
    public String text() {
        if (!annul) {
            return "Căn cứ đã chọn không thuộc trường hợp hủy bỏ quyết định khen thưởng.";
        }
        return "Hủy bỏ quyết định khen thưởng" + (recoverObject ? "; thu hồi hiện vật khen thưởng" : "")
                + (recoverBonus ? "; thu hồi tiền thưởng" : "") + "; thời hạn thu hồi " + recoveryWorkingDays
                + " ngày làm việc kể từ ngày có quyết định hủy bỏ. Căn cứ: " + legalBases + ".";
    }
}
