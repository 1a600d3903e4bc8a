package dev.applytoken.scanner.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asks git about the work tree around a folder: its uncommitted changes and the folder's path in it. */
final class GitWorkTree {

    private GitWorkTree() {
    }

    /**
     * Returns the {@code git status --porcelain} lines for {@code folder} and below, or empty when the
     * folder is not in a git work tree or git is not installed.
     */
    static Optional<List<String>> uncommittedChanges(Path folder) {
        return git(folder, "status", "--porcelain", "--", ".")
                .map(output -> output.lines().filter(line -> !line.isBlank()).toList());
    }

    /** Returns {@code git rev-parse --show-prefix} for {@code folder}: its path in the work tree, ending in {@code /}. */
    static Optional<String> prefix(Path folder) {
        return git(folder, "rev-parse", "--show-prefix").map(String::strip);
    }

    private static Optional<String> git(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
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
            return Optional.of(output);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
