package dev.applytoken.rewrite.table;

import org.openrewrite.Column;
import org.openrewrite.DataTable;
import org.openrewrite.Recipe;

/** One row per legacy token-server call that the migration recipe met, migrated or left for a person. */
public class MigrationOutcomes extends DataTable<MigrationOutcomes.Row> {

    /** Outcome of a call that now goes through the target SDK. */
    public static final String MIGRATED = "migrated";

    /** Outcome of a call left unchanged, with a marker comment saying what to do by hand. */
    public static final String MANUAL = "manual";

    public MigrationOutcomes(Recipe recipe) {
        super(recipe, "Legacy token-server migration outcomes",
                "Each legacy token-server call the recipe met, and whether it was migrated or needs a person.");
    }

    /**
     * One call. {@code line} is 1-based and {@code null} when it could not be computed; {@code reason}
     * explains why a call needs a person, or names the API a migrated call now uses.
     */
    public record Row(
            @Column(displayName = "Source path", description = "The file that contains the call.")
            String sourcePath,
            @Column(displayName = "Line", description = "The 1-based line of the call before migration, when known.")
            Integer line,
            @Column(displayName = "Operation", description = "The legacy operation: `apply`, `revoke` or `query`.")
            String operation,
            @Column(displayName = "Outcome", description = "`migrated`, or `manual` when the call was left unchanged.")
            String outcome,
            @Column(displayName = "Reason", description = "Why the call needs a person, or what it was migrated to.")
            String reason) {
    }
}
