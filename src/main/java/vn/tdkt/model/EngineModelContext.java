package vn.tdkt.model;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Looks definitions and groups up inside the deploying command, through the engine's own managers (the same
 * transaction, no nested command). The caller runs it without authorization checks: whether the deployer may
 * read groups is not the question, whether the group exists is.
 */
class EngineModelContext implements ModelContext {

    private final CommandContext commandContext;

    EngineModelContext(CommandContext commandContext) {
        this.commandContext = commandContext;
    }

    @Override
    public boolean deployed(Kind kind, String key, Integer version) {
        Object definition = switch (kind) {
            case FORM -> version == null
                    ? commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key)
                    : commandContext.getCamundaFormDefinitionManager().findDefinitionByKeyVersionAndTenantId(key, version, null);
            case DECISION -> version == null
                    ? commandContext.getDecisionDefinitionManager().findLatestDefinitionByKey(key)
                    : commandContext.getDecisionDefinitionManager().findDefinitionByKeyVersionAndTenantId(key, version, null);
            case PROCESS -> version == null
                    ? commandContext.getProcessDefinitionManager().findLatestDefinitionByKey(key)
                    : commandContext.getProcessDefinitionManager().findDefinitionByKeyVersionAndTenantId(key, version, null);
        };
        return definition != null;
    }

    /**
     * The roles' groups count as existing: IdentityBootstrap creates them at every start, after the start-up
     * deployment of processes/ (on a fresh database they do not exist yet when the models are deployed).
     */
    @Override
    public boolean groupExists(String groupId) {
        return ModelContext.standalone().groupExists(groupId)
                || commandContext.getReadOnlyIdentityProvider().findGroupById(groupId) != null;
    }
}
