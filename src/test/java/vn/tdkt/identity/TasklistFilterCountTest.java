package vn.tdkt.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tasklist filters' counts over the REST API as each role's user sees them, and the filter properties that keep
 * Tasklist's count current (refresh) and show the variables columns, also on filters kept from an earlier start.
 */
@IntegrationTest
class TasklistFilterCountTest {

    @Autowired ProcessEngine engine;
    @Autowired FilterService filterService;
    @Autowired TasklistFilters tasklistFilters;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();
    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private Filter filter(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }

    private long restCount(String user, Filter filter) throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/filter/" + filter.getId() + "/count", String.class);
        Assertions.assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(r.getBody()).path("count").asLong();
    }

    private long engineCount(String user, Filter filter) {
        return TestUsers.as(engine.getIdentityService(), user, () -> filterService.count(filter.getId()));
    }

    @Test
    void eachRolesFilterCountsItsTasksOverRest() throws Exception {
        Filter receiver = filter(Role.RECEIVER.tasklistFilterName());
        Filter heads = filter(Role.UNIT_HEAD.tasklistFilterName());
        long receiverBefore = restCount("tiepnhan", receiver);
        long stpHeadBefore = restCount("thutruong.stp", heads);
        long otherHeadBefore = restCount(TestProvince.OTHER_UNIT_HEAD, heads);

        String nominee = f.person("stp", "Võ Thị Sáu", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);

        // the head of Sở Tư pháp has one more task to sign; the head of another unit does not see it
        Assertions.assertThat(restCount("thutruong.stp", heads)).isEqualTo(stpHeadBefore + 1)
                .isEqualTo(engineCount("thutruong.stp", heads));
        Assertions.assertThat(restCount(TestProvince.OTHER_UNIT_HEAD, heads)).isEqualTo(otherHeadBefore);

        f.headApproves(pi);
        Assertions.assertThat(restCount("thutruong.stp", heads)).isEqualTo(stpHeadBefore);
        long receiverNow = restCount("tiepnhan", receiver);
        Assertions.assertThat(receiverNow).isEqualTo(receiverBefore + 1).isEqualTo(engineCount("tiepnhan", receiver));
        Assertions.assertThat(receiverNow).as("the receiver's tasks are all the sa-receiver tasks open")
                .isEqualTo(engine.getTaskService().createTaskQuery().taskCandidateGroup(Role.RECEIVER.groupId())
                        .includeAssignedTasks().count());

        ResponseEntity<String> notAllowed = rest.withBasicAuth("tiepnhan", "demo")
                .getForEntity("/engine-rest/filter/" + heads.getId() + "/count", String.class);
        Assertions.assertThat(notAllowed.getStatusCode()).as("another role's filter").isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyFilterRefreshesAndShowsTheVariablesColumns() throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/filter", String.class);
        JsonNode filters = json.readTree(r.getBody());
        Assertions.assertThat(filters.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode filter : filters) {
            JsonNode properties = filter.path("properties");
            Assertions.assertThat(properties.path("refresh").asBoolean()).as(filter.path("name").asText()).isTrue();
            Assertions.assertThat(properties.path("showUndefinedVariable").asBoolean()).isFalse();
            Assertions.assertThat(properties.path("variables").findValuesAsText("name"))
                    .contains("proposalKey", "unitName", "nomineeList", "blockName", "sessionKey");
            Assertions.assertThat(properties.path("variables").findValuesAsText("label"))
                    .contains("Số hồ sơ", "Đơn vị", "Danh sách đề nghị", "Khối thi đua", "Số phiên họp");
        }
    }

    @Test
    void aFilterFromAnEarlierStartIsUpdatedOnceAndThenLeftAlone() {
        Filter dueSoon = filter(TasklistFilters.DUE_SOON);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("priority", 0);
        old.put("description", "Việc của tôi hoặc của nhóm đến hạn trong 3 ngày tới");
        old.put("color", "#b5152b");
        filterService.saveFilter(dueSoon.setProperties(old));
        Assertions.assertThat(filter(TasklistFilters.DUE_SOON).getProperties()).doesNotContainKey("refresh");

        tasklistFilters.ensureFilters();
        Filter updated = filter(TasklistFilters.DUE_SOON);
        Assertions.assertThat(updated.getId()).isEqualTo(dueSoon.getId());
        Assertions.assertThat(updated.getProperties()).containsEntry("refresh", true).containsKey("variables")
                .as("an administrator's colour stays").containsEntry("color", "#b5152b");
        int revision = ((FilterEntity) updated).getRevision();

        tasklistFilters.ensureFilters();
        Assertions.assertThat(((FilterEntity) filter(TasklistFilters.DUE_SOON)).getRevision())
                .as("nothing written on a second start").isEqualTo(revision);
    }
}
