package dev.applytoken.scanner.scan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The analysis of one parsed Java file: its request sites, its declarations, and its helper calls. */
final class JavaFileAnalysis {

    private static final int MAX_QUOTE = 100;

    private final SourceFile file;
    private final CompilationUnit unit;
    private final ProjectIndex index;
    private final JavaStringEvaluator evaluator;
    private final String mqttContext;
    private final Map<String, String> declaredTypes = new HashMap<>();

    JavaFileAnalysis(SourceFile file, CompilationUnit unit, ProjectIndex index) {
        this.file = file;
        this.unit = unit;
        this.index = index;
        this.evaluator = new JavaStringEvaluator(index, file.fileName(), JavaStringEvaluator.fieldsOf(unit));
        String code = SourceText.stripComments(file.text().text(), Language.CommentStyle.C);
        this.mqttContext = LegacyTokenServer.findMqttContext(code).orElse(null);
    }

    /** Returns the findings of every request site and every unused declaration of a legacy host. */
    List<Finding> run() {
        List<Finding> declarations = declarations();
        String fileHost = declarations.isEmpty() ? null : declarations.get(0).evidence().get(0);
        List<Site> sites = new ArrayList<>();
        String strongElsewhere = null;
        for (BodyDeclaration<?> member : callables()) {
            Site site = analyse(member);
            if (site.facts.hostEvidence().isEmpty() && !site.pathLines.isEmpty() && fileHost != null) {
                site.facts.addHost(fileHost);
            }
            List<Verdict> direct = LegacyCallJudge.judge(site.facts);
            registerHelper(member, direct, site);
            site.addIndirectFacts();
            site.verdicts = LegacyCallJudge.judge(site.facts);
            if (strongElsewhere == null && site.verdicts.stream().anyMatch(verdict -> verdict.confidence() == Confidence.HIGH
                    && verdict.operation() != Operation.REFERENCE)) {
                strongElsewhere = "same file calls the token server with strong evidence (line "
                        + site.lineOf(site.verdicts.get(0).operation()) + ")";
            }
            sites.add(site);
        }

        List<Finding> findings = new ArrayList<>();
        for (Site site : sites) {
            List<Verdict> verdicts = site.verdicts;
            boolean weak = verdicts.isEmpty() || verdicts.stream().anyMatch(verdict -> verdict.confidence() != Confidence.HIGH);
            if (strongElsewhere != null && weak && !site.pathLines.isEmpty()) {
                site.facts.addSameFileEvidence(strongElsewhere);
                verdicts = LegacyCallJudge.judge(site.facts);
            }
            for (Verdict verdict : verdicts) {
                findings.add(toFinding(verdict, site.lineOf(verdict.operation())));
            }
        }
        boolean makesCalls = findings.stream().anyMatch(finding -> finding.operation() != Operation.REFERENCE);
        if (makesCalls) {
            findings.removeIf(finding -> finding.operation() == Operation.REFERENCE);
        } else {
            findings.addAll(declarations);
        }
        return findings;
    }

    /** Returns the calls of helper methods (found by pass two in any file) made in this file. */
    List<Finding> helperCalls() {
        collectDeclaredTypes();
        List<Finding> findings = new ArrayList<>();
        for (BodyDeclaration<?> member : callables()) {
            RequestSite facts = new RequestSite(RequestSite.Kind.JAVA_REQUEST, "java");
            Map<Operation, Integer> lines = new EnumMap<>(Operation.class);
            for (MethodCallExpr call : member.findAll(MethodCallExpr.class)) {
                for (ProjectIndex.Helper helper : index.helpers(call.getNameAsString())) {
                    if (callsHelper(member, call, helper)) {
                        facts.addHelperCall(helper.operation(), helper.confidence(), RequestSite.HELPER_CALL_EVIDENCE + helper.owner()
                                + "." + helper.method() + ", which calls the token server ("
                                + JavaStringEvaluator.baseName(helper.file()) + ":" + helper.line() + ")");
                        lines.putIfAbsent(helper.operation(), lineOf(call));
                    }
                }
            }
            if (facts.helperCalls().isEmpty()) {
                continue;
            }
            if (mentionsInstanceId(member)) {
                facts.setInstanceIdInScope();
            }
            for (Verdict verdict : LegacyCallJudge.judge(facts)) {
                findings.add(toFinding(verdict, lines.getOrDefault(verdict.operation(), lineOf(member))));
            }
        }
        return findings;
    }

    private List<BodyDeclaration<?>> callables() {
        List<BodyDeclaration<?>> callables = new ArrayList<>();
        unit.walk(Node.TreeTraversal.PREORDER, node -> {
            if (node instanceof CallableDeclaration<?> callable) {
                callables.add(callable);
            } else if (node instanceof InitializerDeclaration initializer) {
                callables.add(initializer);
            }
        });
        return callables;
    }

    /** The facts of one callable, the lines they were seen on, and the names it uses. */
    private final class Site {
        private final RequestSite facts = new RequestSite(RequestSite.Kind.JAVA_REQUEST, "java");
        private final Map<Operation, Integer> pathLines = new EnumMap<>(Operation.class);
        private final Map<Operation, String> demoHelpers = new EnumMap<>(Operation.class);
        private final Map<Operation, Integer> demoHelperLines = new EnumMap<>(Operation.class);
        private List<Verdict> verdicts = List.of();
        private int hostLine;
        private int requestLine;
        private int signatureHelperLine;
        private final int memberLine;

        private Site(int memberLine) {
            this.memberLine = memberLine;
        }

        /** Adds the demo-helper calls, which make a finding but not a helper for other files. */
        private void addIndirectFacts() {
            demoHelpers.forEach(facts::addDemoHelper);
            if (signatureHelperLine > 0) {
                Operation operation = pathLines.keySet().stream().findFirst().orElse(Operation.APPLY);
                facts.addDemoHelper(operation, "calls the vendor demo helper doHttpSignature (line " + signatureHelperLine + ")");
                demoHelperLines.putIfAbsent(operation, signatureHelperLine);
            }
        }

        private int lineOf(Operation operation) {
            Integer line = pathLines.get(operation);
            if (line == null) {
                line = demoHelperLines.get(operation);
            }
            if (line != null) {
                return line;
            }
            if (hostLine > 0) {
                return hostLine;
            }
            return requestLine > 0 ? requestLine : memberLine;
        }
    }

    private Site analyse(BodyDeclaration<?> member) {
        Site site = new Site(lineOf(member));
        Map<String, Expression> locals = localsOf(member);
        for (Parameter parameter : member.findAll(Parameter.class)) {
            JavaStringEvaluator.valueAnnotation(parameter.getAnnotations())
                    .flatMap(key -> evaluator.injectedValue(key[0], key[1]))
                    .ifPresent(value -> locals.put(parameter.getNameAsString(), new StringLiteralExpr(escape(value))));
        }
        evaluator.setLocals(locals);
        if (mentionsInstanceId(member)) {
            site.facts.setInstanceIdInScope();
        }
        if (mqttContext != null) {
            site.facts.setMqttContext("MQTT context: \"" + mqttContext + "\" in " + file.fileName());
        }
        if (member instanceof MethodDeclaration method) {
            feignClientOf(method).ifPresent(client -> inspectFeignMethod(site, client, method));
        }
        for (Expression expression : member.findAll(Expression.class)) {
            if (isInsideAnnotation(expression)) {
                continue;
            }
            if (isWholeString(expression)) {
                inspectString(site, expression);
            }
            if (expression instanceof StringLiteralExpr literal) {
                inspectParameterName(site, literal);
            }
            if (expression instanceof MethodCallExpr call) {
                inspectCall(site, call);
            } else if (expression instanceof ObjectCreationExpr creation
                    && JavaRequestVocabulary.isRequestType(creation.getType().getNameWithScope())) {
                recordRequest(site, "new " + creation.getType().getNameWithScope() + "(...)", creation);
            }
        }
        return site;
    }

    /** Returns the {@code @FeignClient} annotation of the interface that declares {@code method}. */
    private static Optional<AnnotationExpr> feignClientOf(MethodDeclaration method) {
        return method.getParentNode()
                .filter(parent -> parent instanceof TypeDeclaration<?>)
                .flatMap(parent -> ((TypeDeclaration<?>) parent).getAnnotationByName("FeignClient"));
    }

    /**
     * Records a Feign client method as an outgoing request. Its mapping annotation contains the path
     * and the client's {@code url} the host, while the same annotations on a controller declare routes.
     */
    private void inspectFeignMethod(Site site, AnnotationExpr client, MethodDeclaration method) {
        recordRequest(site, "Feign client method " + method.getNameAsString(), method);
        for (MemberValuePair pair : client.findAll(MemberValuePair.class)) {
            if (pair.getNameAsString().equals("url")) {
                inspectString(site, pair.getValue());
            }
        }
        for (AnnotationExpr mapping : method.getAnnotations()) {
            if (!mapping.getNameAsString().endsWith("Mapping")) {
                continue;
            }
            if (mapping instanceof SingleMemberAnnotationExpr single) {
                inspectString(site, single.getMemberValue());
            }
            for (MemberValuePair pair : mapping.findAll(MemberValuePair.class)) {
                if (pair.getNameAsString().equals("value") || pair.getNameAsString().equals("path")) {
                    inspectString(site, pair.getValue());
                }
            }
        }
    }

    private void inspectString(Site site, Expression expression) {
        if ((expression instanceof NameExpr || expression instanceof FieldAccessExpr)
                && expression.getParentNode().filter(parent -> parent instanceof FieldAccessExpr).isPresent()) {
            return;
        }
        JavaStringEvaluator.Value value = evaluator.evaluate(expression);
        String text = value.text();
        int line = lineOf(expression);
        Optional<String> host = LegacyTokenServer.findHost(text);
        if (host.isPresent()) {
            site.facts.addHost("legacy host in " + describe(value, host.get(), line));
            if (site.hostLine == 0) {
                site.hostLine = line;
            }
        }
        for (PathMention path : LegacyTokenServer.findPaths(text)) {
            String quote = quote(text);
            switch (path.placement()) {
                case LEGACY_SHAPED -> {
                    site.facts.addPath(path.operation(), "path " + path.operation().legacyPath().orElseThrow()
                            + " in " + quote + " (line " + line + ")");
                    site.pathLines.putIfAbsent(path.operation(), line);
                }
                case FOREIGN_HOST -> site.facts.addPathOnForeignHost("path on another host " + path.foreignHost()
                        + " in " + quote + " (line " + line + ")");
                case NESTED -> {
                }
            }
        }
        LegacyTokenServer.findFormParameters(text).forEach(site.facts::addParameter);
    }

    /** Records {@code "resources"} passed as a parameter name, with its value when the next argument is a literal. */
    private void inspectParameterName(Site site, StringLiteralExpr literal) {
        String name = literal.asString();
        if (!LegacyCallJudge.SIGNATURE_PARAMETERS.contains(name)) {
            return;
        }
        Optional<Node> parent = literal.getParentNode();
        if (parent.isPresent() && parent.get() instanceof NodeWithArguments<?> call) {
            List<Expression> arguments = call.getArguments();
            int position = arguments.indexOf(literal);
            if (position >= 0 && position + 1 < arguments.size() && arguments.get(position + 1) instanceof StringLiteralExpr value) {
                site.facts.addParameter(name + "=" + value.asString());
                return;
            }
        }
        site.facts.addParameter(name);
    }

    private void inspectCall(Site site, MethodCallExpr call) {
        String name = call.getNameAsString();
        String scope = call.getScope().map(Expression::toString).orElse(null);
        if (JavaRequestVocabulary.isRequestMethod(name)) {
            recordRequest(site, (scope == null ? "" : scope + ".") + name + "(...)", call);
        }
        if (!JavaRequestVocabulary.isDemoHelperCall(scope, name)) {
            return;
        }
        String owner = scope == null ? null : scope.substring(scope.lastIndexOf('.') + 1);
        if (owner != null && index.isMigratedClass(owner)) {
            return;
        }
        Operation operation = JavaRequestVocabulary.demoHelperOperation(name);
        if (operation == null) {
            if (site.signatureHelperLine == 0) {
                site.signatureHelperLine = lineOf(call);
            }
            return;
        }
        site.demoHelpers.putIfAbsent(operation, "calls the vendor demo helper " + scope + "." + name
                + " (line " + lineOf(call) + ")");
        site.demoHelperLines.putIfAbsent(operation, lineOf(call));
    }

    private void recordRequest(Site site, String what, Node node) {
        site.facts.setOutgoingRequest("sends a request with " + Secrets.mask(shorten(what)) + " (line " + lineOf(node) + ")");
        if (site.requestLine == 0) {
            site.requestLine = lineOf(node);
        }
    }

    private void registerHelper(BodyDeclaration<?> member, List<Verdict> direct, Site site) {
        if (!(member instanceof MethodDeclaration method)) {
            return;
        }
        for (Verdict verdict : direct) {
            if (verdict.operation() != Operation.REFERENCE) {
                index.addHelper(new ProjectIndex.Helper(JavaStringEvaluator.ownerName(method), method.getNameAsString(),
                        verdict.operation(), verdict.confidence(), file.path(), site.lineOf(verdict.operation())));
            }
        }
    }

    /**
     * Returns the fields and annotations that hold a legacy host, as references. They are reported
     * only when the file makes no call, because a call in the file is what uses them.
     */
    private List<Finding> declarations() {
        List<Finding> findings = new ArrayList<>();
        evaluator.setLocals(Map.of());
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            if (isValueInjected(field)) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getInitializer().isEmpty()) {
                    continue;
                }
                JavaStringEvaluator.Value value = evaluator.evaluate(variable.getInitializer().get());
                Optional<String> host = LegacyTokenServer.findHost(value.text());
                if (host.isEmpty()) {
                    continue;
                }
                int line = lineOf(variable);
                RequestSite facts = new RequestSite(RequestSite.Kind.JAVA_DECLARATION, "java")
                        .addHost("legacy host in field " + variable.getNameAsString() + " = "
                                + quote(value.text()) + " (line " + line + ")");
                for (Verdict verdict : LegacyCallJudge.judge(facts)) {
                    findings.add(toFinding(verdict, line));
                }
            }
        }
        for (Parameter parameter : unit.findAll(Parameter.class)) {
            Optional<String> injected = JavaStringEvaluator.valueAnnotation(parameter.getAnnotations())
                    .flatMap(key -> evaluator.injectedValue(key[0], key[1]));
            if (injected.isPresent() && LegacyTokenServer.findHost(injected.get()).isPresent()) {
                int line = lineOf(parameter);
                RequestSite facts = new RequestSite(RequestSite.Kind.JAVA_DECLARATION, "java")
                        .addHost("legacy host injected into parameter " + parameter.getNameAsString() + " = "
                                + quote(injected.get()) + " (line " + line + ")");
                for (Verdict verdict : LegacyCallJudge.judge(facts)) {
                    findings.add(toFinding(verdict, line));
                }
            }
        }
        return findings;
    }

    private boolean callsHelper(BodyDeclaration<?> member, MethodCallExpr call, ProjectIndex.Helper helper) {
        String enclosingOwner = JavaStringEvaluator.ownerName(member);
        boolean sameMethod = member instanceof MethodDeclaration method
                && method.getNameAsString().equals(helper.method()) && enclosingOwner.equals(helper.owner());
        if (sameMethod) {
            return false;
        }
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get().isThisExpr()) {
            return enclosingOwner.equals(helper.owner());
        }
        String scopeName = scope.get() instanceof NameExpr name ? name.getNameAsString()
                : scope.get() instanceof FieldAccessExpr access ? access.getNameAsString() : null;
        if (scopeName == null) {
            return false;
        }
        return scopeName.equals(helper.owner()) || helper.owner().equals(declaredTypes.get(scopeName));
    }

    private void collectDeclaredTypes() {
        for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
            declaredTypes.put(variable.getNameAsString(), simpleName(variable.getTypeAsString()));
        }
        for (Parameter parameter : unit.findAll(Parameter.class)) {
            declaredTypes.put(parameter.getNameAsString(), simpleName(parameter.getTypeAsString()));
        }
    }

    private static String simpleName(String type) {
        String raw = type.replaceAll("<.*>", "");
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private Finding toFinding(Verdict verdict, int line) {
        List<String> evidence = verdict.evidence().stream().map(Secrets::mask).toList();
        return new Finding(file.path(), line, Language.JAVA.reportName(), verdict.operation(), verdict.confidence(),
                evidence, verdict.migration(), verdict.reason());
    }

    /** Tells whether an expression is a whole string: not a part of a larger concatenation. */
    private static boolean isWholeString(Expression expression) {
        boolean stringShaped = expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr
                || expression instanceof NameExpr || expression instanceof FieldAccessExpr
                || expression instanceof MethodCallExpr call && JavaRequestVocabulary.isStringBuildingCall(call.getNameAsString())
                || expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
        if (!stringShaped) {
            return false;
        }
        Optional<Node> parent = expression.getParentNode();
        return parent.isEmpty() || !(parent.get() instanceof BinaryExpr binary
                && binary.getOperator() == BinaryExpr.Operator.PLUS);
    }

    private static boolean isInsideAnnotation(Node node) {
        Optional<Node> parent = node.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof AnnotationExpr) {
                return true;
            }
            if (parent.get() instanceof BodyDeclaration<?>) {
                return false;
            }
            parent = parent.get().getParentNode();
        }
        return false;
    }

    private static boolean isValueInjected(FieldDeclaration field) {
        return field.getAnnotations().stream().anyMatch(annotation -> annotation.getNameAsString().equals("Value"));
    }

    /** Tells whether a name containing {@code instanceId} is declared or used in the member or its class. */
    private static boolean mentionsInstanceId(Node member) {
        Node scope = member.getParentNode().orElse(member);
        for (NameExpr name : scope.findAll(NameExpr.class)) {
            if (name.getNameAsString().toLowerCase(Locale.ROOT).contains("instanceid")) {
                return true;
            }
        }
        for (VariableDeclarator variable : scope.findAll(VariableDeclarator.class)) {
            if (variable.getNameAsString().toLowerCase(Locale.ROOT).contains("instanceid")) {
                return true;
            }
        }
        for (Parameter parameter : member.findAll(Parameter.class)) {
            if (parameter.getNameAsString().toLowerCase(Locale.ROOT).contains("instanceid")) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, Expression> localsOf(Node member) {
        Map<String, Expression> locals = new HashMap<>();
        for (VariableDeclarator variable : member.findAll(VariableDeclarator.class)) {
            variable.getInitializer().ifPresent(initializer -> locals.putIfAbsent(variable.getNameAsString(), initializer));
        }
        return locals;
    }

    private String describe(JavaStringEvaluator.Value value, String host, int line) {
        for (JavaStringEvaluator.Origin origin : value.origins()) {
            if (origin.value().contains(host)) {
                return origin.description();
            }
        }
        return quote(value.text()) + " (line " + line + ")";
    }

    private static String quote(String text) {
        String shown = text.replace(LegacyTokenServer.UNKNOWN, '…').replaceAll("\\s+", " ").strip();
        return "\"" + Secrets.mask(shorten(shown)) + "\"";
    }

    private static String shorten(String text) {
        return text.length() > MAX_QUOTE ? text.substring(0, MAX_QUOTE) + "..." : text;
    }

    private static int lineOf(Node node) {
        return node.getBegin().map(position -> position.line).orElse(1);
    }
}
