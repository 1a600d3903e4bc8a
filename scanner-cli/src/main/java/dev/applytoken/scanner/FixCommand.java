package dev.applytoken.scanner;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code applytoken fix DIR}: migrates legacy token-server calls to the ApplyToken API. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Migrates the legacy token-server calls under DIR to the ApplyToken API.")
final class FixCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Root folder of the repository to migrate.")
    Path root;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("fix is not built yet");
    }
}
