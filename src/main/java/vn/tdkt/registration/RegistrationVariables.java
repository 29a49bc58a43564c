package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The emulation-registration process's variables by name and how to read the registration from them; every
 * delegate, listener and validator reads the names from here. RegistrationVariablesTest checks them against
 * processes/emulation-registration.bpmn and the registration-*.form files it uses.
 */
final class RegistrationVariables {

    /** The process definition key. */
    static final String PROCESS = "emulation-registration";

    // --- start form (and the revise form, which answers it again) ---
    /** String: user id of the officer who registered (assignee of the revise task). */
    static final String INITIATOR = "initiator";
    /** Integer: the emulation year registered for. */
    static final String EMULATION_YEAR = "emulationYear";
    /** String: the collective title the unit registers for (TTLDTT, TTLDXS, CO_TINH, CO_CP). */
    static final String COLLECTIVE_TITLE = "collectiveTitle";
    /** Integer: how many staff register for Lao động tiên tiến. */
    static final String LDTT_COUNT = "ldttCount";
    /** Integer: how many staff register for Chiến sĩ thi đua cơ sở. */
    static final String CSTDCS_COUNT = "cstdcsCount";
    /** String: the unit's commitment. */
    static final String COMMITMENT = "commitment";

    // --- Task_CheckRegistration: the unit ---
    /** String: code of the registering unit (candidate group unit-head.${unitCode}). */
    static final String UNIT_CODE = "unitCode";
    /** String: name of the registering unit. */
    static final String UNIT_NAME = "unitName";

    // --- the head's review ---
    /** String: the head's answer, see {@link HeadDecision}. */
    static final String HEAD_DECISION = "headDecision";
    /** String: the head's comment (required on a return). */
    static final String HEAD_COMMENT = "headComment";
    /** String: user id of the head who approved. */
    static final String APPROVED_BY = "approvedBy";

    private RegistrationVariables() { }

    static RegistrationRequest request(VariableScope scope) {
        return new RegistrationRequest(scope.getVariable(EMULATION_YEAR), scope.getVariable(COLLECTIVE_TITLE),
                scope.getVariable(LDTT_COUNT), scope.getVariable(CSTDCS_COUNT), scope.getVariable(COMMITMENT));
    }

    /** Values of {@link #HEAD_DECISION}, spelt in lower case as the registration-head-review form and the model do. */
    enum HeadDecision {
        APPROVE("approve"), RETURN("return");

        private final String value;

        HeadDecision(String value) {
            this.value = value;
        }

        /** The value as the form and the model spell it. */
        String value() {
            return value;
        }

        /** Whether the variable's value is this one. */
        boolean is(Object variable) {
            return value.equals(variable);
        }

        /** Whether the variable's value is one of the answers. */
        static boolean isAnswer(Object variable) {
            return APPROVE.is(variable) || RETURN.is(variable);
        }
    }
}
