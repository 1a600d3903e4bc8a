package dev.applytoken.scanner.scan;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.applytoken.legacy.LegacyTokenServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the text of Java string expressions as far as the source shows it: literals, text blocks,
 * concatenations, {@code concat}, local variables, fields of the same file, constants of other files
 * and Spring {@code @Value("${key}")} fields resolved against the project's configuration. A part it
 * cannot resolve becomes {@link LegacyTokenServer#UNKNOWN}.
 */
final class JavaStringEvaluator {

    /** The declaration a part of a value came from, for evidence such as {@code constant URL (A.java:7)}. */
    record Origin(String description, String value) {
    }

    /** A computed string and the named declarations it was built from. */
    record Value(String text, List<Origin> origins) {
    }

    /** A field of the file being analysed. */
    record Field(String owner, String name, int line, Expression initializer, String configKey, String configDefault) {
    }

    private static final int MAX_DEPTH = 12;
    private static final String UNKNOWN = String.valueOf(LegacyTokenServer.UNKNOWN);

    private final ProjectIndex index;
    private final String fileName;
    private final Map<String, Field> fields;
    private Map<String, Expression> locals = Map.of();

    JavaStringEvaluator(ProjectIndex index, String fileName, Map<String, Field> fields) {
        this.index = index;
        this.fileName = fileName;
        this.fields = fields;
    }

    /** Returns the value Spring injects for {@code @Value("${key:default}")}: the configured one, else the default. */
    Optional<String> injectedValue(String key, String defaultValue) {
        ProjectIndex.ConfigValue config = index.configValue(key);
        if (config != null) {
            return Optional.of(config.value());
        }
        return Optional.ofNullable(defaultValue);
    }

    /** Sets the local variables visible to the next evaluations: name to initializer. */
    void setLocals(Map<String, Expression> locals) {
        this.locals = locals;
    }

    Value evaluate(Expression expression) {
        List<Origin> origins = new ArrayList<>();
        String text = evaluate(expression, origins, 0, null);
        return new Value(text, origins);
    }

    /** Computes the value of a constant declared in another file, with names resolved from its owner. */
    Value evaluateConstant(ProjectIndex.Constant constant) {
        List<Origin> origins = new ArrayList<>();
        String text = evaluate(constant.initializer(), origins, 0, constant.owner());
        return new Value(text, origins);
    }

    private String evaluate(Expression expression, List<Origin> origins, int depth, String constantOwner) {
        if (depth > MAX_DEPTH) {
            return UNKNOWN;
        }
        if (expression instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof TextBlockLiteralExpr textBlock) {
            return textBlock.asString();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), origins, depth + 1, constantOwner);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return evaluate(binary.getLeft(), origins, depth + 1, constantOwner)
                    + evaluate(binary.getRight(), origins, depth + 1, constantOwner);
        }
        if (expression instanceof MethodCallExpr call) {
            return evaluateCall(call, origins, depth, constantOwner);
        }
        if (expression instanceof NameExpr name) {
            return constantOwner == null
                    ? resolveName(name.getNameAsString(), origins, depth)
                    : resolveConstant(constantOwner, name.getNameAsString(), origins, depth);
        }
        if (expression instanceof FieldAccessExpr access) {
            return resolveFieldAccess(access, origins, depth);
        }
        if (expression.isCharLiteralExpr() || expression.isIntegerLiteralExpr() || expression.isLongLiteralExpr()) {
            return expression.toString().replace("'", "").replace("L", "");
        }
        return UNKNOWN;
    }

    /**
     * Follows the calls that pass a string through or join strings: {@code String.format} with
     * {@code %s}, {@code String.join} with separate parts, {@code URI.create}, {@code URI.resolve},
     * {@code toString} and {@code String.valueOf}.
     */
    private String evaluateCall(MethodCallExpr call, List<Origin> origins, int depth, String owner) {
        String name = call.getNameAsString();
        List<Expression> arguments = call.getArguments();
        Optional<Expression> scope = call.getScope();
        if (name.equals("format") && !arguments.isEmpty()) {
            String pattern = evaluate(arguments.get(0), origins, depth + 1, owner);
            StringBuilder text = new StringBuilder();
            int next = 1;
            int from = 0;
            int at = pattern.indexOf("%s");
            while (at >= 0) {
                text.append(pattern, from, at);
                text.append(next < arguments.size() ? evaluate(arguments.get(next++), origins, depth + 1, owner) : UNKNOWN);
                from = at + 2;
                at = pattern.indexOf("%s", from);
            }
            return text.append(pattern.substring(from)).toString();
        }
        if (name.equals("join") && arguments.size() >= 2 && scope.filter(s -> s.toString().equals("String")).isPresent()) {
            String delimiter = evaluate(arguments.get(0), origins, depth + 1, owner);
            List<String> parts = new ArrayList<>();
            for (Expression part : arguments.subList(1, arguments.size())) {
                parts.add(evaluate(part, origins, depth + 1, owner));
            }
            return String.join(delimiter, parts);
        }
        if ((name.equals("create") || name.equals("valueOf")) && arguments.size() == 1) {
            return evaluate(arguments.get(0), origins, depth + 1, owner);
        }
        if (name.equals("concat") && scope.isPresent() && arguments.size() == 1 || name.equals("resolve")
                && scope.isPresent() && arguments.size() == 1) {
            return evaluate(scope.get(), origins, depth + 1, owner) + evaluate(arguments.get(0), origins, depth + 1, owner);
        }
        if (name.equals("toString") && scope.isPresent() && arguments.isEmpty()) {
            return evaluate(scope.get(), origins, depth + 1, owner);
        }
        return UNKNOWN;
    }

    private String resolveName(String name, List<Origin> origins, int depth) {
        Expression local = locals.get(name);
        if (local != null) {
            return evaluate(local, origins, depth + 1, null);
        }
        Field field = fields.get(name);
        if (field != null) {
            return resolveField(field, origins, depth);
        }
        ProjectIndex.Constant constant = index.uniqueStaticConstant(name);
        if (constant != null) {
            return resolveIndexed(constant, origins, depth);
        }
        return UNKNOWN;
    }

    private String resolveField(Field field, List<Origin> origins, int depth) {
        if (field.configKey() != null) {
            ProjectIndex.ConfigValue config = index.configValue(field.configKey());
            if (config != null) {
                origins.add(new Origin("property " + config.key() + " (" + baseName(config.file()) + ":"
                        + config.line() + "), injected into field " + field.name(), config.value()));
                return config.value();
            }
            return field.configDefault() != null ? field.configDefault() : UNKNOWN;
        }
        if (field.initializer() == null) {
            return UNKNOWN;
        }
        List<Origin> inner = new ArrayList<>();
        String text = evaluate(field.initializer(), inner, depth + 1, null);
        origins.add(new Origin("field " + field.name() + " (" + fileName + ":" + field.line() + ")", text));
        origins.addAll(inner);
        return text;
    }

    private String resolveFieldAccess(FieldAccessExpr access, List<Origin> origins, int depth) {
        String name = access.getNameAsString();
        Expression scope = access.getScope();
        if (scope.isThisExpr()) {
            Field field = fields.get(name);
            return field == null ? UNKNOWN : resolveField(field, origins, depth);
        }
        String owner = scope instanceof NameExpr ownerName ? ownerName.getNameAsString()
                : scope instanceof FieldAccessExpr qualified ? qualified.getNameAsString() : null;
        if (owner == null) {
            return UNKNOWN;
        }
        return resolveConstant(owner, name, origins, depth);
    }

    private String resolveConstant(String owner, String name, List<Origin> origins, int depth) {
        ProjectIndex.Constant constant = index.constant(owner, name);
        if (constant == null) {
            constant = index.uniqueStaticConstant(name);
        }
        if (constant == null) {
            Field field = fields.get(name);
            return field == null ? UNKNOWN : resolveField(field, origins, depth);
        }
        return resolveIndexed(constant, origins, depth);
    }

    private String resolveIndexed(ProjectIndex.Constant constant, List<Origin> origins, int depth) {
        List<Origin> inner = new ArrayList<>();
        String text = evaluate(constant.initializer(), inner, depth + 1, constant.owner());
        origins.add(new Origin("constant " + constant.owner() + "." + constant.name() + " ("
                + baseName(constant.file()) + ":" + constant.line() + ")", text));
        origins.addAll(inner);
        return text;
    }

    /** Collects the fields of a file, with the configuration key of each {@code @Value} field. */
    static Map<String, Field> fieldsOf(Node root) {
        Map<String, Field> fields = new HashMap<>();
        for (FieldDeclaration declaration : root.findAll(FieldDeclaration.class)) {
            String owner = ownerName(declaration);
            String[] config = valueAnnotation(declaration).orElse(null);
            for (VariableDeclarator variable : declaration.getVariables()) {
                int line = variable.getBegin().map(position -> position.line).orElse(0);
                Expression initializer = variable.getInitializer().orElse(null);
                fields.putIfAbsent(variable.getNameAsString(), new Field(owner, variable.getNameAsString(), line,
                        initializer, config == null ? null : config[0], config == null ? null : config[1]));
            }
        }
        return fields;
    }

    /** Returns the simple name of the type that declares a node, or an empty string. */
    static String ownerName(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof TypeDeclaration<?> type) {
                return type.getNameAsString();
            }
            parent = parent.get().getParentNode();
        }
        return "";
    }

    /** Returns the key and default of {@code @Value("${key:default}")}, or empty. */
    private static Optional<String[]> valueAnnotation(FieldDeclaration declaration) {
        return valueAnnotation(declaration.getAnnotations());
    }

    /** Returns the key and default of a {@code @Value("${key:default}")} among {@code annotations}, or empty. */
    static Optional<String[]> valueAnnotation(List<AnnotationExpr> annotations) {
        for (AnnotationExpr annotation : annotations) {
            if (annotation.getNameAsString().equals("Value") && annotation instanceof SingleMemberAnnotationExpr single
                    && single.getMemberValue() instanceof StringLiteralExpr literal) {
                String text = literal.asString().strip();
                if (text.startsWith("${") && text.endsWith("}")) {
                    String inner = text.substring(2, text.length() - 1);
                    int colon = inner.indexOf(':');
                    return Optional.of(colon < 0 ? new String[] {inner, null}
                            : new String[] {inner.substring(0, colon), inner.substring(colon + 1)});
                }
            }
        }
        return Optional.empty();
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
