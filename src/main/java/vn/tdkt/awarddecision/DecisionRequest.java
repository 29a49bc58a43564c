package vn.tdkt.awarddecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the chairman decides: who signs, which award for which year, and the persons or units honoured.
 * <ul>
 *   <li>{@code year} (issuing year) and {@code signedOn} default to today on the application's clock; when both
 *   are given the date must fall in that year.</li>
 *   <li>{@code signerTitle} defaults to "CHỦ TỊCH"; a deputy signs for the chairman as
 *   "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (" / " separates the lines of the signature block).</li>
 *   <li>{@code commendationKind} is a code of {@link vn.tdkt.registry.award.CommendationKind} (default CONG_TRANG).</li>
 *   <li>{@code subject} (trích yếu) and {@code achievementText} ("đã có thành tích ...", the reason stated in
 *   Điều 1 and on the certificates) are optional: defaults follow the award and the kind of commendation.</li>
 *   <li>{@code submission} is the proposing unit's tờ trình (who proposes, its number and date): the decision says
 *   "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026 và của Giám đốc
 *   Sở Nội vụ". Without it the decision answers the standing agency alone ("Theo đề nghị của Giám đốc Sở Nội
 *   vụ").</li>
 *   <li>{@code proposalReference} names the standing agency's own document, for example "Tờ trình số
 *   245/TTr-SNV ngày 20 tháng 11 năm 2026"; it follows the agency's title in that line. Optional.</li>
 *   <li>{@code councilMinutes} is the provincial council's minutes when the proposal went through a council
 *   session: "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 05/BB-HĐTĐKT ngày ...".</li>
 *   <li>{@code businessKey}, {@code ownerUnitCode} (the proposing unit, whose officers and head may read the
 *   decision) and {@code processInstanceId} link the decision to its workflow; all optional.</li>
 * </ul>
 */
public record DecisionRequest(Integer year, LocalDate signedOn, String signerUserId, String signerName,
                              String signerTitle, String awardTypeCode, Integer awardYear, String commendationKind,
                              String subject, String achievementText, Submission submission,
                              String proposalReference, CouncilMinutes councilMinutes, String businessKey,
                              String ownerUnitCode, String processInstanceId, List<Awardee> awardees) {

    /**
     * The proposing unit's tờ trình: {@code proposer} is the title in whose name the unit proposes ("Giám đốc Sở Tư
     * pháp"), {@code number} the letter's number ("12/TTr-STP"), {@code date} the day it was signed.
     */
    public record Submission(String proposer, String number, LocalDate date) { }

    /** The minutes of the provincial council's session: number ("05/BB-HĐTĐKT") and meeting day (may be unknown). */
    public record CouncilMinutes(String number, LocalDate date) { }

    /**
     * One person (by registry code, e.g. {@code STP-01}) or one unit (e.g. {@code stp}) to be honoured.
     * {@code positionAndUnit} overrides the "Chức vụ, đơn vị" column, which defaults to the person's job title
     * and unit; {@code achievementRef} identifies the achievement so it is never rewarded twice.
     */
    public record Awardee(String personCode, String unitCode, String positionAndUnit, String achievementSummary,
                          String achievementRef) {

        public static Awardee person(String personCode, String achievementSummary, String achievementRef) {
            return new Awardee(personCode, null, null, achievementSummary, achievementRef);
        }

        public static Awardee unit(String unitCode, String achievementSummary, String achievementRef) {
            return new Awardee(null, unitCode, null, achievementSummary, achievementRef);
        }

        public Awardee withPositionAndUnit(String text) {
            return new Awardee(personCode, unitCode, text, achievementSummary, achievementRef);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request field by field; unset fields stay null and take their defaults. */
    public static final class Builder {
        private Integer year;
        private LocalDate signedOn;
        private String signerUserId;
        private String signerName;
        private String signerTitle;
        private String awardTypeCode;
        private Integer awardYear;
        private String commendationKind;
        private String subject;
        private String achievementText;
        private Submission submission;
        private String proposalReference;
        private CouncilMinutes councilMinutes;
        private String businessKey;
        private String ownerUnitCode;
        private String processInstanceId;
        private final List<Awardee> awardees = new ArrayList<>();

        private Builder() { }

        public Builder year(Integer value) { year = value; return this; }
        public Builder signedOn(LocalDate value) { signedOn = value; return this; }
        public Builder signer(String userId, String name, String title) {
            signerUserId = userId;
            signerName = name;
            signerTitle = title;
            return this;
        }
        public Builder awardTypeCode(String value) { awardTypeCode = value; return this; }
        public Builder awardYear(Integer value) { awardYear = value; return this; }
        public Builder commendationKind(String value) { commendationKind = value; return this; }
        public Builder subject(String value) { subject = value; return this; }
        public Builder achievementText(String value) { achievementText = value; return this; }
        public Builder submission(Submission value) { submission = value; return this; }
        public Builder proposalReference(String value) { proposalReference = value; return this; }
        public Builder councilMinutes(CouncilMinutes value) { councilMinutes = value; return this; }
        public Builder businessKey(String value) { businessKey = value; return this; }
        public Builder ownerUnitCode(String value) { ownerUnitCode = value; return this; }
        public Builder processInstanceId(String value) { processInstanceId = value; return this; }
        public Builder awardee(Awardee value) { awardees.add(value); return this; }
        public Builder awardees(List<Awardee> values) { awardees.addAll(values); return this; }

        public DecisionRequest build() {
            return new DecisionRequest(year, signedOn, signerUserId, signerName, signerTitle, awardTypeCode, awardYear,
                    commendationKind, subject, achievementText, submission, proposalReference, councilMinutes,
                    businessKey, ownerUnitCode, processInstanceId, List.copyOf(awardees));
        }
    }
}
