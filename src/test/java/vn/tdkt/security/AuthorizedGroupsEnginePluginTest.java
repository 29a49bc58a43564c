package vn.tdkt.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.IntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine narrows a user's groups to those with authorizations by asking per group, with the same answers. */
@IntegrationTest
class AuthorizedGroupsEnginePluginTest {

    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizations;

    private List<String> filtered(List<String> groups) {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return config.getCommandExecutorTxRequired().execute(ctx -> {
            assertThat(ctx.getAuthorizationManager())
                    .isInstanceOf(AuthorizedGroupsEnginePlugin.GroupFilteringAuthorizationManager.class);
            return ctx.getAuthorizationManager().filterAuthenticatedGroupIds(groups);
        });
    }

    @Test
    void onlyGroupsWithAuthorizationsAreKeptAndANewlyAuthorizedGroupCountsAtOnce() {
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(filtered(List.of("sa-receiver", fresh, "sa-receiver"))).containsExactly("sa-receiver");
        assertThat(filtered(List.of())).isEmpty();

        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(fresh);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("commendation-proposal");
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);

        assertThat(filtered(List.of(fresh, "sa-receiver"))).containsExactly(fresh, "sa-receiver");
        authorizations.deleteAuthorization(grant.getId());
    }
}
