package dev.applytoken.scanner.gate;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.scan.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds findings and source files by hand, for tests of code that consumes scan results. */
public final class TestFindings {

    private TestFindings() {
    }

    /** Builds a Java finding with one piece of evidence and an automatic migration. */
    public static Finding finding(String file, int line, Operation operation, Confidence confidence) {
        return new Finding(file, line, "java", operation, confidence,
                List.of("posts to https://mqauth.aliyuncs.com" + operation.legacyPath().orElse("")),
                Migration.AUTO, "rewritten into an OnsMqtt SDK call");
    }

    /** Writes {@code lines} joined with {@code \n} to {@code root/file}, creating folders. */
    public static void writeSource(Path root, String file, List<String> lines) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** Returns the lines of a small legacy apply method, with the call on line {@link #APPLY_CALL_LINE}. */
    public static List<String> legacyApplySource() {
        return List.of(
                "package com.acme.fleet;",
                "",
                "class VehicleTokens {",
                "    String apply(String accessKey, String secretKey) throws Exception {",
                "        return Tools.applyToken(\"https://mqauth.aliyuncs.com\", accessKey, secretKey,"
                        + " topics, \"R,W\", 3600000L, \"post-cn-test\");",
                "    }",
                "}");
    }

    /** The 1-based line of the call in {@link #legacyApplySource()}. */
    public static final int APPLY_CALL_LINE = 5;
}
