package vn.tdkt.proposal;

import vn.tdkt.rules.LegalParameter;

/**
 * What silence means at the hiệp y deadline: the parameter CONCURRENCE_SILENCE_MEANS_CONSENT of the DMN table
 * {@code legal-parameters}. Taking an agency that did not answer to agree is common practice but unconfirmed in the
 * domain brief [U]: by default the silence is recorded and the specialist, who gets the appraisal back, weighs it; a
 * province whose rules say silence is consent sets the row to true with its legal basis.
 */
public final class ConcurrenceSilence {

    private ConcurrenceSilence() { }

    /** The line of the concurrence summary for an agency that did not answer by the deadline. */
    public static String line(String agency, LegalParameter silenceMeansConsent) {
        if (Boolean.TRUE.equals(silenceMeansConsent.value())) {
            return "• " + agency + ": quá hạn không trả lời, coi như đồng ý (căn cứ: " + silenceMeansConsent.legalBasis()
                    + (silenceMeansConsent.confirmed() ? "" : "; chưa được xác nhận") + ")";
        }
        return "• " + agency + ": quá hạn không trả lời; quy định coi như đồng ý chưa được xác nhận, chuyên viên xem"
                + " xét trước khi kết luận";
    }
}
