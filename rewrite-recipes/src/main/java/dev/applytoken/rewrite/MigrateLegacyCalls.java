package dev.applytoken.rewrite;

import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.java.tree.J;

import java.util.function.Consumer;

/** Entry point of the Java half of the migration, for the recipe in another package. */
public final class MigrateLegacyCalls {

    private MigrateLegacyCalls() {
    }

    /** Migrates the legacy calls of one file, reporting one row per call to {@code outcomes}. */
    public static J.CompilationUnit visit(J.CompilationUnit compilationUnit, LegacyConstants constants,
                                          MigrationSettings settings, Consumer<MigrationOutcomes.Row> outcomes,
                                          ExecutionContext ctx) {
        MigrateLegacyCallsVisitor visitor = new MigrateLegacyCallsVisitor(constants, settings, outcomes);
        return (J.CompilationUnit) visitor.visitNonNull(compilationUnit, ctx, new Cursor(null, Cursor.ROOT_VALUE));
    }
}
