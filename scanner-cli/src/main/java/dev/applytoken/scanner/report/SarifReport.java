package dev.applytoken.scanner.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.Fingerprints;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Renders a scan result as a SARIF 2.1.0 log for code-scanning services.
 *
 * <p>One run, tool {@code applytoken}, one rule per operation ({@code applytoken/apply},
 * {@code applytoken/revoke}, {@code applytoken/query}, {@code applytoken/reference}). A result's level is
 * {@code error} for a high-confidence call, {@code warning} for a medium one and {@code note} for a
 * reference. Paths are relative to {@code %SRCROOT%}, the scanned root. Each result carries the
 * fingerprint of {@link Fingerprints} under {@value Fingerprints#SARIF_KEY}, so a code-scanning service
 * tracks it across line moves. With a baseline, each result also gets {@code baselineState}
 * {@code unchanged} (in the baseline) or {@code new}.
 *
 * <p>The log has no {@code fixes}: SARIF requires each fix to list exact byte or line replacements, and
 * only {@code applytoken fix} computes those. It has no code snippets either, because the line of a
 * legacy call often carries a hard-coded AccessKey secret. The evidence in each message is masked.
 */
public final class SarifReport {

    /** The rules in {@code ruleIndex} order. */
    private static final List<Operation> RULES =
            List.of(Operation.APPLY, Operation.REVOKE, Operation.QUERY, Operation.REFERENCE);

    private static final String SRCROOT = "%SRCROOT%";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final String toolVersion;
    private final Optional<Baseline> baseline;

    /**
     * @param toolVersion the version of applytoken, such as {@code 0.1.0}
     * @param baseline    the baseline given with {@code --baseline}, or empty when none was
     */
    public SarifReport(String toolVersion, Optional<Baseline> baseline) {
        this.toolVersion = toolVersion;
        this.baseline = baseline;
    }

    /** Renders the SARIF log as pretty-printed JSON. */
    public String render(ScanResult result) {
        JsonObject run = new JsonObject();
        run.add("tool", tool());
        run.add("originalUriBaseIds", originalUriBaseIds(result));
        run.add("invocations", invocations(result));
        run.add("results", results(result));
        run.addProperty("columnKind", "utf16CodeUnits");

        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return GSON.toJson(log) + "\n";
    }

    private JsonObject tool() {
        JsonArray rules = new JsonArray();
        for (Operation operation : RULES) {
            rules.add(rule(operation));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "applytoken");
        driver.addProperty("version", toolVersion);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        return tool;
    }

    private static JsonObject rule(Operation operation) {
        JsonObject help = new JsonObject();
        help.addProperty("text", MigrationAdvice.helpText(operation));
        help.addProperty("markdown", MigrationAdvice.helpMarkdown(operation));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", operation == Operation.REFERENCE ? "note" : "error");

        JsonObject rule = new JsonObject();
        rule.addProperty("id", Fingerprints.ruleId(operation));
        rule.addProperty("name", ruleName(operation));
        rule.add("shortDescription", message(MigrationAdvice.summary(operation) + "."));
        rule.add("fullDescription", message(MigrationAdvice.description(operation)));
        rule.add("help", help);
        rule.add("defaultConfiguration", configuration);
        return rule;
    }

    private static String ruleName(Operation operation) {
        return switch (operation) {
            case APPLY -> "LegacyTokenApply";
            case REVOKE -> "LegacyTokenRevoke";
            case QUERY -> "LegacyTokenQuery";
            case REFERENCE -> "LegacyTokenServerReference";
        };
    }

    private static JsonObject originalUriBaseIds(ScanResult result) {
        JsonObject root = new JsonObject();
        root.addProperty("uri", directoryUri(result));
        JsonObject ids = new JsonObject();
        ids.add(SRCROOT, root);
        return ids;
    }

    /** Returns the absolute URI of the root, ending in {@code /} as SARIF requires of a base URI. */
    private static String directoryUri(ScanResult result) {
        String uri = result.root().toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** Lists skipped files as notifications, so a reader knows what the scan did not read. */
    private static JsonArray invocations(ScanResult result) {
        JsonArray notifications = new JsonArray();
        for (SkippedFile skipped : result.skipped()) {
            JsonObject notification = new JsonObject();
            notification.addProperty("level", "warning");
            notification.add("message", message("Skipped " + skipped.file() + ": " + skipped.reason()));
            JsonArray locations = new JsonArray();
            locations.add(location(skipped.file(), 0));
            notification.add("locations", locations);
            notifications.add(notification);
        }
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", true);
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        return invocations;
    }

    private JsonArray results(ScanResult result) {
        List<String> fingerprints = Fingerprints.compute(result);
        JsonArray results = new JsonArray();
        for (int i = 0; i < result.findings().size(); i++) {
            results.add(result(result.findings().get(i), fingerprints.get(i)));
        }
        return results;
    }

    private JsonObject result(Finding finding, String fingerprint) {
        JsonArray locations = new JsonArray();
        locations.add(location(finding.file(), finding.line()));
        JsonObject partialFingerprints = new JsonObject();
        partialFingerprints.addProperty(Fingerprints.SARIF_KEY, fingerprint);
        JsonArray evidence = new JsonArray();
        finding.evidence().forEach(evidence::add);
        JsonObject properties = new JsonObject();
        properties.addProperty("confidence", finding.confidence().reportName());
        properties.addProperty("migration", finding.migration().reportName());
        properties.addProperty("reason", finding.reason());
        properties.addProperty("language", finding.language());
        properties.add("evidence", evidence);

        JsonObject result = new JsonObject();
        result.addProperty("ruleId", Fingerprints.ruleId(finding.operation()));
        result.addProperty("ruleIndex", RULES.indexOf(finding.operation()));
        result.addProperty("level", level(finding));
        result.add("message", message(messageText(finding)));
        result.add("locations", locations);
        result.add("partialFingerprints", partialFingerprints);
        baseline.ifPresent(accepted ->
                result.addProperty("baselineState", accepted.contains(fingerprint) ? "unchanged" : "new"));
        result.add("properties", properties);
        return result;
    }

    private static String level(Finding finding) {
        if (finding.operation() == Operation.REFERENCE) {
            return "note";
        }
        return switch (finding.confidence()) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
        };
    }

    private static String messageText(Finding finding) {
        StringBuilder text = new StringBuilder(MigrationAdvice.summary(finding.operation()))
                .append(" (").append(finding.confidence().reportName()).append(" confidence).");
        if (!finding.evidence().isEmpty()) {
            text.append(" Evidence: ").append(String.join("; ", finding.evidence())).append('.');
        }
        if (finding.reason() != null && !finding.reason().isBlank()) {
            text.append(" Migration (").append(finding.migration().reportName()).append("): ")
                    .append(finding.reason());
        }
        return text.toString();
    }

    /** Builds a physical location. A {@code line} below 1 leaves out the region. */
    private static JsonObject location(String file, int line) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", relativeUri(file));
        artifact.addProperty("uriBaseId", SRCROOT);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        if (line >= 1) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", line);
            physical.add("region", region);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    /** Percent-encodes a root-relative path into a relative URI reference. */
    static String relativeUri(String file) {
        try {
            String path = file.replace('\\', '/');
            int colon = path.indexOf(':');
            int slash = path.indexOf('/');
            // A colon in the first segment would read as a URI scheme, so such a path starts with "./".
            if (colon >= 0 && (slash < 0 || colon < slash)) {
                path = "./" + path;
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot turn path '" + file + "' into a URI: " + e.getMessage(), e);
        }
    }

    private static JsonObject message(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }
}
