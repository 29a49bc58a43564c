package vn.tdkt.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link GuardedIdentityProvider} in place of Camunda's database identity provider: the same tables, with the
 * application's rules for administrators, memberships and password checks, telling every identity change.
 */
@Component
public class IdentityGuardsEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PasswordChecks> checks;
    private final ObjectProvider<IdentityChanges> changes;

    public IdentityGuardsEnginePlugin(ObjectProvider<PasswordChecks> checks, ObjectProvider<IdentityChanges> changes) {
        this.checks = checks;
        this.changes = changes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PasswordChecks passwordChecks = checks.getIfAvailable(() -> PasswordChecks.NONE);
        IdentityChanges identityChanges = changes.getIfAvailable(() -> IdentityChanges.NONE);
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return GuardedIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new GuardedIdentityProvider(passwordChecks, identityChanges);
            }
        });
    }
}
