package vn.tdkt.council;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Sends the council's results to one waiting proposal as the message {@code CouncilResult} (variables
 * {@code councilResults}, {@code councilMinutesRef}, {@code councilMinutesDate} — the meeting day, yyyy-MM-dd — and
 * {@code councilSessionKey}: the decision cites the minutes by number and date). The council acts for the province here, not the user who
 * confirmed the minutes, so authorization checks are off for the correlation. A proposal that no longer waits (it
 * was withdrawn meanwhile) is noted in the session's events instead of failing the session.
 */
@Component
public class CouncilResultSender {

    public static final String MESSAGE = ProposalSteps.COUNCIL_RESULT_MESSAGE;
    private static final Logger LOG = LoggerFactory.getLogger(CouncilResultSender.class);

    private final RuntimeService runtime;
    private final CouncilRepository council;
    private final Clock clock;

    public CouncilResultSender(RuntimeService runtime, CouncilRepository council, Clock clock) {
        this.runtime = runtime;
        this.council = council;
        this.clock = clock;
    }

    public void send(String sessionKey, String minutesRef, LocalDate meetingDate,
                     CouncilSessions.ProposalResult result) {
        try {
            SystemCalls.asSystem(() -> runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceBusinessKey(result.proposalKey())
                    .setVariable(ProposalVariables.COUNCIL_RESULTS, JsonVars.json(result.councilResults()))
                    .setVariable(ProposalVariables.COUNCIL_MINUTES_REF, minutesRef)
                    .setVariable(ProposalVariables.COUNCIL_MINUTES_DATE, meetingDate == null ? null : meetingDate.toString())
                    .setVariable(ProposalVariables.COUNCIL_SESSION_KEY, sessionKey)
                    .correlateWithResult());
            council.event(sessionKey, "RESULT_SENT", result.proposalKey(), null, Instant.now(clock));
        } catch (MismatchingMessageCorrelationException notWaiting) {
            LOG.warn("Council session {}: proposal {} no longer waits for the council's result", sessionKey,
                    result.proposalKey());
            council.event(sessionKey, "RESULT_NOT_DELIVERED", result.proposalKey()
                    + ": hồ sơ không còn chờ kết quả của Hội đồng", null, Instant.now(clock));
        }
    }
}
