package dev.applytoken.scanner.report;

/** Escapes text from scanned code for Markdown, inside or outside table cells. */
final class MarkdownText {

    /**
     * Characters that Markdown, HTML, table cells, math, links, mentions ({@code @user}) or issue
     * references ({@code #12}) would read as syntax. The colon stops {@code https://} autolinks.
     */
    private static final String SPECIAL = "\\`*_{}[]()<>#!|~@$&:";

    private MarkdownText() {
    }

    /**
     * Replaces Markdown and HTML syntax characters with numeric character references and every line
     * break or control character with a space, so the text renders literally on one line.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append("&#").append((int) c).append(';');
            } else if (Character.isISOControl(c)) {
                escaped.append(' ');
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
