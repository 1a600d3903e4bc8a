package dev.applytoken.rewrite;

import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Space;
import org.openrewrite.marker.Markers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads legacy parameters out of a hand-built form string such as
 * {@code "resources=" + URLEncoder.encode(topic, UTF_8) + "&actions=R&expireTime=" + expireAt}.
 */
final class FormString {

    private static final Set<String> NAMES = Set.of("resources", "actions", "serviceName", "expireTime",
            "instanceId", "proxyType", "accessKey", "signature", "token");

    private FormString() {
    }

    /** Returns the legacy parameters the concatenation sets, in order; empty when it is no form string. */
    static Map<String, Expression> parameters(J.Binary concatenation) {
        List<Expression> operands = new ArrayList<>();
        flatten(concatenation, operands);
        Map<String, Expression> parameters = new LinkedHashMap<>();
        String pendingKey = null;
        for (Expression operand : operands) {
            if (operand instanceof J.Literal literal && literal.getValue() instanceof String text) {
                pendingKey = readLiteral(text, pendingKey, parameters);
            } else if (pendingKey != null) {
                parameters.put(pendingKey, unwrapEncode(operand).withPrefix(Space.EMPTY));
                pendingKey = null;
            }
        }
        return parameters;
    }

    /** Reads complete {@code key=value} pairs of {@code text}; returns a trailing {@code key=} awaiting its value. */
    private static String readLiteral(String text, String pendingKey, Map<String, Expression> parameters) {
        String[] pairs = text.split("&", -1);
        String pending = null;
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i];
            int equals = pair.indexOf('=');
            if (i == 0 && pendingKey != null && equals < 0) {
                continue;
            }
            if (equals < 0 || !NAMES.contains(pair.substring(0, equals))) {
                continue;
            }
            String key = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (value.isEmpty() && i == pairs.length - 1) {
                pending = key;
            } else {
                parameters.put(key, stringLiteral(value));
            }
        }
        return pending;
    }

    private static void flatten(Expression expression, List<Expression> operands) {
        if (expression instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition) {
            flatten(binary.getLeft(), operands);
            flatten(binary.getRight(), operands);
        } else {
            operands.add(expression);
        }
    }

    /** Unwraps {@code URLEncoder.encode(value, charset)} to {@code value}: the SDK encodes parameters itself. */
    private static Expression unwrapEncode(Expression expression) {
        if (expression instanceof J.MethodInvocation invocation && "encode".equals(invocation.getSimpleName())
                && !invocation.getArguments().isEmpty()) {
            return invocation.getArguments().get(0);
        }
        return expression;
    }

    private static J.Literal stringLiteral(String value) {
        String source = LegacyCallAnalyzer.javaString(value);
        return new J.Literal(UUID.randomUUID(), Space.EMPTY, Markers.EMPTY, value, source, null,
                JavaType.Primitive.String);
    }
}
