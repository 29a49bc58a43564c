package vn.tdkt.demo.simulation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code simulation} profile's command: after the demo seeders, runs a province-year of the size given on the
 * command line ({@link SimulationOptions}), writes the report and ends the application: exit status 0 when every
 * instance ended as its data says, 1 when not, 2 when the run failed.
 */
@Component
@Profile("simulation")
@Order(100)
public class SimulationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final ProvinceYearSimulation simulation;
    private final ConfigurableApplicationContext context;

    public SimulationRunner(ProvinceYearSimulation simulation, ConfigurableApplicationContext context) {
        this.simulation = simulation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status;
        try {
            SimulationOptions options = SimulationOptions.of(args);
            SimulationReport report = simulation.run(options, new Progress(System.out, true));
            SimulationReportWriter.write(report, options.out());
            System.out.printf("%nMô phỏng xong: %d hồ sơ trong %.1f s (%.2f hồ sơ/giây, %.0f ms/hồ sơ); sự cố %d, tác vụ còn lại %d,"
                            + " chuỗi kiểm toán %s. Báo cáo: %s%n", report.proposals(), report.wallMillis() / 1000.0,
                    report.proposalsPerSecond(), report.wallMillisPerProposal(), report.incidents(), report.jobsLeft(),
                    report.auditIntact() ? "nguyên vẹn" : "bị phá vỡ", options.out().resolve("report.html").toAbsolutePath());
            status = report.consistent() ? 0 : 1;
        } catch (RuntimeException e) {
            log.error("Mô phỏng thất bại", e);
            status = 2;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
