package dev.applytoken.scanner;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints an unexpected failure as one readable message instead of a bare stack trace, and maps it to
 * {@link ExitCodes#INTERNAL_ERROR}. Set {@code APPLYTOKEN_DEBUG=1} to get the stack trace.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        CommandLine.Help.ColorScheme colors = commandLine.getColorScheme();
        commandLine.getErr().println(colors.errorText("applytoken: internal error: " + exception));
        commandLine.getErr().println("Please report it with the command line you ran. "
                + "Set APPLYTOKEN_DEBUG=1 to print the stack trace.");
        if ("1".equals(System.getenv("APPLYTOKEN_DEBUG"))) {
            exception.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
