package dev.applytoken.rewrite;

import dev.applytoken.legacy.Operation;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the statements that replace a legacy call, as {@code JavaTemplate} source whose {@code #{any()}}
 * placeholders receive the expressions the legacy call sent, so they keep their formatting and types.
 */
final class SdkCallWriter {

    /**
     * Template source, its arguments in placeholder order, the types to import, and the stubs to parse it with.
     */
    record Generated(String code, List<Object> arguments, Set<String> imports, String[] stubs) {
    }

    private static final String API_VERSION = "2020-04-20";

    private final LegacyCall call;
    private final MigrationSettings settings;
    private final Map<String, Set<String>> typesInFile;
    private final StringBuilder code = new StringBuilder();
    private final List<Object> arguments = new ArrayList<>();
    private final Set<String> imports = new LinkedHashSet<>();

    private SdkCallWriter(LegacyCall call, MigrationSettings settings, Map<String, Set<String>> typesInFile) {
        this.call = call;
        this.settings = settings;
        this.typesInFile = typesInFile;
    }

    /**
     * Writes the replacement of {@code call}. {@code typesInFile} maps the simple type names the file uses to the
     * qualified names they stand for: an SDK type whose simple name stands for another type, such as an imported
     * {@code Client}, is written fully qualified.
     */
    static Generated write(LegacyCall call, MigrationSettings settings, Map<String, Set<String>> typesInFile) {
        SdkCallWriter writer = new SdkCallWriter(call, settings, typesInFile);
        if (settings.targetSdk() == TargetSdk.CORE) {
            writer.writeCore();
            return new Generated(writer.code.toString(), writer.arguments, writer.imports, SdkStubs.CORE);
        }
        writer.writeTea();
        return new Generated(writer.code.toString(), writer.arguments, writer.imports, SdkStubs.TEA);
    }

    // ---------------------------------------------------------------- Tea SDK

    private void writeTea() {
        String configType = type("com.aliyun.teaopenapi.models.Config");
        String config = fresh("openApiConfig");
        code.append(configType).append(' ').append(config).append(" = new ").append(configType).append("()\n");
        if (settings.credentials() == CredentialStyle.KEEP) {
            code.append("        .setAccessKeyId(").append(string(call.accessKeyId())).append(")\n");
            code.append("        .setAccessKeySecret(").append(string(call.accessKeySecret())).append(")\n");
        } else {
            code.append("        .setCredential(new com.aliyun.credentials.Client())\n");
        }
        code.append("        .setRegionId(").append(LegacyCallAnalyzer.javaString(settings.regionId())).append(')');
        if (settings.endpointHost() != null) {
            code.append("\n        .setEndpoint(").append(LegacyCallAnalyzer.javaString(settings.endpointHost())).append(')');
        }
        if (settings.plainHttp()) {
            code.append("\n        .setProtocol(\"HTTP\")");
        }
        code.append(";\n");

        String action = LegacyCallAnalyzer.action(call.operation());
        String requestType = type("com.aliyun.onsmqtt20200420.models." + action + "Request");
        String request = fresh(lowerFirst(action) + "Request");
        code.append(requestType).append(' ').append(request).append(" = new ").append(requestType).append("()");
        if (call.operation() == Operation.APPLY) {
            code.append("\n        .setResources(").append(string(call.resources())).append(')');
            code.append("\n        .setActions(").append(string(call.actions())).append(')');
            code.append("\n        .setExpireTime(").append(expireTimeAsLong()).append(')');
        } else {
            code.append("\n        .setToken(").append(string(call.token())).append(')');
        }
        code.append("\n        .setInstanceId(").append(instanceId()).append(");\n");

        boolean wrap = !call.exceptions().covers();
        String clientType = type("com.aliyun.onsmqtt20200420.Client");
        String client = fresh("onsMqttClient");
        String invocation = client + "." + lowerFirst(action) + "(" + request + ")";
        String value = switch (call.operation()) {
            case APPLY -> invocation + ".getBody().getToken()";
            case QUERY -> call.booleanResult()
                    ? "Boolean.TRUE.equals(" + invocation + ".getBody().getTokenStatus())"
                    : invocation + ".getBody().getTokenStatus()";
            default -> "true";
        };
        openResult(wrap);
        code.append(clientType).append(' ').append(client).append(" = new ").append(clientType).append('(')
                .append(config).append(");\n");
        if (call.operation() == Operation.REVOKE || call.consumer() == LegacyCall.Consumer.NONE) {
            code.append(invocation).append(";\n");
        }
        writeResult(value, wrap);
        if (wrap) {
            String exception = freshInScope("e");
            code.append("} catch (RuntimeException ").append(exception).append(") {\n");
            code.append("    throw ").append(exception).append(";\n");
            code.append("} catch (Exception ").append(exception).append(") {\n");
            code.append("    throw ").append(wrapped(exception, action)).append(";\n");
            code.append("}\n");
        }
    }

    // ---------------------------------------------------------------- core SDK

    private void writeCore() {
        String action = LegacyCallAnalyzer.action(call.operation());
        String requestType = type("com.aliyuncs.CommonRequest");
        String request = fresh(lowerFirst(action) + "Request");
        code.append(requestType).append(' ').append(request).append(" = new ").append(requestType).append("();\n");
        code.append(request).append(".setSysMethod(").append(type("com.aliyuncs.http.MethodType")).append(".POST);\n");
        code.append(request).append(".setSysProtocol(").append(type("com.aliyuncs.http.ProtocolType"))
                .append(settings.plainHttp() ? ".HTTP);\n" : ".HTTPS);\n");
        code.append(request).append(".setSysDomain(")
                .append(LegacyCallAnalyzer.javaString(settings.effectiveEndpoint())).append(");\n");
        code.append(request).append(".setSysVersion(\"").append(API_VERSION).append("\");\n");
        code.append(request).append(".setSysAction(\"").append(action).append("\");\n");
        if (call.operation() == Operation.APPLY) {
            query(request, "Resources", string(call.resources()));
            query(request, "Actions", string(call.actions()));
            query(request, "ExpireTime", expireTimeAsString());
        } else {
            query(request, "Token", string(call.token()));
        }
        query(request, "InstanceId", instanceId());

        boolean wrap = !call.exceptions().covers("ClientException");
        String clientType = type("com.aliyuncs.IAcsClient");
        String client = fresh("acsClient");
        String profile = type("com.aliyuncs.profile.DefaultProfile");
        String region = LegacyCallAnalyzer.javaString(settings.regionId());
        if (settings.credentials() == CredentialStyle.KEEP) {
            code.append(clientType).append(' ').append(client).append(" = new ").append(type("com.aliyuncs.DefaultAcsClient"))
                    .append('(').append(profile).append(".getProfile(").append(region).append(", ")
                    .append(string(call.accessKeyId())).append(", ").append(string(call.accessKeySecret())).append("));\n");
        }
        openResult(wrap);
        if (settings.credentials() == CredentialStyle.DEFAULT_CHAIN) {
            code.append(clientType).append(' ').append(client).append(" = new ").append(type("com.aliyuncs.DefaultAcsClient"))
                    .append('(').append(profile).append(".getProfile(").append(region).append("), new ")
                    .append(type("com.aliyuncs.auth.DefaultCredentialsProvider")).append("());\n");
        }
        String invocation = client + ".getCommonResponse(" + request + ")";
        String value = "true";
        if (call.operation() == Operation.REVOKE || call.consumer() == LegacyCall.Consumer.NONE) {
            code.append(invocation).append(";\n");
        } else {
            String response = fresh(lowerFirst(action) + "Response");
            code.append(type("com.aliyuncs.CommonResponse")).append(' ').append(response).append(" = ")
                    .append(invocation).append(";\n");
            String body = type("com.google.gson.JsonParser") + ".parseString(" + response + ".getData()).getAsJsonObject()";
            value = call.operation() == Operation.APPLY
                    ? body + ".get(\"Token\").getAsString()"
                    : body + ".get(\"TokenStatus\").getAsBoolean()";
        }
        writeResult(value, wrap);
        if (wrap) {
            String exception = freshInScope("e");
            code.append("} catch (").append(type("com.aliyuncs.exceptions.ClientException")).append(' ')
                    .append(exception).append(") {\n");
            code.append("    throw ").append(wrapped(exception, action)).append(";\n");
            code.append("}\n");
        }
    }

    private void query(String request, String name, String value) {
        code.append(request).append(".putQueryParameter(\"").append(name).append("\", ").append(value).append(");\n");
    }

    // ---------------------------------------------------------------- shared parts

    /** Declares the result variable before a {@code try}, so code after it can still read the variable, and opens the {@code try}. */
    private void openResult(boolean wrap) {
        if (wrap && call.consumer() == LegacyCall.Consumer.DECLARE) {
            code.append(call.resultIsFinal() ? "final " : "").append(resultType()).append(' ')
                    .append(call.resultVariable()).append(";\n");
        }
        if (wrap) {
            code.append("try {\n");
        }
    }

    private void writeResult(String value, boolean wrap) {
        switch (call.consumer()) {
            case RETURN -> code.append("return ").append(value).append(";\n");
            case ASSIGN -> code.append(call.resultVariable()).append(" = ").append(value).append(";\n");
            case DECLARE -> {
                if (!wrap) {
                    code.append(call.resultIsFinal() ? "final " : "").append(resultType()).append(' ');
                }
                code.append(call.resultVariable()).append(" = ").append(value).append(";\n");
            }
            default -> {
            }
        }
    }

    private String resultType() {
        if (call.resultType() != null) {
            return call.resultType();
        }
        return call.operation() == Operation.APPLY ? "String" : call.booleanResult() ? "boolean" : "Boolean";
    }

    private String wrapped(String exception, String action) {
        String message = "\"" + action + " request failed\"";
        String rethrowAs = call.exceptions().rethrowAs();
        String type = rethrowAs == null ? "IllegalStateException" : type(rethrowAs);
        return "new " + type + "(" + message + ", " + exception + ")";
    }

    private String instanceId() {
        if (call.instanceIdExpression() != null) {
            return string(call.instanceIdExpression());
        }
        return call.instanceId();
    }

    /** Returns the {@code expireTime} the legacy call sent as a {@code Long}, using its numeric expression when it had one. */
    private String expireTimeAsLong() {
        Expression numeric = numericExpireTime();
        if (isLong(numeric)) {
            arguments.add(numeric);
            return "#{any(long)}";
        }
        arguments.add(numeric);
        return "Long.valueOf(#{any()})";
    }

    /** Returns the {@code expireTime} the legacy call sent as the decimal text a query parameter carries. */
    private String expireTimeAsString() {
        Expression sent = call.expireTime();
        if (isString(sent)) {
            return string(sent);
        }
        arguments.add(sent);
        return "String.valueOf(#{any()})";
    }

    /** Unwraps {@code String.valueOf(x)}, {@code Long.toString(x)}, {@code "" + x} and {@code (x)} to {@code x}. */
    private Expression numericExpireTime() {
        Expression sent = unwrapParentheses(call.expireTime());
        if (sent instanceof J.MethodInvocation invocation && invocation.getArguments().size() == 1
                && invocation.getSelect() instanceof J.Identifier target
                && (("String".equals(target.getSimpleName()) && "valueOf".equals(invocation.getSimpleName()))
                || ("Long".equals(target.getSimpleName()) && "toString".equals(invocation.getSimpleName())))) {
            return invocation.getArguments().get(0).withPrefix(org.openrewrite.java.tree.Space.EMPTY);
        }
        if (sent instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition
                && binary.getLeft() instanceof J.Literal literal && "".equals(literal.getValue())) {
            return unwrapParentheses(binary.getRight()).withPrefix(org.openrewrite.java.tree.Space.EMPTY);
        }
        return sent;
    }

    private static Expression unwrapParentheses(Expression expression) {
        Expression unwrapped = expression;
        while (unwrapped instanceof J.Parentheses<?> parentheses && parentheses.getTree() instanceof Expression inner) {
            unwrapped = inner;
        }
        return unwrapped;
    }

    private static boolean isLong(Expression expression) {
        JavaType type = expression.getType();
        return type == JavaType.Primitive.Long
                || (type instanceof JavaType.FullyQualified fq && "java.lang.Long".equals(fq.getFullyQualifiedName()));
    }

    private static boolean isString(Expression expression) {
        JavaType type = expression.getType();
        if (type == JavaType.Primitive.String
                || (type instanceof JavaType.FullyQualified fq && "java.lang.String".equals(fq.getFullyQualifiedName()))) {
            return true;
        }
        return expression instanceof J.MethodInvocation invocation
                && Set.of("valueOf", "toString").contains(invocation.getSimpleName());
    }

    private String string(Expression expression) {
        arguments.add(expression);
        return "#{any(java.lang.String)}";
    }

    /** Returns the name to write for {@code fullyQualifiedName}: the simple name, unless the file uses it already. */
    private String type(String fullyQualifiedName) {
        String simpleName = fullyQualifiedName.substring(fullyQualifiedName.lastIndexOf('.') + 1);
        Set<String> used = typesInFile.getOrDefault(simpleName, Set.of());
        if (used.stream().anyMatch(name -> !name.equals(fullyQualifiedName))) {
            return fullyQualifiedName;
        }
        imports.add(fullyQualifiedName);
        return simpleName;
    }

    /** Returns {@code base}, or {@code base} with a number, so a generated local shadows nothing. */
    private String fresh(String base) {
        if (!call.namesInUse().contains(base)) {
            return base;
        }
        for (int suffix = 2; ; suffix++) {
            if (!call.namesInUse().contains(base + suffix)) {
                return base + suffix;
            }
        }
    }

    private String freshInScope(String base) {
        String name = base;
        for (int suffix = 2; call.scopeNames().contains(name); suffix++) {
            name = base + suffix;
        }
        return name;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
