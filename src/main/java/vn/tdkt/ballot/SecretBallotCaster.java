package vn.tdkt.ballot;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

/**
 * End listener of a voting task: takes the ballot the voter submitted in the task-local variable
 * {@code secretBallot} (a list of {candidateCode, choice}), casts it into the {@link BallotBox} of the session named
 * by {@code ballotSessionId} and removes the variable in the same transaction. The voter is the task-local
 * {@code ballotVoter} when the task votes for a unit (a block's member), otherwise the authenticated user. The
 * variable's history is never written ({@link SecretBallotHistoryFilter}). A refused ballot keeps the task open.
 */
@Component("secretBallotCaster")
public class SecretBallotCaster implements ExecutionListener {

    public static final String BALLOT_VARIABLE = SecretBallotHistoryFilter.PREFIX;

    private final BallotBox box;
    private final IdentityService identityService;

    public SecretBallotCaster(BallotBox box, IdentityService identityService) {
        this.box = box;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        var auth = identityService.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            throw new InputRejectedException("Phiếu bầu phải do chính thành viên đăng nhập gửi.");
        }
        Object ballot = execution.getVariableLocal(BALLOT_VARIABLE);
        Object unitVoter = execution.getVariableLocal("ballotVoter");
        String voter = unitVoter instanceof String u && !u.isBlank() ? u : auth.getUserId();
        box.cast((String) execution.getVariable("ballotSessionId"), voter,
                BallotBox.parse(JsonVars.listOfObjects(ballot)), false);
        execution.removeVariableLocal(BALLOT_VARIABLE);
    }
}
