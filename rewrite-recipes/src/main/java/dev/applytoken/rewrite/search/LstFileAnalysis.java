package dev.applytoken.rewrite.search;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.JavaRequestVocabulary;
import dev.applytoken.legacy.LegacyCallJudge;
import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import dev.applytoken.legacy.PathMention;
import dev.applytoken.legacy.RequestSite;
import dev.applytoken.legacy.Secrets;
import dev.applytoken.legacy.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TypeTree;

/**
 * The search recipe's analysis of one compilation unit. It gathers the same facts as the scanner's
 * JavaParser detector, from the OpenRewrite tree, and passes them to the same {@link LegacyCallJudge}.
 * Each method and initializer is a request site, and fields with a legacy host are references. Calls
 * of methods found to call the token server are findings through one level of indirection.
 */
final class LstFileAnalysis {

    private static final int MAX_QUOTE = 100;

    private final J.CompilationUnit unit;
    private final ProjectFacts facts;
    private final String path;
    private final LstStrings strings;
    private final String mqttContext;
    private final boolean onTargetSdk;

    LstFileAnalysis(J.CompilationUnit unit, ProjectFacts facts) {
        this.unit = unit;
        this.facts = facts;
        this.path = unit.getSourcePath().toString().replace('\\', '/');
        this.strings = new LstStrings(facts, LstStrings.baseName(path), fieldsOf(unit));
        this.mqttContext = LegacyTokenServer.findMqttContext(codeWords(unit)).orElse(null);
        this.onTargetSdk = isOnTargetSdk(unit);
    }

    String path() {
        return path;
    }

    /** Scanning pass: records the unit's fields, or its classes when it is already on a target SDK. */
    static void collectDeclarations(J.CompilationUnit unit, ProjectFacts facts) {
        boolean migrated = isOnTargetSdk(unit);
        String file = unit.getSourcePath().toString().replace('\\', '/');
        for (ClassField field : classFields(unit)) {
            if (migrated) {
                continue;
            }
            for (J.VariableDeclarations.NamedVariable variable : field.declarations().getVariables()) {
                if (variable.getInitializer() != null) {
                    facts.addConstant(new ProjectFacts.Constant(field.owner().getSimpleName(), variable.getSimpleName(),
                            file, field.isStatic(), variable.getInitializer()));
                }
            }
        }
        if (migrated) {
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration classDeclaration, Integer unused) {
                    facts.addMigratedClass(classDeclaration.getSimpleName());
                    return super.visitClassDeclaration(classDeclaration, unused);
                }
            }.visit(unit, 0);
        }
    }

    /** Returns the marks of every request site, and of the declarations when the file makes no call. */
    Map<UUID, List<LegacyCallMark>> run() {
        Map<UUID, List<LegacyCallMark>> marks = new LinkedHashMap<>();
        if (onTargetSdk) {
            return marks;
        }
        Map<UUID, List<Verdict>> declarations = declarations();
        String fileHost = declarations.values().stream().flatMap(List::stream)
                .map(verdict -> verdict.evidence().get(0)).findFirst().orElse(null);
        List<Site> sites = new ArrayList<>();
        String strongElsewhere = null;
        for (Callable callable : callables()) {
            Site site = analyse(callable);
            if (site.facts.hostEvidence().isEmpty() && !site.pathNodes.isEmpty() && fileHost != null) {
                site.facts.addHost(fileHost);
            }
            List<Verdict> direct = LegacyCallJudge.judge(site.facts);
            registerHelper(callable, direct);
            site.addIndirectFacts();
            site.verdicts = LegacyCallJudge.judge(site.facts);
            if (strongElsewhere == null && site.verdicts.stream().anyMatch(verdict -> verdict.confidence() == Confidence.HIGH
                    && verdict.operation() != Operation.REFERENCE)) {
                strongElsewhere = "same file calls the token server with strong evidence (in "
                        + callable.name() + ")";
            }
            sites.add(site);
        }

        boolean makesCalls = false;
        List<Map.Entry<UUID, Verdict>> found = new ArrayList<>();
        for (Site site : sites) {
            List<Verdict> verdicts = site.verdicts;
            boolean weak = verdicts.isEmpty() || verdicts.stream().anyMatch(verdict -> verdict.confidence() != Confidence.HIGH);
            if (strongElsewhere != null && weak && !site.pathNodes.isEmpty()) {
                site.facts.addSameFileEvidence(strongElsewhere);
                verdicts = LegacyCallJudge.judge(site.facts);
            }
            for (Verdict verdict : verdicts) {
                found.add(Map.entry(site.nodeOf(verdict.operation()), verdict));
                makesCalls |= verdict.operation() != Operation.REFERENCE;
            }
        }
        for (Map.Entry<UUID, Verdict> entry : found) {
            if (!makesCalls || entry.getValue().operation() != Operation.REFERENCE) {
                marks.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(new LegacyCallMark(entry.getValue()));
            }
        }
        if (!makesCalls) {
            declarations.forEach((id, verdicts) -> verdicts.forEach(verdict ->
                    marks.computeIfAbsent(id, key -> new ArrayList<>()).add(new LegacyCallMark(verdict))));
        }
        return marks;
    }

    /** Returns the marks of calls, in this unit, of methods that call the token server themselves. */
    Map<UUID, List<LegacyCallMark>> helperCalls() {
        Map<UUID, List<LegacyCallMark>> marks = new LinkedHashMap<>();
        if (onTargetSdk) {
            return marks;
        }
        Map<String, String> declaredTypes = declaredTypes(unit);
        for (Callable callable : callables()) {
            RequestSite site = new RequestSite(RequestSite.Kind.JAVA_REQUEST, "java");
            Map<Operation, UUID> nodes = new EnumMap<>(Operation.class);
            for (J.MethodInvocation call : findAll(callable.tree(), J.MethodInvocation.class)) {
                for (ProjectFacts.Helper helper : facts.helpers(call.getSimpleName())) {
                    if (callsHelper(callable, call, helper, declaredTypes)) {
                        site.addHelperCall(helper.operation(), helper.confidence(), RequestSite.HELPER_CALL_EVIDENCE + helper.owner() + "."
                                + helper.method() + ", which calls the token server (" + LstStrings.baseName(helper.file()) + ")");
                        nodes.putIfAbsent(helper.operation(), call.getId());
                    }
                }
            }
            if (site.helperCalls().isEmpty()) {
                continue;
            }
            if (mentionsInstanceId(callable)) {
                site.setInstanceIdInScope();
            }
            for (Verdict verdict : LegacyCallJudge.judge(site)) {
                UUID id = nodes.getOrDefault(verdict.operation(), callable.tree().getId());
                marks.computeIfAbsent(id, key -> new ArrayList<>()).add(new LegacyCallMark(verdict));
            }
        }
        return marks;
    }

    /** A method, constructor or initializer block, with the class that declares it. */
    private record Callable(J tree, J body, J.ClassDeclaration owner, String name) {
    }

    /** A field declaration directly in a class body. */
    private record ClassField(J.ClassDeclaration owner, J.VariableDeclarations declarations, boolean isStatic) {
    }

    /** The facts of one callable and the trees they were seen on. */
    private static final class Site {
        private final RequestSite facts = new RequestSite(RequestSite.Kind.JAVA_REQUEST, "java");
        private final Map<Operation, UUID> pathNodes = new EnumMap<>(Operation.class);
        private final Map<Operation, String> demoHelpers = new EnumMap<>(Operation.class);
        private final Map<Operation, UUID> demoHelperNodes = new EnumMap<>(Operation.class);
        private final UUID callableNode;
        private UUID hostNode;
        private UUID requestNode;
        private UUID signatureHelperNode;
        private List<Verdict> verdicts = List.of();

        private Site(UUID callableNode) {
            this.callableNode = callableNode;
        }

        private void addIndirectFacts() {
            demoHelpers.forEach(facts::addDemoHelper);
            if (signatureHelperNode != null) {
                Operation operation = pathNodes.keySet().stream().findFirst().orElse(Operation.APPLY);
                facts.addDemoHelper(operation, "calls the vendor demo helper doHttpSignature");
                demoHelperNodes.putIfAbsent(operation, signatureHelperNode);
            }
        }

        private UUID nodeOf(Operation operation) {
            UUID node = pathNodes.get(operation);
            if (node == null) {
                node = demoHelperNodes.get(operation);
            }
            if (node != null) {
                return node;
            }
            if (hostNode != null) {
                return hostNode;
            }
            return requestNode != null ? requestNode : callableNode;
        }
    }

    private List<Callable> callables() {
        List<Callable> callables = new ArrayList<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration method, Integer unused) {
                J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (method.getBody() != null) {
                    callables.add(new Callable(method, method.getBody(), owner, method.getSimpleName()));
                } else if (owner != null && feignClientOf(owner).isPresent()) {
                    callables.add(new Callable(method, method, owner, method.getSimpleName()));
                }
                return super.visitMethodDeclaration(method, unused);
            }

            @Override
            public J.Block visitBlock(J.Block block, Integer unused) {
                Cursor parent = getCursor().getParentTreeCursor();
                if (parent.getValue() instanceof J.Block classBody
                        && parent.getParentTreeCursor().getValue() instanceof J.ClassDeclaration owner
                        && owner.getBody() == classBody) {
                    callables.add(new Callable(block, block, owner, "an initializer of " + owner.getSimpleName()));
                }
                return super.visitBlock(block, unused);
            }
        }.visit(unit, 0);
        return callables;
    }

    private Site analyse(Callable callable) {
        Site site = new Site(callable.tree().getId());
        Map<String, Expression> locals = new HashMap<>();
        for (J.VariableDeclarations.NamedVariable variable : findAll(callable.body(), J.VariableDeclarations.NamedVariable.class)) {
            if (variable.getInitializer() != null) {
                locals.putIfAbsent(variable.getSimpleName(), variable.getInitializer());
            }
        }
        Map<String, String> injected = new HashMap<>();
        if (callable.tree() instanceof J.MethodDeclaration method) {
            for (Statement parameter : method.getParameters()) {
                if (parameter instanceof J.VariableDeclarations declarations) {
                    LstStrings.valueAnnotation(declarations.getLeadingAnnotations())
                            .flatMap(key -> strings.injectedValue(key[0], key[1]))
                            .ifPresent(value -> declarations.getVariables()
                                    .forEach(variable -> injected.put(variable.getSimpleName(), value)));
                }
            }
        }
        strings.setScope(locals, injected);
        if (mentionsInstanceId(callable)) {
            site.facts.setInstanceIdInScope();
        }
        if (mqttContext != null) {
            site.facts.setMqttContext("MQTT context: \"" + mqttContext + "\" in " + LstStrings.baseName(path));
        }
        if (callable.tree() instanceof J.MethodDeclaration method && callable.owner() != null) {
            feignClientOf(callable.owner()).ifPresent(client -> inspectFeignMethod(site, client, method));
        }
        new JavaIsoVisitor<Site>() {
            @Override
            public J preVisit(J tree, Site current) {
                if (getCursor().firstEnclosing(J.Annotation.class) != null) {
                    return tree;
                }
                inspect(tree, getCursor(), current);
                return tree;
            }
        }.visit(callable.body(), site);
        return site;
    }

    private void inspect(J tree, Cursor cursor, Site site) {
        Object parent = cursor.getParentTreeCursor().getValue();
        if (tree instanceof Expression expression && isWholeString(expression, parent)) {
            inspectString(site, expression);
        }
        if (tree instanceof J.Literal literal && literal.getValue() instanceof String) {
            inspectParameterName(site, literal, parent);
        }
        if (tree instanceof J.MethodInvocation call) {
            inspectCall(site, call);
        } else if (tree instanceof J.NewClass creation && creation.getClazz() != null) {
            String type = typeName(creation.getClazz());
            if (JavaRequestVocabulary.isRequestType(type)) {
                recordRequest(site, "new " + type + "(...)", creation);
            }
        }
    }

    private boolean isWholeString(Expression expression, Object parent) {
        boolean shaped = expression instanceof J.Literal literal && literal.getValue() instanceof String
                || expression instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition
                || expression instanceof J.FieldAccess && !(parent instanceof J.FieldAccess)
                || expression instanceof J.MethodInvocation call && JavaRequestVocabulary.isStringBuildingCall(call.getSimpleName())
                || expression instanceof J.Identifier identifier && isValueName(identifier, parent);
        return shaped && !(parent instanceof J.Binary binary && binary.getOperator() == J.Binary.Type.Addition);
    }

    /** Tells whether an identifier stands for a value rather than a method, type or declared name. */
    private boolean isValueName(J.Identifier identifier, Object parent) {
        if (parent instanceof J.FieldAccess || parent instanceof J.VariableDeclarations.NamedVariable named
                && named.getName() == identifier || parent instanceof J.MethodInvocation call && call.getName() == identifier
                || parent instanceof J.NewClass || parent instanceof J.MethodDeclaration || parent instanceof TypeTree
                && !(parent instanceof J.Identifier)) {
            return false;
        }
        return strings.knows(identifier.getSimpleName());
    }

    private void inspectString(Site site, Expression expression) {
        LstStrings.Value value = strings.evaluate(expression);
        String text = value.text();
        Optional<String> host = LegacyTokenServer.findHost(text);
        if (host.isPresent()) {
            site.facts.addHost("legacy host in " + describe(value, host.get()));
            if (site.hostNode == null) {
                site.hostNode = expression.getId();
            }
        }
        for (PathMention mention : LegacyTokenServer.findPaths(text)) {
            switch (mention.placement()) {
                case LEGACY_SHAPED -> {
                    site.facts.addPath(mention.operation(), "path " + mention.operation().legacyPath().orElseThrow()
                            + " in " + quote(text));
                    site.pathNodes.putIfAbsent(mention.operation(), expression.getId());
                }
                case FOREIGN_HOST -> site.facts.addPathOnForeignHost("path on another host " + mention.foreignHost()
                        + " in " + quote(text));
                case NESTED -> {
                }
            }
        }
        LegacyTokenServer.findFormParameters(text).forEach(site.facts::addParameter);
    }

    private void inspectParameterName(Site site, J.Literal literal, Object parent) {
        String name = (String) literal.getValue();
        if (!LegacyCallJudge.SIGNATURE_PARAMETERS.contains(name)) {
            return;
        }
        List<Expression> arguments = parent instanceof J.MethodInvocation call ? call.getArguments()
                : parent instanceof J.NewClass creation ? creation.getArguments() : List.of();
        int position = arguments.indexOf(literal);
        if (position >= 0 && position + 1 < arguments.size() && arguments.get(position + 1) instanceof J.Literal next
                && next.getValue() instanceof String value) {
            site.facts.addParameter(name + "=" + value);
            return;
        }
        site.facts.addParameter(name);
    }

    private void inspectCall(Site site, J.MethodInvocation call) {
        String name = call.getSimpleName();
        String scope = call.getSelect() == null ? null : call.getSelect().printTrimmed(new Cursor(null, unit));
        if (JavaRequestVocabulary.isRequestMethod(name)) {
            recordRequest(site, (scope == null ? "" : scope + ".") + name + "(...)", call);
        }
        if (!JavaRequestVocabulary.isDemoHelperCall(scope, name)) {
            return;
        }
        String owner = scope == null ? null : scope.substring(scope.lastIndexOf('.') + 1);
        if (owner != null && facts.isMigratedClass(owner)) {
            return;
        }
        Operation operation = JavaRequestVocabulary.demoHelperOperation(name);
        if (operation == null) {
            if (site.signatureHelperNode == null) {
                site.signatureHelperNode = call.getId();
            }
            return;
        }
        site.demoHelpers.putIfAbsent(operation, "calls the vendor demo helper " + scope + "." + name);
        site.demoHelperNodes.putIfAbsent(operation, call.getId());
    }

    private void recordRequest(Site site, String what, J tree) {
        site.facts.setOutgoingRequest("sends a request with " + Secrets.mask(shorten(what)));
        if (site.requestNode == null) {
            site.requestNode = tree.getId();
        }
    }

    private static Optional<J.Annotation> feignClientOf(J.ClassDeclaration owner) {
        return owner.getLeadingAnnotations().stream()
                .filter(annotation -> annotation.getSimpleName().equals("FeignClient"))
                .findFirst();
    }

    /**
     * Records a Feign client method as an outgoing request. Its mapping annotation contains the path
     * and the client's {@code url} the host.
     */
    private void inspectFeignMethod(Site site, J.Annotation client, J.MethodDeclaration method) {
        recordRequest(site, "Feign client method " + method.getSimpleName(), method);
        inspectAnnotationValues(site, client, "url");
        for (J.Annotation mapping : method.getLeadingAnnotations()) {
            if (mapping.getSimpleName().endsWith("Mapping")) {
                inspectAnnotationValues(site, mapping, "value", "path");
            }
        }
    }

    private void inspectAnnotationValues(Site site, J.Annotation annotation, String... names) {
        if (annotation.getArguments() == null) {
            return;
        }
        for (Expression argument : annotation.getArguments()) {
            if (argument instanceof J.Assignment assignment && assignment.getVariable() instanceof J.Identifier key) {
                if (List.of(names).contains(key.getSimpleName())) {
                    inspectString(site, assignment.getAssignment());
                }
            } else if (!List.of(names).contains("url") && !(argument instanceof J.Empty)) {
                inspectString(site, argument);
            }
        }
    }

    private void registerHelper(Callable callable, List<Verdict> direct) {
        if (!(callable.tree() instanceof J.MethodDeclaration method) || callable.owner() == null) {
            return;
        }
        for (Verdict verdict : direct) {
            if (verdict.operation() != Operation.REFERENCE) {
                facts.addHelper(new ProjectFacts.Helper(callable.owner().getSimpleName(), method.getSimpleName(),
                        verdict.operation(), verdict.confidence(), path));
            }
        }
    }

    /** Returns the fields and {@code @Value} parameters that hold a legacy host, by the tree to mark. */
    private Map<UUID, List<Verdict>> declarations() {
        Map<UUID, List<Verdict>> found = new LinkedHashMap<>();
        strings.setScope(Map.of(), Map.of());
        for (ClassField field : classFields(unit)) {
            if (LstStrings.valueAnnotation(field.declarations().getLeadingAnnotations()).isPresent()) {
                continue;
            }
            for (J.VariableDeclarations.NamedVariable variable : field.declarations().getVariables()) {
                if (variable.getInitializer() == null) {
                    continue;
                }
                String text = strings.evaluate(variable.getInitializer()).text();
                if (LegacyTokenServer.findHost(text).isPresent()) {
                    RequestSite site = new RequestSite(RequestSite.Kind.JAVA_DECLARATION, "java")
                            .addHost("legacy host in field " + variable.getSimpleName() + " = " + quote(text));
                    found.put(variable.getId(), LegacyCallJudge.judge(site));
                }
            }
        }
        for (J.MethodDeclaration method : findAll(unit, J.MethodDeclaration.class)) {
            for (Statement parameter : method.getParameters()) {
                if (!(parameter instanceof J.VariableDeclarations declarations)) {
                    continue;
                }
                Optional<String> injected = LstStrings.valueAnnotation(declarations.getLeadingAnnotations())
                        .flatMap(key -> strings.injectedValue(key[0], key[1]));
                if (injected.isPresent() && LegacyTokenServer.findHost(injected.get()).isPresent()) {
                    RequestSite site = new RequestSite(RequestSite.Kind.JAVA_DECLARATION, "java")
                            .addHost("legacy host injected into parameter "
                                    + declarations.getVariables().get(0).getSimpleName() + " = " + quote(injected.get()));
                    found.put(declarations.getId(), LegacyCallJudge.judge(site));
                }
            }
        }
        return found;
    }

    private boolean callsHelper(Callable callable, J.MethodInvocation call, ProjectFacts.Helper helper,
                                Map<String, String> declaredTypes) {
        String enclosingOwner = callable.owner() == null ? "" : callable.owner().getSimpleName();
        boolean sameMethod = callable.tree() instanceof J.MethodDeclaration method
                && method.getSimpleName().equals(helper.method()) && enclosingOwner.equals(helper.owner());
        if (sameMethod) {
            return false;
        }
        Expression select = call.getSelect();
        if (select == null || select instanceof J.Identifier self && self.getSimpleName().equals("this")) {
            return enclosingOwner.equals(helper.owner());
        }
        String scopeName = select instanceof J.Identifier identifier ? identifier.getSimpleName()
                : select instanceof J.FieldAccess access ? access.getSimpleName() : null;
        if (scopeName == null) {
            return false;
        }
        return scopeName.equals(helper.owner()) || helper.owner().equals(declaredTypes.get(scopeName));
    }

    private static Map<String, String> declaredTypes(J.CompilationUnit unit) {
        Map<String, String> types = new HashMap<>();
        for (J.VariableDeclarations declarations : findAll(unit, J.VariableDeclarations.class)) {
            if (declarations.getTypeExpression() == null) {
                continue;
            }
            String type = typeName(declarations.getTypeExpression());
            for (J.VariableDeclarations.NamedVariable variable : declarations.getVariables()) {
                types.put(variable.getSimpleName(), type.substring(type.lastIndexOf('.') + 1));
            }
        }
        return types;
    }

    private static String typeName(TypeTree type) {
        Object raw = type instanceof J.ParameterizedType parameterized ? parameterized.getClazz() : type;
        return raw instanceof J.Identifier identifier ? identifier.getSimpleName()
                : raw instanceof J.FieldAccess access ? access.getTarget() instanceof J.Identifier target
                        ? target.getSimpleName() + "." + access.getSimpleName() : access.getSimpleName()
                : raw.toString().strip();
    }

    private boolean mentionsInstanceId(Callable callable) {
        J scope = callable.owner() != null ? callable.owner() : callable.tree();
        for (J.Identifier identifier : findAll(scope, J.Identifier.class)) {
            if (identifier.getSimpleName().toLowerCase(Locale.ROOT).contains("instanceid")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, LstStrings.Field> fieldsOf(J.CompilationUnit unit) {
        Map<String, LstStrings.Field> fields = new HashMap<>();
        for (ClassField field : classFields(unit)) {
            String[] config = LstStrings.valueAnnotation(field.declarations().getLeadingAnnotations()).orElse(null);
            for (J.VariableDeclarations.NamedVariable variable : field.declarations().getVariables()) {
                fields.putIfAbsent(variable.getSimpleName(), new LstStrings.Field(field.owner().getSimpleName(),
                        variable.getSimpleName(), variable.getInitializer(),
                        config == null ? null : config[0], config == null ? null : config[1]));
            }
        }
        return fields;
    }

    private static List<ClassField> classFields(J.CompilationUnit unit) {
        List<ClassField> fields = new ArrayList<>();
        for (J.ClassDeclaration owner : findAll(unit, J.ClassDeclaration.class)) {
            boolean isInterface = owner.getKind() == J.ClassDeclaration.Kind.Type.Interface;
            for (Statement statement : owner.getBody().getStatements()) {
                if (statement instanceof J.VariableDeclarations declarations) {
                    fields.add(new ClassField(owner, declarations,
                            isInterface || declarations.hasModifier(J.Modifier.Type.Static)));
                }
            }
        }
        return fields;
    }

    /** Returns the words of the code without its comments: identifiers, string values and imports. */
    private static String codeWords(J.CompilationUnit unit) {
        StringBuilder words = new StringBuilder();
        new JavaIsoVisitor<StringBuilder>() {
            @Override
            public J.Identifier visitIdentifier(J.Identifier identifier, StringBuilder text) {
                text.append(identifier.getSimpleName()).append(' ');
                return identifier;
            }

            @Override
            public J.Literal visitLiteral(J.Literal literal, StringBuilder text) {
                if (literal.getValue() instanceof String value) {
                    text.append(value).append(' ');
                }
                return literal;
            }
        }.visit(unit, words);
        return words.toString();
    }

    private static boolean isOnTargetSdk(J.CompilationUnit unit) {
        String text = unit.printAll();
        for (String sdkPackage : LegacyTokenServer.TARGET_SDK_PACKAGES) {
            if (text.contains(sdkPackage + ".")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends J> List<T> findAll(J root, Class<T> type) {
        List<T> found = new ArrayList<>();
        new JavaIsoVisitor<List<T>>() {
            @Override
            public J preVisit(J tree, List<T> list) {
                if (type.isInstance(tree)) {
                    list.add(type.cast(tree));
                }
                return tree;
            }
        }.visit(root, found);
        return found;
    }

    private String describe(LstStrings.Value value, String host) {
        for (LstStrings.Origin origin : value.origins()) {
            if (origin.value().contains(host)) {
                return origin.description();
            }
        }
        return quote(value.text());
    }

    private static String quote(String text) {
        String shown = text.replace(LegacyTokenServer.UNKNOWN, '…').replaceAll("\\s+", " ").strip();
        return "\"" + Secrets.mask(shorten(shown)) + "\"";
    }

    private static String shorten(String text) {
        return text.length() > MAX_QUOTE ? text.substring(0, MAX_QUOTE) + "..." : text;
    }
}
