package dev.applytoken.scanner.fix;

import dev.applytoken.scanner.io.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.RecipeRun;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.Parser;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.tree.ParseError;

/**
 * Runs a migration recipe over Java files without Maven: parses them with OpenRewrite's Java parser
 * (only the JDK on the classpath, so third-party types stay unknown), runs the recipe and returns the
 * changed texts. It writes nothing.
 */
public final class JavaMigration {

    /** A Java file the recipe changed, before and after. */
    public record FileChange(Path file, SourceText before, SourceText after) {
    }

    /** A file that could not be read or parsed, and why. */
    public record Problem(Path file, String message) {
    }

    /** The result of one run: the changes, the recipe run (for its data tables) and the problems. */
    public record Outcome(List<FileChange> changes, RecipeRun recipeRun, List<Problem> problems) {
    }

    /** Stack size of the migration thread: room for code nested tens of thousands of levels deep. */
    private static final long DEEP_STACK_BYTES = 512L * 1024 * 1024;

    /**
     * Maximum line length of a file that is parsed. OpenRewrite's parser needs memory far beyond the file's
     * size on megabyte-long lines, and hand-written legacy calls never sit on such lines.
     */
    private static final int MAX_LINE_LENGTH = 64 * 1024;

    private JavaMigration() {
    }

    /**
     * Migrates the given Java files, paths relative to {@code root}. A file that fails to read or parse
     * is reported as a problem and left out; the others are migrated.
     *
     * <p>The work runs on its own thread with a large stack, because the Java parser recurses once per
     * nesting level and generated or damaged code can nest thousands of levels deep.
     */
    public static Outcome run(Path root, List<Path> javaFiles, Recipe recipe) {
        FutureTask<Outcome> task = new FutureTask<>(() -> runOnThisThread(root, javaFiles, recipe));
        Thread worker = new Thread(null, task, "applytoken-migration", DEEP_STACK_BYTES);
        worker.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the migration was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the migration failed: " + e.getCause(), e.getCause());
        }
    }

    private static Outcome runOnThisThread(Path root, List<Path> javaFiles, Recipe recipe) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, SourceText> texts = new LinkedHashMap<>();
        List<Parser.Input> inputs = new ArrayList<>();
        for (Path file : javaFiles) {
            try {
                SourceText text = SourceText.read(root.resolve(file));
                if (longestLine(text.text()) > MAX_LINE_LENGTH) {
                    problems.add(new Problem(file, "has a line longer than " + MAX_LINE_LENGTH
                            + " characters, as generated or minified code does; it was left unchanged."));
                    continue;
                }
                texts.put(file, text);
                byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
                inputs.add(new Parser.Input(root.resolve(file), () -> new ByteArrayInputStream(utf8)));
            } catch (IOException e) {
                problems.add(new Problem(file, "could not read the file: " + e.getMessage()));
            }
        }

        // The parser reports each failure twice: to the context and as a ParseError source, which names the file.
        ExecutionContext parsing = new InMemoryExecutionContext(error -> { });
        List<SourceFile> sources = parse(root, inputs, parsing, problems);

        ExecutionContext running = new InMemoryExecutionContext(
                error -> problems.add(new Problem(Path.of(""), "the migration recipe reported: " + error)));
        RecipeRun recipeRun = recipe.run(new InMemoryLargeSourceSet(sources), running);
        List<FileChange> changes = new ArrayList<>();
        for (Result result : recipeRun.getChangeset().getAllResults()) {
            if (result.getBefore() == null || result.getAfter() == null) {
                continue;
            }
            Path file = result.getAfter().getSourcePath();
            SourceText before = texts.get(file);
            if (before != null) {
                changes.add(new FileChange(file, before, before.withText(result.getAfter().printAll())));
            }
        }
        return new Outcome(changes, recipeRun, List.copyOf(problems));
    }

    /**
     * Parses the inputs together, so types declared in one file are known in the others. When the batch
     * fails even so (a stack overflow, or an internal assertion of javac on damaged input when assertions
     * are enabled), parses the files one by one and leaves out those that still fail.
     */
    private static List<SourceFile> parse(Path root, List<Parser.Input> inputs, ExecutionContext context,
                                          List<Problem> problems) {
        try {
            return withoutParseErrors(newParser().parseInputs(inputs, root, context).toList(), problems);
        } catch (StackOverflowError | AssertionError batchFailure) {
            List<SourceFile> sources = new ArrayList<>();
            for (Parser.Input input : inputs) {
                try {
                    sources.addAll(withoutParseErrors(newParser().parseInputs(List.of(input), root, context).toList(),
                            problems));
                } catch (StackOverflowError | AssertionError fileFailure) {
                    problems.add(new Problem(root.relativize(input.getPath()),
                            "the Java parser failed on it (" + fileFailure + "); it was left unchanged."));
                }
            }
            return sources;
        }
    }

    private static JavaParser newParser() {
        return JavaParser.fromJavaVersion().logCompilationWarningsAndErrors(false).build();
    }

    private static List<SourceFile> withoutParseErrors(List<SourceFile> parsed, List<Problem> problems) {
        List<SourceFile> sources = new ArrayList<>();
        for (SourceFile source : parsed) {
            if (source instanceof ParseError error) {
                problems.add(new Problem(source.getSourcePath(), "not valid Java 17 as far as OpenRewrite's parser can tell ("
                        + shortReason(error) + "); it was left unchanged."));
            } else {
                sources.add(source);
            }
        }
        return sources;
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    /** Returns the parser's reason in a few words; OpenRewrite's own wording is internal jargon. */
    private static String shortReason(ParseError error) {
        String message = firstLine(error.toException().getMessage());
        if (message.contains("idempoten")) {
            return "it does not print back to the same text";
        }
        return message.length() > 160 ? message.substring(0, 160) + "..." : message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
