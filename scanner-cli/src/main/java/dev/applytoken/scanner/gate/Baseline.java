package dev.applytoken.scanner.gate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has accepted for now, by fingerprint (see {@link Fingerprints}).
 *
 * <p>{@code scan --write-baseline FILE} writes every finding of a run; {@code scan --baseline FILE}
 * then lets only findings whose fingerprint is not in the file fail the run. The file is JSON:
 * <pre>{@code
 * {"tool": "applytoken", "version": 1, "fingerprintKind": "applytokenLineHash/v1",
 *  "findings": [{"fingerprint": "9f2c...", "ruleId": "applytoken/apply", "file": "src/A.java", "line": 12}]}
 * }</pre>
 * Only {@code fingerprint} is read back; {@code ruleId}, {@code file} and {@code line} are there for
 * people reviewing the file in a pull request.
 */
public final class Baseline {

    /** The format version written to, and accepted from, the file. */
    public static final int FORMAT_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    /** Returns a baseline that contains no finding. */
    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** Returns a baseline of every finding of {@code result}. */
    public static Baseline of(ScanResult result) {
        return new Baseline(new HashSet<>(Fingerprints.compute(result)));
    }

    /** Tells whether a fingerprint is in the baseline. */
    public boolean contains(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }

    /** Returns the number of distinct fingerprints. */
    public int size() {
        return fingerprints.size();
    }

    /**
     * Reads a baseline file.
     *
     * @throws InvalidBaselineException when the file is not a baseline of a format this version reads
     * @throws IOException              when the file cannot be read
     */
    public static Baseline read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parse(JsonParser.parseString(json));
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new InvalidBaselineException(file + " is not a valid applytoken baseline: " + e.getMessage()
                    + "; write a new one with --write-baseline", e);
        }
    }

    private static Baseline parse(JsonElement root) {
        JsonObject object = root.getAsJsonObject();
        JsonElement version = object.get("version");
        if (version == null || version.getAsInt() != FORMAT_VERSION) {
            throw new IllegalStateException("version is " + version + ", expected " + FORMAT_VERSION);
        }
        JsonElement findings = object.get("findings");
        if (findings == null) {
            throw new IllegalStateException("the findings array is missing");
        }
        Set<String> fingerprints = new HashSet<>();
        for (JsonElement entry : findings.getAsJsonArray()) {
            JsonElement fingerprint = entry.getAsJsonObject().get("fingerprint");
            if (fingerprint == null) {
                throw new IllegalStateException("a finding has no fingerprint: " + entry);
            }
            fingerprints.add(fingerprint.getAsString());
        }
        return new Baseline(fingerprints);
    }

    /** Renders the baseline file of every finding of {@code result}, in the order of its findings. */
    public static String toJson(ScanResult result) {
        List<Finding> findings = result.findings();
        List<String> fingerprints = Fingerprints.compute(result);
        JsonArray entries = new JsonArray();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonObject entry = new JsonObject();
            entry.addProperty("fingerprint", fingerprints.get(i));
            entry.addProperty("ruleId", Fingerprints.ruleId(finding.operation()));
            entry.addProperty("file", finding.file());
            entry.addProperty("line", finding.line());
            entries.add(entry);
        }
        JsonObject root = new JsonObject();
        root.addProperty("tool", "applytoken");
        root.addProperty("version", FORMAT_VERSION);
        root.addProperty("fingerprintKind", Fingerprints.SARIF_KEY);
        root.add("findings", entries);
        return GSON.toJson(root) + "\n";
    }

    /**
     * Writes the baseline file of every finding of {@code result}. The file is replaced in one step,
     * so a run that stops half way leaves the old baseline intact.
     */
    public static void write(ScanResult result, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, toJson(result), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
