package vn.tdkt.model;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * Deploys processes/ and forms/ as ONE deployment with stable resource names, so that
 * {@code formRefBinding="deployment"} and {@code decisionRefBinding="deployment"} resolve.
 * Nothing is deployed when no resource changed; when one changed, the whole set is deployed again.
 * Models that fail {@link ModelChecker} stop the start with the list of problems.
 */
@Component
@Order(0)
public class ModelDeployer implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "tdkt-models";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    public ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy(ModelResources.fromClasspath());
    }

    public void deploy(Map<String, byte[]> resources) {
        List<ModelProblem> problems = new ModelChecker().check(resources);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Models are not deployable:\n  " + String.join("\n  ",
                    problems.stream().map(ModelProblem::toString).toList()));
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("repository")
                .enableDuplicateFiltering(false);
        resources.forEach((name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        log.info("Models: {} resources, deployment {} ({} new process definitions)", resources.size(),
                deployment.getId(), deployment.getDeployedProcessDefinitions() == null ? 0
                        : deployment.getDeployedProcessDefinitions().size());
    }
}
