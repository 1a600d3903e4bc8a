package dev.applytoken.scanner;

/** Exit codes of the {@code applytoken} command, the contract CI jobs rely on. */
public final class ExitCodes {

    /** The run finished and found nothing to report (or {@code fix} migrated everything it found). */
    public static final int CLEAN = 0;

    /** The run finished and found legacy token-server calls that fail the run. */
    public static final int FINDINGS = 1;

    /** The command line was invalid: unknown option, missing argument, unreadable root folder. */
    public static final int USAGE = 2;

    /** The run stopped on an unexpected internal error. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
