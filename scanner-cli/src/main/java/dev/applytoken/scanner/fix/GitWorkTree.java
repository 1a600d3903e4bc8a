package dev.applytoken.scanner.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks git whether a folder lies in a work tree with uncommitted changes. */
final class GitWorkTree {

    private GitWorkTree() {
    }

    /**
     * Returns the {@code git status --porcelain} lines of the work tree that contains {@code folder}, or
     * empty when the folder is not in a git work tree or git is not installed.
     */
    static Optional<List<String>> uncommittedChanges(Path folder) {
        try {
            Process process = new ProcessBuilder("git", "-C", folder.toString(), "status", "--porcelain")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(output.lines().filter(line -> !line.isBlank()).toList());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
