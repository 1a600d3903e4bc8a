package dev.applytoken.scanner.e2e;

import dev.applytoken.scanner.ApplyTokenCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Helpers the end-to-end tests share: locating the repository, snapshots of trees, running the command. */
final class TestProjects {

    private TestProjects() {
    }

    /** Returns the repository root, which the build passes in as {@code applytoken.projectRoot}. */
    static Path repositoryRoot() {
        String root = System.getProperty("applytoken.projectRoot");
        Path path = root != null ? Path.of(root) : Path.of("..");
        return path.toAbsolutePath().normalize();
    }

    /** Reads every regular file under {@code root} except build output, keyed by relative path with {@code /}. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith("target/")) {
                    files.put(relative, Files.readString(path, StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Keeps only the Java sources of a snapshot. */
    static Map<String, String> javaFiles(Map<String, String> files) {
        Map<String, String> java = new TreeMap<>(files);
        java.keySet().removeIf(path -> !path.endsWith(".java"));
        return java;
    }

    /** The outcome of one in-process run of the {@code applytoken} command. */
    record CommandResult(int exitCode, String out, String err, byte[] patch) {
    }

    /** Runs {@code applytoken} in-process with the given arguments and captures what it prints. */
    static CommandResult applytoken(String... arguments) {
        CommandLine commandLine = ApplyTokenCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.getSubcommands().get("fix").<dev.applytoken.scanner.FixCommand>getCommand()
                .setPatchOutput(patch);
        int exitCode = commandLine.execute(arguments);
        return new CommandResult(exitCode, out.toString(), err.toString(), patch.toByteArray());
    }
}
