package dev.applytoken.scanner;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code applytoken scan DIR}: reports every file that calls the legacy token server. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Reports every file under DIR that calls the legacy token server.")
final class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Root folder of the repository to scan.")
    Path root;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("scan is not built yet");
    }
}
