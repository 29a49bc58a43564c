package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who opens a block's emulation cycle (domain brief §3.3, §7.2): the block leader — the unit leading the block that
 * year, represented by its head (Khối trưởng) and served by its TĐKT officer — and the standing agency's head.
 * A member unit that does not lead, another unit, auditors: 403, nothing started. The province's block leader
 * {@code thutruong.cat} opens his block's cycle (he used to get 403).
 */
@IntegrationTest
class BlockCycleOpenersTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;
    @Autowired ProcessEngine engine;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void endCycles() {
        started.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "kiểm thử xong"));
    }

    private Http.Response open(String block, int year, String user) {
        Http.Response r = Http.to(port).send("POST", "/api/blocks/" + block + "/years/" + year + "/cycle", user,
                Body.json("{}"));
        if (r.status() == 201) {
            started.add(JsonPath.read(r.body(), "$.processInstanceId"));
        }
        return r;
    }

    private long cycles(String block, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM block_cycle c JOIN emulation_block b ON b.id = c.block_id"
                + " WHERE b.code = ? AND c.emulation_year = ?").params(block, year).query(Long.class).single();
    }

    @Test
    void theDemoBlockLeaderAndTheAgencyHeadOpenTheirBlocksCycle() {
        TestOrganisation org = new TestOrganisation(rest, identity, unitGroups, profiles, jdbc);
        // two blocks of a later year led by Công an tỉnh (cat): its head, thutruong.cat, is the province's block leader
        int year = 2090;
        org.block("KCA90", "Khối thử Công an", year, List.of("cat", "vksnd"));
        org.block("KCB90", "Khối thử Sở Nội vụ", year, List.of("snv", "stp"));

        Http.Response deputy = open("KCA90", year, "thutruong.vksnd");
        assertThat(deputy.status()).as("the deputy unit does not lead: " + deputy).isEqualTo(403);
        for (String outsider : List.of("canbo.stp", "thutruong.stp", "thanhtra", "tiepnhan")) {
            assertThat(open("KCA90", year, outsider).status()).as(outsider).isEqualTo(403);
        }
        assertThat(cycles("KCA90", year)).isZero();

        Http.Response leader = open("KCA90", year, "thutruong.cat");
        assertThat(leader.status()).as(leader.toString()).isEqualTo(201);
        assertThat((String) JsonPath.read(leader.body(), "$.businessKey")).isEqualTo("KTD-KCA90-" + year);
        assertThat(cycles("KCA90", year)).isEqualTo(1);
        Http.Response twice = open("KCA90", year, "canbo.cat");
        assertThat(twice.status()).as("the leader unit's officer passes; the cycle exists: " + twice).isEqualTo(400);
        assertThat(twice.body()).contains("đã có chu kỳ thi đua");

        Http.Response agency = open("KCB90", year, "lanhdao.snv");
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
    }
}
