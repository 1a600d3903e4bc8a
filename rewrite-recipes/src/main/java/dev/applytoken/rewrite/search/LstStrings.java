package dev.applytoken.rewrite.search;

import dev.applytoken.legacy.LegacyTokenServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;

/**
 * Computes the text of string expressions in the OpenRewrite tree, following the same steps as the
 * scanner's JavaParser evaluator: literals and text blocks, {@code +}, {@code concat},
 * {@code String.format} with {@code %s}, {@code String.join}, {@code URI.create}, {@code resolve},
 * {@code toString}, local variables, fields of the file, constants of other files and Spring
 * {@code @Value} injection. A part it cannot resolve becomes {@link LegacyTokenServer#UNKNOWN}.
 */
final class LstStrings {

    /** The declaration a part of a value came from, for evidence such as {@code constant A.URL (A.java)}. */
    record Origin(String description, String value) {
    }

    record Value(String text, List<Origin> origins) {
    }

    /** A field of the file being analysed. */
    record Field(String owner, String name, Expression initializer, String configKey, String configDefault) {
    }

    private static final int MAX_DEPTH = 12;
    private static final String UNKNOWN = String.valueOf(LegacyTokenServer.UNKNOWN);

    private final ProjectFacts facts;
    private final String fileName;
    private final Map<String, Field> fields;
    private Map<String, Expression> locals = Map.of();
    private Map<String, String> injected = Map.of();

    LstStrings(ProjectFacts facts, String fileName, Map<String, Field> fields) {
        this.facts = facts;
        this.fileName = fileName;
        this.fields = fields;
    }

    /** Sets the local variables (name to initializer) and {@code @Value} parameters (name to value) in scope. */
    void setScope(Map<String, Expression> locals, Map<String, String> injected) {
        this.locals = locals;
        this.injected = injected;
    }

    Value evaluate(Expression expression) {
        List<Origin> origins = new ArrayList<>();
        return new Value(evaluate(expression, origins, 0, null), origins);
    }

    Value evaluateConstant(ProjectFacts.Constant constant) {
        List<Origin> origins = new ArrayList<>();
        return new Value(evaluate(constant.initializer(), origins, 0, constant.owner()), origins);
    }

    /** Returns the value Spring injects for {@code @Value("${key:default}")}: the configured one, else the default. */
    Optional<String> injectedValue(String key, String defaultValue) {
        ProjectFacts.ConfigValue config = facts.configValue(key);
        return config != null ? Optional.of(config.value()) : Optional.ofNullable(defaultValue);
    }

    /** Tells whether a simple name resolves to something this evaluator can follow. */
    boolean knows(String name) {
        return locals.containsKey(name) || injected.containsKey(name) || fields.containsKey(name)
                || facts.uniqueStaticConstant(name) != null;
    }

    private String evaluate(Expression expression, List<Origin> origins, int depth, String constantOwner) {
        if (depth > MAX_DEPTH || expression == null) {
            return UNKNOWN;
        }
        if (expression instanceof J.Literal literal) {
            Object value = literal.getValue();
            return value == null ? UNKNOWN : String.valueOf(value);
        }
        if (expression instanceof J.Parentheses<?> parentheses && parentheses.getTree() instanceof Expression inner) {
            return evaluate(inner, origins, depth + 1, constantOwner);
        }
        if (expression instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition) {
            return evaluate(binary.getLeft(), origins, depth + 1, constantOwner)
                    + evaluate(binary.getRight(), origins, depth + 1, constantOwner);
        }
        if (expression instanceof J.MethodInvocation call) {
            return evaluateCall(call, origins, depth, constantOwner);
        }
        if (expression instanceof J.Identifier identifier) {
            return constantOwner == null
                    ? resolveName(identifier.getSimpleName(), origins, depth)
                    : resolveConstant(constantOwner, identifier.getSimpleName(), origins, depth);
        }
        if (expression instanceof J.FieldAccess access) {
            return resolveFieldAccess(access, origins, depth);
        }
        return UNKNOWN;
    }

    private String evaluateCall(J.MethodInvocation call, List<Origin> origins, int depth, String owner) {
        String name = call.getSimpleName();
        List<Expression> arguments = call.getArguments().stream().filter(argument -> !(argument instanceof J.Empty)).toList();
        Expression select = call.getSelect();
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
        if (name.equals("join") && arguments.size() >= 2 && select instanceof J.Identifier type
                && type.getSimpleName().equals("String")) {
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
        if ((name.equals("concat") || name.equals("resolve")) && select != null && arguments.size() == 1) {
            return evaluate(select, origins, depth + 1, owner) + evaluate(arguments.get(0), origins, depth + 1, owner);
        }
        if (name.equals("toString") && select != null && arguments.isEmpty()) {
            return evaluate(select, origins, depth + 1, owner);
        }
        return UNKNOWN;
    }

    private String resolveName(String name, List<Origin> origins, int depth) {
        Expression local = locals.get(name);
        if (local != null) {
            return evaluate(local, origins, depth + 1, null);
        }
        String injectedValue = injected.get(name);
        if (injectedValue != null) {
            return injectedValue;
        }
        Field field = fields.get(name);
        if (field != null) {
            return resolveField(field, origins, depth);
        }
        ProjectFacts.Constant constant = facts.uniqueStaticConstant(name);
        return constant == null ? UNKNOWN : resolveIndexed(constant, origins, depth);
    }

    private String resolveField(Field field, List<Origin> origins, int depth) {
        if (field.configKey() != null) {
            ProjectFacts.ConfigValue config = facts.configValue(field.configKey());
            if (config != null) {
                origins.add(new Origin("property " + config.key() + " (" + baseName(config.file()) + ":" + config.line()
                        + "), injected into field " + field.name(), config.value()));
                return config.value();
            }
            return field.configDefault() != null ? field.configDefault() : UNKNOWN;
        }
        if (field.initializer() == null) {
            return UNKNOWN;
        }
        List<Origin> inner = new ArrayList<>();
        String text = evaluate(field.initializer(), inner, depth + 1, null);
        origins.add(new Origin("field " + field.name() + " (" + fileName + ")", text));
        origins.addAll(inner);
        return text;
    }

    private String resolveFieldAccess(J.FieldAccess access, List<Origin> origins, int depth) {
        String name = access.getSimpleName();
        Expression target = access.getTarget();
        if (target instanceof J.Identifier identifier && identifier.getSimpleName().equals("this")) {
            Field field = fields.get(name);
            return field == null ? UNKNOWN : resolveField(field, origins, depth);
        }
        String owner = target instanceof J.Identifier identifier ? identifier.getSimpleName()
                : target instanceof J.FieldAccess qualified ? qualified.getSimpleName() : null;
        return owner == null ? UNKNOWN : resolveConstant(owner, name, origins, depth);
    }

    private String resolveConstant(String owner, String name, List<Origin> origins, int depth) {
        ProjectFacts.Constant constant = facts.constant(owner, name);
        if (constant == null) {
            constant = facts.uniqueStaticConstant(name);
        }
        if (constant == null) {
            Field field = fields.get(name);
            return field == null ? UNKNOWN : resolveField(field, origins, depth);
        }
        return resolveIndexed(constant, origins, depth);
    }

    private String resolveIndexed(ProjectFacts.Constant constant, List<Origin> origins, int depth) {
        List<Origin> inner = new ArrayList<>();
        String text = evaluate(constant.initializer(), inner, depth + 1, constant.owner());
        origins.add(new Origin("constant " + constant.owner() + "." + constant.name() + " ("
                + baseName(constant.file()) + ")", text));
        origins.addAll(inner);
        return text;
    }

    /** Returns the key and default of {@code @Value("${key:default}")} among the annotations, or empty. */
    static Optional<String[]> valueAnnotation(List<J.Annotation> annotations) {
        for (J.Annotation annotation : annotations) {
            if (!annotation.getSimpleName().equals("Value") || annotation.getArguments() == null
                    || annotation.getArguments().size() != 1
                    || !(annotation.getArguments().get(0) instanceof J.Literal literal)
                    || !(literal.getValue() instanceof String text)) {
                continue;
            }
            String trimmed = text.strip();
            if (trimmed.startsWith("${") && trimmed.endsWith("}")) {
                String inner = trimmed.substring(2, trimmed.length() - 1);
                int colon = inner.indexOf(':');
                return Optional.of(colon < 0 ? new String[] {inner, null}
                        : new String[] {inner.substring(0, colon), inner.substring(colon + 1)});
            }
        }
        return Optional.empty();
    }

    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
