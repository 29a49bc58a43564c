package vn.tdkt.wording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tdkt.support.UserFacingWords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No English and no developer word in what the forms and the pages show (the word list is
 * {@link UserFacingWords}): every label, description, placeholder, text block and option label of every form in
 * forms/, and the visible text of every page in static/pages (scripts and styles left out). The screens Tasklist
 * and the pages render are checked the same way by the browser walkthrough at each step it takes.
 */
class UserFacingWordsTest {

    private static final Set<String> SHOWN = Set.of("label", "description", "text", "placeholder", "title", "content",
            "dateLabel", "timeLabel");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theWordListCatchesWhatUsersMetBefore() {
        // the phrases the issue quotes from the screens users met
        for (String met : List.of("Select", "Field must have minimum length of 20.",
                "Cannot instantiate process definition commendation-proposal:1:abc:", "(DMN `award-eligibility`)",
                "qua API `/api/dossiers/{số hồ sơ}/documents`", "Asia/Saigon", "2026-12-31T10:00:00Z")) {
            assertThat(UserFacingWords.findIn(met)).as(met).isNotEmpty();
        }
        assertThat(UserFacingWords.findIn("Chọn hình thức khen thưởng; hạn xử lý 31/12/2026 17:00")).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyForm() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(form.getFileName().toString(), () -> {
                    List<String> found = new ArrayList<>();
                    collect(json.readTree(form.toFile()), found);
                    assertThat(found).as(form + ": words a user must not see").isEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(30);
        return tests.stream();
    }

    private void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            if ("datetime".equals(node.path("type").asText()) && !node.hasNonNull("dateLabel")
                    && !"time".equals(node.path("subtype").asText())) {
                // form-js shows a date field's dateLabel, and its default is the English "Date"
                found.add("«Date» (a date field without its Vietnamese dateLabel): " + node.path("key").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (SHOWN.contains(field.getKey()) && field.getValue().isTextual()) {
                    String text = field.getValue().asText();
                    // a text block starting with '=' is a FEEL expression: only its string literals are shown
                    String shown = text.startsWith("=") ? literalsOf(text) : withoutLinkTargets(text);
                    found.addAll(UserFacingWords.findIn(shown));
                    if (shown.contains("Tasklist")) {
                        found.add("«Tasklist» (name of a tool, not of the user's work) in: " + shown);
                    }
                }
                collect(field.getValue(), found);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        }
    }

    /** Markdown link targets are addresses, not words a user reads: "[xem tờ trình](/tai-lieu/…)" shows "xem tờ trình". */
    static String withoutLinkTargets(String markdown) {
        // {{variable}} is form-js templating, replaced with the task's value when the form opens (the rendered
        // screens are checked for leftovers by the walkthrough)
        return markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("\\{\\{\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*}}", "…");
    }

    /** The string literals of a FEEL expression, which is what the form shows of it. */
    static String literalsOf(String feel) {
        StringBuilder shown = new StringBuilder();
        var m = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(feel);
        while (m.find()) {
            shown.append(withoutLinkTargets(m.group(1))).append(' ');
        }
        return shown.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyPage() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/static/pages"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
                    String visible = Files.readString(page)
                            .replaceAll("(?is)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ")
                            .replaceAll("(?s)<[^>]*>", " ");
                    assertThat(UserFacingWords.findIn(visible)).as(page + ": words a user must not see").isEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }
}
