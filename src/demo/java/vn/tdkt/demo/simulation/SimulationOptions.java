package vn.tdkt.demo.simulation;

import org.springframework.boot.ApplicationArguments;

import java.nio.file.Path;
import java.util.List;

/**
 * The size of a simulated province-year and where its report goes: {@code --blocks}, {@code --units},
 * {@code --proposals}, {@code --session-size} (candidates per council session), {@code --seed}, {@code --out}, and
 * {@code --workers}: how many proposals' steps run side by side (default: the machine's processors; 1 runs one step
 * at a time, in the same order on every run).
 */
public record SimulationOptions(int blocks, int units, int proposals, int sessionSize, long seed, Path out,
                                int workers) {

    public SimulationOptions {
        if (blocks < 1 || units < 3 * blocks || proposals < 1 || sessionSize < 1 || workers < 1 || workers > 64) {
            throw new IllegalArgumentException("Kích thước không hợp lệ: cần ít nhất 1 khối, 3 đơn vị mỗi khối,"
                    + " 1 hồ sơ đề nghị, phiên họp có ít nhất 1 hồ sơ và từ 1 đến 64 luồng xử lý (blocks=" + blocks
                    + ", units=" + units + ", proposals=" + proposals + ", session-size=" + sessionSize
                    + ", workers=" + workers + ")");
        }
    }

    public static SimulationOptions of(ApplicationArguments args) {
        return new SimulationOptions(intOption(args, "blocks", 20), intOption(args, "units", 300),
                intOption(args, "proposals", 5000), intOption(args, "session-size", 50),
                Long.parseLong(option(args, "seed", "2026")), Path.of(option(args, "out", "target/simulation")),
                intOption(args, "workers", Runtime.getRuntime().availableProcessors()));
    }

    private static int intOption(ApplicationArguments args, String name, int fallback) {
        String value = option(args, name, String.valueOf(fallback));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " phải là số nguyên, không phải '" + value + "'", e);
        }
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
