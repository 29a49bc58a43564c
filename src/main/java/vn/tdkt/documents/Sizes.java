package vn.tdkt.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes as Vietnamese readers write them: "812 byte", "245 KB", "2,4 MB" (decimal comma). */
public final class Sizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() { }

    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + " byte";
        }
        if (bytes < MB) {
            return Math.max(1, Math.round(bytes / (double) KB)) + " KB";
        }
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return mb.toPlainString().replace('.', ',') + " MB";
    }
}
