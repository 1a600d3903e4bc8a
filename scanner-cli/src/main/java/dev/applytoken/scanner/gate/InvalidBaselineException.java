package dev.applytoken.scanner.gate;

import java.io.IOException;

/** A baseline file that is not JSON, not an applytoken baseline, or of an unsupported version. */
public final class InvalidBaselineException extends IOException {

    public InvalidBaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
