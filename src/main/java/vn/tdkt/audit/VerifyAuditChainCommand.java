package vn.tdkt.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the audit chain from the command line, without starting the application or the engine:
 * <pre>
 * mvn -q compile exec:java -Dexec.args="--url=jdbc:postgresql://127.0.0.1:5432/tdkt --user=postgres --password="
 * </pre>
 * Without arguments it opens the default embedded database (./data/tdkt); an embedded H2 file is locked by a
 * running application, so check that one while the application is stopped, or use {@code /api/audit/chain/verify}.
 * Exit status 0 when the chain is intact, 1 when a link is broken (the first one is named), 2 when the database
 * cannot be read.
 */
public final class VerifyAuditChainCommand {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/tdkt;IFEXISTS=TRUE";

    private VerifyAuditChainCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                err.println("Tham số không hợp lệ: " + arg + " (dùng --url=…, --user=…, --password=…)");
                return 2;
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String url = options.getOrDefault("url", System.getenv().getOrDefault("TDKT_DB_URL", DEFAULT_URL));
        String user = options.getOrDefault("user", System.getenv().getOrDefault("TDKT_DB_USER",
                url.startsWith("jdbc:h2:") ? "sa" : "postgres"));
        String password = options.getOrDefault("password", System.getenv().getOrDefault("TDKT_DB_PASSWORD", ""));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            sealFirst(connection, err);
            connection.setReadOnly(true);
            ChainVerification result = ChainVerifier.verify(connection);
            connection.rollback();
            out.println(result.describe());
            return result.intact() ? 0 : 1;
        } catch (Exception e) {
            err.println("Không đọc được chuỗi nhật ký từ " + url + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Seals the records committed but still waiting (the application seals them right after each commit; some may
     * wait if it stopped in between), so the check covers them. A user who may only read gets the check of what is
     * sealed, and is told how many records wait.
     */
    private static void sealFirst(Connection connection, PrintStream err) {
        try {
            if (ChainSealer.waiting(connection)) {
                ChainSealer.sealAll(connection);
            } else {
                connection.commit();
            }
        } catch (java.sql.SQLException e) {
            err.println("Có bản ghi nhật ký chờ niêm phong nhưng không niêm phong được (" + e.getMessage()
                    + "); chỉ kiểm tra các bản ghi đã niêm phong.");
        }
    }
}
