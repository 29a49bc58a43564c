package vn.tdkt.security;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.support.DemoProvinceTest;
import vn.tdkt.support.ProcessCpu;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * December's peak over REST (issue 17, docs/performance-rest.md): {@code bench.reviewers} reception officers of the
 * Sở Nội vụ (group sa-receiver) work through the proposals waiting at intake at once, each as API clients do with HTTP
 * Basic: list the group's tasks (priority order), claim one of the first few, read its form variables, complete it
 * (ACCEPT). Before that, the database is given a year of growth (runtime tasks of other groups, historic tasks and the
 * authorizations Camunda keeps for them) and analysed, so plans are those of December, not of an empty database.
 * The peak runs {@code bench.rounds} times (2) in the same server, each on fresh intake tasks; the last is the result.
 * Prints, per round, requests/s, p50/p95/p99 per request kind, the 5xx and 409 counts, the CPU one request cost the
 * application and PostgreSQL ({@link ProcessCpu}), and writes them to target/benchmark-rest.txt. Run only on demand:
 * <pre>mvn -B -o test -Ppostgres -Dbenchmark=true -Dtest=ReviewersRestBenchmark -Djacoco.skip=true \
 *   -Dtest.db.url=jdbc:postgresql://127.0.0.1:5432/tdkt_rest_load</pre>
 */
@DemoProvinceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReviewersRestBenchmark {

    private static final String PASSWORD = "Bench-2026!";
    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @LocalServerPort int port;

    final int reviewers = Integer.getInteger("bench.reviewers", 50);
    final int tasks = Integer.getInteger("bench.tasks", 300);
    final int growth = Integer.getInteger("bench.growth", 20_000);
    /**
     * A reviewer's pause between two of his requests (reading the list, the dossier), ±50 % at random. 0, the
     * default, is the stress test: every reviewer fires his next request the moment the last one answers, so the
     * latencies measure the queue in front of the CPU. A person in Tasklist pauses seconds to minutes.
     */
    final int thinkMillis = Integer.getInteger("bench.think-ms", 0);
    /**
     * Peaks run one after the other in the same server; only the last is the result. December's peak meets a server
     * that has run for weeks, its code compiled by the JIT; a first peak on a server started minutes before also
     * measures the compiler (0.3 of a core through the first half of a 25-second peak, on 2 cores). Each round
     * reviews its own {@code bench.tasks} fresh intake tasks; every round's report is printed.
     */
    final int rounds = Integer.getInteger("bench.rounds", 2);

    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    /** One sample answer per request kind and error status. */
    final java.util.Set<String> sampled = ConcurrentHashMap.newKeySet();

    @Test
    void fiftyReviewersWorkThroughIntake() throws Exception {
        BpmnAwareTests.init(engine);
        growYear();
        List<String> users = reviewers();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
        warmUp(http);
        StringBuilder report = new StringBuilder();
        for (int round = 1; round <= rounds; round++) {
            int waiting = prepareIntakeTasks();
            latencies.clear();
            statuses.clear();
            samples.clear();
            sampled.clear();
            String result = peak(http, users, waiting);
            String heading = rounds == 1 ? "" : round < rounds
                    ? String.format(Locale.ROOT, "round %d of %d (warms the server up; not the result):%n", round, rounds)
                    : String.format(Locale.ROOT, "round %d of %d (the result):%n", round, rounds);
            System.out.println(heading + result);
            report.append(heading).append(result);
            Assertions.assertThat(count5xx()).as("server errors; samples: " + samples).isZero();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-rest.txt"), report, StandardCharsets.UTF_8);
    }

    /** One peak: every reviewer works until the list stays empty; returns its report. */
    private String peak(HttpClient http, List<String> users, int waiting) throws Exception {
        AtomicInteger reviewed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (String user : users) {
            done.add(pool.submit(() -> {
                start.await();
                review(http, user, reviewed);
                return null;
            }));
        }
        ProcessCpu.Reading cpuBefore = ProcessCpu.read();
        long t0 = System.nanoTime();
        start.countDown();
        for (var f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ProcessCpu.Reading cpuAfter = ProcessCpu.read();
        pool.shutdown();
        Assertions.assertThat(reviewed.get()).as("every waiting intake task reviewed").isEqualTo(waiting);
        return report(seconds, reviewed.get(), waiting) + cpu(cpuBefore, cpuAfter, seconds);
    }

    // one reviewer /////////////////////////////////////////////////////////////////////////////////////////

    private void review(HttpClient http, String user, AtomicInteger reviewed) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        int emptyLists = 0;
        if (thinkMillis > 0) {
            // people do not all press the button in the same millisecond
            Thread.sleep(ThreadLocalRandom.current().nextInt(2 * thinkMillis + 1));
        }
        // a reviewer's first request checks his password (a slow hash by design; later ones hit the credential
        // cache), so it is counted apart as the sign-in
        boolean first = true;
        while (emptyLists < 2) {
            String kind = first ? "sign-in (first list)" : "list";
            first = false;
            HttpResponse<String> list = call(http, kind, auth, "GET", "/engine-rest/task?candidateGroup=sa-receiver"
                    + "&taskDefinitionKey=" + ProposalSteps.INTAKE + "&sortBy=priority&sortOrder=desc"
                    + "&firstResult=0&maxResults=15", null);
            List<String> ids = new ArrayList<>();
            Matcher m = TASK_ID.matcher(list.body());
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (list.statusCode() != 200 || ids.isEmpty()) {
                emptyLists++;
                Thread.sleep(50);
                continue;
            }
            emptyLists = 0;
            // people take one of the first few, not always the first
            String id = ids.get(ThreadLocalRandom.current().nextInt(Math.min(ids.size(), 5)));
            think();
            HttpResponse<String> claim = call(http, "claim", auth, "POST", "/engine-rest/task/" + id + "/claim",
                    "{\"userId\":\"" + user + "\"}");
            think();
            if (claim.statusCode() != 204) {
                continue;
            }
            call(http, "form-variables", auth, "GET", "/engine-rest/task/" + id + "/form-variables", null);
            think();
            HttpResponse<String> complete = call(http, "complete", auth, "POST", "/engine-rest/task/" + id + "/complete",
                    "{\"variables\":{\"intakeDecision\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}");
            if (complete.statusCode() == 204 || complete.statusCode() == 200) {
                reviewed.incrementAndGet();
            }
            think();
        }
    }

    /**
     * The application has served no HTTP request yet (the data was prepared through the Java API), so its REST,
     * security and JSON code would run cold in the peak's first seconds. One extra reviewer lists and reads forms
     * for a while, unmeasured, as the morning's first users would have done before the peak.
     */
    private void warmUp(HttpClient http) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("bench.tiepnhan00:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/engine-rest/task?candidateGroup=sa-receiver&taskDefinitionKey=" + ProposalSteps.INTAKE
                    + "&sortBy=priority&sortOrder=desc&firstResult=0&maxResults=15")).header("Authorization", auth)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TASK_ID.matcher(list.body());
            if (m.find()) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/task/"
                        + m.group(1) + "/form-variables")).header("Authorization", auth)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            }
        }
    }

    private void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextInt(thinkMillis + 1));
        }
    }

    private HttpResponse<String> call(HttpClient http, String kind, String auth, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Authorization", auth).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t) / 1000;
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        statuses.computeIfAbsent(kind + " " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() >= 400 && sampled.add(kind + " " + response.statusCode())) {
            samples.add(kind + " " + response.statusCode() + " " + response.body().substring(0,
                    Math.min(300, response.body().length())));
        }
        return response;
    }

    // the report ///////////////////////////////////////////////////////////////////////////////////////////

    private long count5xx() {
        return statuses.entrySet().stream().filter(e -> e.getKey().matches(".* 5\\d\\d"))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    private String report(double seconds, int reviewed, int waiting) {
        StringBuilder out = new StringBuilder();
        long requests = latencies.values().stream().mapToLong(List::size).sum();
        long conflicts = statuses.entrySet().stream().filter(e -> e.getKey().endsWith(" 409"))
                .mapToLong(e -> e.getValue().get()).sum();
        out.append(String.format(Locale.ROOT,
                "REST reviewers benchmark: %d reviewers, think time %d ms, %d/%d tasks reviewed in %.1f s%n",
                reviewers, thinkMillis, reviewed, waiting, seconds));
        out.append(String.format(Locale.ROOT, "  %.1f reviews/s, %.1f requests/s, 5xx: %d, 409: %d%n",
                reviewed / seconds, requests / seconds, count5xx(), conflicts));
        out.append(String.format(Locale.ROOT, "  %-21s %7s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms"));
        for (String kind : List.of("sign-in (first list)", "list", "claim", "form-variables", "complete")) {
            List<Long> values = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
            Collections.sort(values);
            out.append(String.format(Locale.ROOT, "  %-21s %7d %9.1f %9.1f %9.1f %9.1f%n", kind, values.size(),
                    pct(values, 50), pct(values, 95), pct(values, 99), values.isEmpty() ? 0 : values.get(values.size() - 1) / 1000.0));
        }
        out.append("  statuses: ").append(new java.util.TreeMap<>(Map.copyOf(
                statuses.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().get()))))).append(System.lineSeparator());
        if (!samples.isEmpty()) {
            out.append("  first errors: ").append(samples).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * The CPU the peak cost, per request and in cores: steadier from run to run than the latencies, which follow
     * whatever else the machine runs. The JVM's share includes the reviewers' own HTTP clients (a small part).
     */
    private String cpu(ProcessCpu.Reading before, ProcessCpu.Reading after, double seconds) {
        long requests = latencies.values().stream().mapToLong(List::size).sum();
        double jvm = after.jvmMillisSince(before);
        double pg = after.postgresMillisSince(before);
        String postgres = pg < 0 ? "PostgreSQL not measured (no /proc, or another machine)"
                : String.format(Locale.ROOT, "PostgreSQL %.2f ms (%.2f cores)", pg / requests, pg / 1000 / seconds);
        return String.format(Locale.ROOT, "  CPU per request: application %.2f ms (%.2f cores), %s%n",
                jvm / requests, jvm / 1000 / seconds, postgres);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    // the data /////////////////////////////////////////////////////////////////////////////////////////////

    /**
     * A year of growth, once per database: runtime tasks of the units' officers, historic tasks, and the
     * authorizations the engine keeps for each task's people (historic-task READ stays after the task ends), then
     * ANALYZE as autovacuum would have done by December. Synthetic rows (ids "growth-…"), on PostgreSQL only.
     */
    private boolean postgres() {
        String product = jdbc.sql("SELECT 1").query((rs, n) -> {
            try {
                return rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).single();
        return product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    private void growYear() {
        if (!postgres()) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM act_ru_task WHERE id_ LIKE 'growth-%'").query(Long.class).single() > 0) {
            return;
        }
        int n = growth;
        int historic = n * 8;
        jdbc.sql("""
                INSERT INTO act_ru_task (id_, rev_, name_, task_def_key_, priority_, create_time_, suspension_state_)
                SELECT 'growth-t-' || i, 1, 'Hoàn thiện hồ sơ', 'Task_CompleteDossier', 40 + i % 20,
                       now() - (i || ' minutes')::interval, 1 FROM generate_series(1, ?) i""").param(n).update();
        jdbc.sql("""
                INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                SELECT 'growth-l-' || i, 1, 'unit-officer.g' || (i % 300), 'candidate', 'growth-t-' || i
                FROM generate_series(1, ?) i""").param(n).update();
        jdbc.sql("""
                INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
                SELECT 'growth-a-' || i, 1, 1, 'unit-officer.g' || (i % 300), 7, 'growth-t-' || i, 2147483647
                FROM generate_series(1, ?) i""").param(n).update();
        // historic tasks: a year of every group's work, sa-receiver's intake among them
        String[] groups = {"sa-receiver", "sa-specialist", "sa-head", "chairman", "unit-head.g", "unit-officer.g"};
        jdbc.sql("""
                INSERT INTO act_hi_taskinst (id_, task_def_key_, name_, priority_, start_time_, end_time_, duration_,
                    delete_reason_, assignee_, removal_time_)
                SELECT 'growth-h-' || i, 'Task_Intake', 'Tiếp nhận hồ sơ', 50, now() - (i || ' minutes')::interval,
                       now() - (i || ' minutes')::interval + interval '2 hours', 7200000, 'completed', 'growth-user',
                       now() + interval '3650 days' FROM generate_series(1, ?) i""").param(historic).update();
        jdbc.sql("""
                INSERT INTO act_hi_identitylink (id_, timestamp_, type_, group_id_, task_id_, operation_type_)
                SELECT 'growth-hl-' || i, now() - (i || ' minutes')::interval, 'candidate',
                       (ARRAY['sa-receiver','sa-specialist','sa-head','chairman','unit-head.g','unit-officer.g'])[1 + i % 6]
                         || CASE WHEN i % 6 >= 4 THEN (i % 300)::text ELSE '' END, 'growth-h-' || i, 'add'
                FROM generate_series(1, ?) i""").param(historic).update();
        jdbc.sql("""
                INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_,
                    removal_time_)
                SELECT 'growth-ha-' || i, 1, 1,
                       (ARRAY['sa-receiver','sa-specialist','sa-head','chairman','unit-head.g','unit-officer.g'])[1 + i % 6]
                         || CASE WHEN i % 6 >= 4 THEN (i % 300)::text ELSE '' END, 19, 'growth-h-' || i, 2,
                       now() + interval '3650 days'
                FROM generate_series(1, ?) i""").param(historic).update();
        System.out.printf(Locale.ROOT, "growth: %d runtime tasks, %d historic tasks (%s)%n", n, historic,
                String.join(", ", groups));
        jdbc.sql("ANALYZE").update();
    }

    private List<String> reviewers() {
        IdentityService identity = engine.getIdentityService();
        List<String> users = new ArrayList<>();
        for (int i = 0; i <= reviewers; i++) {
            // number 00 only warms the HTTP path up before the peak (see warmUp)
            String id = String.format(Locale.ROOT, "bench.tiepnhan%02d", i);
            if (identity.createUserQuery().userId(id).singleResult() == null) {
                User u = identity.newUser(id);
                u.setFirstName("Cán bộ");
                u.setLastName("Tiếp nhận " + i);
                u.setPassword(PASSWORD);
                identity.saveUser(u);
                identity.createMembership(id, "sa-receiver");
            }
            if (i > 0) {
                users.add(id);
            }
        }
        return users;
    }

    /** Proposals brought to intake the way units do: a nominee, the documents, the dossier, the head's signature. */
    private int prepareIntakeTasks() {
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        long have = engine.getTaskService().createTaskQuery().taskDefinitionKey(ProposalSteps.INTAKE).count();
        long t0 = System.nanoTime();
        for (long i = have; i < tasks; i++) {
            String nominee = f.person("stp", "Người đề nghị " + i, Map.of("CSTDCS", List.of(year - 1, year),
                    "LDTT", List.of(year - 1, year)), Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
            ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
            f.uploadAll(pi, "canbo.stp");
            f.submitDossier(pi);
            f.headApproves(pi);
        }
        System.out.printf(Locale.ROOT, "prepared %d intake tasks in %.1f s%n", tasks - have,
                (System.nanoTime() - t0) / 1e9);
        if (postgres()) {
            jdbc.sql("ANALYZE").update();
        }
        return (int) engine.getTaskService().createTaskQuery().taskDefinitionKey(ProposalSteps.INTAKE).count();
    }
}
