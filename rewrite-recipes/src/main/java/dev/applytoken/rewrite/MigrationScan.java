package dev.applytoken.rewrite;

import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.openrewrite.Cursor;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.marker.JavaProject;
import org.openrewrite.java.tree.J;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Facts the scanning phase of the migration collects before any file changes: the legacy constants of every file,
 * and the Java files that may contain a legacy call. A module's pom gets the SDK only when its Java is migrated.
 */
public final class MigrationScan {

    private static final Set<String> LEGACY_FIELD_NAMES = Set.of("tokenData", "signature", "accessKey");

    private final LegacyConstants constants = new LegacyConstants();
    private final List<J.CompilationUnit> candidates = new ArrayList<>();
    private Set<Object> migratedProjects;
    private Set<Path> migratedSourcePaths;

    public LegacyConstants constants() {
        return constants;
    }

    /** Records the constants of {@code compilationUnit} and keeps it if it may hold a legacy call. */
    public synchronized void scan(J.CompilationUnit compilationUnit) {
        constants.collect(compilationUnit);
        if (mayCallLegacyServer(compilationUnit)) {
            candidates.add(compilationUnit);
        }
    }

    /**
     * Tells whether the migration changes Java in the module of {@code buildFile}: a file with the same
     * {@link JavaProject} marker, or, without markers, a file below the build file's directory.
     */
    public synchronized boolean migratesModuleOf(SourceFile buildFile, MigrationSettings settings) {
        if (migratedProjects == null) {
            dryRun(settings);
        }
        Optional<JavaProject> project = buildFile.getMarkers().findFirst(JavaProject.class);
        if (project.isPresent()) {
            return migratedProjects.contains(project.get());
        }
        Path directory = buildFile.getSourcePath().getParent();
        for (Path path : migratedSourcePaths) {
            if (directory == null || path.startsWith(directory)) {
                return true;
            }
        }
        return false;
    }

    private void dryRun(MigrationSettings settings) {
        migratedProjects = new HashSet<>();
        migratedSourcePaths = new HashSet<>();
        for (J.CompilationUnit compilationUnit : candidates) {
            MigrateLegacyCallsVisitor visitor = new MigrateLegacyCallsVisitor(constants, settings,
                    (MigrationOutcomes.Row row) -> {
                    });
            visitor.visit(compilationUnit, new InMemoryExecutionContext(), new Cursor(null, Cursor.ROOT_VALUE));
            if (visitor.migratedCalls() > 0) {
                compilationUnit.getMarkers().findFirst(JavaProject.class).ifPresent(migratedProjects::add);
                migratedSourcePaths.add(compilationUnit.getSourcePath());
            }
        }
    }

    private static boolean mayCallLegacyServer(J.CompilationUnit compilationUnit) {
        AtomicBoolean found = new AtomicBoolean();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                if (literal.getValue() instanceof String text
                        && (LEGACY_FIELD_NAMES.contains(text) || LegacyConstants.mentionsLegacyServer(text))) {
                    found.set(true);
                }
                return literal;
            }
        }.visit(compilationUnit, 0);
        return found.get();
    }
}
