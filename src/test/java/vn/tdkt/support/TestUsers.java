package vn.tdkt.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import java.util.function.Supplier;

/** Runs engine calls as a demo user, with that user's groups, so Camunda authorizations apply. */
public final class TestUsers {

    public static final String PASSWORD = "demo";

    private TestUsers() { }

    public static <T> T as(IdentityService identityService, String userId, Supplier<T> action) {
        identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public static void as(IdentityService identityService, String userId, Runnable action) {
        as(identityService, userId, () -> {
            action.run();
            return null;
        });
    }
}
