package vn.tdkt.formrules;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the deployed Camunda Form a task or start event refers to, resolved the way the engine resolves it
 * (binding deployment, latest or version), and keeps its parsed rules per form definition, which never changes.
 */
public final class DeployedFormRules {

    private final Map<String, FormRules> byFormDefinitionId = new ConcurrentHashMap<>();

    public FormRules rules(CommandContext context, String deploymentId, String formRef, String binding, Integer version,
                           String tenantId) {
        return context.runWithoutAuthorization(() -> {
            var manager = context.getCamundaFormDefinitionManager();
            CamundaFormDefinitionEntity form = switch (binding == null ? "latest" : binding) {
                case "deployment" -> manager.findDefinitionByDeploymentAndKey(deploymentId, formRef);
                case "version" -> manager.findDefinitionByKeyVersionAndTenantId(formRef, version, tenantId);
                default -> tenantId == null ? manager.findLatestDefinitionByKey(formRef)
                        : manager.findLatestDefinitionByKeyAndTenantId(formRef, tenantId);
            };
            if (form == null) {
                // the deploy-time check makes this unreachable for models deployed through it
                throw new IllegalStateException("Form '" + formRef + "' (" + binding + ") is not deployed");
            }
            return byFormDefinitionId.computeIfAbsent(form.getId(), id -> {
                ResourceEntity resource = context.getResourceManager()
                        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
                return FormRuleParser.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
            });
        });
    }
}
