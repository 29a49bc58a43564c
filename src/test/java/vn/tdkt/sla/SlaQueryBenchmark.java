package vn.tdkt.sla;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.DemoProvinceTest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rerunnable measurement, not a test of correctness: the SLA queries on a year of data. Writes
 * {@code -Dbenchmark.proposals} (default 5000) finished proposals of the current year spread over its months, each
 * with eight steps in the engine's task history (a fifth of them late, one in fifty still open past its deadline),
 * then times {@code dossiers()} and {@code monthly()}; the rows are removed afterwards.
 * Run: {@code mvn -B test -Dtest=SlaQueryBenchmark -Dbenchmark=true [-Dbenchmark.proposals=5000]}
 */
@DemoProvinceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SlaQueryBenchmark {

    private static final String PREFIX = "SLA-BENCH-";
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired JdbcClient jdbc;
    @Autowired SlaService sla;
    @Autowired Clock clock;

    @Test
    void aYearOfDossiers() {
        int n = Integer.getInteger("benchmark.proposals", 5000);
        int year = LocalDate.now(clock).getYear();
        List<Long> units = jdbc.sql("SELECT id FROM org_unit ORDER BY id").query(Long.class).list();
        Random random = new Random(42);
        Instant start = LocalDate.of(year, 1, 2).atStartOfDay(PROVINCE).toInstant();
        long span = Duration.between(start, clock.instant()).toMinutes();
        try {
            List<Object[]> proposals = new ArrayList<>();
            List<Object[]> steps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String key = PREFIX + i;
                Instant created = start.plus(Duration.ofMinutes((long) (random.nextDouble() * span * 0.8)));
                Instant t = created;
                boolean open = i % 50 == 0;
                for (int s = 0; s < 8; s++) {
                    Instant end = t.plus(Duration.ofHours(4 + random.nextInt(60)));
                    Instant due = s >= 3 ? t.plus(Duration.ofDays(random.nextInt(10) < 2 ? 1 : 20)) : null;
                    boolean last = s == 7;
                    steps.add(new Object[] {key + "-" + s, "pi-" + key, "Task_Step" + s, "Bước " + s,
                            Timestamp.from(t), last && open ? null : Timestamp.from(end),
                            due == null ? null : Timestamp.from(due)});
                    t = end;
                }
                proposals.add(new Object[] {key, "pi-" + key, units.get(random.nextInt(units.size())), year - 1,
                        Timestamp.from(created), open ? null : Timestamp.from(t)});
            }
            long writing = System.nanoTime();
            jdbc.sql("SELECT 1").query(Integer.class).single();
            for (Object[] p : proposals) {
                jdbc.sql("""
                        INSERT INTO commendation_proposal (business_key, process_instance_id, unit_id, award_type_code,
                            commendation_kind, period_year, achievement_summary, status, created_at, closed_at)
                        VALUES (?, ?, ?, 'BK_TINH', 'CONG_TRANG', ?, 'Đo hiệu năng', 'AWARDED', ?, ?)""").params(p).update();
            }
            for (Object[] s : steps) {
                jdbc.sql("""
                        INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, TASK_DEF_KEY_, NAME_, START_TIME_, END_TIME_,
                            DUE_DATE_) VALUES (?, ?, ?, ?, ?, ?, ?)""").params(s).update();
            }
            System.out.printf("SLA benchmark: %d proposals, %d history tasks written in %d ms%n", n, steps.size(),
                    (System.nanoTime() - writing) / 1_000_000);
            for (int run = 0; run < 5; run++) {
                long a = System.nanoTime();
                SlaService.MonthlyView monthly = sla.monthly(year, SlaFilter.NONE);
                long b = System.nanoTime();
                SlaService.DossierView dossiers = sla.dossiers(SlaFilter.NONE, false);
                long c = System.nanoTime();
                SlaService.MonthlyView oneUnit = sla.monthly(year, new SlaFilter("stp", null, null, null));
                long d = System.nanoTime();
                System.out.printf("SLA benchmark run %d: monthly %d ms, dossiers (%d open steps) %d ms,"
                                + " monthly of one unit %d ms%n", run, (b - a) / 1_000_000, dossiers.total(),
                        (c - b) / 1_000_000, (d - c) / 1_000_000);
                assertThat(monthly.months().stream().mapToInt(SlaService.Month::finished).sum())
                        .isGreaterThanOrEqualTo(n - n / 50);
                assertThat(oneUnit.months()).hasSize(12);
            }
        } finally {
            jdbc.sql("DELETE FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ LIKE 'pi-" + PREFIX + "%'").update();
            jdbc.sql("DELETE FROM commendation_proposal WHERE business_key LIKE '" + PREFIX + "%'").update();
        }
    }
}
