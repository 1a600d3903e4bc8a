package dev.applytoken.scanner.fix;

/** A legacy call or reference that {@code fix} left for a person, with what to do. */
public record ManualStep(String file, int line, String operation, String reason) {

    /** Tells whether this is a leftover reference to the legacy host rather than a call. */
    public boolean isReference() {
        return "reference".equals(operation);
    }
}
