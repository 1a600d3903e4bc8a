package dev.applytoken.scanner.scan;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import dev.applytoken.legacy.LegacyTokenServer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds legacy token-server calls in Java files with JavaParser. Each method, constructor and
 * initializer is one request site; fields that hold a legacy host are declaration sites. The facts go
 * to {@link dev.applytoken.legacy.LegacyCallJudge}, which the OpenRewrite search recipe also uses.
 */
final class JavaDetector {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private final ProjectIndex index;
    private final boolean includeComments;
    private final Collection<SkippedFile> skipped;
    private final Map<String, Optional<CompilationUnit>> parsed = new ConcurrentHashMap<>();

    JavaDetector(ProjectIndex index, boolean includeComments, Collection<SkippedFile> skipped) {
        this.index = index;
        this.includeComments = includeComments;
        this.skipped = skipped;
    }

    /** Pass one: records the file's string constants, and its classes if it is on a target SDK. */
    void collectDeclarations(SourceFile file) {
        Optional<CompilationUnit> unit = parse(file);
        if (unit.isEmpty()) {
            return;
        }
        if (isOnTargetSdk(file)) {
            for (TypeDeclaration<?> type : unit.get().findAll(TypeDeclaration.class)) {
                index.addMigratedClass(type.getNameAsString());
            }
            return;
        }
        for (FieldDeclaration field : unit.get().findAll(FieldDeclaration.class)) {
            boolean isStatic = field.isStatic() || isInterfaceField(field);
            for (VariableDeclarator variable : field.getVariables()) {
                variable.getInitializer().ifPresent(initializer -> index.addConstant(new ProjectIndex.Constant(
                        JavaStringEvaluator.ownerName(field), variable.getNameAsString(), file.path(),
                        variable.getBegin().map(position -> position.line).orElse(0), isStatic, initializer)));
            }
        }
    }

    /** Returns the names of the constants collected so far whose value mentions a legacy host or path. */
    Set<String> legacyConstantNames() {
        Set<String> names = new HashSet<>();
        JavaStringEvaluator evaluator = new JavaStringEvaluator(index, "", Map.of());
        for (String name : index.constantNames()) {
            ProjectIndex.Constant constant = index.uniqueStaticConstant(name);
            if (constant == null) {
                continue;
            }
            String text = evaluator.evaluateConstant(constant).text();
            if (LegacyTokenServer.findHost(text).isPresent() || LegacyTokenServer.findOperation(text).isPresent()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Pass two: returns the findings of one file and records its methods that call the token server. */
    List<Finding> detect(SourceFile file) {
        Optional<CompilationUnit> unit = parse(file);
        if (unit.isEmpty()) {
            return LexicalDetector.detect(file, includeComments);
        }
        if (isOnTargetSdk(file)) {
            return List.of();
        }
        JavaFileAnalysis analysis = new JavaFileAnalysis(file, unit.get(), index);
        List<Finding> findings = new ArrayList<>(analysis.run());
        if (includeComments) {
            findings.addAll(LexicalDetector.detectText(file, commentsOnly(file, unit.get())));
        }
        return findings;
    }

    /** Last step: returns the calls in one file of the methods that pass two found to call the token server. */
    List<Finding> detectHelperCalls(SourceFile file) {
        Optional<CompilationUnit> unit = parse(file);
        if (unit.isEmpty() || isOnTargetSdk(file)) {
            return List.of();
        }
        return new JavaFileAnalysis(file, unit.get(), index).helperCalls();
    }

    private Optional<CompilationUnit> parse(SourceFile file) {
        return parsed.computeIfAbsent(file.path(), path -> {
            ParseResult<CompilationUnit> result = PARSER.get().parse(file.text().text());
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult();
            }
            skipped.add(new SkippedFile(path, "not valid Java (" + firstProblem(result)
                    + "); searched with the lexical rules only, so check it by hand"));
            return Optional.empty();
        });
    }

    private static String firstProblem(ParseResult<CompilationUnit> result) {
        List<Problem> problems = result.getProblems();
        if (problems.isEmpty()) {
            return "no syntax tree";
        }
        Problem problem = problems.get(0);
        String where = problem.getLocation()
                .flatMap(location -> location.getBegin().getRange())
                .map(range -> "line " + range.begin.line + ": ")
                .orElse("");
        String message = problem.getMessage().lines().findFirst().orElse("");
        return where + (message.length() > 120 ? message.substring(0, 120) + "..." : message);
    }

    private static boolean isOnTargetSdk(SourceFile file) {
        String text = file.text().text();
        for (String sdkPackage : LegacyTokenServer.TARGET_SDK_PACKAGES) {
            if (text.contains(sdkPackage + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInterfaceField(FieldDeclaration field) {
        return field.getParentNode().filter(parent -> parent instanceof ClassOrInterfaceDeclaration type
                && type.isInterface()).isPresent();
    }

    /** Returns the file text with everything but comments blanked, keeping offsets and lines. */
    private static String commentsOnly(SourceFile file, CompilationUnit unit) {
        SourceText text = file.text();
        char[] blank = text.text().toCharArray();
        for (int i = 0; i < blank.length; i++) {
            if (blank[i] != '\n' && blank[i] != '\r') {
                blank[i] = ' ';
            }
        }
        for (Comment comment : unit.getAllContainedComments()) {
            comment.getRange().ifPresent(range -> {
                int start = text.startOfLine(range.begin.line) + range.begin.column - 1;
                int end = Math.min(text.startOfLine(range.end.line) + range.end.column, blank.length);
                text.text().getChars(start, end, blank, start);
            });
        }
        return new String(blank);
    }
}
