package vn.tdkt.proposal;

import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.DecidingLevel;

import java.util.Optional;

/**
 * Which way a proposal goes is decided by who decides its award (the catalogue's {@code deciding_level}, an admin's
 * data with its legal basis), not by the kind the officer picks: the province decides its own awards (with the
 * council where {@code needs-council} says so), the central ones are proposed upward (public consultation, the
 * chairman's signature, the central decision), and the ones a unit's head decides never reach the province. The
 * kind must fit: a mismatch is refused at the start, naming what fits, so no proposal can reach a step whose only
 * exit is a refusal.
 */
public final class AwardRouting {

    /** The kind that means "proposed upward to the central level". */
    public static final String UPWARD_KIND = "KHEN_CAO";

    private AwardRouting() { }

    /** Why this award cannot be proposed with this kind, in Vietnamese; empty when it fits. */
    public static Optional<String> refusal(AwardType award, String kind) {
        DecidingLevel level = award.decidingLevel();
        if (level == DecidingLevel.CO_SO) {
            return Optional.of("'" + award.name() + "' do " + decider(award, "thủ trưởng cơ quan, đơn vị")
                    + " quyết định tại đơn vị, không lập hồ sơ đề nghị lên tỉnh.");
        }
        if (level == DecidingLevel.TRUNG_UONG && !UPWARD_KIND.equals(kind)) {
            return Optional.of("'" + award.name() + "' do " + decider(award, "Trung ương")
                    + " quyết định: chọn loại hình 'Đề nghị khen cao (Thủ tướng Chính phủ, Chủ tịch nước)'.");
        }
        if (level == DecidingLevel.TINH && UPWARD_KIND.equals(kind)) {
            return Optional.of("Loại hình 'Đề nghị khen cao' chỉ dành cho hình thức do Trung ương quyết định; '"
                    + award.name() + "' do " + decider(award, "Chủ tịch UBND tỉnh")
                    + " quyết định: chọn loại hình theo công trạng, theo đợt (chuyên đề) hoặc đột xuất.");
        }
        return Optional.empty();
    }

    private static String decider(AwardType award, String fallback) {
        return award.decider() == null || award.decider().isBlank() ? fallback : award.decider();
    }
}
