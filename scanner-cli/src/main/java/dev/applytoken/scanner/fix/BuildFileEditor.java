package dev.applytoken.scanner.fix;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a dependency to a Maven {@code pom.xml} or a Gradle build script as text, so everything else in
 * the file keeps its bytes. It edits without resolving the build, so it needs no network.
 */
public final class BuildFileEditor {

    /** Maven coordinates of a dependency to add. */
    public record Dependency(String groupId, String artifactId, String version) {

        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    private BuildFileEditor() {
    }

    /** Returns the build file with the dependency added, or empty when it already declares it. */
    public static Optional<String> addDependency(String fileName, String content, Dependency dependency) {
        if (fileName.equals("pom.xml")) {
            return addToPom(content, dependency);
        }
        if (fileName.equals("build.gradle.kts")) {
            return addToGradle(content, "implementation(\"" + dependency.coordinates() + "\")", dependency);
        }
        if (fileName.equals("build.gradle")) {
            return addToGradle(content, "implementation '" + dependency.coordinates() + "'", dependency);
        }
        throw new IllegalArgumentException("not a build file applytoken edits: " + fileName);
    }

    /** Tells whether a file name is a build file that {@link #addDependency} edits. */
    public static boolean isBuildFile(String fileName) {
        return fileName.equals("pom.xml") || fileName.equals("build.gradle") || fileName.equals("build.gradle.kts");
    }

    private static Optional<String> addToPom(String pom, Dependency dependency) {
        PomOutline outline = PomOutline.of(pom);
        if (outline.declares(dependency)) {
            return Optional.empty();
        }
        String newline = pom.contains("\r\n") ? "\r\n" : "\n";
        String unit = outline.indentUnit();
        if (outline.dependenciesEnd >= 0) {
            String childIndent = outline.dependenciesIndent + unit;
            String block = dependencyXml(dependency, childIndent, unit, newline);
            int lineStart = pom.lastIndexOf('\n', outline.dependenciesEnd - 1) + 1;
            boolean closingTagOnOwnLine = pom.substring(lineStart, outline.dependenciesEnd).isBlank();
            int insertAt = closingTagOnOwnLine ? lineStart : outline.dependenciesEnd;
            String prefix = closingTagOnOwnLine ? "" : newline;
            String suffix = closingTagOnOwnLine ? "" : newline + outline.dependenciesIndent;
            return Optional.of(pom.substring(0, insertAt) + prefix + block + suffix + pom.substring(insertAt));
        }
        String block = unit + "<dependencies>" + newline
                + dependencyXml(dependency, unit + unit, unit, newline)
                + unit + "</dependencies>" + newline;
        int insertAt = outline.buildStart >= 0 ? outline.buildStart : outline.projectEnd;
        int lineStart = pom.lastIndexOf('\n', insertAt - 1) + 1;
        if (pom.substring(lineStart, insertAt).isBlank()) {
            return Optional.of(pom.substring(0, lineStart) + block + newline + pom.substring(lineStart));
        }
        return Optional.of(pom.substring(0, insertAt) + newline + block + pom.substring(insertAt));
    }

    private static String dependencyXml(Dependency dependency, String indent, String unit, String newline) {
        return indent + "<dependency>" + newline
                + indent + unit + "<groupId>" + dependency.groupId() + "</groupId>" + newline
                + indent + unit + "<artifactId>" + dependency.artifactId() + "</artifactId>" + newline
                + indent + unit + "<version>" + dependency.version() + "</version>" + newline
                + indent + "</dependency>" + newline;
    }

    private static final Pattern GRADLE_DEPENDENCIES = Pattern.compile("(?m)^([ \\t]*)dependencies\\s*\\{");

    private static Optional<String> addToGradle(String script, String declaration, Dependency dependency) {
        if (script.contains(dependency.groupId() + ":" + dependency.artifactId())) {
            return Optional.empty();
        }
        String newline = script.contains("\r\n") ? "\r\n" : "\n";
        Matcher matcher = GRADLE_DEPENDENCIES.matcher(script);
        while (matcher.find()) {
            String indent = matcher.group(1);
            if (!indent.isEmpty()) {
                continue; // a nested block such as buildscript { dependencies { ... } }
            }
            int close = matchingBrace(script, matcher.end() - 1);
            if (close < 0) {
                return Optional.empty();
            }
            int lineStart = script.lastIndexOf('\n', close - 1) + 1;
            String line = "    " + declaration + newline;
            if (script.substring(lineStart, close).isBlank()) {
                return Optional.of(script.substring(0, lineStart) + line + script.substring(lineStart));
            }
            return Optional.of(script.substring(0, close) + newline + line + script.substring(close));
        }
        String separator = script.isEmpty() || script.endsWith("\n") ? "" : newline;
        return Optional.of(script + separator + newline + "dependencies {" + newline
                + "    " + declaration + newline + "}" + newline);
    }

    /** Finds the brace closing the one at {@code open}, skipping strings and comments; -1 if none. */
    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                i = Math.max(i, text.indexOf('\n', i) < 0 ? text.length() : text.indexOf('\n', i));
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '"' || c == '\'') {
                i = endOfString(text, i, c);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfString(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The positions in a pom that matter for adding a dependency, found by a small tokenizer that skips
     * comments, CDATA sections and processing instructions.
     */
    private static final class PomOutline {
        int dependenciesEnd = -1;
        String dependenciesIndent = "";
        int buildStart = -1;
        int projectEnd = -1;
        String firstChildIndent = "";
        final StringBuilder projectDependencies = new StringBuilder();

        static PomOutline of(String pom) {
            PomOutline outline = new PomOutline();
            Deque<String> open = new ArrayDeque<>();
            int dependenciesStart = -1;
            int i = 0;
            while ((i = pom.indexOf('<', i)) >= 0) {
                if (pom.startsWith("<!--", i)) {
                    i = skipPast(pom, i, "-->");
                    continue;
                }
                if (pom.startsWith("<![CDATA[", i)) {
                    i = skipPast(pom, i, "]]>");
                    continue;
                }
                if (pom.startsWith("<?", i) || pom.startsWith("<!", i)) {
                    i = skipPast(pom, i, ">");
                    continue;
                }
                int end = pom.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = pom.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                boolean selfClosing = tag.endsWith("/");
                String name = tag.replaceFirst("^/", "").split("[\\s/]", 2)[0];
                if (closing) {
                    if (name.equals("dependencies") && open.size() == 2 && "project".equals(open.peekLast())) {
                        outline.dependenciesEnd = i;
                        outline.projectDependencies.append(pom, dependenciesStart, i);
                    }
                    if (name.equals("project") && open.size() == 1) {
                        outline.projectEnd = i;
                    }
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                } else if (!selfClosing) {
                    if (open.size() == 1 && "project".equals(open.peek())) {
                        if (outline.firstChildIndent.isEmpty()) {
                            outline.firstChildIndent = indentBefore(pom, i);
                        }
                        if (name.equals("dependencies")) {
                            dependenciesStart = end + 1;
                            outline.dependenciesIndent = indentBefore(pom, i);
                        } else if (name.equals("build") && outline.buildStart < 0) {
                            outline.buildStart = i;
                        }
                    }
                    open.push(name);
                }
                i = end + 1;
            }
            return outline;
        }

        boolean declares(Dependency dependency) {
            String dependencies = projectDependencies.toString().replaceAll("\\s+", "");
            return dependencies.contains("<artifactId>" + dependency.artifactId() + "</artifactId>");
        }

        String indentUnit() {
            return firstChildIndent.isEmpty() ? "    " : firstChildIndent;
        }

        private static int skipPast(String text, int from, String terminator) {
            int end = text.indexOf(terminator, from);
            return end < 0 ? text.length() : end + terminator.length();
        }

        private static String indentBefore(String text, int position) {
            int lineStart = text.lastIndexOf('\n', position - 1) + 1;
            String before = text.substring(lineStart, position);
            return before.isBlank() ? before : "";
        }
    }
}
