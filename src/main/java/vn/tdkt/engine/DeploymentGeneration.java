package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the deployments this node's engine has taken in (new ones, and old ones read back into its cache) and the
 * deployments deleted through it, so that what is kept about the deployed models ({@link LatestDecisions}) is read
 * again after any of them. Without the deletions a version removed in Cockpit stayed "the latest" here for up to
 * {@code tdkt.rules.latest-version-check}, and every step evaluating it failed (inside a step's transaction a retry
 * cannot help: the failed evaluation has already marked the transaction for rollback).
 */
@Component
public class DeploymentGeneration extends AbstractProcessEnginePlugin {

    private final AtomicLong generation = new AtomicLong();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> postDeployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
            postDeployers.addAll(configuration.getCustomPostDeployers());
        }
        postDeployers.add(new Counter(generation));
        configuration.setCustomPostDeployers(postDeployers);
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new DeletionCounter(generation));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Changes whenever this node deploys. */
    public long current() {
        return generation.get();
    }

    private record Counter(AtomicLong generation) implements Deployer {
        @Override
        public void deploy(DeploymentEntity deployment) {
            generation.incrementAndGet();
        }
    }

    /** Outside the command's transaction: counts a deletion once it has committed. */
    private static final class DeletionCounter extends CommandInterceptor {
        private final AtomicLong generation;

        DeletionCounter(AtomicLong generation) {
            this.generation = generation;
        }

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof DeleteDeploymentCmd) {
                generation.incrementAndGet();
            }
            return result;
        }
    }
}
