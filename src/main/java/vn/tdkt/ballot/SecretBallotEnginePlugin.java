package vn.tdkt.ballot;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the engine's default history writer by the same writer behind {@link SecretBallotHistoryFilter}, so
 * ballots never reach the history tables whatever the history level. Every other history handler of the
 * application (the audit chain's) sits behind the same filter, so no ballot reaches them either.
 */
@Component
public class SecretBallotEnginePlugin extends AbstractProcessEnginePlugin {

    private final List<HistoryEventHandler> applicationHandlers;

    public SecretBallotEnginePlugin(List<HistoryEventHandler> applicationHandlers) {
        this.applicationHandlers = List.copyOf(applicationHandlers);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        List<HistoryEventHandler> behindFilter = new ArrayList<>();
        behindFilter.add(new DbHistoryEventHandler());
        behindFilter.addAll(applicationHandlers);
        handlers.add(0, new SecretBallotHistoryFilter(new CompositeHistoryEventHandler(behindFilter)));
        configuration.setCustomHistoryEventHandlers(handlers);
    }
}
