package vn.tdkt.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this JVM and by the PostgreSQL server of the same machine, for benchmarks: a stress test's
 * latencies and throughput move ±10 % from run to run on a shared 2-core machine, while the CPU one request costs is
 * steadier and says where a change went. PostgreSQL's share is read from Linux's {@code /proc}: every process named
 * {@code postgres}, with the time of the backends it has already reaped; elsewhere (another OS, a remote server) it
 * is unknown ({@code -1}).
 */
public final class ProcessCpu {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every usual kernel). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** A reading of both clocks. */
    public record Reading(long jvmNanos, long postgresTicks) {

        /** Milliseconds of this JVM's CPU since {@code before}. */
        public double jvmMillisSince(Reading before) {
            return (jvmNanos - before.jvmNanos) / 1e6;
        }

        /** Milliseconds of PostgreSQL's CPU since {@code before}, or -1 when it could not be read. */
        public double postgresMillisSince(Reading before) {
            if (postgresTicks < 0 || before.postgresTicks < 0) {
                return -1;
            }
            return (postgresTicks - before.postgresTicks) * 1000.0 / TICKS_PER_SECOND;
        }
    }

    public static Reading read() {
        return new Reading(jvmNanos(), postgresTicks());
    }

    private static long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** utime + stime + cutime + cstime of every {@code postgres} process, in ticks; -1 without {@code /proc}. */
    private static long postgresTicks() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> pids = Files.newDirectoryStream(proc, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path pid : pids) {
                ticks += postgresTicksOf(pid);
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks;
    }

    private static long postgresTicksOf(Path pid) {
        try {
            String stat = Files.readString(pid.resolve("stat"));
            // "pid (comm) state ppid ...": comm may hold spaces, so split after its closing parenthesis
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open || !stat.substring(open + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            // fields[0] is field 3 (state); utime, stime, cutime, cstime are fields 14-17
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException gone) {
            return 0; // the process ended while being read, or is not readable: it adds nothing
        }
    }
}
