package vn.tdkt.model;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link ModelChecker} over every new deployment, whichever way it comes (REST, Camunda Modeler, Java API),
 * before the engine's own deployers parse it, and refuses it with every problem. Throwing inside the deploy command
 * rolls the command back, so nothing of a refused deployment is stored.
 */
public class ModelCheckPreDeployer implements Deployer {

    private final ModelChecker checker = new ModelChecker();

    @Override
    public void deploy(DeploymentEntity deployment) {
        // Deployers also run when a cached definition is reloaded from an old deployment: check new ones only.
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, byte[]> resources = new TreeMap<>();
        for (Map.Entry<String, ResourceEntity> entry : deployment.getResources().entrySet()) {
            resources.put(entry.getKey(), entry.getValue().getBytes());
        }
        CommandContext commandContext = Context.getCommandContext();
        List<ModelProblem> problems = commandContext.runWithoutAuthorization(
                () -> checker.check(resources, new EngineModelContext(commandContext)));
        if (!problems.isEmpty()) {
            throw new ModelsRefusedException(problems);
        }
    }
}
