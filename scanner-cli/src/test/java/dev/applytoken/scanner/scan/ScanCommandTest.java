package dev.applytoken.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.applytoken.scanner.ApplyTokenCommand;
import dev.applytoken.scanner.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code applytoken scan} in-process and checks exit codes, JSON fields and bad input. */
class ScanCommandTest {

    private static final String LEGACY_CLIENT = """
            package com.example;

            import org.apache.http.client.methods.HttpPost;

            public class TokenApi {
                private static final String URL = "https://mqauth.aliyuncs.com/token/apply";

                public HttpPost apply() {
                    return new HttpPost(URL);
                }
            }
            """;

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ApplyTokenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relativePath, byte[] content) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    @Test
    void cleanFolderExitsZero() throws IOException {
        write("src/App.java", "class App { String home = \"https://example.com/token/apply\"; }");

        int exit = run("scan", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.CLEAN);
        assertThat(out.toString()).contains("0 finding(s)");
    }

    @Test
    void findingsExitOneWithTextBlocks() throws IOException {
        write("src/main/java/com/example/TokenApi.java", LEGACY_CLIENT);

        int exit = run("scan", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("src/main/java/com/example/TokenApi.java:9  apply  high");
        assertThat(out.toString()).contains("    legacy host in ");
        assertThat(out.toString()).contains("1 finding(s) in 1 file(s)");
    }

    @Test
    void jsonHasTheContractFields() throws IOException {
        write("src/main/java/com/example/TokenApi.java", LEGACY_CLIENT);

        int exit = run("scan", "--format", "json", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(report.get("root").getAsString()).isEqualTo(root.toString());
        assertThat(report.get("filesScanned").getAsInt()).isEqualTo(1);
        assertThat(report.getAsJsonArray("skipped")).isEmpty();
        JsonArray findings = report.getAsJsonArray("findings");
        assertThat(findings).hasSize(1);
        JsonObject finding = findings.get(0).getAsJsonObject();
        assertThat(finding.keySet()).containsExactlyInAnyOrder(
                "file", "line", "language", "operation", "confidence", "evidence", "migration", "reason");
        assertThat(finding.get("file").getAsString()).isEqualTo("src/main/java/com/example/TokenApi.java");
        assertThat(finding.get("line").getAsInt()).isEqualTo(9);
        assertThat(finding.get("language").getAsString()).isEqualTo("java");
        assertThat(finding.get("operation").getAsString()).isEqualTo("apply");
        assertThat(finding.get("confidence").getAsString()).isEqualTo("high");
        assertThat(finding.get("migration").getAsString()).isEqualTo("auto");
        assertThat(finding.getAsJsonArray("evidence").get(0).getAsString())
                .isEqualTo("legacy host in field URL (TokenApi.java:6)");
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        write("src/main/java/com/example/TokenApi.java", LEGACY_CLIENT);
        Path report = root.resolve("report.json");

        int exit = run("scan", "--format", "json", "--output", report.toString(), root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).isEmpty();
        assertThat(JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("findings"))
                .hasSize(1);
    }

    @Test
    void unwritableOutputIsAUsageError() throws IOException {
        write("src/main/java/com/example/TokenApi.java", LEGACY_CLIENT);
        Path report = root.resolve("no-such-folder/report.json");

        int exit = run("scan", "--output", report.toString(), root.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("cannot write the report to " + report);
    }

    @Test
    void missingFolderIsAUsageError() {
        Path missing = root.resolve("no-such-folder");

        int exit = run("scan", missing.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains(missing.toString()).contains("does not exist").contains("applytoken scan .");
    }

    @Test
    void missingArgumentIsAUsageError() {
        int exit = run("scan");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("DIR");
    }

    @Test
    void unknownFormatIsAUsageError() {
        int exit = run("scan", "--format", "xml", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown --format xml");
    }

    @Test
    void binaryFileIsSkippedWithANote() throws IOException {
        byte[] binary = "mqauth.aliyuncs.com/token/apply\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        write("lib/blob.json", binary);

        int exit = run("scan", "--format", "json", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.CLEAN);
        JsonArray skipped = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("skipped");
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).getAsJsonObject().get("file").getAsString()).isEqualTo("lib/blob.json");
        assertThat(skipped.get(0).getAsJsonObject().get("reason").getAsString()).startsWith("binary");
    }

    @Test
    void hugeFileIsSkippedWithANote() throws IOException {
        write("config/app.properties", "token.url=https://mqauth.aliyuncs.com\n" + "#".repeat(2000));

        int exit = run("scan", "--format", "json", "--max-file-size", "1000", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.CLEAN);
        JsonArray skipped = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("skipped");
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).getAsJsonObject().get("reason").getAsString()).contains("too large")
                .contains("--max-file-size");
    }

    @Test
    void invalidUtf8StillFindsTheHost() throws IOException {
        byte[] head = "token.url=https://mqauth.aliyuncs.com # ".getBytes(StandardCharsets.US_ASCII);
        byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        byte[] content = new byte[head.length + invalid.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(invalid, 0, content, head.length, invalid.length);
        write("config/app.properties", content);

        int exit = run("scan", "--format", "json", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        JsonObject finding = JsonParser.parseString(out.toString()).getAsJsonObject()
                .getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.get("operation").getAsString()).isEqualTo("reference");
        assertThat(finding.get("migration").getAsString()).isEqualTo("manual");
    }

    @Test
    void unparseableJavaIsReportedAndSearchedLexically() throws IOException {
        write("src/Broken.java", "class Broken { void f() { post(\"https://mqauth.aliyuncs.com/token/apply\" }");

        int exit = run("scan", "--format", "json", root.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(report.getAsJsonArray("skipped").get(0).getAsJsonObject().get("reason").getAsString())
                .startsWith("not valid Java");
        assertThat(report.getAsJsonArray("findings").get(0).getAsJsonObject().get("operation").getAsString())
                .isEqualTo("apply");
    }

    @Test
    void helpShowsExamples() {
        int exit = run("scan", "--help");

        assertThat(exit).isEqualTo(ExitCodes.CLEAN);
        assertThat(out.toString()).contains("Examples:").contains("applytoken scan --format json");
    }
}
