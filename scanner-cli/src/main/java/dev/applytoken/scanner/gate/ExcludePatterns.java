package dev.applytoken.scanner.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Translates {@code --exclude} patterns and the lines of {@code .applytokenignore} into the globs that
 * {@code ScanOptions.excludes} takes ({@link java.nio.file.FileSystem#getPathMatcher} syntax, matched
 * against root-relative paths with {@code /}).
 *
 * <p>Both use the pattern syntax of {@code .gitignore}:
 * <ul>
 *   <li>{@code #} starts a comment line, blank lines are ignored, {@code \#} is a literal {@code #};</li>
 *   <li>a pattern without a {@code /} matches a file or folder name at any depth ({@code *.min.js});</li>
 *   <li>a pattern with a {@code /} in front or in the middle is anchored at the root ({@code /gen},
 *       {@code src/generated});</li>
 *   <li>a trailing {@code /} matches folders only ({@code build/});</li>
 *   <li>{@code *}, {@code ?} and {@code [...]} stay within one path segment, {@code **} crosses them, and
 *       {@code a/**}{@code /b} also matches {@code a/b};</li>
 *   <li>a matched folder excludes everything below it.</li>
 * </ul>
 * Negation ({@code !pattern}) is rejected: {@code ScanOptions} takes only patterns to leave out, so a
 * file cannot be brought back once a pattern excludes it. Braces are literal, as in {@code .gitignore}.
 */
public final class ExcludePatterns {

    /** The ignore file read from the scan root. */
    public static final String IGNORE_FILE_NAME = ".applytokenignore";

    private ExcludePatterns() {
    }

    /**
     * Returns the globs for the ignore file under {@code root} (if there is one) followed by those for
     * {@code cliPatterns}, without duplicates.
     *
     * @throws InvalidExcludeException naming the pattern and, for the ignore file, its line
     * @throws IOException             when the ignore file exists but cannot be read
     */
    public static List<String> combine(Path root, List<String> cliPatterns) throws IOException {
        Set<String> globs = new LinkedHashSet<>(readIgnoreFile(root));
        for (String pattern : cliPatterns) {
            globs.addAll(toGlobs(pattern.strip(), "--exclude '" + pattern + "'"));
        }
        return List.copyOf(globs);
    }

    /** Returns the globs for {@code root/.applytokenignore}, or none when the file does not exist. */
    public static List<String> readIgnoreFile(Path root) throws IOException {
        Path file = root.resolve(IGNORE_FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return parseIgnoreFile(Files.readString(file, StandardCharsets.UTF_8), IGNORE_FILE_NAME);
    }

    /**
     * Translates the content of an ignore file.
     *
     * @param sourceName the file name used in error messages
     */
    public static List<String> parseIgnoreFile(String content, String sourceName) {
        Set<String> globs = new LinkedHashSet<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripTrailingBlanks(lines[i].replace("\r", ""));
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            globs.addAll(toGlobs(line, sourceName + " line " + (i + 1) + " '" + line + "'"));
        }
        return List.copyOf(globs);
    }

    /**
     * Translates one pattern.
     *
     * @throws InvalidExcludeException when the pattern is a negation, empty, or not a valid glob
     */
    public static List<String> toGlobs(String pattern) {
        return toGlobs(pattern.strip(), "exclude pattern '" + pattern + "'");
    }

    private static List<String> toGlobs(String pattern, String where) {
        String body = pattern;
        if (body.startsWith("!")) {
            throw new InvalidExcludeException(where + ": negation with '!' is not supported;"
                    + " narrow the patterns that exclude the file instead");
        }
        if (body.startsWith("\\#") || body.startsWith("\\!")) {
            body = body.substring(1);
        }
        boolean foldersOnly = body.endsWith("/");
        boolean anchored = body.replaceAll("/+$", "").contains("/");
        body = trimSlashes(body);
        if (body.isEmpty()) {
            throw new InvalidExcludeException(where + ": the pattern matches nothing; give a file or folder name");
        }

        Set<String> globs = new LinkedHashSet<>();
        for (String variant : withOptionalDoubleStars(escapeBraces(body))) {
            if (!anchored) {
                addPattern(globs, variant, foldersOnly);
                addPattern(globs, "**/" + variant, foldersOnly);
            } else {
                addPattern(globs, variant, foldersOnly);
            }
        }
        for (String glob : globs) {
            check(glob, where);
        }
        return List.copyOf(globs);
    }

    /** Adds the glob of the path itself (unless only folders match) and of everything below it. */
    private static void addPattern(Set<String> globs, String base, boolean foldersOnly) {
        if (!foldersOnly) {
            globs.add(base);
        }
        globs.add(base.endsWith("/**") ? base : base + "/**");
    }

    /**
     * Returns the pattern plus the variants where a leading {@code **}{@code /} or an inner
     * {@code /**}{@code /} matches no folder at all, which the NIO glob {@code **} does not allow.
     */
    private static List<String> withOptionalDoubleStars(String body) {
        List<String> variants = new ArrayList<>();
        variants.add(body);
        if (body.startsWith("**/")) {
            for (String rest : withOptionalDoubleStars(body.substring(3))) {
                variants.add("**/" + rest);
                variants.add(rest);
            }
            return distinct(variants);
        }
        int inner = body.indexOf("/**/");
        if (inner >= 0) {
            String head = body.substring(0, inner);
            for (String rest : withOptionalDoubleStars(body.substring(inner + 4))) {
                variants.add(head + "/**/" + rest);
                variants.add(head + "/" + rest);
            }
        }
        return distinct(variants);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static String escapeBraces(String body) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                escaped.append(c).append(body.charAt(++i));
            } else if (c == '{' || c == '}') {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String trimSlashes(String body) {
        int start = 0;
        int end = body.length();
        while (start < end && body.charAt(start) == '/') {
            start++;
        }
        while (end > start && body.charAt(end - 1) == '/') {
            end--;
        }
        return body.substring(start, end);
    }

    /** Strips trailing spaces and tabs, except one escaped with a backslash as {@code .gitignore} allows. */
    private static String stripTrailingBlanks(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            if (end >= 2 && line.charAt(end - 2) == '\\') {
                break;
            }
            end--;
        }
        return line.substring(0, end);
    }

    private static void check(String glob, String where) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new InvalidExcludeException(where + ": not a valid pattern (" + e.getDescription()
                    + "); escape special characters with a backslash");
        }
    }
}
