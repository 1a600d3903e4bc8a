package dev.applytoken.rewrite;

import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.PrintOutputCapture;
import org.openrewrite.Tree;
import org.openrewrite.internal.ListUtils;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.JavaPrinter;
import org.openrewrite.java.JavaTemplate;
import org.openrewrite.java.tree.Comment;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Space;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TextComment;
import org.openrewrite.marker.Markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Rewrites every legacy token-server call of a Java file that can be migrated with certainty, and marks the others
 * with one {@value #MARKER_PREFIX} comment. Outcomes go to {@code outcomes}, one row per call, only when the whole
 * file was processed: a failure leaves the file unchanged and reports one {@code manual} row.
 */
final class MigrateLegacyCallsVisitor extends JavaIsoVisitor<ExecutionContext> {

    /** The fixed prefix of every comment the recipe leaves for a person. */
    static final String MARKER_PREFIX = "applytoken:";

    private static final int MAX_CALLS_PER_METHOD = 20;

    private final LegacyCallAnalyzer analyzer;
    private final MigrationSettings settings;
    private final Consumer<MigrationOutcomes.Row> outcomes;
    private final List<MigrationOutcomes.Row> pendingRows = new ArrayList<>();
    private Map<UUID, Integer> lines = Map.of();
    private String sourcePath = "";
    private int migratedCalls;

    MigrateLegacyCallsVisitor(LegacyConstants constants, MigrationSettings settings,
                              Consumer<MigrationOutcomes.Row> outcomes) {
        this.analyzer = new LegacyCallAnalyzer(constants);
        this.settings = settings;
        this.outcomes = outcomes;
    }

    /** Returns how many calls this visitor has migrated so far. */
    int migratedCalls() {
        return migratedCalls;
    }

    @Override
    public J.CompilationUnit visitCompilationUnit(J.CompilationUnit compilationUnit, ExecutionContext ctx) {
        sourcePath = compilationUnit.getSourcePath().toString();
        pendingRows.clear();
        int migratedBefore = migratedCalls;
        try {
            lines = lineNumbers(compilationUnit);
            J.CompilationUnit visited = super.visitCompilationUnit(compilationUnit, ctx);
            if (migratedCalls > migratedBefore) {
                visited = removeUnusedLegacyConstants(visited);
                removeUnusedImports(visited);
            }
            pendingRows.forEach(outcomes);
            return visited;
        } catch (RuntimeException e) {
            migratedCalls = migratedBefore;
            outcomes.accept(new MigrationOutcomes.Row(sourcePath, null, "unknown", MigrationOutcomes.MANUAL,
                    "the file was left unchanged because the migration failed with " + e
                            + "; migrate its legacy token-server calls by hand"));
            return compilationUnit;
        }
    }

    @Override
    public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration method, ExecutionContext ctx) {
        J.MethodDeclaration m = super.visitMethodDeclaration(method, ctx);
        if (m.getBody() == null) {
            return m;
        }
        J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
        Set<UUID> settled = new HashSet<>();
        for (int round = 0; round < MAX_CALLS_PER_METHOD; round++) {
            List<LegacyCallAnalyzer.RequestSite> sites = analyzer.findRequestSites(m);
            LegacyCallAnalyzer.RequestSite site = sites.stream()
                    .filter(candidate -> !settled.contains(candidate.statement().getId()))
                    .findFirst().orElse(null);
            if (site == null) {
                break;
            }
            CallAnalysis analysis = analyzer.analyze(m, owner, site, sites, settings, getCursor());
            Integer line = lines.get(site.statement().getId());
            if (analysis instanceof LegacyCall call) {
                m = migrate(m, call);
                migratedCalls++;
                pendingRows.add(new MigrationOutcomes.Row(sourcePath, line, call.operation().reportName(),
                        MigrationOutcomes.MIGRATED, "now calls the " + LegacyCallAnalyzer.action(call.operation())
                        + " API through the " + settings.targetSdk().optionValue() + " SDK"));
            } else if (analysis instanceof LegacyCallAnalyzer.ManualCall manual) {
                settled.add(site.statement().getId());
                m = mark(m, site.statement().getId(), manual);
                pendingRows.add(new MigrationOutcomes.Row(sourcePath, line, manual.operation().reportName(),
                        MigrationOutcomes.MANUAL, manual.reason()));
            }
        }
        return m;
    }

    /**
     * Marks legacy calls inside a lambda body for a person: the lambda's functional interface decides which checked
     * exceptions may escape, which the recipe cannot see.
     */
    @Override
    public J.Lambda visitLambda(J.Lambda lambda, ExecutionContext ctx) {
        J.Lambda l = super.visitLambda(lambda, ctx);
        if (!(l.getBody() instanceof J.Block body)) {
            return l;
        }
        J.Block marked = body;
        for (LegacyCallAnalyzer.RequestSite site : analyzer.findRequestSites(body)) {
            LegacyCallAnalyzer.ManualCall manual = new LegacyCallAnalyzer.ManualCall(site.operation(),
                    "this call runs inside a lambda, whose functional interface may not allow the SDK's checked "
                            + "exceptions; migrate it to the " + LegacyCallAnalyzer.action(site.operation())
                            + " API by hand");
            marked = markInBlock(marked, site.statement().getId(), manual);
            pendingRows.add(new MigrationOutcomes.Row(sourcePath, lines.get(site.statement().getId()),
                    site.operation().reportName(), MigrationOutcomes.MANUAL, manual.reason()));
        }
        return marked == body ? l : l.withBody(marked);
    }

    // ---------------------------------------------------------------- migration

    private J.MethodDeclaration migrate(J.MethodDeclaration method, LegacyCall call) {
        J.CompilationUnit compilationUnit = getCursor().firstEnclosingOrThrow(J.CompilationUnit.class);
        SdkCallWriter.Generated generated = SdkCallWriter.write(call, settings, typesBySimpleName(compilationUnit));
        JavaTemplate template = JavaTemplate.builder(generated.code())
                .contextSensitive()
                .javaParser(JavaParser.fromJavaVersion().dependsOn(generated.stubs()))
                .imports(generated.imports().toArray(new String[0]))
                .build();
        UUID replacedId = call.replaced().getId();
        J.MethodDeclaration migrated = (J.MethodDeclaration) new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.Block visitBlock(J.Block block, ExecutionContext ctx) {
                J.Block b = super.visitBlock(block, ctx);
                Statement replaced = null;
                List<Statement> kept = new ArrayList<>();
                for (Statement statement : b.getStatements()) {
                    if (statement.getId().equals(replacedId)) {
                        replaced = statement;
                        kept.add(statement);
                    } else if (!call.removed().contains(statement.getId())) {
                        kept.add(statement);
                    }
                }
                if (kept.size() != b.getStatements().size()) {
                    b = b.withStatements(kept);
                }
                if (replaced != null) {
                    b = template.apply(updateCursor(b), replaced.getCoordinates().replace(),
                            generated.arguments().toArray());
                }
                return b;
            }
        }.visitNonNull(method, new org.openrewrite.InMemoryExecutionContext(), getCursor().getParentOrThrow());
        for (String fullyQualifiedName : generated.imports()) {
            maybeAddImport(fullyQualifiedName, false);
        }
        return migrated;
    }

    /**
     * Maps each simple type name the file already uses to the qualified names it stands for: imported types, types
     * declared in the file, and types in use. An SDK type whose simple name stands for another type is written
     * fully qualified.
     */
    private static Map<String, Set<String>> typesBySimpleName(J.CompilationUnit compilationUnit) {
        Map<String, Set<String>> types = new HashMap<>();
        for (J.Import anImport : compilationUnit.getImports()) {
            String name = anImport.getQualid().getSimpleName();
            if (!anImport.isStatic() && !"*".equals(name)) {
                types.computeIfAbsent(name, key -> new HashSet<>()).add(anImport.getTypeName());
            }
        }
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration classDeclaration, Integer p) {
                String name = classDeclaration.getType() != null
                        ? classDeclaration.getType().getFullyQualifiedName()
                        : "declared in this file: " + classDeclaration.getSimpleName();
                types.computeIfAbsent(classDeclaration.getSimpleName(), key -> new HashSet<>()).add(name);
                return super.visitClassDeclaration(classDeclaration, p);
            }
        }.visit(compilationUnit, 0);
        for (JavaType type : compilationUnit.getTypesInUse().getTypesInUse()) {
            if (type instanceof JavaType.FullyQualified fq && !(type instanceof JavaType.Unknown)) {
                String className = fq.getClassName();
                types.computeIfAbsent(className.substring(className.lastIndexOf('.') + 1), key -> new HashSet<>())
                        .add(fq.getFullyQualifiedName());
            }
        }
        // Without type information a name such as Client may come from a wildcard import. A new single-type import
        // would shadow it, so an unresolved capitalised name counts as another type.
        for (J.ClassDeclaration classDeclaration : compilationUnit.getClasses()) {
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.Identifier visitIdentifier(J.Identifier identifier, Integer p) {
                    boolean unresolved = identifier.getType() == null || identifier.getType() instanceof JavaType.Unknown;
                    if (unresolved && identifier.getFieldType() == null && !identifier.getSimpleName().isEmpty()
                            && Character.isUpperCase(identifier.getSimpleName().charAt(0))) {
                        types.computeIfAbsent(identifier.getSimpleName(), key -> new HashSet<>())
                                .add("unresolved: " + identifier.getSimpleName());
                    }
                    return identifier;
                }
            }.visit(classDeclaration, 0);
        }
        return types;
    }

    /**
     * Removes private fields that contain a legacy URL or path, such as {@code applyTokenUrl = "/token/apply"}, once
     * migration left no reference to them. Other classes cannot read a private field, so this file shows every use.
     */
    private static J.CompilationUnit removeUnusedLegacyConstants(J.CompilationUnit compilationUnit) {
        Map<String, Integer> references = References.count(compilationUnit);
        return (J.CompilationUnit) new JavaIsoVisitor<Integer>() {
            @Override
            public J.Block visitBlock(J.Block block, Integer p) {
                J.Block b = super.visitBlock(block, p);
                if (!(getCursor().getParentTreeCursor().getValue() instanceof J.ClassDeclaration)) {
                    return b;
                }
                List<Statement> kept = new ArrayList<>();
                Space firstPrefix = null;
                for (Statement member : b.getStatements()) {
                    if (isUnusedLegacyConstant(member, references)) {
                        firstPrefix = kept.isEmpty() && firstPrefix == null ? member.getPrefix() : firstPrefix;
                    } else {
                        // The first member that stays takes the prefix of a removed first member, so no blank
                        // line opens the class body.
                        kept.add(kept.isEmpty() && firstPrefix != null ? member.withPrefix(firstPrefix) : member);
                    }
                }
                return kept.size() == b.getStatements().size() ? b : b.withStatements(kept);
            }
        }.visitNonNull(compilationUnit, 0);
    }

    private static boolean isUnusedLegacyConstant(Statement member, Map<String, Integer> references) {
        if (!(member instanceof J.VariableDeclarations field) || field.getVariables().size() != 1
                || !field.hasModifier(J.Modifier.Type.Private)) {
            return false;
        }
        J.VariableDeclarations.NamedVariable variable = field.getVariables().get(0);
        return variable.getInitializer() instanceof J.Literal literal && literal.getValue() instanceof String text
                && LegacyConstants.mentionsLegacyServer(text)
                && references.getOrDefault(variable.getSimpleName(), 0) == 0;
    }

    /** Removes imports, static single-member ones too, whose simple name the migrated file no longer mentions. */
    private void removeUnusedImports(J.CompilationUnit compilationUnit) {
        Set<String> mentioned = new HashSet<>();
        for (J.ClassDeclaration classDeclaration : compilationUnit.getClasses()) {
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.Identifier visitIdentifier(J.Identifier identifier, Integer p) {
                    mentioned.add(identifier.getSimpleName());
                    return identifier;
                }
            }.visit(classDeclaration, 0);
        }
        for (J.Import anImport : compilationUnit.getImports()) {
            String name = anImport.getQualid().getSimpleName();
            if ("*".equals(name) || mentioned.contains(name)) {
                continue;
            }
            maybeRemoveImport(anImport.isStatic() ? anImport.getTypeName() + "." + name : anImport.getTypeName());
        }
    }

    // ---------------------------------------------------------------- manual calls

    /** Puts one marker comment above the statement with {@code id}, unless it already has one. */
    private J.MethodDeclaration mark(J.MethodDeclaration method, UUID id, LegacyCallAnalyzer.ManualCall manual) {
        return (J.MethodDeclaration) new JavaIsoVisitor<Integer>() {
            @Override
            public J.Block visitBlock(J.Block block, Integer p) {
                J.Block b = super.visitBlock(block, p);
                return b.withStatements(ListUtils.map(b.getStatements(),
                        statement -> statement.getId().equals(id) ? withMarker(statement, manual) : statement));
            }
        }.visitNonNull(method, 0, getCursor().getParentOrThrow());
    }

    private static J.Block markInBlock(J.Block block, UUID id, LegacyCallAnalyzer.ManualCall manual) {
        return (J.Block) new JavaIsoVisitor<Integer>() {
            @Override
            public J.Block visitBlock(J.Block nested, Integer p) {
                J.Block b = super.visitBlock(nested, p);
                return b.withStatements(ListUtils.map(b.getStatements(),
                        statement -> statement.getId().equals(id) ? withMarker(statement, manual) : statement));
            }
        }.visitNonNull(block, 0);
    }

    private static Statement withMarker(Statement statement, LegacyCallAnalyzer.ManualCall manual) {
        Space prefix = statement.getPrefix();
        for (Comment comment : prefix.getComments()) {
            if (comment instanceof TextComment text && text.getText().strip().startsWith(MARKER_PREFIX)) {
                return statement;
            }
        }
        String lastWhitespace = prefix.getComments().isEmpty()
                ? prefix.getWhitespace()
                : prefix.getComments().get(prefix.getComments().size() - 1).getSuffix();
        String indent = lastWhitespace.substring(lastWhitespace.lastIndexOf('\n') + 1);
        String text = " " + MARKER_PREFIX + " " + manual.reason() + ".";
        TextComment marker = new TextComment(false, text, "\n" + indent, Markers.EMPTY);
        return statement.withPrefix(prefix.withComments(ListUtils.concat(prefix.getComments(), marker)));
    }

    // ---------------------------------------------------------------- line numbers

    /** Computes the 1-based line of every statement in the file, before any change, by printing it once. */
    private static Map<UUID, Integer> lineNumbers(J.CompilationUnit compilationUnit) {
        Map<UUID, Integer> offsets = new HashMap<>();
        Map<UUID, Space> prefixes = new HashMap<>();
        PrintOutputCapture<Integer> output = new PrintOutputCapture<>(0);
        new JavaPrinter<Integer>() {
            @Override
            public J visit(Tree tree, PrintOutputCapture<Integer> p) {
                if (tree instanceof Statement statement && !offsets.containsKey(statement.getId())) {
                    offsets.put(statement.getId(), p.getOut().length());
                    prefixes.put(statement.getId(), statement.getPrefix());
                }
                return super.visit(tree, p);
            }
        }.visit(compilationUnit, output, new Cursor(null, Cursor.ROOT_VALUE));
        String printed = output.getOut();
        Map<UUID, Integer> lines = new HashMap<>();
        offsets.forEach((id, offset) -> {
            int line = 1 + count(printed.substring(0, Math.min(offset, printed.length())));
            Space prefix = prefixes.get(id);
            line += count(prefix.getWhitespace());
            for (Comment comment : prefix.getComments()) {
                line += comment instanceof TextComment text ? count(text.getText()) : 0;
                line += count(comment.getSuffix());
            }
            lines.put(id, line);
        });
        return lines;
    }

    private static int count(String text) {
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }
}
