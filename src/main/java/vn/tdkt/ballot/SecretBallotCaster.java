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
 * {@code ballotVoter} when the task votes for a unit (a block's member); the member chosen in the task-local
 * {@code writtenBallotVoter} when a secretary enters an absent member's written ballot (flagged as written);
 * otherwise the authenticated user. The ballot variable's history is never written
 * ({@link SecretBallotHistoryFilter}). A refused ballot keeps the task open. The signature list
 * ({@link BallotTurnoutText}) is brought up to date for whoever closes the vote.
 */
@Component("secretBallotCaster")
public class SecretBallotCaster implements ExecutionListener {

    public static final String BALLOT_VARIABLE = SecretBallotHistoryFilter.PREFIX;
    /** Task-local variable naming the absent member whose written ballot a secretary enters. */
    public static final String WRITTEN_VOTER = "writtenBallotVoter";

    private final BallotBox box;
    private final BallotTurnoutText turnout;
    private final IdentityService identityService;

    public SecretBallotCaster(BallotBox box, BallotTurnoutText turnout, IdentityService identityService) {
        this.box = box;
        this.turnout = turnout;
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
        boolean written = execution.hasVariableLocal(WRITTEN_VOTER);
        String voter;
        if (written) {
            if (!(execution.getVariableLocal(WRITTEN_VOTER) instanceof String member) || member.isBlank()) {
                throw new InputRejectedException("Chọn thành viên vắng mặt có phiếu bằng văn bản.");
            }
            voter = member;
        } else {
            voter = unitVoter instanceof String u && !u.isBlank() ? u : auth.getUserId();
        }
        String sessionId = (String) execution.getVariable("ballotSessionId");
        box.cast(sessionId, voter, BallotBox.parse(JsonVars.listOfObjects(ballot)), written);
        execution.removeVariableLocal(BALLOT_VARIABLE);
        execution.setVariable(BallotTurnoutText.VARIABLE, turnout.text(sessionId, unitVoter != null));
    }
}
