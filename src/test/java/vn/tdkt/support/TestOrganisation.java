package vn.tdkt.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units, their people and blocks of a test's own, made the way an administrator makes them (the registry API, and
 * Camunda users placed in their unit), so that a test never depends on, nor disturbs, the demo province.
 */
public final class TestOrganisation {

    private final TestRestTemplate rest;
    private final IdentityService identity;
    private final UnitGroups unitGroups;
    private final UserProfileRepository profiles;
    private final JdbcClient jdbc;

    public TestOrganisation(TestRestTemplate rest, IdentityService identity, UnitGroups unitGroups,
                            UserProfileRepository profiles, JdbcClient jdbc) {
        this.rest = rest;
        this.identity = identity;
        this.unitGroups = unitGroups;
        this.profiles = profiles;
        this.jdbc = jdbc;
    }

    /** A call of the registry API as the administrator, which must succeed. */
    public void admin(HttpMethod method, String url, String body) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> r = rest.withBasicAuth("admin", "demo").exchange(url, method, new HttpEntity<>(body, json),
                String.class);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(url + " " + r.getBody()).isTrue();
    }

    /** A user (password "demo") with the roles in the unit, placed in that unit. */
    public void user(String id, String unit, Role... roles) {
        User u = identity.newUser(id);
        u.setFirstName("Thử");
        u.setLastName(id);
        u.setPassword("demo");
        u.setEmail(id + "@tayninh.gov.vn");
        identity.saveUser(u);
        for (Role r : roles) {
            unitGroups.addMember(id, r, unit);
        }
        long unitId = jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(unit).query(Long.class).single();
        profiles.assign(id, unitId, null);
    }

    /** A department with nobody in it yet. */
    public String unit(String code, String name) {
        admin(HttpMethod.POST, "/api/units", "{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"unitType\":\"SO_NGANH\",\"validFrom\":\"2000-01-01\"}");
        return code;
    }

    /** A department with its TĐKT officer {@code cb.<code>} and its head {@code tt.<code>} (also the block member). */
    public String staffedUnit(String code, String name) {
        unit(code, name);
        user("cb." + code, code, Role.UNIT_OFFICER);
        user("tt." + code, code, Role.UNIT_HEAD, Role.BLOCK_MEMBER);
        return code;
    }

    /**
     * A department with its people named as in the province's registry ({@code canbo.<code>}, the TĐKT officer;
     * {@code thutruong.<code>}, the head and block member), each made only when it does not exist yet: for tests
     * that follow one named unit through a process, whichever test JVM (demo or not) runs them.
     */
    public String department(String code, String name, String unitType) {
        if (jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single() == 0) {
            admin(HttpMethod.POST, "/api/units", "{\"code\":\"" + code + "\",\"name\":\"" + name
                    + "\",\"unitType\":\"" + unitType + "\",\"validFrom\":\"2000-01-01\"}");
        }
        if (identity.createUserQuery().userId("canbo." + code).count() == 0) {
            user("canbo." + code, code, Role.UNIT_OFFICER);
        }
        if (identity.createUserQuery().userId("thutruong." + code).count() == 0) {
            user("thutruong." + code, code, Role.UNIT_HEAD, Role.BLOCK_MEMBER);
        }
        return code;
    }

    /** {@link #department(String, String, String)} of a provincial department (sở, ban, ngành). */
    public String department(String code, String name) {
        return department(code, name, "SO_NGANH");
    }

    /** A block of the units for the year, the first unit leading it and the second its deputy. */
    public void block(String code, String name, int year, List<String> units) {
        admin(HttpMethod.POST, "/api/blocks", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}");
        admin(HttpMethod.PUT, "/api/blocks/" + code + "/years/" + year + "/members",
                "{\"unitCodes\":[" + String.join(",", units.stream().map(u -> "\"" + u + "\"").toList()) + "]}");
        admin(HttpMethod.PUT, "/api/blocks/" + code + "/years/" + year + "/officers",
                "{\"leaderUnitCode\":\"" + units.get(0) + "\",\"deputyUnitCode\":\"" + units.get(1) + "\"}");
    }
}
