package vn.tdkt.audit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Hooks the audit chain into the engine where history events do not reach: Tasklist comments. The history
 * events themselves come through {@link AuditHistorySink}, which the secret-ballot plugin puts behind
 * its filter.
 */
@Component
public class AuditEnginePlugin extends AbstractProcessEnginePlugin {

    private final AuditTrail trail;

    AuditEnginePlugin(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> post = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        post.add(new AuditCommentInterceptor(trail));
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }
}
