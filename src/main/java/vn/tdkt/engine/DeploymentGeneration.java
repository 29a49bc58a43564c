package vn.tdkt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the deployments this node's engine has taken in (new ones, and old ones read back into its cache), so that
 * what is kept about the deployed models ({@link LatestDecisions}) is read again after any of them.
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
}
