package dev.applytoken.scanner.scan;

import java.util.Arrays;

/** Text of one file with its line starts, and the comment stripping the lexical rules rely on. */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    String text() {
        return text;
    }

    /** Returns the 1-based line of a character offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Returns the offset of the first character of a 1-based line. */
    int startOfLine(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Returns the offset just past the end of a 1-based line, before its line break. */
    int endOfLine(int line) {
        if (line >= lineStarts.length) {
            return text.length();
        }
        return Math.max(lineStarts[Math.max(line, 1)] - 1, startOfLine(line));
    }

    /** Returns the text of a 1-based line, without its line break. */
    String line(int line) {
        return text.substring(startOfLine(line), endOfLine(line));
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    /**
     * Returns {@code text} with every comment replaced by spaces, keeping line breaks, so that
     * offsets and line numbers stay valid. String literals are kept whole, so {@code "https://..."}
     * is not mistaken for a comment.
     */
    static String stripComments(String text, Language.CommentStyle style) {
        if (style == Language.CommentStyle.NONE) {
            return text;
        }
        char[] chars = text.toCharArray();
        if (style == Language.CommentStyle.PROPERTIES) {
            blankPropertiesComments(chars);
        } else if (style == Language.CommentStyle.XML) {
            blankBetween(chars, "<!--", "-->");
        } else {
            blankCodeComments(chars, style);
        }
        return new String(chars);
    }

    private static void blankPropertiesComments(char[] chars) {
        boolean lineStart = true;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (lineStart && (c == '#' || c == '!')) {
                i = blank(chars, i, lineEnd(chars, i)) - 1;
            } else if (c == '\n') {
                lineStart = true;
            } else if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
        }
    }

    private static void blankBetween(char[] chars, String open, String close) {
        String text = new String(chars);
        int start = text.indexOf(open);
        while (start >= 0) {
            int end = text.indexOf(close, start + open.length());
            end = end < 0 ? chars.length : end + close.length();
            blank(chars, start, end);
            start = text.indexOf(open, end);
        }
    }

    private static void blankCodeComments(char[] chars, Language.CommentStyle style) {
        boolean slashes = style != Language.CommentStyle.HASH;
        boolean hash = style != Language.CommentStyle.C;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            char next = i + 1 < chars.length ? chars[i + 1] : '\0';
            if (c == '"' || c == '\'' || c == '`') {
                i = skipString(chars, i);
            } else if (slashes && c == '/' && next == '/') {
                i = blank(chars, i, lineEnd(chars, i));
            } else if (slashes && c == '/' && next == '*') {
                int end = indexOf(chars, "*/", i + 2);
                i = blank(chars, i, end < 0 ? chars.length : end + 2);
            } else if (hash && c == '#' && (i == 0 || Character.isWhitespace(chars[i - 1]) || style == Language.CommentStyle.C_AND_HASH)
                    && next != '[') {
                i = blank(chars, i, lineEnd(chars, i));
            } else {
                i++;
            }
        }
    }

    /** Skips a string literal starting at {@code start}, including Python triple quotes; returns the offset after it. */
    private static int skipString(char[] chars, int start) {
        char quote = chars[start];
        boolean triple = start + 2 < chars.length && chars[start + 1] == quote && chars[start + 2] == quote;
        if (triple) {
            int end = indexOf(chars, String.valueOf(new char[] {quote, quote, quote}), start + 3);
            return end < 0 ? chars.length : end + 3;
        }
        int i = start + 1;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && quote != '`') {
                return i;
            } else {
                i++;
            }
        }
        return chars.length;
    }

    private static int blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return to;
    }

    private static int lineEnd(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            if (chars[i] == '\n') {
                return i;
            }
        }
        return chars.length;
    }

    private static int indexOf(char[] chars, String needle, int from) {
        outer:
        for (int i = from; i <= chars.length - needle.length(); i++) {
            for (int j = 0; j < needle.length(); j++) {
                if (chars[i + j] != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
