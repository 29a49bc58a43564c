package vn.tdkt.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The application never runs without an administrator: once the engine is built and before the web server opens its
 * port, it stops the start when the admin group ({@code camunda-admin}) has no member and the configuration names
 * none that {@link IdentityBootstrap} could create ({@code TDKT_ADMIN_ID} and, for a new account,
 * {@code TDKT_ADMIN_PASSWORD}). There is no other way to get a first administrator: Camunda Admin's initial setup is
 * closed, because anyone could use it while the group is empty.
 */
@Component
public class AdministratorPresenceCheck implements SmartInitializingSingleton {

    private final IdentityService identityService;
    private final BootstrapProperties admin;

    public AdministratorPresenceCheck(IdentityService identityService, BootstrapProperties admin) {
        this.identityService = identityService;
        this.admin = admin;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String problem = problem();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why the application may not start, or null when an administrator exists or will be created. */
    String problem() {
        if (identityService.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).count() > 0) {
            return null;
        }
        if (!admin.hasId()) {
            return "Không khởi động: hệ thống chưa có quản trị viên nào (nhóm camunda-admin trống) và cấu hình không"
                    + " nêu quản trị viên đầu tiên. Hãy đặt TDKT_ADMIN_ID và TDKT_ADMIN_PASSWORD (tdkt.bootstrap.admin.id,"
                    + " tdkt.bootstrap.admin.password) rồi khởi động lại. / Refusing to start: there is no administrator"
                    + " (the camunda-admin group has no member) and none is configured; set TDKT_ADMIN_ID and"
                    + " TDKT_ADMIN_PASSWORD.";
        }
        boolean exists = identityService.createUserQuery().userId(admin.id()).count() > 0;
        if (!exists && !admin.hasPassword()) {
            return "Không khởi động: cần TDKT_ADMIN_PASSWORD để tạo quản trị viên đầu tiên '" + admin.id()
                    + "' (không có mật khẩu mặc định). / Refusing to start: TDKT_ADMIN_PASSWORD is required to create the"
                    + " first administrator '" + admin.id() + "'.";
        }
        return null;
    }
}
