package vn.tdkt.awarddecision;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A decision of the register with everything its PDF shows: number, signer, award (name and category from the
 * catalogue), the wording fixed when it was issued, and the awardees in the annex's order.
 * {@code legalBases} are the "Căn cứ ..." lines, the proposal line last.
 * <p>
 * A draft ({@link #draft()}: {@code number} null, {@code id} 0) is what the chairman reads before deciding: the
 * decision the register would issue for the proposal as it stands, with no number, no signing day and no awards.
 * <p>
 * {@code signedOriginal} is the scan of the paper decision as signed and stamped, once Văn phòng UBND tỉnh recorded it
 * (null until then): the JSON says {@code "signed": true} and who recorded it when.
 */
public record DecisionView(long id, String number, int sequenceNumber, int issuingYear, LocalDate signedOn,
                           String signerUserId, String signerName, String signerTitle, String subject,
                           String awardTypeCode, String awardTypeName, String awardCategory, int awardYear,
                           String commendationKind, String commendationKindLabel, String achievementText,
                           List<String> legalBases, String businessKey, String ownerUnitCode, String ownerUnitName,
                           String processInstanceId, LocalDateTime createdAt, List<Awardee> awardees,
                           SignedOriginal signedOriginal) {

    /**
     * The current signed original: the {@code version}-th recorded (a later one replaced the earlier for
     * {@code replaceReason}), who recorded it (user id and name) and when, its size, pages and SHA-256.
     */
    public record SignedOriginal(int version, String fileName, long sizeBytes, int pageCount, String sha256,
                                 String recordedBy, String recordedByName, LocalDateTime recordedAt,
                                 String replaceReason) { }

    /** A decision whose signed original is not recorded (or not read). */
    public DecisionView(long id, String number, int sequenceNumber, int issuingYear, LocalDate signedOn,
                        String signerUserId, String signerName, String signerTitle, String subject,
                        String awardTypeCode, String awardTypeName, String awardCategory, int awardYear,
                        String commendationKind, String commendationKindLabel, String achievementText,
                        List<String> legalBases, String businessKey, String ownerUnitCode, String ownerUnitName,
                        String processInstanceId, LocalDateTime createdAt, List<Awardee> awardees) {
        this(id, number, sequenceNumber, issuingYear, signedOn, signerUserId, signerName, signerTitle, subject,
                awardTypeCode, awardTypeName, awardCategory, awardYear, commendationKind, commendationKindLabel,
                achievementText, legalBases, businessKey, ownerUnitCode, ownerUnitName, processInstanceId, createdAt,
                awardees, null);
    }

    /**
     * A person (personCode set) or a unit (unitCode set) named in the annex. {@code gender} is the registry's
     * (NAM, NU, or null; always null for a unit); {@code registerNumber} the certificate's number in the year's
     * register ("00015/2026"), null in a draft.
     */
    public record Awardee(long id, int seq, String personCode, String unitCode, String displayName,
                          String positionAndUnit, String achievementSummary, Long awardRecordId, String gender,
                          String registerNumber) {

        public boolean collective() {
            return unitCode != null;
        }
    }

    public DecisionView withAwardees(List<Awardee> list) {
        return new DecisionView(id, number, sequenceNumber, issuingYear, signedOn, signerUserId, signerName, signerTitle,
                subject, awardTypeCode, awardTypeName, awardCategory, awardYear, commendationKind,
                commendationKindLabel, achievementText, legalBases, businessKey, ownerUnitCode, ownerUnitName,
                processInstanceId, createdAt, List.copyOf(list), signedOriginal);
    }

    public DecisionView withSignedOriginal(SignedOriginal original) {
        return new DecisionView(id, number, sequenceNumber, issuingYear, signedOn, signerUserId, signerName, signerTitle,
                subject, awardTypeCode, awardTypeName, awardCategory, awardYear, commendationKind,
                commendationKindLabel, achievementText, legalBases, businessKey, ownerUnitCode, ownerUnitName,
                processInstanceId, createdAt, awardees, original);
    }

    /** Whether the signed original is recorded: then the decision's PDF is that scan. */
    @JsonProperty("signed")
    public boolean signed() {
        return signedOriginal != null;
    }

    /** A draft has neither number nor register entry: it was generated, not issued. */
    public boolean draft() {
        return number == null;
    }

    public long individualCount() {
        return awardees.stream().filter(a -> !a.collective()).count();
    }

    public long collectiveCount() {
        return awardees.stream().filter(Awardee::collective).count();
    }

    public Optional<Awardee> awardee(long awardeeId) {
        return awardees.stream().filter(a -> a.id() == awardeeId).findFirst();
    }
}
