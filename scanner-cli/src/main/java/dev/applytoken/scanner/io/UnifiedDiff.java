package dev.applytoken.scanner.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the difference between two versions of a file in the unified format with git headers, so
 * {@code git apply} and {@code patch -p1} accept it. Lines keep their own terminators, so a CRLF file
 * gives a patch that applies to the CRLF bytes.
 */
public final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    /** Above this many cells the changed middle of a file is diffed as one replaced block. */
    private static final long MAX_TABLE_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /**
     * Returns the patch that turns {@code before} into {@code after} for the file at {@code path}
     * (relative, with {@code /}), or an empty string when the two are equal.
     */
    public static String between(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Edit> edits = edits(splitLines(before), splitLines(after));
        StringBuilder patch = new StringBuilder();
        patch.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        patch.append("--- a/").append(path).append('\n');
        patch.append("+++ b/").append(path).append('\n');
        for (Hunk hunk : hunks(edits)) {
            hunk.appendTo(patch, edits);
        }
        return patch.toString();
    }

    /** Splits text into lines that keep their terminator; the last line may have none. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private enum Kind { KEEP, DELETE, INSERT }

    private record Edit(Kind kind, String line, int oldIndex, int newIndex) {
    }

    private static List<Edit> edits(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }

        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Kind.KEEP, before.get(i), i, i));
        }
        edits.addAll(middleEdits(before.subList(prefix, before.size() - suffix),
                after.subList(prefix, after.size() - suffix), prefix));
        int oldStart = before.size() - suffix;
        int newStart = after.size() - suffix;
        for (int i = 0; i < suffix; i++) {
            edits.add(new Edit(Kind.KEEP, before.get(oldStart + i), oldStart + i, newStart + i));
        }
        return edits;
    }

    /** Diffs the changed middle by longest common subsequence, or as one replaced block when it is huge. */
    private static List<Edit> middleEdits(List<String> before, List<String> after, int offset) {
        int n = before.size();
        int m = after.size();
        List<Edit> edits = new ArrayList<>();
        if ((long) n * m > MAX_TABLE_CELLS) {
            for (int i = 0; i < n; i++) {
                edits.add(new Edit(Kind.DELETE, before.get(i), offset + i, -1));
            }
            for (int j = 0; j < m; j++) {
                edits.add(new Edit(Kind.INSERT, after.get(j), -1, offset + j));
            }
            return edits;
        }

        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }

        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                edits.add(new Edit(Kind.KEEP, before.get(i), offset + i, offset + j));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new Edit(Kind.DELETE, before.get(i), offset + i, -1));
                i++;
            } else {
                edits.add(new Edit(Kind.INSERT, after.get(j), -1, offset + j));
                j++;
            }
        }
        return edits;
    }

    /** A range of the edit list: the changes plus up to three lines of context on each side. */
    private record Hunk(int from, int to) {

        void appendTo(StringBuilder patch, List<Edit> edits) {
            int oldStart = -1;
            int newStart = -1;
            int oldCount = 0;
            int newCount = 0;
            int oldBefore = 0;
            int newBefore = 0;
            for (int k = 0; k < from; k++) {
                if (edits.get(k).kind() != Kind.INSERT) {
                    oldBefore++;
                }
                if (edits.get(k).kind() != Kind.DELETE) {
                    newBefore++;
                }
            }
            for (int k = from; k < to; k++) {
                Edit edit = edits.get(k);
                if (edit.kind() != Kind.INSERT) {
                    oldCount++;
                    oldStart = oldStart < 0 ? edit.oldIndex() + 1 : oldStart;
                }
                if (edit.kind() != Kind.DELETE) {
                    newCount++;
                    newStart = newStart < 0 ? edit.newIndex() + 1 : newStart;
                }
            }
            patch.append("@@ -").append(oldCount == 0 ? oldBefore : oldStart).append(',').append(oldCount)
                    .append(" +").append(newCount == 0 ? newBefore : newStart).append(',').append(newCount)
                    .append(" @@\n");
            for (int k = from; k < to; k++) {
                Edit edit = edits.get(k);
                char marker = switch (edit.kind()) {
                    case KEEP -> ' ';
                    case DELETE -> '-';
                    case INSERT -> '+';
                };
                patch.append(marker).append(edit.line());
                if (!edit.line().endsWith("\n")) {
                    patch.append("\n\\ No newline at end of file\n");
                }
            }
        }
    }

    private static List<Hunk> hunks(List<Edit> edits) {
        List<Hunk> hunks = new ArrayList<>();
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k).kind() == Kind.KEEP) {
                k++;
                continue;
            }
            int from = Math.max(0, k - CONTEXT_LINES);
            int lastChange = k;
            int scan = k;
            while (scan < edits.size()) {
                if (edits.get(scan).kind() != Kind.KEEP) {
                    lastChange = scan;
                } else if (scan - lastChange > 2 * CONTEXT_LINES) {
                    break;
                }
                scan++;
            }
            int to = Math.min(edits.size(), lastChange + 1 + CONTEXT_LINES);
            if (!hunks.isEmpty() && hunks.get(hunks.size() - 1).to() >= from) {
                from = hunks.remove(hunks.size() - 1).from();
            }
            hunks.add(new Hunk(from, to));
            k = to;
        }
        return hunks;
    }
}
