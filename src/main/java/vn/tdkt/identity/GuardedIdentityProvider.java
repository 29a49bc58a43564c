package vn.tdkt.identity;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with the application's rules:
 * <ul>
 *   <li><b>There is always an administrator.</b> The last member of {@code camunda-admin} cannot leave the group nor
 *   be deleted, and the group itself cannot be deleted, whoever asks and through whichever door (Camunda Admin,
 *   /engine-rest, the Java API): {@link IdentityConflictException}.</li>
 *   <li><b>A membership is added once.</b> Adding a user to a group they are in is a conflict, not a database
 *   error.</li>
 *   <li><b>Password checks are throttled by the application</b> ({@link PasswordChecks}), never by the engine's own
 *   lock: the engine locked an account for good after ten wrong passwords, so anyone could lock anyone out.</li>
 *   <li><b>Every change is told</b> ({@link IdentityChanges}): a user, password, group, membership or tenant changed
 *   makes the credential cache of API clients forget the users concerned, at once and again after the commit.</li>
 * </ul>
 */
public class GuardedIdentityProvider extends DbIdentityServiceProvider {

    static final String ADMIN_GROUP = Role.ADMIN.groupId();

    private final PasswordChecks checks;
    private final IdentityChanges changes;

    public GuardedIdentityProvider(PasswordChecks checks) {
        this(checks, IdentityChanges.NONE);
    }

    public GuardedIdentityProvider(PasswordChecks checks, IdentityChanges changes) {
        this.checks = checks;
        this.changes = changes;
    }

    // changes told to who remembers identities ///////////////////////////////

    /**
     * Now (a request already under way after this point checks again) and after the commit (a request that read the
     * old rows between the two may have remembered them).
     */
    private void changed(String userId) {
        changes.userChanged(userId);
        afterCommit(() -> changes.userChanged(userId));
    }

    private void changedForEveryone() {
        changes.everyoneChanged();
        afterCommit(changes::everyoneChanged);
    }

    private static void afterCommit(Runnable action) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> action.run());
        }
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        IdentityOperationResult result = super.saveUser(user);
        changed(user.getId());
        return result;
    }

    @Override
    public IdentityOperationResult saveGroup(Group group) {
        IdentityOperationResult result = super.saveGroup(group);
        changedForEveryone();
        return result;
    }

    @Override
    public IdentityOperationResult saveTenant(Tenant tenant) {
        IdentityOperationResult result = super.saveTenant(tenant);
        changedForEveryone();
        return result;
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
        IdentityOperationResult result = super.deleteTenant(tenantId);
        changedForEveryone();
        return result;
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
        IdentityOperationResult result = super.createTenantUserMembership(tenantId, userId);
        changed(userId);
        return result;
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
        IdentityOperationResult result = super.deleteTenantUserMembership(tenantId, userId);
        changed(userId);
        return result;
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
        IdentityOperationResult result = super.createTenantGroupMembership(tenantId, groupId);
        changedForEveryone();
        return result;
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
        IdentityOperationResult result = super.deleteTenantGroupMembership(tenantId, groupId);
        changedForEveryone();
        return result;
    }

    // passwords //////////////////////////////////////////////////////////////

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null) {
            return false;
        }
        if (!checks.mayTry(userId)) {
            return false;
        }
        UserEntity user = findUserById(userId);
        if (user != null && matchPassword(password, user)) {
            checks.succeeded(user.getId());
            if (user.getAttempts() > 0 || user.getLockExpirationTime() != null) {
                unlockUser(user); // counters left by the engine's own throttling before it was replaced
            }
            return true;
        }
        checks.failed(userId);
        return false;
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // never: the application's throttle holds guesses back by account and by source, and lets go by itself
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        checks.unlocked(userId);
        IdentityOperationResult result = super.unlockUser(userId);
        changed(userId);
        return result;
    }

    // the administrators /////////////////////////////////////////////////////

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        checkAuthorization(Permissions.DELETE, Resources.GROUP_MEMBERSHIP, groupId);
        if (ADMIN_GROUP.equals(groupId) && existsMembership(userId, groupId) && administrators() <= 1) {
            throw new IdentityConflictException("Không thể đưa '" + userId + "' ra khỏi nhóm Quản trị hệ thống"
                    + " (camunda-admin): đây là quản trị viên cuối cùng. Hãy thêm một quản trị viên khác trước.");
        }
        IdentityOperationResult result = super.deleteMembership(userId, groupId);
        changed(userId);
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        checkAuthorization(Permissions.DELETE, Resources.USER, userId);
        if (existsMembership(userId, ADMIN_GROUP) && administrators() <= 1) {
            throw new IdentityConflictException("Không thể xóa tài khoản '" + userId + "': đây là quản trị viên cuối"
                    + " cùng của hệ thống. Hãy thêm một quản trị viên khác trước.");
        }
        IdentityOperationResult result = super.deleteUser(userId);
        changed(userId);
        return result;
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        checkAuthorization(Permissions.DELETE, Resources.GROUP, groupId);
        if (ADMIN_GROUP.equals(groupId)) {
            throw new IdentityConflictException("Không thể xóa nhóm Quản trị hệ thống (camunda-admin): hệ thống luôn"
                    + " cần quản trị viên.");
        }
        IdentityOperationResult result = super.deleteGroup(groupId);
        changedForEveryone();
        return result;
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        checkAuthorization(Permissions.CREATE, Resources.GROUP_MEMBERSHIP, groupId);
        if (userId != null && groupId != null && existsMembership(userId, groupId)) {
            throw new IdentityConflictException("Tài khoản '" + userId + "' đã ở trong nhóm '" + groupId + "'.");
        }
        IdentityOperationResult result = super.createMembership(userId, groupId);
        changed(userId);
        return result;
    }

    private long administrators() {
        CommandContext context = Context.getCommandContext();
        return context.runWithoutAuthorization(() -> createUserQuery(context).memberOfGroup(ADMIN_GROUP).count());
    }
}
