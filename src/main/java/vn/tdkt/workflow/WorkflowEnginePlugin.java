package vn.tdkt.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's answers to everyday task conflicts: a completion that meets another one at the same moment is
 * retried ({@link OptimisticRetryInterceptor}, around the transaction), one on a task that has ended is refused in
 * Vietnamese ({@link FinishedTaskInterceptor}, inside it).
 */
@Component
public class WorkflowEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskEndings endings;

    public WorkflowEnginePlugin(TaskEndings endings) {
        this.endings = endings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> pre = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            pre.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        pre.add(new OptimisticRetryInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(pre);
        List<CommandInterceptor> post = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            post.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        post.add(0, new FinishedTaskInterceptor(endings));
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }
}
