package vn.tdkt.block.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.registry.block.Block;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's start dialog offers each user only the processes he may start: it lists what
 * {@code GET /process-definition?startableInTasklist&startablePermissionCheck} answers for him. A block's cycle is
 * offered to the officer and head of a unit leading a block (this year or next) and to the standing agency's head,
 * never to another unit's officer or head, and follows a change of leader.
 */
@IntegrationTest
class BlockCycleStartRightsTest {

    private static final String LIST = "/engine-rest/process-definition?latestVersion=true&active=true"
            + "&startableInTasklist=true&startablePermissionCheck=true";

    @Autowired TestRestTemplate rest;
    @Autowired BlockRepository blocks;
    @Autowired UnitRepository units;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AuthorizationService authorizations;
    @Autowired BlockCycleStartRights rights;

    private final ObjectMapper json = new ObjectMapper();

    private Set<String> startable(String user) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(LIST, String.class);
        assertThat(answer.getStatusCode().value()).as(user).isEqualTo(200);
        Set<String> keys = new HashSet<>();
        for (JsonNode d : json.readTree(answer.getBody())) {
            keys.add(d.path("key").asText());
        }
        return keys;
    }

    private int year() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).getYear();
    }

    /** A demo unit that leads no block last year, this year or next, read from the data (leaders rotate). */
    private String unitLeadingNoBlock() {
        return jdbc.sql("""
                SELECT u.code FROM org_unit u WHERE u.code IN ('stp', 'stc', 'sgddt', 'syt', 'sct', 'sxd')
                AND NOT EXISTS (SELECT 1 FROM block_officer o WHERE o.leader_unit_id = u.id
                                AND o.emulation_year BETWEEN ? AND ?) ORDER BY u.code""")
                .params(year() - 1, year() + 1).query(String.class).list().get(0);
    }

    @Test
    void eachRoleIsOfferedOnlyWhatItMayStart() throws Exception {
        // Công an tỉnh leads the Nội chính block this year
        assertThat(startable("canbo.cat")).contains("block-emulation-cycle", "commendation-proposal");
        assertThat(startable("thutruong.cat")).contains("block-emulation-cycle");
        assertThat(startable("lanhdao.snv")).containsExactly("block-emulation-cycle");
        String other = unitLeadingNoBlock();
        assertThat(startable("canbo." + other)).containsExactlyInAnyOrder("commendation-proposal",
                "emulation-registration", "emulation-movement", "model-example");
        assertThat(startable("thutruong." + other)).isEmpty();
        assertThat(startable("thuky.hd")).containsExactly("council-review");
        // the Sở Nội vụ's specialist drafts emulation movements the Sở stands for and opens the statistics report and
        // the annulment of awards
        assertThat(startable("thamdinh")).containsExactlyInAnyOrder("emulation-movement",
                "statistics-report", "award-revocation");
        for (String user : List.of("tiepnhan", "chutich")) {
            assertThat(startable(user)).as(user).isEmpty();
        }
    }

    @Test
    void theOfferFollowsTheBlocksLeader() throws Exception {
        int nextYear = year() + 1;
        Block nc = blocks.findByCode("NC").orElseThrow();
        var before = blocks.officers(nc.id(), nextYear);
        String other = unitLeadingNoBlock();
        long otherId = units.findByCode(other).orElseThrow().id();
        assertThat(startable("canbo." + other)).doesNotContain("block-emulation-cycle");
        try {
            blocks.replaceOfficers(nc.id(), nextYear, otherId, null);
            assertThat(startable("canbo." + other)).contains("block-emulation-cycle");
            assertThat(startable("thutruong." + other)).containsExactly("block-emulation-cycle");
        } finally {
            blocks.replaceOfficers(nc.id(), nextYear, before.map(BlockRepository.OfficerIds::leaderUnitId).orElse(null),
                    before.map(BlockRepository.OfficerIds::deputyUnitId).orElse(null));
        }
        assertThat(startable("canbo." + other)).doesNotContain("block-emulation-cycle");
        assertThat(startable("thutruong." + other)).isEmpty();
    }

    /** The groups that hold CREATE on process instances ({@code *}). */
    private Set<String> instanceCreators() {
        Set<String> groups = new HashSet<>();
        for (Authorization a : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId("*").list()) {
            if (a.getGroupId() != null && a.isPermissionGranted(ProcessInstancePermissions.CREATE)) {
                groups.add(a.getGroupId());
            }
        }
        return groups;
    }

    @Test
    void instanceCreationIsTheRolesNotEachLeadingUnits() throws Exception {
        // the grant an earlier version gave each leading unit's group, on a unit that leads no block
        String other = unitLeadingNoBlock();
        Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setGroupId("unit-head." + other);
        old.setResource(Resources.PROCESS_INSTANCE);
        old.setResourceId("*");
        old.addPermission(ProcessInstancePermissions.CREATE);
        authorizations.saveAuthorization(old);

        rights.sync();

        assertThat(instanceCreators()).contains("unit-officer", "unit-head")
                .noneMatch(g -> g.startsWith("unit-officer.") || g.startsWith("unit-head."));
        // which changes nothing of who may start what
        assertThat(startable("thutruong.cat")).containsExactly("block-emulation-cycle");
        assertThat(startable("thutruong." + other)).isEmpty();
        assertThat(startable("canbo." + other)).doesNotContain("block-emulation-cycle");
    }
}
