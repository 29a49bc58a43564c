package vn.tdkt.awarddecision;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awarddecision.DecisionRequest.Awardee.person;

/**
 * The office's register of outgoing documents is the one the decisions' numbers come from: the application and the
 * office take numbers from it in turns, concurrently, never the same twice; a number the office took by hand in the
 * paper register is never handed out; only the office writes to it.
 */
@IntegrationTest
class OutgoingRegisterTest {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 15;

    @Autowired DecisionNumbering numbering;
    @Autowired AwardDecisionService decisions;
    @Autowired PersonService persons;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    @Test
    void theApplicationAndTheOfficeInterleavedNeverGetTheSameNumber() throws Exception {
        int year = unusedYear();
        LocalDate day = LocalDate.of(year, 3, 2);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Integer> paper = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<Integer>> caller = () -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        RegisterEntry.Source source = (thread + i) % 2 == 0 ? RegisterEntry.Source.APP
                                : RegisterEntry.Source.OFFICE;
                        if (thread == 0 && i % 5 == 4) {
                            // the office enters a number it took by hand, well ahead of the counter; on a busy
                            // machine the other threads may pass it first (a refusal), then the office tries again
                            for (int attempt = 0; attempt < 20; attempt++) {
                                int ahead = numbering.last(year) + 3;
                                try {
                                    mine.add(numbering.recordFromPaper(ahead + "/QĐ-UBND", day, "Công văn " + i,
                                            "canbo.vpubnd").sequence());
                                    paper.add(ahead);
                                    break;
                                } catch (vn.tdkt.refusal.Refusal takenMeanwhile) {
                                    assertThat(takenMeanwhile.kind()).isEqualTo(vn.tdkt.refusal.Refusal.Kind.CONFLICT);
                                }
                            }
                            continue;
                        }
                        mine.add(numbering.take(day, "Văn bản " + thread + "-" + i, "t" + thread, source).sequence());
                    }
                    return mine;
                };
                results.add(pool.submit(caller));
            }
            start.countDown();   // every thread races, the first ones for a year whose register row does not exist
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> r : results) {
                all.addAll(r.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates();
            assertThat(paper).isNotEmpty();
            List<Integer> registered = jdbc.sql("SELECT sequence_number FROM outgoing_register_entry WHERE register_year = ?"
                    + " ORDER BY sequence_number").param(year).query(Integer.class).list();
            assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            assertThat(numbering.last(year)).isEqualTo(Collections.max(all));
            assertThat(numbering.entries(year)).extracting(RegisterEntry::source)
                    .contains(RegisterEntry.Source.APP, RegisterEntry.Source.OFFICE);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNumberTakenOnPaperIsNeverHandedOutAndADecisionTakesTheNextOne() {
        int year = LocalDate.now(clock).getYear();
        int last = numbering.last(year);
        // the office wrote number last+2 in the paper register for a letter; then the chairman signs a decision
        RegisterEntry fromPaper = numbering.recordFromPaper(String.valueOf(last + 2), LocalDate.now(clock),
                "Công văn về việc tổ chức hội nghị", "canbo.vpubnd");
        assertThat(fromPaper.recordedFromPaper()).isTrue();
        assertThat(fromPaper.number()).isEqualTo(numbering.format().text(last + 2));
        String tam = DecisionTestData.person(persons, "stp", "Võ Minh Tâm", "Chuyên viên");
        IssuedDecision issued = decisions.issue(DecisionTestData.bangKhen(year, "stp").signedOn(LocalDate.now(clock))
                .awardee(person(tam, "Hoàn thành xuất sắc nhiệm vụ", null)).build());
        assertThat(issued.number()).isEqualTo(numbering.format().text(last + 3));
        RegisterEntry app = numbering.entries(year).stream().filter(e -> e.sequence() == last + 3).findFirst().orElseThrow();
        assertThat(app.source()).isEqualTo(RegisterEntry.Source.APP);
        assertThat(app.decisionId()).isEqualTo(issued.id());
        // the gap left, last+1, can still be entered from paper; a number in the register cannot be entered again
        assertThat(numbering.recordFromPaper(String.valueOf(last + 1), LocalDate.now(clock), "Thông báo", "canbo.vpubnd")
                .sequence()).isEqualTo(last + 1);
        assertThat(numbering.last(year)).isEqualTo(last + 3);
    }

    @Test
    void theOfficeTakesAndRecordsNumbersThroughTheApiOthersAreRefused() {
        int year = LocalDate.now(clock).getYear();
        ResponseEntity<JsonNode> taken = post("canbo.vpubnd", "/api/register/numbers",
                Map.of("subject", "Công văn gửi Bộ Nội vụ về công tác thi đua"));
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int number = taken.getBody().path("number").asText().isEmpty() ? 0
                : numbering.format().sequenceOf(taken.getBody().path("number").asText()).orElseThrow();
        assertThat(taken.getBody().path("source").asText()).isEqualTo("OFFICE");
        assertThat(taken.getBody().path("takenBy").asText()).isEqualTo("canbo.vpubnd");
        assertThat(taken.getBody().path("issuedOn").asText()).isEqualTo(LocalDate.now(clock).toString());

        ResponseEntity<JsonNode> again = post("thutruong.vpubnd", "/api/register/paper-numbers",
                Map.of("number", taken.getBody().path("number").asText(), "subject", "Trùng số"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("message").asText()).contains("đã có trong sổ văn bản đi");
        ResponseEntity<JsonNode> paper = post("thutruong.vpubnd", "/api/register/paper-numbers",
                Map.of("number", (number + 4) + "/QĐ-UBND", "subject", "Quyết định thành lập tổ công tác"));
        assertThat(paper.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(numbering.last(year)).isGreaterThanOrEqualTo(number + 4);

        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("number", "mười", "subject", "X"),
                Map.of("number", "12/QĐ-CT", "subject", "X"), Map.of("number", "12"),
                Map.of("number", "12", "subject", "X", "issuedOn", LocalDate.now(clock).plusDays(3).toString()),
                Map.of("number", "12", "subject", "X", "issuedOn", "31/02/2026"))) {
            ResponseEntity<JsonNode> refused = post("canbo.vpubnd", "/api/register/paper-numbers", bad);
            assertThat(refused.getStatusCode()).as(bad.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("message").asText()).as(bad.toString()).isNotBlank()
                    .doesNotContain("Exception");
        }
        // by role and by unit: the officer of another unit, the chairman (a member of the office's unit) are refused
        for (String outsider : new String[]{"canbo.stp", "thutruong.stp", "chutich", "phochutich", "tiepnhan", "admin"}) {
            ResponseEntity<JsonNode> refused = post(outsider, "/api/register/numbers", Map.of("subject", "Thử"));
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().path("message").asText()).contains("Văn phòng UBND tỉnh");
            assertThat(post(outsider, "/api/register/paper-numbers", Map.of("number", "999", "subject", "Thử"))
                    .getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        JsonNode register = rest.withBasicAuth("chutich", "demo")
                .getForEntity("/api/register?year=" + year, JsonNode.class).getBody();
        assertThat(register.path("symbol").asText()).isEqualTo("QĐ-UBND");
        assertThat(register.path("entries").findValuesAsText("number")).contains(taken.getBody().path("number").asText());
        assertThat(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/register", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'REGISTER_NUMBER_TAKEN' AND subject = ? AND actor = 'canbo.vpubnd'")
                .param(taken.getBody().path("number").asText()).query(Integer.class).single()).isPositive();
    }

    private ResponseEntity<JsonNode> post(String user, String url, Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private int unusedYear() {
        Random random = new Random();
        while (true) {
            int year = 5000 + random.nextInt(4000);
            boolean used = jdbc.sql("SELECT COUNT(*) FROM decision_number_sequence WHERE issuing_year = ?")
                    .param(year).query(Long.class).single() > 0;
            if (!used) {
                return year;
            }
        }
    }
}
