package vn.tdkt.format;

import java.math.BigDecimal;

/** Numbers as Vietnamese write them: a decimal comma and no trailing zeros (97,5; 85; 12,25). */
public final class VietnameseNumbers {

    private VietnameseNumbers() { }

    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
