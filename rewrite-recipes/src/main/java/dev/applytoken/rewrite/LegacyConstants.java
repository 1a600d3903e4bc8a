package dev.applytoken.rewrite;

import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import org.openrewrite.ExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fields whose constant value is a legacy token-server URL or path, such as
 * {@code static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/apply"}, keyed by declaring type and
 * field name. The scanning phase fills it from every source file, so a call site can use a constant declared in
 * another file.
 */
public final class LegacyConstants {

    private final Map<String, String> valuesByQualifiedName = new ConcurrentHashMap<>();
    private final Map<String, String> valuesBySimpleOwnerAndName = new ConcurrentHashMap<>();
    private final Map<String, String> valuesByName = new ConcurrentHashMap<>();

    /** Records every field of {@code compilationUnit} that contains a legacy URL, path or host. */
    public void collect(J.CompilationUnit compilationUnit) {
        new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable variable,
                                                                       ExecutionContext ctx) {
                J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
                boolean isField = getCursor().getParentTreeCursor().getParentTreeCursor().getValue() instanceof J.Block
                        && getCursor().getParentTreeCursor().getParentTreeCursor().getParentTreeCursor()
                        .getValue() instanceof J.ClassDeclaration;
                String value = constantValue(variable.getInitializer());
                if (owner != null && isField && value != null && mentionsLegacyServer(value)) {
                    add(owner, variable.getSimpleName(), value);
                }
                return variable;
            }
        }.visit(compilationUnit, new org.openrewrite.InMemoryExecutionContext());
    }

    /** Returns the value of the constant that {@code reference} names, when it is a known legacy constant. */
    public Optional<String> valueOf(Expression reference) {
        if (reference instanceof J.Identifier identifier) {
            JavaType.Variable field = identifier.getFieldType();
            if (field != null && field.getOwner() instanceof JavaType.FullyQualified owner) {
                String value = valuesByQualifiedName.get(owner.getFullyQualifiedName() + "." + identifier.getSimpleName());
                if (value != null) {
                    return Optional.of(value);
                }
            }
            return Optional.ofNullable(valuesByName.get(identifier.getSimpleName())).filter(text -> !text.isEmpty());
        }
        if (reference instanceof J.FieldAccess fieldAccess) {
            JavaType.FullyQualified owner = TypeUtils.asFullyQualified(fieldAccess.getTarget().getType());
            if (owner != null) {
                String value = valuesByQualifiedName.get(owner.getFullyQualifiedName() + "." + fieldAccess.getSimpleName());
                if (value != null) {
                    return Optional.of(value);
                }
            }
            if (fieldAccess.getTarget() instanceof J.Identifier target) {
                return Optional.ofNullable(
                        valuesBySimpleOwnerAndName.get(target.getSimpleName() + "." + fieldAccess.getSimpleName()));
            }
            if (fieldAccess.getTarget() instanceof J.FieldAccess target) {
                return Optional.ofNullable(
                        valuesBySimpleOwnerAndName.get(target.getSimpleName() + "." + fieldAccess.getSimpleName()));
            }
        }
        return Optional.empty();
    }

    /** Tells whether {@code text} names a legacy token-server host or one of its paths. */
    static boolean mentionsLegacyServer(String text) {
        return LegacyTokenServer.findHost(text).isPresent() || LegacyTokenServer.findOperation(text).isPresent();
    }

    /** Returns the operation whose path {@code text} contains, ignoring the bare host. */
    static Optional<Operation> operationIn(String text) {
        return LegacyTokenServer.findOperation(text);
    }

    private void add(J.ClassDeclaration owner, String name, String value) {
        JavaType.FullyQualified ownerType = owner.getType();
        if (ownerType != null) {
            valuesByQualifiedName.put(ownerType.getFullyQualifiedName() + "." + name, value);
        }
        valuesBySimpleOwnerAndName.put(owner.getSimpleName() + "." + name, value);
        valuesByName.merge(name, value, (first, second) -> first.equals(second) ? first : AMBIGUOUS);
    }

    /**
     * Returns the text of a string literal, or the literal parts of a concatenation such as
     * {@code BASE + "/token/apply"}, which is enough to recognise a legacy path; else {@code null}.
     */
    private static String constantValue(Expression initializer) {
        if (initializer instanceof J.Literal literal && literal.getValue() instanceof String text) {
            return text;
        }
        if (initializer instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition) {
            String left = constantValue(binary.getLeft());
            String right = constantValue(binary.getRight());
            if (left == null && right == null) {
                return null;
            }
            return (left == null ? "" : left) + (right == null ? "" : right);
        }
        if (initializer instanceof J.Parentheses<?> parentheses && parentheses.getTree() instanceof Expression inner) {
            return constantValue(inner);
        }
        return null;
    }

    /** Two constants share a simple name but hold different values, so a bare name cannot pick one. */
    private static final String AMBIGUOUS = "";
}
