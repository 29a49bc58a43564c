package vn.tdkt.sla;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.refusal.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the SLA view: the proposing unit's code, the emulation block's code (the unit's block in the
 * dossier's year), the award type's code and the dossier's achievement year. Each is optional; a value that names
 * nothing known is refused with a Vietnamese message naming it (never an empty list that would look like "nothing is
 * late").
 */
public record SlaFilter(String unit, String block, String award, Integer year) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public static final SlaFilter NONE = new SlaFilter(null, null, null, null);

    /** Checks the raw query parameters against the registry; blank means "any". */
    public static SlaFilter of(JdbcClient jdbc, String unit, String block, String award, String year) {
        String u = blankToNull(unit);
        String b = blankToNull(block);
        String a = blankToNull(award);
        if (u != null && count(jdbc, "SELECT COUNT(*) FROM org_unit WHERE LOWER(code) = LOWER(?)", u) == 0) {
            throw Refusal.invalid("SLA_UNKNOWN_UNIT", "Không có đơn vị mã '" + u + "'.");
        }
        if (b != null && count(jdbc, "SELECT COUNT(*) FROM emulation_block WHERE LOWER(code) = LOWER(?)", b) == 0) {
            throw Refusal.invalid("SLA_UNKNOWN_BLOCK", "Không có khối thi đua mã '" + b + "'.");
        }
        if (a != null && count(jdbc, "SELECT COUNT(*) FROM award_type WHERE LOWER(code) = LOWER(?)", a) == 0) {
            throw Refusal.invalid("SLA_UNKNOWN_AWARD", "Không có hình thức khen thưởng mã '" + a + "'.");
        }
        return new SlaFilter(u, b, a, year(year, "Năm"));
    }

    /** A year parameter: blank is none; otherwise a whole number between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
    static Integer year(String raw, String label) {
        String y = blankToNull(raw);
        if (y == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(y);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("SLA_BAD_YEAR", label + " phải là một số nguyên (ví dụ 2026), không phải '" + y + "'.");
        }
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw Refusal.invalid("SLA_BAD_YEAR", label + " phải từ " + FIRST_YEAR + " đến " + LAST_YEAR + ", không phải "
                    + value + ".");
        }
        return value;
    }

    /** The filter's conditions on {@code p} (commendation_proposal), {@code u} (org_unit), {@code b} (emulation_block). */
    String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (unit != null) {
            conditions.add("LOWER(u.code) = LOWER(?)");
            params.add(unit);
        }
        if (block != null) {
            conditions.add("LOWER(b.code) = LOWER(?)");
            params.add(block);
        }
        if (award != null) {
            conditions.add("LOWER(p.award_type_code) = LOWER(?)");
            params.add(award);
        }
        if (year != null) {
            conditions.add("p.period_year = ?");
            params.add(year);
        }
        return conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
    }

    private static int count(JdbcClient jdbc, String sql, String value) {
        return jdbc.sql(sql).param(value).query(Integer.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
