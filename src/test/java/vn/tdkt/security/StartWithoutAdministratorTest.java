package vn.tdkt.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile ({@code postgres}) on a database without an administrator: started as an operator starts
 * it (a JVM of its own, the profile, the environment), it stops with a clear message when no administrator is given,
 * and when one is named without a password to create it. It never opens its port without an administrator. The
 * database is an empty in-memory one (the profile takes any JDBC URL from TDKT_DB_URL), so the test needs no server.
 */
class StartWithoutAdministratorTest {

    private record Run(int exitCode, String output) { }

    private Run start(Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile("tdkt-start", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh",
                "vn.tdkt.TdktApplication", "--server.port=0", "--spring.main.banner-mode=off"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TDKT_") || k.startsWith("SPRING_"));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("TDKT_DB_URL", "jdbc:h2:mem:khong-quan-tri-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        builder.environment().put("TDKT_DB_USER", "sa");
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(4, TimeUnit.MINUTES);
            assertThat(ended).as("the application stops by itself; log: " + Files.readString(log)).isTrue();
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    @Test
    void thePostgresProfileRefusesToStartWithoutAnAdministrator() throws Exception {
        Run run = start(Map.of());
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("Không khởi động: hệ thống chưa có quản trị viên nào",
                "Hãy đặt TDKT_ADMIN_ID và TDKT_ADMIN_PASSWORD", "Refusing to start: there is no administrator");
        assertThat(run.output()).as("the port was never opened").doesNotContain("Tomcat started on port");
    }

    @Test
    void aNamedAdministratorNeedsAPasswordToBeCreated() throws Exception {
        Run run = start(Map.of("TDKT_ADMIN_ID", "quantri"));
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("cần TDKT_ADMIN_PASSWORD để tạo quản trị viên đầu tiên 'quantri'");
        assertThat(run.output()).doesNotContain("Tomcat started on port");
    }
}
