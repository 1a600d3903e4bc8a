package dev.applytoken.scanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path root;

    @Test
    void summaryCountsByOperationAndConfidence() throws IOException {
        String markdown = render(SampleResults.write(root));

        assertThat(markdown).startsWith("## applytoken: legacy token server calls\n");
        assertThat(markdown).contains("**4 findings** in **3 files** (42 files scanned)");
        assertThat(markdown).contains("| apply | 1 | 0 | 1 |");
        assertThat(markdown).contains("| revoke | 1 | 0 | 1 |");
        assertThat(markdown).contains("| query | 0 | 1 | 1 |");
        assertThat(markdown).contains("| reference | 1 | 0 | 1 |");
        assertThat(markdown).contains("1 of 4 can be migrated by `applytoken fix`");
        assertThat(markdown).contains("1 file could not be read completely");
    }

    @Test
    void tableListsEveryFinding() throws IOException {
        String markdown = render(SampleResults.write(root));

        assertThat(markdown).contains("| File | Line | Operation | Confidence | Migration |");
        assertThat(tableRows(markdown)).hasSize(4);
        assertThat(markdown).contains("| 5 | apply | high | auto |");
        assertThat(markdown).contains("| 4 | query | medium | manual |");
    }

    @Test
    void evidenceSitsInDetailsPerFile() throws IOException {
        String markdown = render(SampleResults.write(root));

        assertThat(count(markdown, "<details>")).isEqualTo(3);
        assertThat(count(markdown, "</details>")).isEqualTo(3);
        assertThat(markdown).contains("2 findings</summary>");
        assertThat(markdown).contains("  - calls the vendor demo helper Tools.applyToken\n");
    }

    @Test
    void explainsHowToRunFix() throws IOException {
        String markdown = render(SampleResults.write(root));

        assertThat(markdown).contains("### How to migrate");
        assertThat(markdown).contains("`applytoken fix . --region <region-id>`");
    }

    @Test
    void noFindingsSaysSo() {
        String markdown = render(new ScanResult(root, 17, List.of(), List.of()));

        assertThat(markdown).contains("No calls of the retired ApsaraMQ for MQTT token server in 17 scanned files.");
        assertThat(markdown).doesNotContain("| File |").doesNotContain("How to migrate");
    }

    @Test
    void cellsEscapePipesBackticksAndHtml() {
        Finding hostile = new Finding("src/a|b`c<script>@octocat #12.java", 3, "java", Operation.APPLY,
                Confidence.HIGH, List.of("posts `x` to <img src=x onerror=alert(1)> | cc @octocat [link](http://evil)"),
                Migration.AUTO, "rewritten *now*");

        String markdown = render(new ScanResult(root, 1, List.of(hostile), List.of()));

        String row = tableRows(markdown).get(0);
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(7);
        assertThat(markdown).doesNotContain("<script>").doesNotContain("<img").doesNotContain("`x`");
        assertThat(markdown).doesNotContain("@octocat").doesNotContain(" #12").doesNotContain("](http");
        assertThat(markdown).contains("a&#124;b&#96;c&#60;script&#62;&#64;octocat &#35;12");
    }

    @Test
    void lineBreaksInEvidenceStayOnOneLine() {
        Finding multiline = new Finding("A.java", 3, "java", Operation.QUERY, Confidence.MEDIUM,
                List.of("first\nsecond\r\n| third"), Migration.MANUAL, "by hand");

        String markdown = render(new ScanResult(root, 1, List.of(multiline), List.of()));

        assertThat(markdown).contains("  - first second  &#124; third\n");
    }

    @Test
    void baselineAddsStatusColumn() throws IOException {
        ScanResult result = SampleResults.write(root);
        Baseline accepted = Baseline.of(new ScanResult(root, 42, result.findings().subList(0, 3), List.of()));

        String markdown = new MarkdownReport(Optional.of(accepted)).render(result);

        assertThat(markdown).contains("| File | Line | Operation | Confidence | Migration | Status |");
        assertThat(markdown).contains(": 1 new, 3 in the baseline.");
        assertThat(count(markdown, "| baselined |")).isEqualTo(3);
        assertThat(count(markdown, "| **new** |")).isEqualTo(1);
    }

    @Test
    void thousandsOfFindingsAreTruncated() {
        List<Finding> findings = new ArrayList<>();
        for (int file = 0; file < 500; file++) {
            for (int line = 1; line <= 10; line++) {
                findings.add(new Finding("services/module-" + file + "/src/main/java/com/acme/TokenClient" + file
                        + ".java", line * 7, "java", Operation.APPLY, Confidence.HIGH,
                        List.of("posts to https://mqauth.aliyuncs.com/token/apply with the legacy signature set",
                                "calls Tools.applyToken (TokenClient" + file + ".java:" + line * 7 + ")"),
                        Migration.AUTO, "rewritten into an ApplyToken call"));
            }
        }

        String markdown = render(new ScanResult(root, 9000, findings, List.of()));

        int listed = tableRows(markdown).size();
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH);
        assertThat(markdown.length()).isLessThanOrEqualTo(65_000);
        assertThat(listed).isBetween(100, 4_999);
        assertThat(markdown).contains((5_000 - listed) + " findings left out of the table");
        assertThat(markdown).contains("The JSON and SARIF reports");
        assertThat(markdown).contains("**5000 findings** in **500 files**");
        assertThat(markdown).contains("<details><summary><code>services/module-0/")
                .contains("files left out");
        assertThat(markdown).endsWith(howToFixSection(markdown));
    }

    @Test
    void multiByteTextCountsInBytes() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            findings.add(new Finding("src/令牌/申请令牌服务" + i + ".java", 1, "java", Operation.APPLY, Confidence.HIGH,
                    List.of("调用旧的令牌服务器 https://mqauth.aliyuncs.com/token/apply 申请令牌"),
                    Migration.AUTO, "改写为 ApplyToken 调用"));
        }

        String markdown = render(new ScanResult(root, 3_000, findings, List.of()));

        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH);
        assertThat(markdown).contains("left out of the table");
    }

    private static String render(ScanResult result) {
        return new MarkdownReport(Optional.empty()).render(result);
    }

    private static List<String> tableRows(String markdown) {
        List<String> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| <code>")) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String howToFixSection(String markdown) {
        return markdown.substring(markdown.indexOf("### How to migrate"));
    }
}
