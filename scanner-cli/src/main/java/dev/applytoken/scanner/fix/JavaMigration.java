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
import java.util.stream.Collectors;
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

    /** What one run produced: the changes, the recipe run (for its data tables) and the problems. */
    public record Outcome(List<FileChange> changes, RecipeRun recipeRun, List<Problem> problems) {
    }

    private JavaMigration() {
    }

    /**
     * Migrates the given Java files, paths relative to {@code root}. A file that fails to read or parse
     * is reported as a problem and left out; the others are migrated.
     */
    public static Outcome run(Path root, List<Path> javaFiles, Recipe recipe) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, SourceText> texts = new LinkedHashMap<>();
        List<Parser.Input> inputs = new ArrayList<>();
        for (Path file : javaFiles) {
            try {
                SourceText text = SourceText.read(root.resolve(file));
                texts.put(file, text);
                byte[] utf8 = text.text().getBytes(StandardCharsets.UTF_8);
                inputs.add(new Parser.Input(root.resolve(file), () -> new ByteArrayInputStream(utf8)));
            } catch (IOException e) {
                problems.add(new Problem(file, "could not read the file: " + e.getMessage()));
            }
        }

        ExecutionContext context = new InMemoryExecutionContext(
                error -> problems.add(new Problem(Path.of(""), "OpenRewrite reported: " + error)));
        JavaParser parser = JavaParser.fromJavaVersion().logCompilationWarningsAndErrors(false).build();
        List<SourceFile> sources = new ArrayList<>();
        for (SourceFile source : parser.parseInputs(inputs, root, context).collect(Collectors.toList())) {
            if (source instanceof ParseError error) {
                problems.add(new Problem(source.getSourcePath(), "could not parse the file as Java 17 ("
                        + firstLine(error.toException().getMessage()) + "); it was left unchanged."));
            } else {
                sources.add(source);
            }
        }

        RecipeRun recipeRun = recipe.run(new InMemoryLargeSourceSet(sources), context);
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

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
