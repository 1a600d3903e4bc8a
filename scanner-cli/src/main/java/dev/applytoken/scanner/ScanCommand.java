package dev.applytoken.scanner;

import dev.applytoken.scanner.report.ReportFormat;
import dev.applytoken.scanner.scan.ScanOptions;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.Scanner;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code applytoken scan DIR}: reports every file that calls the legacy token server. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Reports every place under DIR that calls, or points at, the legacy token server: "
                    + "Java, Kotlin, PHP, JavaScript/TypeScript, Python, Go, C#, shell and Ruby code, "
                    + "and properties, YAML, JSON, XML and .env files.",
            "Each finding has a line, an operation (apply, revoke, query, or reference for an address with "
                    + "no call), a confidence (high or medium), the evidence, and whether `applytoken fix` "
                    + "is expected to migrate it."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  applytoken scan .",
            "  applytoken scan --format json --output findings.json services/billing",
            "  applytoken scan --include-comments --exclude '**/generated/**' .",
            "",
            "Exit codes: 0 no findings, 1 findings, 2 invalid command line or DIR, 3 internal error."
        })
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Optional for picocli so that a missing DIR reaches {@link #call()}, which reports it with
     * {@link ExitCodes#USAGE}: the shared exit-code mapper would turn picocli's own error into an
     * internal error.
     */
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Root folder of the repository to scan.")
    Path root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--include-comments",
            description = "Also report legacy calls inside comments, such as commented-out code.")
    boolean includeComments;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files and folders whose path relative to DIR matches GLOB; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "2097152",
            description = "Skip files larger than BYTES, with a note (default: ${DEFAULT-VALUE}, 2 MiB).")
    long maxFileSize;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads; 0 uses one per processor (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (root == null) {
            err.println("applytoken scan: missing DIR; give the root folder of the repository to scan, "
                    + "e.g. `applytoken scan .`");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(root)) {
            err.println("applytoken scan: " + root + (Files.exists(root) ? " is not a folder" : " does not exist")
                    + "; give the root folder of the repository to scan, e.g. `applytoken scan .`");
            return ExitCodes.USAGE;
        }
        ReportFormat reportFormat = ReportFormat.ofName(format).orElse(null);
        if (reportFormat == null) {
            err.println("applytoken scan: unknown --format " + format + "; use text or json");
            return ExitCodes.USAGE;
        }
        if (maxFileSize <= 0 || threads < 0) {
            err.println("applytoken scan: --max-file-size must be positive and --threads 0 or more; got "
                    + maxFileSize + " and " + threads);
            return ExitCodes.USAGE;
        }
        ScanOptions options = ScanOptions.defaults()
                .withIncludeComments(includeComments)
                .withExcludes(excludes)
                .withMaxFileSize(maxFileSize)
                .withThreads(threads);
        ScanResult result = new Scanner().scan(root, options);

        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            reportFormat.reporter().write(result, out);
            out.flush();
        } else {
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                reportFormat.reporter().write(result, writer);
            } catch (IOException failure) {
                err.println("applytoken scan: cannot write the report to " + output + " (" + failure
                        + "); check that its folder exists and is writable");
                return ExitCodes.USAGE;
            }
        }
        return result.findings().isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }
}
