package dev.applytoken.scanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates the SARIF report with Microsoft's SARIF Multitool, the validator behind the SARIF
 * specification's own tests, installed from the npm registry into {@code target/sarif-multitool}.
 * The Multitool checks the 2.1.0 JSON schema and its own SARIF rules; its output is a SARIF log whose
 * results are the problems it found.
 */
class SarifValidationTest {

    private static final String MULTITOOL = "@microsoft/sarif-multitool@5.7.0";
    private static final Path PREFIX = Path.of("target", "sarif-multitool").toAbsolutePath();

    @TempDir
    static Path workspace;

    @BeforeAll
    static void installMultitool() throws Exception {
        if (Files.exists(PREFIX.resolve("node_modules/@microsoft/sarif-multitool/package.json"))) {
            return;
        }
        Files.createDirectories(PREFIX);
        ProcessOutput install = run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                PREFIX.toString(), MULTITOOL));
        assertThat(install.exitCode()).as("npm install output:%n%s", install.text()).isZero();
    }

    @Test
    void reportPassesMultitoolValidation() throws Exception {
        Path root = Files.createDirectories(workspace.resolve("repository"));
        ScanResult result = SampleResults.write(root);
        ScanResult accepted = new ScanResult(root, 42, result.findings().subList(0, 1), List.of());
        Path sarif = workspace.resolve("applytoken.sarif");
        Files.writeString(sarif, new SarifReport("0.1.0", Optional.of(Baseline.of(accepted))).render(result),
                StandardCharsets.UTF_8);
        Path output = workspace.resolve("validation.sarif");

        ProcessOutput validation = validate(sarif, output);
        System.out.println("SARIF Multitool validate output:\n" + validation.text());
        List<String> problems = problems(output);

        assertThat(validation.exitCode()).as(validation.text()).isZero();
        assertThat(problems).noneMatch(problem -> problem.startsWith("error"));
        // The Multitool reports nothing at all for a log it cannot read (a level outside the enum, say).
        // This log has no $schema, so a real analysis always warns about that.
        assertThat(problems).anyMatch(problem -> problem.startsWith("warning SARIF2008"));
    }

    @Test
    void missingMessageFailsValidation() throws Exception {
        Path root = Files.createDirectories(workspace.resolve("broken"));
        String valid = new SarifReport("0.1.0", Optional.empty()).render(SampleResults.write(root));
        Path sarif = workspace.resolve("broken.sarif");
        JsonObject log = JsonParser.parseString(valid).getAsJsonObject();
        log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject()
                .remove("message");
        Files.writeString(sarif, log.toString(), StandardCharsets.UTF_8);
        Path output = workspace.resolve("broken-validation.sarif");

        validate(sarif, output);

        assertThat(problems(output)).anyMatch(problem -> problem.startsWith("error JSON1002"));
    }

    private static ProcessOutput validate(Path sarif, Path output) throws Exception {
        return run(List.of("npx", "--no-install", "--prefix", PREFIX.toString(), "sarif-multitool",
                "validate", sarif.toString(), "--output", output.toString()));
    }

    /** Lists the validator's results as {@code level ruleId: message}. */
    private static List<String> problems(Path output) throws IOException {
        JsonObject log = JsonParser.parseString(Files.readString(output, StandardCharsets.UTF_8)).getAsJsonObject();
        List<String> problems = new ArrayList<>();
        for (JsonElement run : log.getAsJsonArray("runs")) {
            JsonArray results = run.getAsJsonObject().getAsJsonArray("results");
            if (results == null) {
                continue;
            }
            for (JsonElement element : results) {
                JsonObject result = element.getAsJsonObject();
                String level = result.has("level") ? result.get("level").getAsString() : "warning";
                problems.add(level + " " + result.get("ruleId").getAsString() + ": " + result.get("message"));
            }
        }
        return problems;
    }

    private static ProcessOutput run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new ProcessOutput(process.exitValue(), output);
    }

    private record ProcessOutput(int exitCode, String text) {
    }
}
