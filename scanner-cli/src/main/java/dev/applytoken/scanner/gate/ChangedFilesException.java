package dev.applytoken.scanner.gate;

/** {@code --changed-since} could not list changed files: no git work tree, an unknown ref, or git failed. */
public final class ChangedFilesException extends Exception {

    public ChangedFilesException(String message) {
        super(message);
    }

    public ChangedFilesException(String message, Throwable cause) {
        super(message, cause);
    }
}
