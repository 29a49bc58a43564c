package vn.tdkt.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/security.md shows the role × action table that {@link RoleActionMatrixTest} runs: the same rows, in the same order. */
class ReadmeMatrixTest {

    @Test
    void theReadmeShowsTheTableTheTestsRun() throws IOException {
        Path root = Path.of(System.getProperty("tdkt.repository.root", "."));
        List<String> readme = Files.readAllLines(root.resolve("docs/security.md")).stream().map(String::strip).toList();
        List<String> table = RoleActionMatrix.TABLE.lines().map(String::strip).filter(l -> l.startsWith("|")).toList();
        int start = readme.indexOf(table.get(0));
        assertThat(start).as("docs/security.md has the table's header").isNotNegative();
        assertThat(readme.subList(start, Math.min(readme.size(), start + table.size()))).containsExactlyElementsOf(table);
    }
}
