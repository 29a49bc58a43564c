package vn.tdkt.revocation;

import java.util.Arrays;

/** The award-revocation process's variable names and the answers its forms give (checked by RevocationVariablesTest). */
public final class RevocationVariables {

    private RevocationVariables() { }

    public static final String PROCESS_KEY = "award-revocation";

    // start form
    public static final String INITIATOR = "initiator";
    public static final String DECISION_KEY = "decisionKey";
    public static final String AWARD_IDS = "awardIds";
    public static final String GROUNDS = "grounds";
    public static final String SOURCE = "source";
    public static final String COMPLAINT_REF = "complaintRef";
    public static final String REASONS = "reasons";
    public static final String EVIDENCE = "evidence";

    // set by the check
    public static final String REVOCATION_ID = "revocationId";
    public static final String REVOCATION_CODE = "revocationCode";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String AWARDEES_TEXT = "awardeesText";
    public static final String GROUNDS_TEXT = "groundsText";
    public static final String THROUGH_COUNCIL = "throughCouncil";
    public static final String ABOVE_PROVINCE = "aboveProvince";
    public static final String RECOVERY_UNITS = "recoveryUnits";
    public static final String DECIDING_LEVEL = "decidingLevel";
    public static final String DECIDING_UNIT = "decidingUnit";
    public static final String AUTHORITY_RULE = "authorityRule";
    public static final String AUTHORITY_TEXT = "authorityText";
    public static final String JUDGED_ON = "judgedOn";
    public static final String FALSE_DECLARATION = "falseDeclaration";
    public static final String FORGED_DOCUMENTS = "forgedDocuments";
    public static final String UNLAWFUL_PROCEDURE = "unlawfulProcedure";
    public static final String ADVERSE_CONCLUSION = "adverseConclusion";
    public static final String GROUND_RULES = "groundRules";
    public static final String CONSEQUENCES_TEXT = "consequencesText";
    public static final String RECOVERY_DUE_DATE = "recoveryDueDate";

    // appraisal and the head
    public static final String APPRAISAL_OPINION = "appraisalOpinion";
    public static final String HEAD_DECISION = "headDecision";
    public static final String HEAD_COMMENT = "headComment";

    // the council
    public static final String COUNCIL_OPINION = "councilOpinion";
    public static final String COUNCIL_REF = "councilRef";
    public static final String COUNCIL_DATE = "councilDate";
    public static final String COUNCIL_OPINION_TEXT = "councilOpinionText";

    // the chairman, in the province or upward
    public static final String CHAIRMAN_DECISION = "chairmanDecision";
    public static final String CHAIRMAN_COMMENT = "chairmanComment";
    public static final String ANNULMENT_NUMBER = "annulmentNumber";
    public static final String UPWARD_DECISION = "upwardDecision";
    public static final String UPWARD_COMMENT = "upwardComment";
    public static final String CENTRAL_ANNULLED = "centralAnnulled";
    public static final String CENTRAL_NUMBER = "centralNumber";
    public static final String CENTRAL_DATE = "centralDate";

    // the head of the unit whose head decided the awards (deciding level CO_SO)
    public static final String UNIT_HEAD_DECISION = "unitHeadDecision";
    public static final String UNIT_HEAD_COMMENT = "unitHeadComment";
    public static final String UNIT_DECISION_NUMBER = "unitDecisionNumber";
    public static final String UNIT_DECISION_DATE = "unitDecisionDate";

    // recovery, per unit
    public static final String UNIT_CODE = "unitCode";
    public static final String RECOVERY_TEXT = "recoveryText";
    public static final String RECOVERY_RESULT_TEXT = "recoveryResultText";
    public static final String OBJECT_RETURNED = "objectReturned";
    public static final String BONUS_REFUNDED = "bonusRefunded";
    public static final String REFUND_DATE = "refundDate";
    public static final String RECEIPT_REF = "receiptRef";
    public static final String RECOVERY_NOTE = "recoveryNote";
    public static final String CONFIRM_DECISION = "confirmDecision";
    public static final String CONFIRM_COMMENT = "confirmComment";

    // step inputs
    public static final String CLOSE_AS = "closeAs";
    public static final String ANNUL_AS = "annulAs";

    /** An answer of a form's radio. */
    interface Answer {
        String value();

        default boolean is(Object v) {
            return value().equals(v);
        }
    }

    static <E extends Enum<E> & Answer> boolean isAnswer(Class<E> type, Object v) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(a -> a.is(v));
    }

    /** The agency head's answer. */
    public enum HeadDecision implements Answer {
        APPROVE("approve"), RETURN("return"), REFUSE("refuse");

        private final String value;

        HeadDecision(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** The chairman's answer (annulment in the province, or the tờ trình upward). */
    public enum SignDecision implements Answer {
        SIGN("sign"), REFUSE("refuse");

        private final String value;

        SignDecision(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** Who signs the annulment: the revocation-authority table's (D16) output {@code authority}. */
    public enum Authority {
        UNIT_HEAD("Thủ trưởng cơ quan, đơn vị đã quyết định khen thưởng"),
        PROVINCE_CHAIRMAN("Chủ tịch UBND tỉnh"),
        CENTRAL("Cấp Trung ương (Chủ tịch UBND tỉnh trình)");

        private final String label;

        Authority(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The table's answer read; null when it names no known authority. */
        public static Authority of(Object v) {
            for (Authority a : values()) {
                if (a.name().equals(v)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** The council's opinion. */
    public enum CouncilOpinion implements Answer {
        AGREE("agree"), DISAGREE("disagree");

        private final String value;

        CouncilOpinion(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }

    /** The specialist's answer on a unit's recovery. */
    public enum ConfirmDecision implements Answer {
        CONFIRM("confirm"), RETURN("return");

        private final String value;

        ConfirmDecision(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
