package dev.applytoken.scanner.gate;

/** An {@code --exclude} pattern or a line of {@code .applytokenignore} that cannot be used. */
public final class InvalidExcludeException extends IllegalArgumentException {

    public InvalidExcludeException(String message) {
        super(message);
    }
}
