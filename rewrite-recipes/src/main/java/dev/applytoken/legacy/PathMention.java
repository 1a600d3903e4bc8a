package dev.applytoken.legacy;

/**
 * A legacy path ({@code /token/apply} and its siblings) found in a string, with what precedes it.
 *
 * @param operation   the operation the path names
 * @param start       offset of the path in the searched string
 * @param placement   whether the path sits where the legacy server served it
 * @param foreignHost the host written before the path when {@code placement} is {@link Placement#FOREIGN_HOST}
 */
public record PathMention(Operation operation, int start, Placement placement, String foreignHost) {

    /** The position of a path in the URL around it. */
    public enum Placement {
        /** Right after a legacy host, an unknown base (a variable, a placeholder) or nothing. */
        LEGACY_SHAPED,
        /** Right after a host that is not a legacy one: counter-evidence. */
        FOREIGN_HOST,
        /** Below other path segments, as in {@code /lending/token/apply}: another API. */
        NESTED
    }
}
