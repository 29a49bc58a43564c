package vn.tdkt.audit;

/**
 * The outcome of checking the whole chain.
 *
 * @param intact       true when every record is present, unaltered and linked to the one before
 * @param checked      how many records were read
 * @param lastHash     the hash of the last record read (anchor it elsewhere to detect a rewritten chain)
 * @param brokenSeq    the sequence number of the first broken link, {@code null} when intact
 * @param problemCode  MISSING, ALTERED (the record, or the one before it rewritten with a fresh hash) or HEAD_MISMATCH; {@code null} when intact
 * @param problem      what is wrong, in Vietnamese
 */
public record ChainVerification(boolean intact, long checked, String lastHash, Long brokenSeq, String problemCode,
                                String problem) {

    static ChainVerification ok(long checked, String lastHash) {
        return new ChainVerification(true, checked, lastHash, null, null, null);
    }

    static ChainVerification broken(long checked, String lastHash, long seq, String code, String problem) {
        return new ChainVerification(false, checked, lastHash, seq, code, problem);
    }

    /** One line for the command line and the logs. */
    public String describe() {
        return intact
                ? "Chuỗi nhật ký kiểm tra toàn vẹn: " + checked + " bản ghi, hash cuối " + lastHash + "."
                : "Chuỗi nhật ký kiểm tra BỊ PHÁ VỠ tại bản ghi số " + brokenSeq + " (" + problemCode + "): " + problem;
    }
}
