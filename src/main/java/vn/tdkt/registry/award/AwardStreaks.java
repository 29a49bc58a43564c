package vn.tdkt.registry.award;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Pure counting of award streaks, kept free of Spring and of the database. */
public final class AwardStreaks {

    private AwardStreaks() { }

    /**
     * How many consecutive years, ending at {@code endingYear} and going back, appear among the years the award
     * was held. 0 when it was not held in endingYear. The caller passes only merit years (CONG_TRANG).
     */
    public static int consecutiveYears(Collection<Integer> yearsHeld, int endingYear) {
        Set<Integer> held = new HashSet<>(yearsHeld);
        int count = 0;
        while (held.contains(endingYear - count)) {
            count++;
        }
        return count;
    }
}
