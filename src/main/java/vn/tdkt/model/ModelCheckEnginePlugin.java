package vn.tdkt.model;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts {@link ModelCheckPreDeployer} in front of the engine's deployers. */
@Component
public class ModelCheckEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(new ModelCheckPreDeployer());
        configuration.setCustomPreDeployers(preDeployers);
    }
}
