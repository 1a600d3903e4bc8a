package dev.applytoken.scanner.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** Runs git commands in a folder and collects what they print. */
public final class Git {

    /** Upper bound for one git command; a diff of a large monorepo takes seconds, not minutes. */
    private static final long TIMEOUT_SECONDS = 120;

    /** What one git command printed, and its exit code. {@code command} is the arguments after {@code git}. */
    public record Output(String command, int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Git() {
    }

    /**
     * Runs {@code git arguments...} in {@code directory}, with paths printed unquoted. Standard output
     * and standard error are read at the same time, so neither can fill up and block git.
     *
     * @throws IOException when git cannot be started, times out, or its output cannot be read
     */
    public static Output run(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(arguments));
        String commandLine = String.join(" ", arguments);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + commandLine + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Output(commandLine, process.exitValue(), stdout.join(), stderr.join());
        } catch (CompletionException e) {
            process.destroyForcibly();
            throw new IOException("could not read the output of git " + commandLine + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while running git " + commandLine);
        }
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
