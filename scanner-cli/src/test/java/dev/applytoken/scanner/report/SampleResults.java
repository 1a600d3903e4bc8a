package dev.applytoken.scanner.report;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.gate.TestFindings;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A realistic scan of a small service, with sources written under a root, for report tests. */
final class SampleResults {

    static final String HELPER = "src/main/java/com/acme/fleet/mqtt/TokenHelper.java";
    static final String CONFIG = "src/main/resources/application.yml";
    static final String SCRIPT = "scripts/revoke token.sh";

    private SampleResults() {
    }

    /** Writes the sources and returns the scan result a scanner would give for them. */
    static ScanResult write(Path root) throws IOException {
        TestFindings.writeSource(root, HELPER, TestFindings.legacyApplySource());
        TestFindings.writeSource(root, CONFIG, List.of(
                "mqtt:",
                "  token-server: https://mqauth.aliyuncs.com",
                "  instance-id: post-cn-test"));
        TestFindings.writeSource(root, SCRIPT, List.of(
                "#!/bin/sh",
                "curl -s -X POST https://mqauth.aliyuncs.com/token/revoke \\",
                "  -d \"token=$TOKEN&accessKey=$ACCESS_KEY_ID&signature=$SIG\"",
                "curl -s -X POST \"$TOKEN_SERVER/token/query\" -d \"token=$TOKEN\""));
        List<Finding> findings = List.of(
                new Finding(HELPER, TestFindings.APPLY_CALL_LINE, "java", Operation.APPLY, Confidence.HIGH,
                        List.of("calls the vendor demo helper Tools.applyToken",
                                "passes the legacy host https://mqauth.aliyuncs.com"),
                        Migration.AUTO, "rewritten into an ApplyToken call of the Tea SDK"),
                new Finding(CONFIG, 2, "yaml", Operation.REFERENCE, Confidence.HIGH,
                        List.of("value of mqtt.token-server is the legacy host"),
                        Migration.MANUAL, "configuration: delete it once the code that reads it is migrated"),
                new Finding(SCRIPT, 2, "shell", Operation.REVOKE, Confidence.HIGH,
                        List.of("curl POST to https://mqauth.aliyuncs.com/token/revoke",
                                "sends accessKey=LTAI**** and signature"),
                        Migration.MANUAL, "shell scripts are migrated by hand"),
                new Finding(SCRIPT, 4, "shell", Operation.QUERY, Confidence.MEDIUM,
                        List.of("curl POST to $TOKEN_SERVER/token/query with a token parameter"),
                        Migration.MANUAL, "shell scripts are migrated by hand"));
        List<SkippedFile> skipped = List.of(
                new SkippedFile("web/static/app.min.js", "larger than 2097152 bytes; raise --max-file-size to read it"));
        return new ScanResult(root, 42, findings, skipped);
    }
}
