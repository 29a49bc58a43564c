package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.HistoryWriter;
import vn.tdkt.workflow.HistorySink;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the engine's default history writer by the same writer behind {@link SecretBallotHistoryFilter}, so
 * ballots never reach the history tables whatever the history level. Every other history handler of the
 * application ({@link HistorySink}, the audit chain's) sits behind the same filter, so no ballot reaches them either.
 * Also puts {@link SecretBallotTaskGuard} into every command: a ballot is written only by casting it.
 */
@Component
public class SecretBallotEnginePlugin extends AbstractProcessEnginePlugin {

    private final List<HistorySink> applicationSinks;
    private final HistoryWriter.Copies copies;

    /**
     * @param variableDetails      whether the engine also keeps a copy of each variable change ({@link HistoryWriter})
     * @param decisionClauses      whether the engine also keeps each decision evaluation's inputs and outputs
     * @param startsAndCompletions whether the engine's operation log also keeps process instances' starts and tasks'
     *                             completions
     * @param gatewayActivities    whether the engine also keeps the activity instances of exclusive gateways
     * @param identityLinks        whether the engine also keeps the log of a task's people
     */
    public SecretBallotEnginePlugin(List<HistorySink> applicationSinks,
                                    @Value("${tdkt.history.variable-details:false}") boolean variableDetails,
                                    @Value("${tdkt.history.decision-clauses:false}") boolean decisionClauses,
                                    @Value("${tdkt.history.start-and-complete-operations:false}")
                                    boolean startsAndCompletions,
                                    @Value("${tdkt.history.gateway-activities:false}") boolean gatewayActivities,
                                    @Value("${tdkt.history.identity-links:false}") boolean identityLinks) {
        this.applicationSinks = List.copyOf(applicationSinks);
        this.copies = new HistoryWriter.Copies(variableDetails, decisionClauses, startsAndCompletions,
                gatewayActivities, identityLinks);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        List<HistoryEventHandler> behindFilter = new ArrayList<>();
        behindFilter.add(new HistoryWriter(copies));
        applicationSinks.forEach(sink -> behindFilter.add(sink.handler()));
        handlers.add(0, new SecretBallotHistoryFilter(new CompositeHistoryEventHandler(behindFilter)));
        configuration.setCustomHistoryEventHandlers(handlers);
        List<CommandInterceptor> post = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        post.add(new SecretBallotTaskGuard());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }
}
