package vn.tdkt.security;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.util.UUID;

/**
 * HTTP Basic with the credential cache (issue 17): a repeated request is served from the cache, and whatever changes
 * through Camunda's identity service — the password, the groups, the account itself — applies to the very next
 * request; a wrong password is never served from the cache.
 */
@IntegrationTest
class CredentialCacheHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired CredentialCache cache;
    @Autowired JdbcClient jdbc;

    String userId;

    @BeforeEach
    void user() {
        userId = "cache." + UUID.randomUUID().toString().substring(0, 8);
        User u = identity.newUser(userId);
        u.setFirstName("Cán bộ");
        u.setLastName("Thử");
        u.setPassword("Mat-khau-1");
        identity.saveUser(u);
        identity.createMembership(userId, "sa-receiver");
    }

    private int status(String password, String path) {
        return rest.withBasicAuth(userId, password).getForEntity(path, String.class).getStatusCode().value();
    }

    @Test
    void aRepeatedRequestIsServedFromTheCacheEvenWhenTheDatabaseRowIsGone() {
        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(200);
        // the password changed beside the engine (no identity service): the cache still trusts the password within its ttl
        jdbc.sql("UPDATE act_id_user SET pwd_ = (SELECT pwd_ FROM act_id_user WHERE id_ = 'admin'),"
                + " salt_ = (SELECT salt_ FROM act_id_user WHERE id_ = 'admin') WHERE id_ = ?").param(userId).update();
        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(200);
        // a wrong password is checked by the engine, never served from the cache
        Assertions.assertThat(status("Mat-khau-sai", "/engine-rest/task/count")).isEqualTo(401);
        // once forgotten (what the ttl does), the database answers again
        cache.userChanged(userId);
        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(401);
    }

    @Test
    void aChangedPasswordIsRefusedAtTheNextRequest() {
        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(200);

        User u = identity.createUserQuery().userId(userId).singleResult();
        u.setPassword("Mat-khau-2");
        identity.saveUser(u);

        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(401);
        Assertions.assertThat(status("Mat-khau-2", "/engine-rest/task/count")).isEqualTo(200);
    }

    @Test
    void aDeletedUserIsRefusedAtTheNextRequest() {
        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(200);

        identity.deleteUser(userId);

        Assertions.assertThat(status("Mat-khau-1", "/engine-rest/task/count")).isEqualTo(401);
    }

    @Test
    void aChangedMembershipAppliesAtTheNextRequest() {
        // the health components are administrators' (SecurityConfig): a right the group gives
        Assertions.assertThat(status("Mat-khau-1", "/actuator/metrics")).isEqualTo(403);

        identity.createMembership(userId, "camunda-admin");
        Assertions.assertThat(status("Mat-khau-1", "/actuator/metrics")).isIn(200, 404);

        identity.deleteMembership(userId, "camunda-admin");
        Assertions.assertThat(status("Mat-khau-1", "/actuator/metrics")).isEqualTo(403);
    }
}
