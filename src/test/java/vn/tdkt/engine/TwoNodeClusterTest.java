package vn.tdkt.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database, the way Camunda 7 clusters (docs/cluster.md): two JVMs of the application,
 * started from the test classpath at the same moment on an EMPTY database, each with its job executor. Under
 * concurrent REST load on both (process instances started, their tasks claimed and completed across nodes, the
 * office's register numbers taken on both) it checks that the schema, the models and the groups were created once,
 * that every job ran exactly once (the job log names the node) and every number is unique; then one node is killed
 * ({@code SIGKILL}, no graceful stop) under load and the other finishes everything: no instance lost, no incident,
 * no job left, the claims the dead node's users held released by an administrator.
 *
 * <p>Runs only in the PostgreSQL run ({@code mvn test -Ppostgres}, as CI does), on its own database
 * ({@code -Dcluster.db}, default {@code tdkt_cluster}, dropped and created here) of the server of the suite's
 * {@code TDKT_DB_URL}. About 3 minutes on a 2-core machine. Logs: {@code target/cluster/node-*.log}.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class TwoNodeClusterTest {

    private static final String PROCESS = "cluster-probe";
    private static final String FORM = "cluster-probe-form";
    private static final String PASSWORD = "demo";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private static final String WAVE2_STARTED = "SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = '"
            + PROCESS + "' AND business_key_ LIKE 'w2-%'";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Node> NODES = new ArrayList<>();

    private final String dbName = System.getProperty("cluster.db", "tdkt_cluster");
    private final String serverUrl = serverOf(System.getProperty("TDKT_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/tdkt_test"));
    private final String dbUrl = serverUrl + "/" + dbName;
    private final String dbUser = System.getenv().getOrDefault("TDKT_DB_USER", "postgres");
    private final String dbPassword = System.getenv().getOrDefault("TDKT_DB_PASSWORD", "");

    /** A node: its process, port and log. */
    record Node(String name, Process process, int port, Path log) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    /** What a REST call answered. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(n -> n.process().destroyForcibly());
    }

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void twoNodesStartTogetherShareTheWorkAndSurviveTheLossOfOne() throws Exception {
        recreateDatabase();
        String ballotKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
        long t0 = System.nanoTime();
        Node a = start("node-a", ballotKey);
        Node b = start("node-b", ballotKey);
        awaitHealthy(a);
        awaitHealthy(b);
        System.out.printf("[cluster] both nodes up on an empty database in %d s%n", seconds(t0));

        // ---- created once: schema, models, groups, first administrator
        assertThat(single("SELECT COUNT(*) FROM act_re_deployment WHERE name_ = 'tdkt-models'")).isEqualTo(1);
        assertThat(single("SELECT COUNT(*) FROM act_re_procdef WHERE version_ > 1")).isZero();
        assertThat(single("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'admin'")).isEqualTo(1);
        assertThat(single("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(log(a) + log(b)).doesNotContain("APPLICATION FAILED TO START");
        assertThat(log(a) + log(b)).contains("Start-up lock taken");

        createUsers(b);
        deployProbe(a);

        // ---- wave 1: both nodes under concurrent load
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        long w1 = System.nanoTime();
        List<String> wave1 = runWave(List.of(a, b), 40, 20, numbers, "w1");
        double w1Seconds = (System.nanoTime() - w1) / 1e9;
        awaitTrue("wave 1 instances ended", Duration.ofMinutes(2), () -> ended(wave1) == wave1.size());
        System.out.printf("[cluster] wave 1: %d instances (2 jobs and 1 task each), %d register numbers, both nodes,"
                + " %.1f s → %.1f instances/s%n", wave1.size(), numbers.size(), w1Seconds, wave1.size() / w1Seconds);
        Map<String, Long> byHost = jobsByHost();
        System.out.println("[cluster] jobs executed per node: " + byHost);
        assertThat(byHost.keySet()).as("both job executors took jobs").contains("node-a", "node-b");
        assertEveryJobRanOnce();

        // ---- wave 2: claims held on node A, then node A killed under load
        List<String> held = new ArrayList<>();
        List<String> before = startInstances(List.of(a, b), 6, "held");
        for (String instance : before) {
            String task = awaitTask(b, instance);
            assertThat(call(a, "POST", "/engine-rest/task/" + task + "/claim", "thamdinh",
                    "{\"userId\":\"thamdinh\"}").status()).isEqualTo(204);
            held.add(task);
        }
        ExecutorService killer = Executors.newSingleThreadExecutor();
        AtomicLong openAtKill = new AtomicLong();
        Future<?> kill = killer.submit(() -> {
            // under load: once a quarter of wave 2 has started, while the rest is being started and worked on
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (single(WAVE2_STARTED) < 10 && System.nanoTime() < deadline) {
                sleep(100);
            }
            a.process().destroyForcibly();
            openAtKill.set(single(WAVE2_STARTED + " AND end_time_ IS NULL"));
            System.out.printf("[cluster] node A killed (SIGKILL) under load: %d wave-2 instances started,"
                    + " %d of them not finished%n", single(WAVE2_STARTED), openAtKill.get());
        });
        long w2Start = System.nanoTime();
        List<String> wave2 = new ArrayList<>(runWave(List.of(a, b), 40, 20, numbers, "w2"));
        double w2Seconds = (System.nanoTime() - w2Start) / 1e9;
        System.out.printf("[cluster] wave 2 (node A killed during it): %d instances, 20 register numbers in %.1f s%n",
                wave2.size(), w2Seconds);
        kill.get();
        killer.shutdown();
        assertThat(openAtKill.get()).as("instances in flight when node A died").isPositive();
        assertThat(a.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the claims the dead node's users held: released at once by an administrator on the surviving node
        Answer released = call(b, "POST", "/api/tasks/stale-claims/release", "admin", "{\"olderThan\":\"PT1S\"}");
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().get("taskIds").toString()).contains(held.get(0), held.get(held.size() - 1));
        for (String task : held) {
            assertThat(call(b, "GET", "/engine-rest/task/" + task, "admin", null).json().get("assignee").isNull())
                    .isTrue();
        }

        // everything that exists is finished by node B: started before the kill, on A, in flight
        List<String> all = probeInstances();
        long w2 = System.nanoTime();
        awaitTrue("every instance finished on node B", Duration.ofMinutes(3), () -> {
            completeOpenTasks(b);
            return ended(all) == all.size();
        });
        System.out.printf("[cluster] after the kill node B finished the remaining instances in %d s%n", seconds(w2));

        assertThat(all).containsAll(wave1).containsAll(wave2).containsAll(before);
        assertThat(single("SELECT COUNT(*) FROM act_ru_incident")).isZero();
        assertThat(single("SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = '" + PROCESS + "'")).isZero();
        assertEveryJobRanOnce();

        // numbers: every number handed out to a client is in the register once, and the register has no duplicate
        assertThat(single("SELECT COUNT(*) FROM (SELECT register_year, sequence_number FROM outgoing_register_entry"
                + " GROUP BY register_year, sequence_number HAVING COUNT(*) > 1) d")).isZero();
        assertThat(single("SELECT COUNT(*) FROM outgoing_register_entry WHERE subject LIKE 'Văn bản thử cụm%'"))
                .isGreaterThanOrEqualTo(numbers.size());
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(30);

        // the audit chain: both nodes wrote and sealed concurrently (one killed in the middle): one intact chain
        try (Connection c = connect(dbUrl)) {
            c.setAutoCommit(false);
            vn.tdkt.audit.ChainSealer.sealAll(c);
            vn.tdkt.audit.ChainVerification chain = vn.tdkt.audit.ChainVerifier.verify(c);
            c.rollback();
            assertThat(chain.intact()).as(chain.describe()).isTrue();
            assertThat(chain.checked()).isPositive();
            System.out.println("[cluster] audit chain: " + chain.describe());
        }
        assertThat(single("SELECT COUNT(*) FROM audit_pending")).isZero();
        System.out.println("[cluster] jobs executed per node at the end: " + jobsByHost());
    }

    // ---- the nodes

    private Node start(String name, String ballotKey) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Path.of("target", "cluster");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        // the application's classes and its dependencies as the build resolved them; not the tests' own classes
        String classpath = Stream.of(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-cp", classpath, "vn.tdkt.TdktApplication",
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--tdkt.demo.enabled=false",
                "--tdkt.bootstrap.admin.id=admin",
                "--tdkt.bootstrap.admin.password=" + PASSWORD,
                "--tdkt.ballot.key=" + ballotKey,
                "--tdkt.notification.delivery-enabled=false",
                // the job log names the node that ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // a dead node's jobs are taken over when their lock expires (default 5 minutes)
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--logging.level.root=warn", "--logging.level.vn.tdkt=info"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(new File(".")).start();
        Node node = new Node(name, process, port, log);
        NODES.add(node);
        return node;
    }

    private void awaitHealthy(Node node) throws Exception {
        awaitTrue(node.name() + " healthy (log " + node.log() + ")", START_TIMEOUT, () -> {
            if (!node.process().isAlive()) {
                throw new AssertionError(node.name() + " died while starting:\n" + tail(node));
            }
            try {
                Answer health = call(node, "GET", "/actuator/health", null, null);
                return health.status() == 200 && health.body().contains("UP");
            } catch (IllegalStateException e) {
                return false;
            }
        });
    }

    private static String log(Node node) throws IOException {
        return Files.readString(node.log(), StandardCharsets.UTF_8);
    }

    private static String tail(Node node) {
        try {
            String text = log(node);
            return text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    // ---- the load

    /**
     * Starts {@code instances} probe instances on the live nodes in turn and completes each one's task on the next
     * node, while the office takes {@code registerNumbers} numbers on the nodes in turn; 6 client threads.
     */
    private List<String> runWave(List<Node> nodes, int instances, int registerNumbers, Set<String> numbers,
                                 String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger turn = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                String instance = retryOnLiveNode(nodes, turn, node -> {
                    Answer answer = call(node, "POST", "/engine-rest/process-definition/key/" + PROCESS + "/start",
                            "admin", "{\"businessKey\":\"" + tag + "-" + n + "\"}");
                    return answer.status() == 200 ? answer.json().get("id").asText() : null;
                });
                started.add(instance);
                String task = retryOnLiveNode(nodes, turn, node -> awaitTask(node, instance));
                retryOnLiveNode(nodes, turn, node -> complete(node, task) ? "done" : null);
                return null;
            }));
        }
        for (int i = 0; i < registerNumbers; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                String number = retryOnLiveNode(nodes, turn, node -> {
                    Answer answer = call(node, "POST", "/api/register/numbers", "canbo.vpubnd",
                            "{\"subject\":\"Văn bản thử cụm " + tag + " " + n + "\"}");
                    return answer.status() == 201 ? answer.json().get("number").asText() : null;
                });
                assertThat(numbers.add(number)).as("number %s handed out twice", number).isTrue();
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new ArrayList<>(started);
    }

    private List<String> startInstances(List<Node> nodes, int count, String tag) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Answer answer = call(nodes.get(i % nodes.size()), "POST", "/engine-rest/process-definition/key/"
                    + PROCESS + "/start", "admin", "{\"businessKey\":\"" + tag + "-" + i + "\"}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            ids.add(answer.json().get("id").asText());
        }
        return ids;
    }

    /** A step of a client: tried on the nodes in turn; a node that does not answer (killed) is skipped. */
    interface Step {
        String on(Node node) throws Exception;
    }

    private static String retryOnLiveNode(List<Node> nodes, AtomicInteger turn, Step step) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            Node node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (!node.process().isAlive()) {
                continue;
            }
            try {
                String result = step.on(node);
                if (result != null) {
                    return result;
                }
            } catch (IllegalStateException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("step not done on any node", last);
    }

    /** The user task of an instance, once the job before it has run (on either node). */
    private String awaitTask(Node node, String instance) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Answer tasks = call(node, "GET", "/engine-rest/task?processInstanceId=" + instance, "admin", null);
            if (tasks.status() == 200 && tasks.json().size() > 0) {
                return tasks.json().get(0).get("id").asText();
            }
            Thread.sleep(200);
        }
        return null;
    }

    /** Claims and completes a task as a specialist; false when the node refused (the task is someone else's). */
    private boolean complete(Node node, String task) {
        Answer claim = call(node, "POST", "/engine-rest/task/" + task + "/claim", "thamdinh2",
                "{\"userId\":\"thamdinh2\"}");
        if (claim.status() != 204) {
            Answer now = call(node, "GET", "/engine-rest/task/" + task, "admin", null);
            if (now.status() == 404) {
                return true; // completed meanwhile by a retry that reached the server before the node answered
            }
        }
        Answer done = call(node, "POST", "/engine-rest/task/" + task + "/complete", "thamdinh2",
                "{\"variables\":{\"comment\":{\"value\":\"Đồng ý\",\"type\":\"String\"}}}");
        return done.status() == 204 || done.status() == 200;
    }

    private void completeOpenTasks(Node node) {
        Answer tasks = call(node, "GET", "/engine-rest/task?processDefinitionKey=" + PROCESS, "admin", null);
        if (tasks.status() != 200) {
            return;
        }
        for (JsonNode task : tasks.json()) {
            complete(node, task.get("id").asText());
        }
    }

    /** The people of the load: two specialists and the office's officer, made by the administrator as Admin does. */
    private void createUsers(Node node) {
        String office = "unit-officer.vpubnd";
        Answer group = call(node, "POST", "/engine-rest/group/create", "admin",
                "{\"id\":\"" + office + "\",\"name\":\"Cán bộ Văn phòng UBND tỉnh\",\"type\":\"unit\"}");
        assertThat(group.status()).as(group.body()).isIn(204, 200);
        for (String[] user : new String[][] {{"thamdinh", "sa-specialist"}, {"thamdinh2", "sa-specialist"},
                {"canbo.vpubnd", office}}) {
            Answer created = call(node, "POST", "/engine-rest/user/create", "admin", "{\"profile\":{\"id\":\""
                    + user[0] + "\",\"firstName\":\"Người\",\"lastName\":\"Thử\",\"email\":\"" + user[0]
                    + "@example.vn\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}");
            assertThat(created.status()).as(created.body()).isIn(204, 200);
            Answer member = call(node, "PUT", "/engine-rest/group/" + user[1] + "/members/" + user[0], "admin", null);
            assertThat(member.status()).as(member.body()).isIn(204, 200);
        }
    }

    private void deployProbe(Node node) {
        String boundary = "----tdkt" + System.nanoTime();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("deployment-name", "cluster-probe");
        parts.put("deployment-source", "TwoNodeClusterTest");
        StringBuilder body = new StringBuilder();
        parts.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        Map<String, String> files = Map.of("cluster-probe.bpmn", probeBpmn(), "cluster-probe.form", probeForm());
        files.forEach((file, content) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(file).append("\"; filename=\"")
                .append(file).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.url("/engine-rest/deployment/create")))
                .header("Authorization", basic("admin"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        Answer answer = send(request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    // ---- REST and SQL

    private static Answer call(Node node, String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request.build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, dbUser, dbPassword);
    }

    private void recreateDatabase() throws SQLException {
        assertThat(dbName).matches("[a-z0-9_]+").isNotEqualTo("tdkt_test");
        try (Connection c = connect(serverUrl + "/postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + dbName);
        }
    }

    private long single(String sql) {
        try (Connection c = connect(dbUrl); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private List<String> probeInstances() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(dbUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_ FROM act_hi_procinst WHERE proc_def_key_ = '" + PROCESS + "'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private long ended(List<String> instances) {
        if (instances.isEmpty()) {
            return 0;
        }
        return single("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL AND id_ IN ('"
                + String.join("','", instances) + "')");
    }

    private Map<String, Long> jobsByHost() throws SQLException {
        Map<String, Long> byHost = new LinkedHashMap<>();
        try (Connection c = connect(dbUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2"
                     + " AND process_def_key_ = '" + PROCESS + "' GROUP BY hostname_ ORDER BY hostname_")) {
            while (rs.next()) {
                byHost.put(rs.getString(1), rs.getLong(2));
            }
        }
        return byHost;
    }

    /** Each job succeeded at most once, and every finished async step ran once per instance. */
    private void assertEveryJobRanOnce() {
        assertThat(single("SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2"
                + " AND process_def_key_ = '" + PROCESS + "' GROUP BY job_id_ HAVING COUNT(*) > 1) d")).isZero();
        assertThat(single("SELECT COUNT(*) FROM (SELECT proc_inst_id_, act_id_ FROM act_hi_actinst"
                + " WHERE proc_def_key_ = '" + PROCESS + "' AND act_type_ = 'serviceTask'"
                + " GROUP BY proc_inst_id_, act_id_ HAVING COUNT(*) > 1) d")).isZero();
        assertThat(single("SELECT COUNT(*) FROM (SELECT proc_inst_id_ FROM act_hi_actinst"
                + " WHERE proc_def_key_ = '" + PROCESS + "' AND act_id_ = 'Task_Before' GROUP BY proc_inst_id_) d"))
                .isEqualTo(single("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND process_def_key_ = '"
                        + PROCESS + "' AND act_id_ = 'Task_Before'"));
    }

    private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("timed out: " + what);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long seconds(long startNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }

    private static String serverOf(String jdbcUrl) {
        Matcher m = Pattern.compile("^(jdbc:postgresql://[^/]+)/.*$").matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + jdbcUrl);
        }
        return m.group(1);
    }

    // ---- the probe model: start → background step → specialist's task → background step → end

    private static String probeBpmn() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_probe" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%1$s" name="Quy trình thử cụm hai máy" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_1" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Before" />
                    <bpmn:serviceTask id="Task_Before" name="Bước nền trước" camunda:asyncBefore="true" camunda:expression="${true}" />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Before" targetRef="Task_Review" />
                    <bpmn:userTask id="Task_Review" name="Xét duyệt hồ sơ thử" camunda:candidateGroups="sa-specialist" camunda:formRef="%2$s" camunda:formRefBinding="deployment" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Review" targetRef="Task_After" />
                    <bpmn:serviceTask id="Task_After" name="Bước nền sau" camunda:asyncBefore="true" camunda:expression="${true}" />
                    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_After" targetRef="EndEvent_1" />
                    <bpmn:endEvent id="EndEvent_1" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_Before_di" bpmnElement="Task_Before"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="390" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_After_di" bpmnElement="Task_After"><dc:Bounds x="540" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="692" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="390" y="120" /></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="490" y="120" /><di:waypoint x="540" y="120" /></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4"><di:waypoint x="640" y="120" /><di:waypoint x="692" y="120" /></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(PROCESS, FORM);
    }

    private static String probeForm() {
        return """
                {"executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0", "schemaVersion": 16,
                 "type": "default", "id": "%s",
                 "components": [{"id": "Field_1", "type": "textfield", "key": "comment", "label": "Ý kiến"}]}
                """.formatted(FORM);
    }
}
