package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * An application component that reads the engine's history events. It is deliberately not itself a
 * {@link HistoryEventHandler} bean: Camunda's Spring Boot starter would add such a bean to the engine directly,
 * in front of the secret-ballot filter; the secret-ballot engine plugin (ballot package) puts every sink behind it.
 */
public interface HistorySink {

    HistoryEventHandler handler();
}
