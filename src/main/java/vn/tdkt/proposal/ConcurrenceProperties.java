package vn.tdkt.proposal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What silence means at the hiệp y deadline (prefix {@code tdkt.concurrence}). Taking an agency that did not answer
 * to agree is common practice but unconfirmed in the domain brief [U]: by default the silence is recorded and the
 * specialist, who gets the appraisal back, weighs it; a province whose rules say silence is consent sets
 * {@code silence-means-consent: true} with its legal basis in {@code silence-basis}.
 */
@ConfigurationProperties(prefix = "tdkt.concurrence")
public record ConcurrenceProperties(Boolean silenceMeansConsent, String silenceBasis) {

    public ConcurrenceProperties {
        silenceMeansConsent = Boolean.TRUE.equals(silenceMeansConsent);
        silenceBasis = silenceBasis == null || silenceBasis.isBlank() ? null : silenceBasis.strip();
    }

    /** The line of the concurrence summary for an agency that did not answer by the deadline. */
    public String silenceLine(String agency) {
        if (silenceMeansConsent) {
            return "• " + agency + ": quá hạn không trả lời, coi như đồng ý"
                    + (silenceBasis == null ? "" : " (căn cứ: " + silenceBasis + ")");
        }
        return "• " + agency + ": quá hạn không trả lời; quy định coi như đồng ý chưa được xác nhận, chuyên viên xem"
                + " xét trước khi kết luận";
    }
}
