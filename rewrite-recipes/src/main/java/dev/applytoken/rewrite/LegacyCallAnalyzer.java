package dev.applytoken.rewrite;

import dev.applytoken.legacy.JavaRequestVocabulary;
import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.NameTree;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TypeTree;
import org.openrewrite.java.tree.TypeUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a method that calls the legacy token server and decides, by structure and names rather than by types, what
 * the call sends and what can be removed. The command-line tool parses without the project's dependencies, so HTTP
 * and JSON library types may be unknown.
 */
final class LegacyCallAnalyzer {

    private static final Set<String> PARAMETER_NAMES = parameterNames();

    /** Methods that add one form or map entry, such as {@code Map.put} or {@code FormBody.Builder.add}. */
    private static final Set<String> PARAMETER_SETTERS =
            Set.of("put", "add", "set", "addParameter", "param", "addFormDataPart", "addQueryParameter", "field");

    /** Methods that take a URL as an argument without sending a request. */
    private static final Set<String> NOT_A_REQUEST = Set.of(
            "equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "matches", "format", "append",
            "concat", "valueOf", "println", "print", "printf", "trace", "debug", "info", "warn", "error");

    /** JDK methods that only read, such as {@code Map.Entry.getKey} and {@code String.getBytes}. */
    private static final Set<String> SIDE_EFFECT_FREE_READS =
            Set.of("getKey", "getValue", "entrySet", "length", "toString", "getBytes");

    /** Types a {@code catch} may name whatever its {@code try} throws. */
    private static final Set<String> ALWAYS_CATCHABLE = Set.of("Exception", "Throwable", "RuntimeException", "Error");

    /** Common unchecked exceptions, recognised by name when type information is missing. */
    private static final Set<String> KNOWN_UNCHECKED = Set.of("IllegalStateException", "IllegalArgumentException",
            "NullPointerException", "UnsupportedOperationException", "ClassCastException", "NumberFormatException",
            "IndexOutOfBoundsException", "ArithmeticException", "TeaException", "TeaUnretryableException",
            "JSONException", "UncheckedIOException");

    private final LegacyConstants constants;

    LegacyCallAnalyzer(LegacyConstants constants) {
        this.constants = constants;
    }

    /** A statement that sends a request to a legacy URL, with the blocks that enclose it inside its method. */
    record RequestSite(Statement statement, Operation operation, List<J.Block> blocks, List<Integer> indexes) {
    }

    /** A call that cannot be migrated with certainty, and what a person should do about it. */
    record ManualCall(Operation operation, String reason) implements CallAnalysis {
    }

    /** Lists the statements of {@code method} that send a request to a legacy URL, in source order. */
    List<RequestSite> findRequestSites(J.MethodDeclaration method) {
        return method.getBody() == null ? List.of() : findRequestSites(method.getBody());
    }

    /** Lists the statements of {@code body}, such as a lambda body, that send a request to a legacy URL. */
    List<RequestSite> findRequestSites(J.Block body) {
        List<RequestSite> sites = new ArrayList<>();
        collectSites(body, new ArrayList<>(), new ArrayList<>(), localInitializers(body), sites);
        return sites;
    }

    /** Analyses one site: a {@link LegacyCall} to migrate, or a {@link ManualCall} with the reason. */
    CallAnalysis analyze(J.MethodDeclaration method, J.ClassDeclaration owner, RequestSite site,
                         List<RequestSite> allSites, MigrationSettings settings, Cursor methodCursor) {
        Operation operation = site.operation();
        List<Statement> before = statementsBefore(site, allSites);
        Statement anchor = site.statement();

        Set<UUID> removed = new HashSet<>();
        Map<String, Expression> parameters = collectRequest(before, anchor, removed);
        collectFromBuilderMethods(anchor, method, owner, parameters);
        ManualCall unrecognised = checkParameters(operation, parameters);
        if (unrecognised != null) {
            return unrecognised;
        }

        Response response = traceResponse(operation, site, removed, methodCursor);
        if (response.manualReason != null) {
            return new ManualCall(operation, response.manualReason);
        }

        Expression accessKeyId = null;
        Expression accessKeySecret = null;
        if (settings.credentials() == CredentialStyle.KEEP) {
            accessKeyId = parameters.get("accessKey");
            accessKeySecret = findSecret(parameters.get("signature"), before, anchor, method, owner);
            if (accessKeySecret != null && !isInScope(accessKeySecret, method, owner, before)) {
                accessKeySecret = null;
            }
            if (accessKeyId == null || accessKeySecret == null) {
                return new ManualCall(operation, "the AccessKey pair this call signs with was not found; "
                        + "rerun with credentials default-chain (applytoken fix --credentials default-chain), "
                        + "or migrate this call by hand");
            }
        }

        Expression instanceIdExpression = parameters.get("instanceId");
        String instanceId = instanceIdExpression != null ? null : instanceIdInScope(method, owner, before, settings);
        if (instanceIdExpression == null && instanceId == null) {
            return new ManualCall(operation, action(operation) + " needs an InstanceId, but this call sends none "
                    + "and no instanceId variable is in scope. Pass the instance id (applytoken fix --instance-id, "
                    + "or the recipe's instanceId option) or migrate this call by hand");
        }

        String dangling = removeFeeders(method, site, before, removed, response.resultVariable,
                Arrays.asList(parameters.get("resources"), parameters.get("actions"), parameters.get("expireTime"),
                        parameters.get("token"), instanceIdExpression, accessKeyId, accessKeySecret));
        if (dangling != null) {
            return new ManualCall(operation, "'" + dangling + "' is still used after the legacy request; "
                    + "migrate this call by hand");
        }

        LegacyCall.ExceptionHandling exceptions = new LegacyCall.ExceptionHandling(handledTypes(method, site));
        ManualCall unsupported = checkSurroundings(method, site, response, exceptions, settings);
        if (unsupported != null) {
            return unsupported;
        }
        return new LegacyCall(operation, response.replaced, removed,
                parameters.get("resources"), parameters.get("actions"), parameters.get("expireTime"),
                parameters.get("token"), instanceId, instanceIdExpression, accessKeyId, accessKeySecret,
                response.consumer, response.resultVariable, response.resultType, response.resultIsFinal,
                isPrimitiveBoolean(method, response), exceptions,
                namesInUse(method, owner), scopeNames(method, before, site));
    }

    /**
     * Collects the legacy parameters set before and in the request, and marks for removal the statements that only
     * set them and the declarations of their containers, such as the parameter map.
     */
    private Map<String, Expression> collectRequest(List<Statement> before, Statement anchor, Set<UUID> removed) {
        Map<String, Expression> parameters = new LinkedHashMap<>();
        Set<String> containers = new HashSet<>();
        for (Statement statement : before) {
            collectParameters(statement, parameters, containers, removed);
        }
        collectParameters(anchor, parameters, containers, removed);
        for (Statement statement : before) {
            if (declares(statement, containers)) {
                removed.add(statement.getId());
            }
        }
        return parameters;
    }

    /**
     * Adds the parameters that a method of the same class builds and returns, as in
     * {@code post(REVOKE_URL, tokenParams(token))}. A value that reads the method's parameter is replaced by the
     * call's argument. A value that reads anything else the caller cannot read is left out.
     */
    private void collectFromBuilderMethods(Statement anchor, J.MethodDeclaration caller, J.ClassDeclaration owner,
                                           Map<String, Expression> parameters) {
        if (owner == null) {
            return;
        }
        new ShallowVisitor() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation invocation, Integer p) {
                J.MethodDeclaration builder = invocation.getSelect() == null ? sameClassMethod(owner, invocation) : null;
                if (builder != null && builder.getBody() != null) {
                    Map<String, Expression> built = new LinkedHashMap<>();
                    for (Statement statement : builder.getBody().getStatements()) {
                        collectParameters(statement, built, new HashSet<>(), new HashSet<>());
                    }
                    List<String> names = new ArrayList<>();
                    builder.getParameters().forEach(parameter -> names.addAll(declaredNames(parameter)));
                    built.forEach((key, value) -> {
                        if (value instanceof J.Identifier identifier && names.contains(identifier.getSimpleName())) {
                            parameters.put(key, invocation.getArguments().get(names.indexOf(identifier.getSimpleName())));
                        } else if ("signature".equals(key) || readsOnlyUsableFields(value, caller, owner)) {
                            parameters.put(key, value);
                        }
                    });
                }
                return super.visitMethodInvocation(invocation, p);
            }
        }.visitNonNull(anchor, 0, new Cursor(null, Cursor.ROOT_VALUE));
    }

    private static J.MethodDeclaration sameClassMethod(J.ClassDeclaration owner, J.MethodInvocation call) {
        J.MethodDeclaration found = null;
        for (Statement member : owner.getBody().getStatements()) {
            if (member instanceof J.MethodDeclaration candidate && candidate.getBody() != null
                    && candidate.getSimpleName().equals(call.getSimpleName())
                    && candidate.getParameters().size() == call.getArguments().size()) {
                found = candidate;
            }
        }
        return found;
    }

    /** Returns why the parameters do not make a legacy request the recipe can rewrite, or {@code null}. */
    private static ManualCall checkParameters(Operation operation, Map<String, Expression> parameters) {
        if (!parameters.containsKey("signature") && !parameters.containsKey("accessKey")
                && !parameters.containsKey("proxyType")) {
            return new ManualCall(operation, "the request parameters of this call are not recognised; "
                    + "replace it with the " + action(operation) + " API by hand");
        }
        List<String> required = operation == Operation.APPLY
                ? List.of("resources", "actions", "expireTime")
                : List.of(LegacyTokenServer.TOKEN_PARAMETER);
        for (String name : required) {
            if (!parameters.containsKey(name)) {
                return new ManualCall(operation, "the request parameter '" + name + "' was not found; "
                        + "migrate this call to the " + action(operation) + " API by hand");
            }
        }
        return null;
    }

    /** Returns why the code around the call would not compile or keep its meaning after migration, or {@code null}. */
    private static ManualCall checkSurroundings(J.MethodDeclaration method, RequestSite site, Response response,
                                                LegacyCall.ExceptionHandling exceptions, MigrationSettings settings) {
        Operation operation = site.operation();
        String unreachable = unreachableCatch(site, exceptions, settings);
        if (unreachable != null) {
            return new ManualCall(operation, "the catch of " + unreachable + " around this call would no longer "
                    + "compile, because the " + settings.targetSdk().optionValue() + " SDK call does not throw it; "
                    + "migrate this call by hand");
        }
        if (operation != Operation.APPLY && response.consumer == LegacyCall.Consumer.RETURN
                && !returnsBoolean(method)) {
            return new ManualCall(operation, "the method returns the legacy response, which "
                    + action(operation) + " has no equivalent for; migrate this call by hand");
        }
        return null;
    }

    private static Set<String> namesInUse(J.MethodDeclaration method, J.ClassDeclaration owner) {
        Set<String> namesInUse = new HashSet<>(References.count(method).keySet());
        namesInUse.addAll(fieldNames(owner));
        return namesInUse;
    }

    private static Set<String> scopeNames(J.MethodDeclaration method, List<Statement> before, RequestSite site) {
        Set<String> scopeNames = new HashSet<>();
        method.getParameters().forEach(parameter -> scopeNames.addAll(declaredNames(parameter)));
        before.forEach(statement -> scopeNames.addAll(declaredNames(statement)));
        scopeNames.addAll(enclosingCatchAndLoopNames(site));
        return scopeNames;
    }

    // ---------------------------------------------------------------- request sites

    private void collectSites(J.Block block, List<J.Block> outerBlocks, List<Integer> outerIndexes,
                              Map<String, Expression> locals, List<RequestSite> sites) {
        List<Statement> statements = block.getStatements();
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            Optional<Operation> operation = requestIn(statement, locals);
            List<J.Block> blocks = new ArrayList<>();
            blocks.add(block);
            blocks.addAll(outerBlocks);
            List<Integer> indexes = new ArrayList<>();
            indexes.add(i);
            indexes.addAll(outerIndexes);
            if (operation.isPresent()) {
                sites.add(new RequestSite(statement, operation.get(), blocks, indexes));
            }
            for (J.Block nested : nestedBlocks(statement)) {
                collectSites(nested, blocks, indexes, locals, sites);
            }
        }
    }

    /** Finds a request to a legacy URL in {@code statement}, outside its nested blocks, lambdas and classes. */
    private Optional<Operation> requestIn(Statement statement, Map<String, Expression> locals) {
        Operation[] found = new Operation[1];
        new ShallowVisitor() {
            @Override
            public J.Block visitBlock(J.Block block, Integer p) {
                return block;
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation invocation, Integer p) {
                if (found[0] == null && !NOT_A_REQUEST.contains(invocation.getSimpleName())
                        && operationOf(invocation, locals, 0).isEmpty()) {
                    for (Expression argument : invocation.getArguments()) {
                        operationOf(argument, locals, 0).ifPresent(operation -> found[0] = operation);
                    }
                }
                // A request sent through the URL itself, as in new URL(APPLY_URL).openConnection().
                if (found[0] == null && JavaRequestVocabulary.isRequestMethod(invocation.getSimpleName())) {
                    operationOf(invocation.getSelect(), locals, 0).ifPresent(operation -> found[0] = operation);
                }
                return super.visitMethodInvocation(invocation, p);
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, Integer p) {
                if (found[0] == null && newClass.getBody() == null && operationOf(newClass, locals, 0).isEmpty()) {
                    for (Expression argument : newClass.getArguments()) {
                        operationOf(argument, locals, 0).ifPresent(operation -> found[0] = operation);
                    }
                }
                return super.visitNewClass(newClass, p);
            }
        }.visitNonNull(statement, 0, new Cursor(null, Cursor.ROOT_VALUE));
        return Optional.ofNullable(found[0]).filter(operation -> operation != Operation.REFERENCE);
    }

    /** Returns the legacy operation whose URL {@code expression} evaluates to, by literal, local or constant. */
    Optional<Operation> operationOf(Expression expression, Map<String, Expression> locals, int depth) {
        if (expression == null || depth > 4) {
            return Optional.empty();
        }
        if (expression instanceof J.Literal literal) {
            return literal.getValue() instanceof String text ? LegacyConstants.operationIn(text) : Optional.empty();
        }
        if (expression instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition) {
            if (startsWithProse(binary)) {
                return Optional.empty();
            }
            Optional<Operation> left = operationOf(binary.getLeft(), locals, depth + 1);
            return left.isPresent() ? left : operationOf(binary.getRight(), locals, depth + 1);
        }
        if (expression instanceof J.Parentheses<?> parentheses && parentheses.getTree() instanceof Expression inner) {
            return operationOf(inner, locals, depth + 1);
        }
        if (expression instanceof J.Identifier identifier && locals.containsKey(identifier.getSimpleName())) {
            return operationOf(locals.get(identifier.getSimpleName()), locals, depth + 1);
        }
        if (expression instanceof J.Identifier || expression instanceof J.FieldAccess) {
            return constants.valueOf(expression).flatMap(LegacyConstants::operationIn);
        }
        if (expression instanceof J.MethodInvocation invocation
                && Set.of("format", "create", "of", "parse").contains(invocation.getSimpleName())) {
            for (Expression argument : invocation.getArguments()) {
                Optional<Operation> operation = operationOf(argument, locals, depth + 1);
                if (operation.isPresent()) {
                    return operation;
                }
            }
        }
        if (expression instanceof J.NewClass newClass && newClass.getClazz() != null
                && Set.of("URL", "URI").contains(simpleName(newClass.getClazz())) && !newClass.getArguments().isEmpty()) {
            return operationOf(newClass.getArguments().get(0), locals, depth + 1);
        }
        return Optional.empty();
    }

    /** Tells whether a concatenation starts with text that is not part of a URL, as in a log message. */
    private static boolean startsWithProse(J.Binary binary) {
        Expression leftmost = binary;
        while (leftmost instanceof J.Binary inner) {
            leftmost = inner.getLeft();
        }
        return leftmost instanceof J.Literal literal && literal.getValue() instanceof String text
                && !text.isEmpty() && !text.contains("/") && !text.contains(":");
    }

    // ---------------------------------------------------------------- request parameters

    /**
     * Adds the legacy parameters that {@code statement} sets to {@code parameters}. A statement that only sets a
     * parameter on a container variable, or declares a builder chain of them, is marked for removal.
     */
    private void collectParameters(Statement statement, Map<String, Expression> parameters, Set<String> containers,
                                   Set<UUID> removed) {
        boolean[] found = new boolean[1];
        new ShallowVisitor() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation invocation, Integer p) {
                J.MethodInvocation visited = super.visitMethodInvocation(invocation, p);
                String key = parameterKey(invocation);
                if (key != null) {
                    parameters.put(key, invocation.getArguments().get(1));
                    found[0] = true;
                }
                return visited;
            }

            @Override
            public J.Binary visitBinary(J.Binary binary, Integer p) {
                if (getCursor().getParentTreeCursor().getValue() instanceof J.Binary) {
                    return binary;
                }
                Map<String, Expression> formParameters = FormString.parameters(binary);
                if (formParameters.size() >= 2) {
                    parameters.putAll(formParameters);
                    found[0] = true;
                }
                return binary;
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, Integer p) {
                J.NewClass visited = super.visitNewClass(newClass, p);
                if (newClass.getClazz() != null && simpleName(newClass.getClazz()).endsWith("NameValuePair")
                        && newClass.getArguments().size() == 2) {
                    String key = literalKey(newClass.getArguments().get(0));
                    if (key != null) {
                        parameters.put(key, newClass.getArguments().get(1));
                        found[0] = true;
                    }
                }
                return visited;
            }
        }.visitNonNull(statement, 0, new Cursor(null, Cursor.ROOT_VALUE));
        if (!found[0]) {
            return;
        }
        if (statement instanceof J.MethodInvocation invocation && invocation.getSelect() instanceof J.Identifier target) {
            containers.add(target.getSimpleName());
            removed.add(statement.getId());
        } else if (statement instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1) {
            containers.add(declarations.getVariables().get(0).getSimpleName());
            removed.add(statement.getId());
        }
    }

    private static String parameterKey(J.MethodInvocation invocation) {
        if (!PARAMETER_SETTERS.contains(invocation.getSimpleName()) || invocation.getArguments().size() != 2) {
            return null;
        }
        return literalKey(invocation.getArguments().get(0));
    }

    private static String literalKey(Expression expression) {
        if (expression instanceof J.Literal literal && literal.getValue() instanceof String key
                && PARAMETER_NAMES.contains(key)) {
            return key;
        }
        return null;
    }

    /**
     * Finds the AccessKey secret: the last argument of the call that computes the signature (such as
     * {@code doHttpSignature(params, secretKey)}), or the key of a {@code new SecretKeySpec(secret.getBytes(..), ..)}.
     */
    private static Expression findSecret(Expression signature, List<Statement> before, Statement anchor,
                                         J.MethodDeclaration caller, J.ClassDeclaration owner) {
        Expression signingExpression = signature;
        if (signature instanceof J.Identifier identifier) {
            signingExpression = null;
            for (Statement statement : before) {
                Expression initializer = initializerOf(statement, identifier.getSimpleName());
                if (initializer != null) {
                    signingExpression = initializer;
                }
            }
        }
        Expression fromCall = signingCallSecret(signingExpression);
        if (fromCall != null) {
            return fromCall;
        }
        List<Statement> searched = new ArrayList<>(before);
        searched.add(anchor);
        for (Statement statement : searched) {
            Expression key = secretKeySpecKey(statement);
            if (key != null) {
                return key;
            }
        }
        return signingHelperSecret(signingExpression, caller, owner);
    }

    /**
     * Finds the secret that a signing method of the same class, such as {@code sign(fields)}, uses as HMAC key. The
     * key is returned as the caller must write it: the call's argument when the key is a parameter of the helper,
     * else the helper's own expression when it reads only fields the caller can read too.
     */
    private static Expression signingHelperSecret(Expression signingExpression, J.MethodDeclaration caller,
                                                  J.ClassDeclaration owner) {
        if (!(signingExpression instanceof J.MethodInvocation call) || owner == null
                || !(call.getSelect() == null || call.getSelect() instanceof J.Identifier self
                && "this".equals(self.getSimpleName()))) {
            return null;
        }
        J.MethodDeclaration helper = sameClassMethod(owner, call);
        Expression key = helper == null ? null : secretKeySpecKey(helper.getBody());
        if (key == null) {
            return null;
        }
        List<String> parameterNames = new ArrayList<>();
        helper.getParameters().forEach(parameter -> parameterNames.addAll(declaredNames(parameter)));
        if (key instanceof J.Identifier identifier && parameterNames.contains(identifier.getSimpleName())) {
            return call.getArguments().get(parameterNames.indexOf(identifier.getSimpleName()));
        }
        return readsOnlyUsableFields(key, caller, owner) ? key.withPrefix(org.openrewrite.java.tree.Space.EMPTY) : null;
    }

    /**
     * Tells whether the caller can evaluate {@code expression} where the request was: every name it reads is a
     * parameter, an earlier local, a field the caller can read, or a capitalised name taken for a class.
     */
    private static boolean isInScope(Expression expression, J.MethodDeclaration caller, J.ClassDeclaration owner,
                                     List<Statement> before) {
        Set<String> locals = new HashSet<>();
        caller.getParameters().forEach(parameter -> locals.addAll(declaredNames(parameter)));
        before.forEach(statement -> locals.addAll(declaredNames(statement)));
        for (String name : References.count(expression).keySet()) {
            if (!locals.contains(name) && !isUsableField(name, caller, owner) && !Character.isUpperCase(name.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether every name {@code expression} reads is a field of {@code owner} that {@code caller} can read. */
    private static boolean readsOnlyUsableFields(Expression expression, J.MethodDeclaration caller,
                                                 J.ClassDeclaration owner) {
        for (String name : References.count(expression).keySet()) {
            if (!isUsableField(name, caller, owner)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether {@code name} is a field of {@code owner} that {@code caller} can read: static ones only if static. */
    private static boolean isUsableField(String name, J.MethodDeclaration caller, J.ClassDeclaration owner) {
        if (owner == null) {
            return false;
        }
        boolean staticCaller = caller.hasModifier(J.Modifier.Type.Static);
        for (Statement member : owner.getBody().getStatements()) {
            if (member instanceof J.VariableDeclarations field && declaredNames(field).contains(name)) {
                return !staticCaller || field.hasModifier(J.Modifier.Type.Static);
            }
        }
        return false;
    }

    private static Expression signingCallSecret(Expression expression) {
        if (expression == null) {
            return null;
        }
        Expression[] secret = new Expression[1];
        new ShallowVisitor() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation invocation, Integer p) {
                String name = invocation.getSimpleName().toLowerCase(Locale.ROOT);
                if (secret[0] == null && invocation.getArguments().size() >= 2
                        && (name.contains("sign") || name.contains("hmac") || name.contains("mac"))) {
                    secret[0] = unwrapGetBytes(invocation.getArguments().get(invocation.getArguments().size() - 1));
                }
                return super.visitMethodInvocation(invocation, p);
            }
        }.visitNonNull(expression, 0, new Cursor(null, Cursor.ROOT_VALUE));
        return secret[0];
    }

    /** Finds the HMAC key of a {@code new SecretKeySpec(key, ..)} or Hutool {@code new HMac(algorithm, key)}. */
    private static Expression secretKeySpecKey(Statement statement) {
        Expression[] key = new Expression[1];
        new ShallowVisitor() {
            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, Integer p) {
                String type = newClass.getClazz() == null ? "" : simpleName(newClass.getClazz());
                List<Expression> arguments = newClass.getArguments();
                if (key[0] == null && "SecretKeySpec".equals(type) && !arguments.isEmpty()) {
                    key[0] = unwrapGetBytes(arguments.get(0));
                } else if (key[0] == null && "HMac".equals(type) && arguments.size() == 2) {
                    key[0] = unwrapGetBytes(arguments.get(1));
                }
                return super.visitNewClass(newClass, p);
            }
        }.visitNonNull(statement, 0, new Cursor(null, Cursor.ROOT_VALUE));
        return key[0];
    }

    private static Expression unwrapGetBytes(Expression expression) {
        if (expression instanceof J.MethodInvocation invocation && "getBytes".equals(invocation.getSimpleName())
                && invocation.getSelect() != null) {
            return invocation.getSelect();
        }
        return expression;
    }

    // ---------------------------------------------------------------- response

    /** Use of the response after the request: the statement the SDK call replaces, and its form. */
    private static final class Response {
        Statement replaced;
        LegacyCall.Consumer consumer = LegacyCall.Consumer.NONE;
        String resultVariable;
        String resultType;
        boolean resultIsFinal;
        String manualReason;
    }

    private Response traceResponse(Operation operation, RequestSite site, Set<UUID> removed, Cursor cursor) {
        Response response = new Response();
        Statement anchor = site.statement();
        removed.add(anchor.getId());
        response.replaced = anchor;

        Set<String> chain = new HashSet<>();
        if (anchor instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1) {
            chain.add(declarations.getVariables().get(0).getSimpleName());
        } else if (anchor instanceof J.Assignment assignment && assignment.getVariable() instanceof J.Identifier target) {
            chain.add(target.getSimpleName());
        }

        List<Statement> after = site.blocks().get(0).getStatements();
        int index = site.indexes().get(0);
        Statement consumer = null;
        Statement decision = operation == Operation.QUERY ? queryDecision(after, index, chain, removed) : null;
        if (decision != null) {
            response.replaced = decision;
            response.consumer = LegacyCall.Consumer.RETURN;
            return response;
        }
        if (anchor instanceof J.Return || (operation == Operation.APPLY && containsTokenRead(anchor))) {
            consumer = anchor;
        } else {
            for (index = index + 1; index < after.size(); index++) {
                Statement statement = after.get(index);
                if (!References.mentionsAny(statement, chain)) {
                    continue;
                }
                if (statement instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1
                        && !containsTokenRead(statement)) {
                    chain.add(declarations.getVariables().get(0).getSimpleName());
                    removed.add(statement.getId());
                } else if (statement instanceof J.MethodInvocation invocation
                        && invocation.getSelect() instanceof J.Identifier target
                        && chain.contains(target.getSimpleName()) && !containsTokenRead(statement)) {
                    removed.add(statement.getId());
                } else if (isGuard(statement) || isBodyWrite(statement, chain)) {
                    removed.add(statement.getId());
                } else {
                    consumer = statement;
                    break;
                }
            }
        }

        if (consumer == null) {
            if (operation == Operation.APPLY) {
                response.manualReason = "the token in the response is never read in a form the recipe recognises; "
                        + "migrate this call to the ApplyToken API by hand";
            }
            return response;
        }
        removed.add(consumer.getId());
        response.replaced = consumer;
        Statement form = unwrapConditional(unwrapTryWithResources(consumer, chain));
        if (form == null) {
            response.manualReason = "the response is used in a way the recipe does not recognise; "
                    + "migrate this call to the " + action(operation) + " API by hand";
            return response;
        }
        if (operation == Operation.APPLY && !containsTokenRead(form)) {
            response.manualReason = "the token is not read from the response field 'tokenData'; "
                    + "migrate this call to the ApplyToken API by hand";
            return response;
        }
        classify(form, response, cursor);
        if (response.consumer == LegacyCall.Consumer.RETURN && !removeFallbacks(after, index, removed)) {
            response.manualReason = "statements after the token is returned would become unreachable; "
                    + "migrate this call by hand";
        }
        return response;
    }

    /**
     * Recognises the end of a query method that only decides on the response: reads of it, then checks that return
     * a boolean literal or throw, then a final {@code return} or {@code throw}. Such a tail becomes one
     * {@code return} of the token status. Returns its last statement, with all of it marked for removal, or
     * {@code null}.
     */
    private static Statement queryDecision(List<Statement> statements, int anchorIndex, Set<String> chain,
                                           Set<UUID> removed) {
        Set<String> reads = new HashSet<>(chain);
        List<UUID> tail = new ArrayList<>();
        for (int i = anchorIndex + 1; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            boolean last = i == statements.size() - 1;
            if (statement instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1
                    && References.mentionsAny(statement, reads) && !last) {
                reads.add(declarations.getVariables().get(0).getSimpleName());
            } else if (statement instanceof J.If check && check.getElsePart() == null && !last
                    && References.mentionsAny(check.getIfCondition(), reads)
                    && isBooleanReturnOrThrow(single(check.getThenPart()))) {
                tail.add(statement.getId());
            } else if (last && (statement instanceof J.Throw
                    || statement instanceof J.Return && References.mentionsAny(statement, reads))) {
                tail.add(statement.getId());
                statements.subList(anchorIndex + 1, statements.size()).forEach(s -> removed.add(s.getId()));
                chain.addAll(reads);
                return statement;
            } else {
                return null;
            }
        }
        return null;
    }

    private static boolean isBooleanReturnOrThrow(Statement statement) {
        return statement instanceof J.Throw
                || statement instanceof J.Return returned && returned.getExpression() instanceof J.Literal literal
                && literal.getValue() instanceof Boolean;
    }

    /**
     * Unwraps {@code try (Response r = <request>) { <reads of r>; <form> }} without catch or finally to the statement
     * that uses the response, adding the resources and the reads to {@code chain}; null when the body does more.
     */
    private static Statement unwrapTryWithResources(Statement consumer, Set<String> chain) {
        if (!(consumer instanceof J.Try tryStatement) || tryStatement.getResources() == null
                || !tryStatement.getCatches().isEmpty() || tryStatement.getFinally() != null) {
            return consumer;
        }
        for (J.Try.Resource resource : tryStatement.getResources()) {
            if (resource.getVariableDeclarations() instanceof J.VariableDeclarations declarations) {
                declarations.getVariables().forEach(variable -> chain.add(variable.getSimpleName()));
            }
        }
        List<Statement> body = tryStatement.getBody().getStatements();
        for (int i = 0; i < body.size(); i++) {
            Statement statement = body.get(i);
            boolean read = statement instanceof J.VariableDeclarations declarations
                    && declarations.getVariables().size() == 1 && !containsTokenRead(statement)
                    && References.mentionsAny(statement, chain);
            if (read) {
                chain.add(((J.VariableDeclarations) statement).getVariables().get(0).getSimpleName());
            } else if (!isGuard(statement)) {
                return i == body.size() - 1 ? statement : null;
            }
        }
        return null;
    }

    /**
     * Tells whether {@code statement} only writes the request body, as
     * {@code try (OutputStream out = connection.getOutputStream()) { out.write(bytes); }} does. Every resource must
     * come from the request, and every statement of the body must be a call on a resource whose arguments
     * {@link #isSideEffectFree} accepts.
     */
    private static boolean isBodyWrite(Statement statement, Set<String> chain) {
        if (!(statement instanceof J.Try tryStatement) || tryStatement.getResources() == null
                || !tryStatement.getCatches().isEmpty() || tryStatement.getFinally() != null) {
            return false;
        }
        Set<String> streams = new HashSet<>();
        for (J.Try.Resource resource : tryStatement.getResources()) {
            if (!(resource.getVariableDeclarations() instanceof J.VariableDeclarations declarations)
                    || !References.mentionsAny(declarations, chain)) {
                return false;
            }
            streams.addAll(declaredNames(declarations));
        }
        for (Statement inner : tryStatement.getBody().getStatements()) {
            if (!(inner instanceof J.MethodInvocation invocation && invocation.getSelect() instanceof J.Identifier target
                    && streams.contains(target.getSimpleName())
                    && invocation.getArguments().stream().allMatch(LegacyCallAnalyzer::isSideEffectFree))) {
                return false;
            }
        }
        return !tryStatement.getBody().getStatements().isEmpty();
    }

    /** Unwraps {@code if (<check of the response>) <form> [else <throw or return>]}; null when not of that shape. */
    private static Statement unwrapConditional(Statement consumer) {
        if (consumer == null || !(consumer instanceof J.If conditional)) {
            return consumer;
        }
        if (conditional.getElsePart() != null && !isAbrupt(single(conditional.getElsePart().getBody()))) {
            return null;
        }
        Statement then = single(conditional.getThenPart());
        return then instanceof J.If ? null : then;
    }

    private static void classify(Statement form, Response response, Cursor cursor) {
        if (form instanceof J.Return) {
            response.consumer = LegacyCall.Consumer.RETURN;
        } else if (form instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1) {
            response.consumer = LegacyCall.Consumer.DECLARE;
            response.resultVariable = declarations.getVariables().get(0).getSimpleName();
            TypeTree type = declarations.getTypeExpression();
            String typeText = type == null ? "var" : type.printTrimmed(cursor);
            response.resultType = "var".equals(typeText) ? null : typeText;
            response.resultIsFinal = declarations.hasModifier(J.Modifier.Type.Final);
        } else if (form instanceof J.Assignment assignment && assignment.getVariable() instanceof J.Identifier target) {
            response.consumer = LegacyCall.Consumer.ASSIGN;
            response.resultVariable = target.getSimpleName();
        } else {
            response.manualReason = "the response is used in a way the recipe does not recognise; "
                    + "migrate this call by hand";
        }
    }

    /** Marks the statements after a returning consumer for removal; false when one of them is not a fallback. */
    private static boolean removeFallbacks(List<Statement> statements, int consumerIndex, Set<UUID> removed) {
        for (int i = consumerIndex + 1; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (!(statement instanceof J.Return || statement instanceof J.Throw
                    || statement instanceof J.MethodInvocation)) {
                return false;
            }
            removed.add(statement.getId());
        }
        return true;
    }

    /** An {@code if} without {@code else} whose body only fails or returns early, like a legacy success check. */
    private static boolean isGuard(Statement statement) {
        if (!(statement instanceof J.If conditional) || conditional.getElsePart() != null || containsTokenRead(statement)) {
            return false;
        }
        Statement then = conditional.getThenPart();
        List<Statement> body = then instanceof J.Block block ? block.getStatements() : List.of(then);
        if (body.isEmpty() || !isAbrupt(body.get(body.size() - 1))) {
            return false;
        }
        for (Statement inner : body) {
            if (!(isAbrupt(inner) || inner instanceof J.MethodInvocation)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbrupt(Statement statement) {
        return statement instanceof J.Throw || statement instanceof J.Return;
    }

    private static Statement single(Statement statement) {
        if (statement instanceof J.Block block) {
            return block.getStatements().size() == 1 ? block.getStatements().get(0) : null;
        }
        return statement;
    }

    /** Tells whether {@code tree} reads the {@code tokenData} field of a legacy response. */
    static boolean containsTokenRead(J tree) {
        AtomicBoolean found = new AtomicBoolean();
        new ShallowVisitor() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                if (LegacyTokenServer.TOKEN_RESPONSE_FIELD.equals(literal.getValue())) {
                    found.set(true);
                }
                return literal;
            }
        }.visitNonNull(tree, 0, new Cursor(null, Cursor.ROOT_VALUE));
        return found.get();
    }

    // ---------------------------------------------------------------- removal

    /**
     * Marks for removal every statement that only fed the legacy request, keeping the variables that
     * {@code keptValues} read because the SDK call needs them. Returns a variable that a removed statement declares
     * but code which stays still reads, or {@code null}.
     */
    private static String removeFeeders(J.MethodDeclaration method, RequestSite site, List<Statement> before,
                                        Set<UUID> removed, String resultVariable, List<Expression> keptValues) {
        Set<String> kept = new HashSet<>();
        for (Expression value : keptValues) {
            if (value != null) {
                kept.addAll(References.count(value).keySet());
            }
        }
        List<Statement> candidates = new ArrayList<>(before);
        List<Statement> siteBlock = site.blocks().get(0).getStatements();
        candidates.addAll(siteBlock.subList(site.indexes().get(0), siteBlock.size()));
        removeFeeders(method, candidates, removed, kept);
        return danglingReference(method, candidates, removed, resultVariable);
    }

    /**
     * Adds to {@code removed} every statement that only fed the legacy request: a local variable that only removed
     * statements read, and calls on such a variable. Variables in {@code kept} feed the SDK call and stay.
     */
    private static void removeFeeders(J.MethodDeclaration method, List<Statement> candidates, Set<UUID> removed,
                                      Set<String> kept) {
        Map<String, Integer> inMethod = References.count(method);
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Integer> inRemoved = new HashMap<>();
            Map<String, Integer> inConfiguring = new HashMap<>();
            Set<String> removedVariables = new HashSet<>();
            for (Statement statement : candidates) {
                if (removed.contains(statement.getId())) {
                    References.count(statement).forEach((name, count) -> inRemoved.merge(name, count, Integer::sum));
                    removedVariables.addAll(declaredNames(statement));
                } else if (configuredVariable(statement) != null) {
                    String target = configuredVariable(statement);
                    inConfiguring.merge(target, References.count(statement).getOrDefault(target, 0), Integer::sum);
                }
            }
            for (Statement statement : candidates) {
                if (removed.contains(statement.getId())) {
                    continue;
                }
                if (isFeeder(statement, inMethod, inRemoved, inConfiguring, removedVariables, kept)) {
                    removed.add(statement.getId());
                    changed = true;
                }
            }
        }
    }

    /**
     * Tells whether a statement feeds only the removed request. A declaration does when only removed statements read
     * its variable. A freshly constructed object such as {@code new HttpHeaders()} also counts when its other reads
     * are configuring calls, which the next pass removes with it.
     */
    private static boolean isFeeder(Statement statement, Map<String, Integer> inMethod, Map<String, Integer> inRemoved,
                                    Map<String, Integer> inConfiguring, Set<String> removedVariables,
                                    Set<String> kept) {
        if (statement instanceof J.VariableDeclarations declarations && declarations.getVariables().size() == 1) {
            J.VariableDeclarations.NamedVariable variable = declarations.getVariables().get(0);
            String name = variable.getSimpleName();
            int used = inRemoved.getOrDefault(name, 0);
            if (used == 0 || kept.contains(name)) {
                return false;
            }
            int configured = variable.getInitializer() instanceof J.NewClass ? inConfiguring.getOrDefault(name, 0) : 0;
            return used + configured == inMethod.getOrDefault(name, 0);
        }
        if (statement instanceof J.MethodInvocation invocation && invocation.getSelect() instanceof J.Identifier target) {
            return removedVariables.contains(target.getSimpleName());
        }
        if (statement instanceof J.ForEachLoop) {
            return removedVariables.contains(joinedVariable(statement));
        }
        if (statement instanceof J.Assignment assignment && assignment.getVariable() instanceof J.Identifier target) {
            return removedVariables.contains(target.getSimpleName());
        }
        return false;
    }

    /**
     * Returns the variable that a statement configures, as {@code headers} in
     * {@code headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED)}, or {@code null}. Only calls whose
     * arguments are literals, names or field accesses count, and loops that {@link #joinedVariable} accepts, because
     * removing them changes nothing but the variable.
     */
    private static String configuredVariable(Statement statement) {
        if (statement instanceof J.ForEachLoop) {
            return joinedVariable(statement);
        }
        if (!(statement instanceof J.MethodInvocation invocation)
                || !(invocation.getSelect() instanceof J.Identifier target)) {
            return null;
        }
        for (Expression argument : invocation.getArguments()) {
            if (!(argument instanceof J.Literal || argument instanceof J.Empty || isName(argument))) {
                return null;
            }
        }
        return target.getSimpleName();
    }

    /**
     * Returns the variable that a for-each loop only appends to, as {@code form} in a loop that joins URL-encoded
     * entries into a {@code StringBuilder}, or {@code null}. The loop may only call {@code append}, in statements and
     * in {@code if} statements without {@code else}, with arguments that {@link #isSideEffectFree} accepts.
     */
    private static String joinedVariable(Statement statement) {
        if (!(statement instanceof J.ForEachLoop loop) || !isSideEffectFree(loop.getControl().getIterable())) {
            return null;
        }
        String[] target = new String[1];
        if (!appendsOnly(loop.getBody(), target)
                || declaredNames(loop.getControl().getVariable()).contains(target[0])) {
            return null;
        }
        return target[0];
    }

    /** Tells whether {@code statement} only appends to one variable, which it stores in {@code target}. */
    private static boolean appendsOnly(Statement statement, String[] target) {
        if (statement instanceof J.Block block) {
            for (Statement inner : block.getStatements()) {
                if (!appendsOnly(inner, target)) {
                    return false;
                }
            }
            return true;
        }
        if (statement instanceof J.If conditional) {
            return conditional.getElsePart() == null && isSideEffectFree(conditional.getIfCondition().getTree())
                    && appendsOnly(conditional.getThenPart(), target);
        }
        if (!(statement instanceof J.MethodInvocation call)) {
            return false;
        }
        Expression select = call;
        while (select instanceof J.MethodInvocation invocation && "append".equals(invocation.getSimpleName())
                && invocation.getArguments().stream().allMatch(LegacyCallAnalyzer::isSideEffectFree)) {
            select = invocation.getSelect();
        }
        if (!(select instanceof J.Identifier root) || (target[0] != null && !target[0].equals(root.getSimpleName()))) {
            return false;
        }
        target[0] = root.getSimpleName();
        return true;
    }

    /**
     * Tells whether evaluating {@code expression} changes nothing. Literals, names and operators count, and so do
     * {@code URLEncoder.encode} and the reads in {@link #SIDE_EFFECT_FREE_READS}, recognised by name because library
     * types may be unknown.
     */
    private static boolean isSideEffectFree(Expression expression) {
        if (expression instanceof J.Literal || expression instanceof J.Empty || isName(expression)) {
            return true;
        }
        if (expression instanceof J.Parentheses<?> parentheses && parentheses.getTree() instanceof Expression inner) {
            return isSideEffectFree(inner);
        }
        if (expression instanceof J.Binary binary) {
            return isSideEffectFree(binary.getLeft()) && isSideEffectFree(binary.getRight());
        }
        if (!(expression instanceof J.MethodInvocation invocation) || invocation.getSelect() == null
                || !invocation.getArguments().stream().allMatch(LegacyCallAnalyzer::isSideEffectFree)) {
            return false;
        }
        if ("encode".equals(invocation.getSimpleName())) {
            return "URLEncoder".equals(simpleName(invocation.getSelect()));
        }
        return SIDE_EFFECT_FREE_READS.contains(invocation.getSimpleName()) && isSideEffectFree(invocation.getSelect());
    }

    private static boolean isName(Expression expression) {
        return expression instanceof J.Identifier
                || (expression instanceof J.FieldAccess fieldAccess && isName(fieldAccess.getTarget()));
    }

    /** Returns a variable declared by a removed statement that code which stays still reads, or {@code null}. */
    private static String danglingReference(J.MethodDeclaration method, List<Statement> candidates, Set<UUID> removed,
                                            String resultVariable) {
        Map<String, Integer> inMethod = References.count(method);
        Map<String, Integer> inRemoved = new HashMap<>();
        Set<String> declared = new HashSet<>();
        for (Statement statement : candidates) {
            if (removed.contains(statement.getId())) {
                References.count(statement).forEach((name, count) -> inRemoved.merge(name, count, Integer::sum));
                declared.addAll(declaredNames(statement));
            }
        }
        for (String name : declared) {
            if (!name.equals(resultVariable) && inMethod.getOrDefault(name, 0) > inRemoved.getOrDefault(name, 0)) {
                return name;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- scope

    /** Statements that run before the site, from the outermost enclosing block inwards, after any earlier site. */
    private static List<Statement> statementsBefore(RequestSite site, List<RequestSite> allSites) {
        List<Statement> before = new ArrayList<>();
        for (int level = site.blocks().size() - 1; level >= 0; level--) {
            List<Statement> statements = site.blocks().get(level).getStatements();
            int start = 0;
            if (level == 0) {
                for (RequestSite other : allSites) {
                    int otherIndex = statements.indexOf(other.statement());
                    if (otherIndex >= 0 && otherIndex < site.indexes().get(0)) {
                        start = otherIndex + 1;
                    }
                }
            }
            before.addAll(statements.subList(start, site.indexes().get(level)));
        }
        return before;
    }

    /**
     * Finds the instance id source text for a call that sent none: a variable named like {@code instanceId} in scope
     * (a parameter, an earlier local, or a usable field), else the recipe option as a literal, else {@code null}.
     */
    private static String instanceIdInScope(J.MethodDeclaration method, J.ClassDeclaration owner, List<Statement> before,
                                            MigrationSettings settings) {
        for (Statement parameter : method.getParameters()) {
            for (String name : declaredNames(parameter)) {
                if (isInstanceIdName(name)) {
                    return name;
                }
            }
        }
        for (Statement statement : before) {
            for (String name : declaredNames(statement)) {
                if (isInstanceIdName(name)) {
                    return name;
                }
            }
        }
        if (owner != null) {
            boolean staticMethod = method.hasModifier(J.Modifier.Type.Static);
            for (Statement member : owner.getBody().getStatements()) {
                if (member instanceof J.VariableDeclarations field
                        && (!staticMethod || field.hasModifier(J.Modifier.Type.Static))) {
                    for (String name : declaredNames(field)) {
                        if (isInstanceIdName(name)) {
                            return name;
                        }
                    }
                }
            }
        }
        return settings.instanceId() == null ? null : javaString(settings.instanceId());
    }

    private static boolean isInstanceIdName(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT).endsWith("instanceid");
    }

    private static Set<String> fieldNames(J.ClassDeclaration owner) {
        Set<String> names = new HashSet<>();
        if (owner != null) {
            for (Statement member : owner.getBody().getStatements()) {
                names.addAll(declaredNames(member));
            }
        }
        return names;
    }

    private static Set<String> handledTypes(J.MethodDeclaration method, RequestSite site) {
        Set<String> handled = new HashSet<>();
        if (method.getThrows() != null) {
            for (NameTree thrown : method.getThrows()) {
                handled.add(simpleName(thrown));
            }
        }
        for (TypeTree caught : caughtTypes(site)) {
            handled.add(simpleName(caught));
        }
        return handled;
    }

    /** Lists the exception types that {@code catch} clauses of {@code try} statements around the site name. */
    private static List<TypeTree> caughtTypes(RequestSite site) {
        List<TypeTree> caughtTypes = new ArrayList<>();
        for (int level = 1; level < site.blocks().size(); level++) {
            Statement enclosing = site.blocks().get(level).getStatements().get(site.indexes().get(level));
            if (enclosing instanceof J.Try tryStatement && tryStatement.getBody() == site.blocks().get(level - 1)) {
                for (J.Try.Catch caught : tryStatement.getCatches()) {
                    TypeTree type = caught.getParameter().getTree().getTypeExpression();
                    if (type instanceof J.MultiCatch multiCatch) {
                        multiCatch.getAlternatives().forEach(alternative -> caughtTypes.add((TypeTree) alternative));
                    } else if (type != null) {
                        caughtTypes.add(type);
                    }
                }
            }
        }
        return caughtTypes;
    }

    /**
     * Returns a checked exception type that a {@code catch} around the site names but the generated code does not
     * throw, or {@code null}. Once the legacy statements that threw it are gone, javac rejects such a clause.
     */
    private static String unreachableCatch(RequestSite site, LegacyCall.ExceptionHandling exceptions,
                                           MigrationSettings settings) {
        boolean core = settings.targetSdk() == TargetSdk.CORE;
        boolean wrapped = core ? !exceptions.covers("ClientException") : !exceptions.covers();
        for (TypeTree caught : caughtTypes(site)) {
            String name = simpleName(caught);
            if (ALWAYS_CATCHABLE.contains(name) || isUnchecked(caught)) {
                continue;
            }
            boolean thrown = wrapped
                    ? "IOException".equals(name) && exceptions.rethrowAs() != null
                    : !core || "ClientException".equals(name) || "ServerException".equals(name);
            if (!thrown) {
                return name;
            }
        }
        return null;
    }

    private static boolean isUnchecked(TypeTree type) {
        if (type.getType() instanceof JavaType.FullyQualified fq && !(type.getType() instanceof JavaType.Unknown)) {
            return TypeUtils.isAssignableTo("java.lang.RuntimeException", fq) || TypeUtils.isAssignableTo("java.lang.Error", fq);
        }
        return KNOWN_UNCHECKED.contains(simpleName(type));
    }

    private static Set<String> enclosingCatchAndLoopNames(RequestSite site) {
        Set<String> names = new HashSet<>();
        for (int level = 1; level < site.blocks().size(); level++) {
            Statement enclosing = site.blocks().get(level).getStatements().get(site.indexes().get(level));
            if (enclosing instanceof J.Try tryStatement) {
                for (J.Try.Catch caught : tryStatement.getCatches()) {
                    if (caught.getBody() == site.blocks().get(level - 1)) {
                        names.addAll(declaredNames(caught.getParameter().getTree()));
                    }
                }
            }
            if (enclosing instanceof J.ForEachLoop loop) {
                names.addAll(declaredNames(loop.getControl().getVariable()));
            }
            if (enclosing instanceof J.ForLoop loop) {
                loop.getControl().getInit().forEach(init -> names.addAll(declaredNames(init)));
            }
        }
        return names;
    }

    private static boolean returnsBoolean(J.MethodDeclaration method) {
        TypeTree returnType = method.getReturnTypeExpression();
        return (returnType instanceof J.Primitive primitive && primitive.getType() == JavaType.Primitive.Boolean)
                || "Boolean".equals(simpleName(returnType));
    }

    private static boolean isPrimitiveBoolean(J.MethodDeclaration method, Response response) {
        if (response.consumer == LegacyCall.Consumer.DECLARE) {
            return "boolean".equals(response.resultType);
        }
        TypeTree returnType = method.getReturnTypeExpression();
        return returnType instanceof J.Primitive primitive && primitive.getType() == JavaType.Primitive.Boolean;
    }

    // ---------------------------------------------------------------- small helpers

    private static Map<String, Expression> localInitializers(J.Block body) {
        Map<String, Expression> locals = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable variable,
                                                                       Integer p) {
                if (locals.containsKey(variable.getSimpleName())) {
                    repeated.add(variable.getSimpleName());
                }
                locals.put(variable.getSimpleName(), variable.getInitializer());
                return super.visitVariable(variable, p);
            }
        }.visit(body, 0);
        repeated.forEach(locals::remove);
        locals.values().removeIf(java.util.Objects::isNull);
        return locals;
    }

    private static List<J.Block> nestedBlocks(Statement statement) {
        List<J.Block> blocks = new ArrayList<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Block visitBlock(J.Block block, Integer p) {
                blocks.add(block);
                return block;
            }

            @Override
            public J.Lambda visitLambda(J.Lambda lambda, Integer p) {
                return lambda;
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, Integer p) {
                return newClass;
            }

            @Override
            public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration classDeclaration, Integer p) {
                return classDeclaration;
            }
        }.visitNonNull(statement, 0, new Cursor(null, Cursor.ROOT_VALUE));
        if (statement instanceof J.Block block) {
            blocks.remove(block);
            blocks.addAll(0, block.getStatements().isEmpty() ? List.of() : List.of(block));
        }
        return blocks;
    }

    private static boolean declares(Statement statement, Set<String> names) {
        for (String name : declaredNames(statement)) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> declaredNames(Statement statement) {
        Set<String> names = new HashSet<>();
        if (statement instanceof J.VariableDeclarations declarations) {
            declarations.getVariables().forEach(variable -> names.add(variable.getSimpleName()));
        }
        return names;
    }

    private static Expression initializerOf(Statement statement, String name) {
        if (statement instanceof J.VariableDeclarations declarations) {
            for (J.VariableDeclarations.NamedVariable variable : declarations.getVariables()) {
                if (variable.getSimpleName().equals(name)) {
                    return variable.getInitializer();
                }
            }
        }
        if (statement instanceof J.Assignment assignment && assignment.getVariable() instanceof J.Identifier target
                && target.getSimpleName().equals(name)) {
            return assignment.getAssignment();
        }
        return null;
    }

    static String simpleName(J tree) {
        if (tree instanceof J.Identifier identifier) {
            return identifier.getSimpleName();
        }
        if (tree instanceof J.FieldAccess fieldAccess) {
            return fieldAccess.getSimpleName();
        }
        if (tree instanceof J.ParameterizedType parameterized) {
            return simpleName(parameterized.getClazz());
        }
        return "";
    }

    static String action(Operation operation) {
        return operation.openApiAction().orElse("OnsMqtt");
    }

    static String javaString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Set<String> parameterNames() {
        Set<String> names = new HashSet<>(LegacyTokenServer.APPLY_SIGNED_PARAMETERS);
        names.addAll(LegacyTokenServer.UNSIGNED_PARAMETERS);
        names.add(LegacyTokenServer.TOKEN_PARAMETER);
        return Set.copyOf(names);
    }

    /** A visitor that stays out of lambdas and class bodies, whose code runs at another time. */
    static class ShallowVisitor extends JavaIsoVisitor<Integer> {
        @Override
        public J.Lambda visitLambda(J.Lambda lambda, Integer p) {
            return lambda;
        }

        @Override
        public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration classDeclaration, Integer p) {
            return classDeclaration;
        }

        @Override
        public J.Block visitBlock(J.Block block, Integer p) {
            return getCursor().getParentOrThrow().getValue() instanceof J.NewClass ? block : super.visitBlock(block, p);
        }
    }
}
