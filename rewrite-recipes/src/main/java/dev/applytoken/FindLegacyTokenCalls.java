package dev.applytoken;

import dev.applytoken.legacy.ConfigEntries;
import dev.applytoken.legacy.Verdict;
import dev.applytoken.rewrite.search.LegacyCallMark;
import dev.applytoken.rewrite.search.ProjectFacts;
import dev.applytoken.rewrite.table.LegacyTokenCalls;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.service.SourcePositionService;
import org.openrewrite.java.tree.J;
import org.openrewrite.marker.SearchResult;

/**
 * Marks every call of the retired ApsaraMQ for MQTT token server, and every live reference to its
 * host, with a {@link SearchResult}, and lists them in the {@link LegacyTokenCalls} data table. It
 * applies the same rules as {@code applytoken scan}, through {@link dev.applytoken.legacy.LegacyCallJudge}.
 */
public class FindLegacyTokenCalls extends ScanningRecipe<ProjectFacts> {

    private final transient LegacyTokenCalls calls = new LegacyTokenCalls(this);

    @Override
    public String getDisplayName() {
        return "Find calls of the legacy MQTT token server";
    }

    @Override
    public String getDescription() {
        return "Finds Java code that calls the retired ApsaraMQ for MQTT token server "
                + "(`https://mqauth.aliyuncs.com/token/apply`, `/token/revoke`, `/token/query`) or references its host. "
                + "Each finding names the operation, a confidence, and the evidence: the legacy host, the legacy "
                + "signature parameters, the vendor demo helpers, or a call of a method that calls the token server. "
                + "Route declarations and code already on the OnsMqtt SDK are not findings.";
    }

    @Override
    public ProjectFacts getInitialValue(ExecutionContext ctx) {
        return new ProjectFacts();
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(ProjectFacts facts) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                if (tree instanceof J.CompilationUnit unit) {
                    facts.addCompilationUnit(unit);
                } else if (tree instanceof SourceFile file) {
                    String path = file.getSourcePath().toString().replace('\\', '/');
                    if (ConfigEntries.isConfigFile(path)) {
                        facts.addConfigFile(path, file.printAll());
                    }
                }
                return tree;
            }
        };
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(ProjectFacts facts) {
        return new JavaIsoVisitor<>() {
            private Map<UUID, List<LegacyCallMark>> marks = Map.of();
            private String path;

            @Override
            public J.CompilationUnit visitCompilationUnit(J.CompilationUnit unit, ExecutionContext ctx) {
                path = unit.getSourcePath().toString().replace('\\', '/');
                marks = facts.marksFor(path);
                if (marks.isEmpty()) {
                    return unit;
                }
                return super.visitCompilationUnit(unit, ctx);
            }

            @Override
            public J postVisit(J tree, ExecutionContext ctx) {
                List<LegacyCallMark> found = marks.get(tree.getId());
                if (found == null) {
                    return tree;
                }
                Integer line = lineOf(ctx);
                J marked = tree;
                for (LegacyCallMark mark : found) {
                    Verdict verdict = mark.verdict();
                    calls.insertRow(ctx, new LegacyTokenCalls.Row(path, line, verdict.operation().reportName(),
                            verdict.confidence().reportName(), String.join("; ", verdict.evidence()),
                            verdict.migration().reportName(), verdict.reason()));
                    marked = SearchResult.found(marked, mark.description());
                }
                return marked;
            }

            /** Returns the line of the tree under the cursor, or null where the position service cannot tell. */
            private Integer lineOf(ExecutionContext ctx) {
                try {
                    J.CompilationUnit unit = getCursor().firstEnclosingOrThrow(J.CompilationUnit.class);
                    return unit.service(SourcePositionService.class).positionOf(getCursor()).getStartLine();
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        };
    }
}
