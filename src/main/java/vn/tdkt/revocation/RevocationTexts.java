package vn.tdkt.revocation;

import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Texts the forms show, read by expressions of the model ({@code ${revocationTexts.recoveryOf(…)}}). */
@Component("revocationTexts")
public class RevocationTexts {

    private final RevocationRepository revocations;

    public RevocationTexts(RevocationRepository revocations) {
        this.revocations = revocations;
    }

    /** The annulled awards of one unit, as its recovery form lists them. */
    public String recoveryOf(Object revocationId, String unitCode) {
        long id = ((Number) revocationId).longValue();
        return revocations.items(id).stream().filter(i -> i.recipientUnitCode().equals(unitCode))
                .map(i -> i.displayName() + " – " + i.awardTypeName() + " năm " + i.awardYear())
                .collect(Collectors.joining("; "));
    }
}
