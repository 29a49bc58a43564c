package vn.tdkt.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Who receives a unit's notifications: the unit's own mailbox ({@code org_unit.email}) and the e-mail of every
 * member of its officer and head groups ({@code unit-officer.<code>}, {@code unit-head.<code>}).
 * <p>Group members are read through the identity service (so an LDAP identity provider works too) with the
 * engine's authorization checks off: recipients must not depend on who happens to run the process step.
 */
@Component
public class UnitRecipientResolver {

    static final List<Role> NOTIFIED_ROLES = List.of(Role.UNIT_OFFICER, Role.UNIT_HEAD);

    private final JdbcClient jdbc;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public UnitRecipientResolver(JdbcClient jdbc, IdentityService identityService,
                                 ProcessEngineConfigurationImpl engineConfiguration) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    /** Candidate addresses in order (unit mailbox, officers, heads), unchecked and possibly repeated. */
    public List<String> candidates(String unitCode) {
        List<String> addresses = new ArrayList<>(jdbc.sql("SELECT email FROM org_unit WHERE code = ?")
                .param(unitCode).query(String.class).list());
        for (Role role : NOTIFIED_ROLES) {
            for (User user : membersOf(role.unitGroupId(unitCode))) {
                addresses.add(user.getEmail());
            }
        }
        return addresses;
    }

    private List<User> membersOf(String groupId) {
        // Joins the running engine command (and its transaction) when called from a process step.
        return engineConfiguration.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.runWithoutAuthorization(() ->
                        identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()));
    }
}
