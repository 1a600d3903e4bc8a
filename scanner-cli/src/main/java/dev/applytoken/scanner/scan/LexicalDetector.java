package dev.applytoken.scanner.scan;

import dev.applytoken.legacy.LegacyCallJudge;
import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import dev.applytoken.legacy.PathMention;
import dev.applytoken.legacy.RequestSite;
import dev.applytoken.legacy.Secrets;
import dev.applytoken.legacy.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds legacy token-server calls in files without a parser (and in Java that JavaParser rejects, and
 * in Java comments when they are included). Each line that names a legacy path is a request site
 * whose context is the lines around it. A line with a legacy host and no path is a reference, unless
 * the file also makes a call.
 */
final class LexicalDetector {

    /** Lines before a path that count as "nearby" for requests and parameters: a typical function. */
    static final int WINDOW_BEFORE = 25;

    /** Lines after a path that count as "nearby". */
    static final int WINDOW_AFTER = 15;

    private static final int MAX_QUOTE = 100;

    private final SourceFile file;
    private final String code;
    private final String[] codeLines;

    private LexicalDetector(SourceFile file, String code) {
        this.file = file;
        this.code = code;
        this.codeLines = code.split("\n", -1);
    }

    /** Returns the findings of a file, with comments stripped unless {@code includeComments}. */
    static List<Finding> detect(SourceFile file, boolean includeComments) {
        String text = file.text().text();
        String code = includeComments ? text : SourceText.stripComments(text, file.language().commentStyle());
        return detectText(file, code);
    }

    /** Returns the findings of {@code code}, a version of the file's text with the same line breaks. */
    static List<Finding> detectText(SourceFile file, String code) {
        LexicalDetector detector = new LexicalDetector(file, code);
        return file.language().isConfiguration() ? detector.configuration() : detector.code();
    }

    private List<Finding> configuration() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= codeLines.length; line++) {
            String text = codeLines[line - 1];
            Optional<String> host = LegacyTokenServer.findHost(text);
            if (host.isEmpty()) {
                continue;
            }
            RequestSite site = new RequestSite(RequestSite.Kind.CONFIGURATION, file.language().reportName())
                    .addHost("legacy host in " + quote(text) + " (line " + line + ")");
            findings.addAll(toFindings(LegacyCallJudge.judge(site), line));
        }
        return findings;
    }

    private List<Finding> code() {
        String fileHost = firstHostEvidence();
        Optional<String> mqtt = LegacyTokenServer.findMqttContext(code);
        List<Finding> calls = new ArrayList<>();
        List<Integer> hostOnlyLines = new ArrayList<>();
        List<Integer> parameterLines = new ArrayList<>();
        for (int line = 1; line <= codeLines.length; line++) {
            String text = codeLines[line - 1];
            boolean hasPath = !LegacyTokenServer.findPaths(text).isEmpty();
            boolean hasHelper = LexicalRules.DEMO_HELPER.matcher(text).find();
            if (hasPath || hasHelper) {
                RequestSite site = site(line, fileHost, mqtt);
                calls.addAll(toFindings(LegacyCallJudge.judge(site), line));
            } else if (LegacyTokenServer.findHost(text).isPresent()) {
                hostOnlyLines.add(line);
            } else if (text.contains("proxyType") || text.contains("serviceName")) {
                parameterLines.add(line);
            }
        }
        if (!calls.isEmpty()) {
            return withSameFileEvidence(calls, fileHost, mqtt);
        }
        List<Finding> others = new ArrayList<>();
        for (int line : parameterLines) {
            others.addAll(toFindings(LegacyCallJudge.judge(site(line, fileHost, mqtt)), line));
            if (!others.isEmpty()) {
                return others;
            }
        }
        for (int line : hostOnlyLines) {
            RequestSite site = new RequestSite(kind(), file.language().reportName())
                    .addHost("legacy host in " + quote(codeLines[line - 1]) + " (line " + line + ")");
            others.addAll(toFindings(LegacyCallJudge.judge(site), line));
        }
        return others;
    }

    /**
     * Judges the path sites again with the strong evidence another site of the file had, such as the
     * legacy parameter set sent by the apply call next to a revoke call that sends only a token.
     */
    private List<Finding> withSameFileEvidence(List<Finding> calls, String fileHost, Optional<String> mqtt) {
        String strong = null;
        for (Finding finding : calls) {
            if (finding.confidence() == dev.applytoken.legacy.Confidence.HIGH) {
                strong = "same file calls the token server with strong evidence (line " + finding.line() + ")";
                break;
            }
        }
        if (strong == null) {
            return calls;
        }
        List<Finding> upgraded = new ArrayList<>();
        for (Finding finding : calls) {
            if (finding.confidence() == dev.applytoken.legacy.Confidence.HIGH) {
                upgraded.add(finding);
                continue;
            }
            RequestSite site = site(finding.line(), fileHost, mqtt).addSameFileEvidence(strong);
            upgraded.addAll(toFindings(LegacyCallJudge.judge(site), finding.line()));
        }
        return upgraded;
    }

    private RequestSite site(int line, String fileHost, Optional<String> mqtt) {
        String text = codeLines[line - 1];
        RequestSite site = new RequestSite(kind(), file.language().reportName());
        if (LexicalRules.ROUTE.matcher(text).find()) {
            site.setRouteDeclaration("route declaration on line " + line);
            return site;
        }
        if (LegacyTokenServer.findHost(text).isPresent()) {
            site.addHost("legacy host in " + quote(text) + " (line " + line + ")");
        } else if (fileHost != null) {
            site.addHost(fileHost);
        }
        addPaths(site, text, line);
        addDemoHelpers(site, text, line);

        int from = Math.max(1, line - WINDOW_BEFORE);
        int to = Math.min(codeLines.length, line + WINDOW_AFTER);
        Pattern request = LexicalRules.requestPattern(file.language());
        for (int near = from; near <= to; near++) {
            String nearText = codeLines[near - 1];
            for (Pattern pattern : request == null ? List.of(LexicalRules.WRAPPER_REQUEST)
                    : List.of(request, LexicalRules.WRAPPER_REQUEST)) {
                Matcher matcher = pattern.matcher(nearText);
                if (matcher.find()) {
                    site.setOutgoingRequest("sends a request with " + quote(matcher.group().strip()) + " (line " + near + ")");
                }
            }
            Matcher parameter = LexicalRules.PARAMETER_KEY.matcher(nearText);
            while (parameter.find()) {
                String name = parameter.group(1);
                String value = parameter.group(2);
                boolean literal = value != null && !value.isEmpty();
                site.addParameter(literal ? name + "=" + value : name);
            }
            LegacyTokenServer.findFormParameters(nearText).forEach(site::addParameter);
        }
        mqtt.ifPresent(word -> site.setMqttContext("MQTT context: \"" + word + "\" in " + file.fileName()));
        return site;
    }

    private void addPaths(RequestSite site, String text, int line) {
        Set<String> seen = new HashSet<>();
        for (PathMention path : LegacyTokenServer.findPaths(text)) {
            // A minified or generated line can repeat a path thousands of times; one entry of each kind is enough.
            if (!seen.add(path.placement() + " " + path.operation() + " " + path.foreignHost())) {
                continue;
            }
            switch (path.placement()) {
                case LEGACY_SHAPED -> site.addPath(path.operation(), "path " + path.operation().legacyPath().orElseThrow()
                        + " in " + quote(text) + " (line " + line + ")");
                case FOREIGN_HOST -> site.addPathOnForeignHost("path on another host " + path.foreignHost()
                        + " (line " + line + ")");
                case NESTED -> {
                }
            }
        }
    }

    private void addDemoHelpers(RequestSite site, String text, int line) {
        Matcher matcher = LexicalRules.DEMO_HELPER.matcher(text);
        while (matcher.find()) {
            String method = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            Operation operation = dev.applytoken.legacy.JavaRequestVocabulary.demoHelperOperation(method);
            if (operation == null) {
                operation = site.pathEvidence().keySet().stream().findFirst().orElse(Operation.APPLY);
            }
            site.addDemoHelper(operation, "calls the vendor demo helper " + matcher.group().replace("(", "").strip()
                    + " (line " + line + ")");
        }
    }

    private String firstHostEvidence() {
        for (int line = 1; line <= codeLines.length; line++) {
            if (LegacyTokenServer.findHost(codeLines[line - 1]).isPresent()) {
                return "legacy host in " + quote(codeLines[line - 1]) + " (line " + line + ")";
            }
        }
        return null;
    }

    /**
     * Java that reached this detector did not parse or sits in a comment, so the migration cannot take
     * it: it is judged like code in another language.
     */
    private RequestSite.Kind kind() {
        return RequestSite.Kind.OTHER_LANGUAGE;
    }

    private List<Finding> toFindings(List<Verdict> verdicts, int line) {
        List<Finding> findings = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            List<String> evidence = verdict.evidence().stream().map(Secrets::mask).toList();
            findings.add(new Finding(file.path(), line, file.language().reportName(), verdict.operation(),
                    verdict.confidence(), evidence, verdict.migration(), verdict.reason()));
        }
        return findings;
    }

    private static String quote(String text) {
        String shown = text.strip();
        if (shown.length() > 4 * MAX_QUOTE) {
            shown = shown.substring(0, 4 * MAX_QUOTE);
        }
        shown = shown.replaceAll("\\s+", " ");
        if (shown.length() > MAX_QUOTE) {
            shown = shown.substring(0, MAX_QUOTE) + "...";
        }
        return "\"" + Secrets.mask(shown) + "\"";
    }
}
