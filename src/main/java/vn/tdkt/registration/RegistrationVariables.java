package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the registration process's variables and how to read them. */
final class RegistrationVariables {

    static final String INITIATOR = "initiator";
    static final String UNIT_CODE = "unitCode";
    static final String UNIT_NAME = "unitName";
    static final String HEAD_DECISION = "headDecision";
    static final String HEAD_COMMENT = "headComment";
    static final String APPROVED_BY = "approvedBy";

    private RegistrationVariables() { }

    static RegistrationRequest request(VariableScope scope) {
        return new RegistrationRequest(scope.getVariable("emulationYear"), scope.getVariable("collectiveTitle"),
                scope.getVariable("ldttCount"), scope.getVariable("cstdcsCount"), scope.getVariable("commitment"));
    }
}
