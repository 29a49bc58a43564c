package vn.tdkt.security;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the engine's authorization checks flat as the authorization table grows (issue 17, docs/performance-rest.md).
 * <p>
 * Before every check in a command, Camunda's {@link AuthorizationManager} narrows the user's groups to those that have
 * any authorization, by reading {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} — the whole table, once
 * per command. With historic instance permissions on (application.yml), the engine keeps a row for every task's
 * candidates and assignee for ten years: after a year (about 200,000 rows) that statement alone took 100–370 ms of
 * every REST request of a reviewer. Here the same narrowing asks, for each of the user's groups only, whether one
 * authorization row names it (an index lookup on {@code ACT_IDX_AUTH_GROUP_ID}), and remembers the groups found for
 * the life of the engine. The answer is the same: a group remembered after its last authorization was deleted only
 * keeps one more group id in the engine's own authorization query, which reads the table itself; a group never found
 * is asked again at the next command, so a group given its first authorization (on any node) counts at once.
 */
@Component
public class AuthorizedGroupsEnginePlugin extends AbstractProcessEnginePlugin {

    /** More groups than a province has; beyond this, found groups are simply asked again. */
    static final int MAX_REMEMBERED = 50_000;

    private final Set<String> authorized = ConcurrentHashMap.newKeySet();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupFilteringAuthorizationManager(authorized,
                        Context.getProcessEngineConfiguration().getDatabaseTablePrefix());
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** Camunda's authorization manager, with the narrowing of groups made per group. */
    static class GroupFilteringAuthorizationManager extends AuthorizationManager {

        private final Set<String> authorized;
        private final String sql;

        GroupFilteringAuthorizationManager(Set<String> authorized, String tablePrefix) {
            this.authorized = authorized;
            this.sql = "SELECT 1 FROM " + (tablePrefix == null ? "" : tablePrefix)
                    + "ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = ? FETCH FIRST 1 ROWS ONLY";
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
                return Collections.emptyList();
            }
            List<String> out = new ArrayList<>(authenticatedGroupIds.size());
            for (String groupId : authenticatedGroupIds) {
                if (groupId != null && !out.contains(groupId) && (authorized.contains(groupId) || found(groupId))) {
                    out.add(groupId);
                }
            }
            return out;
        }

        private boolean found(String groupId) {
            Connection connection = getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, groupId);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not read the authorizations of group '" + groupId + "'", e);
            }
            if (authorized.size() < MAX_REMEMBERED) {
                authorized.add(groupId);
            }
            return true;
        }
    }
}
