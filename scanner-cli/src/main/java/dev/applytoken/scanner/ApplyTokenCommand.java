package dev.applytoken.scanner;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code applytoken} command. */
@Command(
        name = "applytoken",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Finds code that calls the retired ApsaraMQ for MQTT token server "
                    + "(https://mqauth.aliyuncs.com/token/apply, /token/revoke, /token/query) "
                    + "and migrates it to the ApplyToken, RevokeToken and QueryToken OpenAPI."
        },
        subcommands = {ScanCommand.class, FixCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no findings (scan), or everything found was migrated (fix)",
            "1:findings that fail the run",
            "2:invalid command line",
            "3:internal error"
        })
public final class ApplyTokenCommand {

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Builds the command line with the exit codes and error handling every subcommand shares. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new ApplyTokenCommand());
        // Wide enough that the examples in the help fit on one line each and can be copied.
        commandLine.setUsageHelpWidth(120);
        commandLine.setExitCodeExceptionMapper(exception ->
                exception instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL_ERROR);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL_ERROR);
        return commandLine;
    }
}
