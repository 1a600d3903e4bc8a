package dev.applytoken.rewrite.table;

import org.openrewrite.Column;
import org.openrewrite.DataTable;
import org.openrewrite.Recipe;

/** One row per legacy token-server call or reference that {@code FindLegacyTokenCalls} found. */
public class LegacyTokenCalls extends DataTable<LegacyTokenCalls.Row> {

    public LegacyTokenCalls(Recipe recipe) {
        super(recipe, "Legacy token-server calls",
                "Calls of the retired ApsaraMQ for MQTT token server and references to its host, with the evidence.");
    }

    public record Row(
            @Column(displayName = "Source path", description = "The file that calls or references the token server.")
            String sourcePath,
            @Column(displayName = "Line", description = "The 1-based line of the marked code, when it could be computed.")
            Integer line,
            @Column(displayName = "Operation", description = "`apply`, `revoke`, `query`, or `reference` for an address with no call.")
            String operation,
            @Column(displayName = "Confidence", description = "`high` for strong evidence, `medium` for a bare path in an MQTT context.")
            String confidence,
            @Column(displayName = "Evidence", description = "Why the call was flagged, with credentials masked.")
            String evidence,
            @Column(displayName = "Migration", description = "`auto` when the migration recipe is expected to rewrite the call, else `manual`.")
            String migration,
            @Column(displayName = "Reason", description = "What the migration does, or why it must be done by hand.")
            String reason) {
    }
}
