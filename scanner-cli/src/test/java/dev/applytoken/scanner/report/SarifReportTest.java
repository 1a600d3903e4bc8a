package dev.applytoken.scanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.Fingerprints;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    @TempDir
    Path root;

    private ScanResult result;
    private JsonObject run;

    @BeforeEach
    void render() throws IOException {
        result = SampleResults.write(root);
        String sarif = new SarifReport("0.1.0", Optional.empty()).render(result);
        JsonObject log = JsonParser.parseString(sarif).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.getAsJsonArray("runs")).hasSize(1);
        run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    @Test
    void driverHasOneRulePerOperation() {
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        List<String> ids = new ArrayList<>();
        for (JsonElement rule : driver.getAsJsonArray("rules")) {
            ids.add(rule.getAsJsonObject().get("id").getAsString());
        }

        assertThat(driver.get("name").getAsString()).isEqualTo("applytoken");
        assertThat(driver.has("informationUri")).isFalse();
        assertThat(ids).containsExactly("applytoken/apply", "applytoken/revoke", "applytoken/query",
                "applytoken/reference");
    }

    @Test
    void rulesCarryMigrationAdvice() {
        for (JsonElement element : run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
            JsonObject rule = element.getAsJsonObject();
            String id = rule.get("id").getAsString();
            assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString()).as(id).isNotBlank();
            assertThat(rule.getAsJsonObject("fullDescription").get("text").getAsString()).as(id)
                    .contains("2020-12-31");
            assertThat(rule.getAsJsonObject("help").get("text").getAsString()).as(id)
                    .contains("applytoken fix . --region");
            assertThat(rule.getAsJsonObject("help").get("markdown").getAsString()).as(id)
                    .contains("`applytoken fix . --region <region-id>`");
            String level = rule.getAsJsonObject("defaultConfiguration").get("level").getAsString();
            assertThat(level).as(id).isEqualTo(id.equals("applytoken/reference") ? "note" : "error");
        }
    }

    @Test
    void resultsPointAtRulesAndLines() {
        JsonArray results = run.getAsJsonArray("results");
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");

        assertThat(results).hasSize(result.findings().size());
        for (int i = 0; i < results.size(); i++) {
            JsonObject sarif = results.get(i).getAsJsonObject();
            int ruleIndex = sarif.get("ruleIndex").getAsInt();
            assertThat(rules.get(ruleIndex).getAsJsonObject().get("id").getAsString())
                    .isEqualTo(sarif.get("ruleId").getAsString());
            assertThat(physicalLocation(sarif).getAsJsonObject("region").get("startLine").getAsInt())
                    .isEqualTo(result.findings().get(i).line());
        }
    }

    @Test
    void levelFollowsConfidenceAndOperation() {
        List<String> levels = new ArrayList<>();
        for (JsonElement element : run.getAsJsonArray("results")) {
            levels.add(element.getAsJsonObject().get("level").getAsString());
        }

        assertThat(levels).containsExactly("error", "note", "error", "warning");
    }

    @Test
    void messageCarriesEvidence() {
        JsonObject apply = run.getAsJsonArray("results").get(0).getAsJsonObject();
        String text = apply.getAsJsonObject("message").get("text").getAsString();

        assertThat(text).contains("ApplyToken").contains("Tools.applyToken").contains("high confidence");
    }

    @Test
    void urisAreRelativeToSourceRoot() {
        JsonObject script = run.getAsJsonArray("results").get(2).getAsJsonObject();
        JsonObject artifact = physicalLocation(script).getAsJsonObject("artifactLocation");
        String base = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString();

        assertThat(artifact.get("uri").getAsString()).isEqualTo("scripts/revoke%20token.sh");
        assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
        assertThat(base).startsWith("file:/").endsWith("/");
        assertThat(Path.of(java.net.URI.create(base))).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void relativeUriEscapesSchemeLikeFirstSegment() {
        assertThat(SarifReport.relativeUri("c:odd/Token.java")).isEqualTo("./c:odd/Token.java");
        assertThat(SarifReport.relativeUri("src/a:b/Token.java")).isEqualTo("src/a:b/Token.java");
        assertThat(SarifReport.relativeUri("src/100%/Tök.java")).isEqualTo("src/100%25/T%C3%B6k.java");
    }

    @Test
    void fingerprintsMatchBaselineFingerprints() {
        List<String> expected = Fingerprints.compute(result);
        JsonArray results = run.getAsJsonArray("results");

        for (int i = 0; i < results.size(); i++) {
            JsonObject fingerprints = results.get(i).getAsJsonObject().getAsJsonObject("partialFingerprints");
            assertThat(fingerprints.get(Fingerprints.SARIF_KEY).getAsString()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void propertiesCarryConfidenceMigrationReason() {
        JsonObject properties = run.getAsJsonArray("results").get(1).getAsJsonObject().getAsJsonObject("properties");

        assertThat(properties.get("confidence").getAsString()).isEqualTo("high");
        assertThat(properties.get("migration").getAsString()).isEqualTo("manual");
        assertThat(properties.get("reason").getAsString()).contains("configuration");
    }

    @Test
    void noFixesAndNoBaselineState() {
        for (JsonElement element : run.getAsJsonArray("results")) {
            assertThat(element.getAsJsonObject().has("fixes")).isFalse();
            assertThat(element.getAsJsonObject().has("baselineState")).isFalse();
        }
    }

    @Test
    void skippedFilesBecomeNotifications() {
        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        JsonArray notifications = invocation.getAsJsonArray("toolExecutionNotifications");

        assertThat(invocation.get("executionSuccessful").getAsBoolean()).isTrue();
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).getAsJsonObject().getAsJsonObject("message").get("text").getAsString())
                .contains("web/static/app.min.js");
    }

    @Test
    void baselineMarksResults() {
        ScanResult accepted = new ScanResult(root, 42, result.findings().subList(0, 2), List.of());
        String sarif = new SarifReport("0.1.0", Optional.of(Baseline.of(accepted))).render(result);
        JsonArray results = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject().getAsJsonArray("results");
        List<String> states = new ArrayList<>();
        for (JsonElement element : results) {
            states.add(element.getAsJsonObject().get("baselineState").getAsString());
        }

        assertThat(states).containsExactly("unchanged", "unchanged", "new", "new");
    }

    private static JsonObject physicalLocation(JsonObject result) {
        return result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
    }
}
