package dev.applytoken.scanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {

    @TempDir
    Path folder;

    @Test
    void equalTextsGiveNoPatch() {
        assertThat(UnifiedDiff.between("A.java", "x\n", "x\n")).isEmpty();
    }

    @Test
    void patchAppliesWithGitApply() throws Exception {
        String before = numberedLines(1, 40);
        String after = before.replace("line 5\n", "line five\nline 5b\n").replace("line 30\n", "")
                + "appended\n";

        assertPatchTurns(before, after);
    }

    @Test
    void patchAppliesToCrlfFile() throws Exception {
        String before = "class A {\r\n    int a;\r\n    int b;\r\n}\r\n";
        String after = "class A {\r\n    int a;\r\n    long c;\r\n    int b;\r\n}\r\n";

        assertPatchTurns(before, after);
    }

    @Test
    void patchHandlesMissingFinalNewline() throws Exception {
        assertPatchTurns("first\nlast", "first\nchanged last");
        assertPatchTurns("first\nlast", "first\nlast\n");
    }

    @Test
    void patchReplacingWholeFileApplies() throws Exception {
        assertPatchTurns("a\nb\nc\n", "x\ny\n");
    }

    @Test
    void hunkHeaderCountsLines() {
        String patch = UnifiedDiff.between("A.java", "a\nb\nc\n", "a\nB\nc\n");

        assertThat(patch).contains("@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    }

    private void assertPatchTurns(String before, String after) throws Exception {
        Path file = folder.resolve("src/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, before, StandardCharsets.UTF_8);
        Path patch = folder.resolve("change.patch");
        Files.writeString(patch, UnifiedDiff.between("src/A.java", before, after), StandardCharsets.UTF_8);

        int exit = run(folder, "git", "apply", patch.toString());

        assertThat(exit).as("git apply exit code").isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(after);
    }

    private static String numberedLines(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    static int run(Path directory, String... command) throws IOException, InterruptedException {
        List<String> arguments = List.of(command);
        Process process = new ProcessBuilder(arguments).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + arguments);
        }
        if (process.exitValue() != 0) {
            System.err.println(output);
        }
        return process.exitValue();
    }
}
