package vn.tdkt.performance;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.DemoProvinceTest;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One commendation proposal's lifecycle in the application against the same shape on a plain Camunda engine, in one
 * run on the same database kind, printing the ratios (issue 17's target: ≤ 1.3×). Three measures:
 * <ol>
 * <li>plain: {@link ProposalShape} on a plain engine of its own (same Camunda, history full, strong UUIDs, its own
 * pool; on PostgreSQL in a database of its own, {@code tdkt_bench_plain});</li>
 * <li>shape in the app: the same model deployed into the application's engine, so it pays the project's engine
 * plugins (parse listeners, task listeners, audit, history mapping) but none of its delegates;</li>
 * <li>the real {@code commendation-proposal}: uploads, every task as its role, eligibility, decision number, award
 * history, audit chain.</li>
 * </ol>
 * Also statements per lifecycle (datasource-proxy), the tables read most and, on PostgreSQL, database growth.
 * Run: {@code mvn -B test -Dtest=LifecycleRatioBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbenchmark.proposals=200] [-Ppostgres -Dtest.db.url=jdbc:postgresql://127.0.0.1:5432/tdkt_bench]}
 */
@DemoProvinceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LifecycleRatioBenchmark {

    static final StatementCounter APP_STATEMENTS = new StatementCounter();

    @TestConfiguration
    static class CountedDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && "dataSource".equals(name) ? APP_STATEMENTS.wrap(ds, "app")
                            : bean;
                }
            };
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired DataSource appDataSource;
    @Autowired AuditLedger ledger;

    @Test
    void theLifecycleAgainstAPlainEngine() throws Exception {
        int n = Integer.getInteger("benchmark.proposals", 200);
        int warmUp = Math.max(5, n / 10);
        String appUrl = jdbcUrl(appDataSource);
        boolean postgres = appUrl.startsWith("jdbc:postgresql:");

        StatementCounter plainStatements = new StatementCounter();
        try (HikariDataSource plainPool = plainPool(appUrl, postgres)) {
            ProcessEngine plain = plainEngine(plainStatements.wrap(plainPool, "plain"));
            try {
                deployShape(plain, "shape");
                deployShape(engine, "bench-shape");
                // on a grown database (-Dbenchmark.letters-from=500000 after the simulation) the letters keep numbers of their own
                ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers)
                        .letterNumbersFrom(Integer.getInteger("benchmark.letters-from", 0));
                int year = LocalDate.now(clock).getYear() - 1;
                List<String> nominees = new ArrayList<>();
                for (int i = 0; i < n + warmUp; i++) {
                    nominees.add(f.person("stp", "Cán bộ đo " + i, Map.of("CSTDCS", List.of(year - 1, year)),
                            Map.of(year, "XUAT_SAC")));
                }
                // warm both engines up (JIT, caches), then measure each the same number of times
                repeat(warmUp, i -> shapeLifecycle(plain, "shape"));
                repeat(warmUp, i -> shapeLifecycle(engine, "bench-shape"));
                repeat(warmUp, i -> proposalLifecycle(f, year, nominees.get(n + i)));

                // measured in interleaved rounds, so a busy machine slows all three alike
                Measure plainRun = new Measure("plain engine, proposal shape");
                Measure shapeRun = new Measure("app engine, proposal shape");
                Measure proposalRun = new Measure("app, commendation-proposal");
                int rounds = Math.min(10, n);
                for (int r = 0; r < rounds; r++) {
                    int from = r * n / rounds;
                    int to = (r + 1) * n / rounds;
                    plainRun.add(plainStatements, postgres ? plainPool : null, from, to,
                            i -> shapeLifecycle(plain, "shape"), () -> { });
                    // the app's rounds end when the node's sealer has sealed their audit records: its time and
                    // statements are the round's, not the next one's
                    shapeRun.add(APP_STATEMENTS, postgres ? appDataSource : null, from, to,
                            i -> shapeLifecycle(engine, "bench-shape"), ledger::sealWaiting);
                    proposalRun.add(APP_STATEMENTS, postgres ? appDataSource : null, from, to,
                            i -> proposalLifecycle(f, year, nominees.get(i)), ledger::sealWaiting);
                }

                System.out.printf("BENCHMARK database %s, %d lifecycles each after %d warm-up, in %d interleaved rounds%n",
                        postgres ? "PostgreSQL" : "H2", n, warmUp, rounds);
                for (Measure m : List.of(plainRun, shapeRun, proposalRun)) {
                    System.out.println("BENCHMARK " + m);
                }
                System.out.printf("RATIO app engine / plain, same shape: %.2f× time, %.2f× statements%n",
                        shapeRun.msEach() / plainRun.msEach(), shapeRun.statementsEach() / plainRun.statementsEach());
                System.out.printf("RATIO commendation-proposal / plain shape: %.2f× time, %.2f× statements"
                        + " (target ≤ 1.3× time)%n", proposalRun.msEach() / plainRun.msEach(),
                        proposalRun.statementsEach() / plainRun.statementsEach());
                for (Measure m : postgres ? List.of(plainRun, shapeRun, proposalRun) : List.<Measure>of()) {
                    System.out.println("BENCHMARK KB per lifecycle by table, " + m.label + " (top 12): "
                            + m.growthEach(12));
                }
                for (Measure m : List.of(plainRun, shapeRun, proposalRun)) {
                    System.out.println("BENCHMARK statements per lifecycle by kind and table, " + m.label + " (top 20): "
                            + m.topEach(20));
                }
                if (postgres) {
                    // what a year keeps: the growth above includes dead rows of runtime tables (variables, jobs,
                    // pending audit records) that autovacuum makes reusable; VACUUM FULL before and after counts
                    // only the live rows and their indexes a lifecycle leaves
                    int k = Math.max(10, n / 3);
                    List<String> more = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        more.add(f.person("stp", "Cán bộ đo thêm " + i, Map.of("CSTDCS", List.of(year - 1, year)),
                                Map.of(year, "XUAT_SAC")));
                    }
                    Map<String, Long> plainKept = kept(plainPool, k, i -> shapeLifecycle(plain, "shape"), () -> { });
                    Map<String, Long> proposalKept = kept(appDataSource, k, i -> proposalLifecycle(f, year,
                            more.get(i)), ledger::sealWaiting);
                    System.out.printf("BENCHMARK kept after VACUUM FULL, %d lifecycles each: plain engine, proposal"
                            + " shape %.0f KB per lifecycle; app, commendation-proposal %.0f KB per lifecycle"
                            + " (target ≤ 150 KB)%n", k, keptTotal(plainKept) / 1024.0 / k,
                            keptTotal(proposalKept) / 1024.0 / k);
                    System.out.println("BENCHMARK kept KB per lifecycle by table, app, commendation-proposal (top 14): "
                            + keptEach(proposalKept, k, 14));
                }
                assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation_proposal WHERE status = 'AWARDED'")
                        .query(Integer.class).single()).isGreaterThanOrEqualTo(n);
            } finally {
                plain.close();
            }
        }
    }

    /** Time, statements, statements by kind and table and (on PostgreSQL) database growth over the rounds. */
    static final class Measure {
        final String label;
        int n;
        long nanos;
        long statements;
        Long bytes;
        final Map<String, Long> byKindAndTable = new java.util.HashMap<>();
        final Map<String, Long> growthByTable = new java.util.HashMap<>();

        Measure(String label) {
            this.label = label;
        }

        void add(StatementCounter counter, DataSource sizeOf, int from, int to, IntConsumer lifecycle,
                 Runnable settle) {
            Long before = sizeOf == null ? null : databaseSize(sizeOf);
            Map<String, Long> tablesBefore = sizeOf == null ? Map.of() : tableSizes(sizeOf);
            counter.reset();
            long t0 = System.nanoTime();
            for (int i = from; i < to; i++) {
                lifecycle.accept(i);
            }
            settle.run();
            nanos += System.nanoTime() - t0;
            n += to - from;
            statements += counter.total();
            counter.top(Integer.MAX_VALUE).forEach((k, v) -> byKindAndTable.merge(k, v, Long::sum));
            if (sizeOf != null) {
                bytes = (bytes == null ? 0 : bytes) + databaseSize(sizeOf) - before;
                tableSizes(sizeOf).forEach((table, size) -> growthByTable.merge(table,
                        size - tablesBefore.getOrDefault(table, 0L), Long::sum));
            }
        }

        double msEach() {
            return nanos / 1e6 / n;
        }

        double statementsEach() {
            return (double) statements / n;
        }

        Map<String, String> topEach(int limit) {
            Map<String, String> each = new java.util.LinkedHashMap<>();
            byKindAndTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                    .forEach(e -> each.put(e.getKey(), "%.1f".formatted((double) e.getValue() / n)));
            return each;
        }

        /** Kilobytes per lifecycle by table (with its indexes, TOAST and free space the growth brought), most first. */
        Map<String, String> growthEach(int limit) {
            Map<String, String> each = new java.util.LinkedHashMap<>();
            growthByTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(limit).forEach(e -> each.put(e.getKey(), "%.1f".formatted(e.getValue() / 1024.0 / n)));
            return each;
        }

        @Override
        public String toString() {
            return "%-30s %6.1f ms per lifecycle, %5.0f statements per lifecycle%s".formatted(label + ":", msEach(),
                    statementsEach(), bytes == null ? "" : ", %.0f KB database growth per lifecycle"
                            .formatted(bytes / 1024.0 / n));
        }
    }

    private static void repeat(int times, IntConsumer lifecycle) {
        for (int i = 0; i < times; i++) {
            lifecycle.accept(i);
        }
    }

    private void proposalLifecycle(ProposalFixture f, int year, String nominee) {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        f.intakeAccepts(pi);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        f.chairmanApprovesAll(pi);
    }

    /** The same moves as the real proposal: start with its variables, then each user task with an answer. */
    private static void shapeLifecycle(ProcessEngine on, String key) {
        ProcessInstance pi = on.getRuntimeService().startProcessInstanceByKey(key, Map.of("ok", true,
                "commendationKind", "CONG_TRANG", "awardType", "BK_TINH", "streak", 2, "nomineeCodes", "[\"STP-1\"]"));
        for (String step : ProposalShape.USER_TASKS) {
            Task task = on.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step)
                    .singleResult();
            on.getTaskService().complete(task.getId(), Map.of(step + "Answer", "APPROVE"));
        }
    }

    private static void deployShape(ProcessEngine on, String key) {
        Deployment d = on.getRepositoryService().createDeployment().name("benchmark " + key)
                .addModelInstance(key + ".bpmn", ProposalShape.process(key))
                .addString(key + ".dmn", ProposalShape.decisions(key)).deploy();
        assertThat(d.getId()).isNotNull();
    }

    private static ProcessEngine plainEngine(DataSource dataSource) {
        ProcessEngineConfigurationImpl cfg = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration();
        cfg.setProcessEngineName("plain-shape");
        cfg.setDataSource(dataSource);
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        cfg.setJobExecutorActivate(false);
        cfg.setIdGenerator(new StrongUuidGenerator());
        cfg.setDefaultSerializationFormat("application/json");
        return cfg.buildProcessEngine();
    }

    private HikariDataSource plainPool(String appUrl, boolean postgres) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plain-shape");
        config.setMaximumPoolSize(10);
        if (postgres) {
            String admin = appUrl.substring(0, appUrl.lastIndexOf('/') + 1) + "postgres";
            JdbcClient server = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(admin,
                    "postgres", ""));
            // -Dbenchmark.plain-database: where builds share one PostgreSQL server, each its own
            String plainDb = System.getProperty("benchmark.plain-database", "tdkt_bench_plain");
            if (!plainDb.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("benchmark.plain-database: lower-case letters, digits, _ only");
            }
            server.sql("DROP DATABASE IF EXISTS " + plainDb).update();
            server.sql("CREATE DATABASE " + plainDb).update();
            config.setJdbcUrl(appUrl.substring(0, appUrl.lastIndexOf('/') + 1) + plainDb);
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl("jdbc:h2:mem:plain-shape;DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        }
        return new HikariDataSource(config);
    }

    private static Map<String, Long> tableSizes(DataSource dataSource) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        JdbcClient.create(dataSource).sql("""
                        SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c
                        JOIN pg_namespace s ON s.oid = c.relnamespace
                        WHERE c.relkind = 'r' AND s.nspname = current_schema()""")
                .query((rs, i) -> sizes.put(rs.getString(1), rs.getLong(2))).list();
        return sizes;
    }

    /** Bytes by table (with indexes and TOAST) that {@code count} lifecycles leave, counted between two VACUUM FULL. */
    private static Map<String, Long> kept(DataSource dataSource, int count, IntConsumer lifecycle, Runnable settle) {
        settle.run();
        JdbcClient.create(dataSource).sql("VACUUM FULL").update();
        Map<String, Long> before = tableSizes(dataSource);
        repeat(count, lifecycle);
        settle.run();
        JdbcClient.create(dataSource).sql("VACUUM FULL").update();
        Map<String, Long> growth = new java.util.HashMap<>();
        tableSizes(dataSource).forEach((table, size) -> growth.put(table, size - before.getOrDefault(table, 0L)));
        return growth;
    }

    private static long keptTotal(Map<String, Long> kept) {
        return kept.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, String> keptEach(Map<String, Long> kept, int count, int limit) {
        Map<String, String> each = new java.util.LinkedHashMap<>();
        kept.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> each.put(e.getKey(), "%.1f".formatted(e.getValue() / 1024.0 / count)));
        return each;
    }

    private static long databaseSize(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("SELECT pg_database_size(current_database())").query(Long.class)
                .single();
    }

    private static String jdbcUrl(DataSource dataSource) throws Exception {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        }
    }

    static {
        // the shape's model is valid BPMN; reading it back here fails early on a builder mistake
        Bpmn.validateModel(ProposalShape.process("check"));
    }
}
