package vn.tdkt.eligibility;

/**
 * A nominee of a proposal resolved against the registry: a person (cá nhân) or a collective (tập thể).
 *
 * @param recipientKind   CA_NHAN or TAP_THE
 * @param positionAndUnit how the nominee is named in lists and decisions ("Chuyên viên, Sở Tư pháp")
 */
public record NomineeRef(String code, String name, String recipientKind, Long personId, Long unitId,
                         String unitCode, String unitName, String positionAndUnit) {

    public boolean isPerson() {
        return personId != null;
    }
}
