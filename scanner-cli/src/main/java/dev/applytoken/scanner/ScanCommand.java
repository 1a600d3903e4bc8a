package dev.applytoken.scanner;

import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.ChangedFiles;
import dev.applytoken.scanner.gate.ChangedFilesException;
import dev.applytoken.scanner.gate.ExcludePatterns;
import dev.applytoken.scanner.gate.FailOn;
import dev.applytoken.scanner.gate.Gate;
import dev.applytoken.scanner.gate.InvalidBaselineException;
import dev.applytoken.scanner.progress.ProgressLine;
import dev.applytoken.scanner.progress.ProgressListener;
import dev.applytoken.scanner.report.ReportFormat;
import dev.applytoken.scanner.report.Reporter;
import dev.applytoken.scanner.scan.ScanOptions;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.Scanner;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
            "  applytoken scan --include-comments --exclude 'generated/' .",
            "  applytoken scan --format sarif --output applytoken.sarif --quiet .",
            "  applytoken scan --format markdown --changed-since origin/main --baseline .applytoken-baseline.json .",
            "  applytoken scan --write-baseline .applytoken-baseline.json --fail-on never .",
            "",
            "Exit codes: 0 nothing fails the run, 1 findings at or above --fail-on that are not in the baseline, "
                    + "2 invalid command line, DIR, baseline, pattern or git ref, 3 internal error."
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
            description = "Output format: text, json, sarif (SARIF 2.1.0 for code scanning) or markdown "
                    + "(a pull-request comment body) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--include-comments",
            description = "Also report legacy calls inside comments, such as commented-out code.")
    boolean includeComments;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out files and folders matching PATTERN, in .gitignore syntax relative to DIR "
                    + "(e.g. 'generated/' or '*.min.js'); repeatable. Patterns in DIR/.applytokenignore apply too.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "medium",
            description = "Lowest confidence that fails the run with exit code 1: high, medium or never "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in FILE (see --write-baseline) do not fail the run, "
                    + "also after their lines moved. Reports still list them, marked as baselined.")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding of this scan to FILE, for later runs with --baseline.")
    Path writeBaseline;

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Report only files changed since GIT_REF (committed since its merge base with HEAD, "
                    + "uncommitted, or untracked). The whole tree is still read, so constants declared "
                    + "in unchanged files are resolved.")
    String changedSince;

    @Option(names = "--quiet",
            description = "Print no progress line. It is printed only when standard error is a terminal.")
    boolean quiet;

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
        Optional<ReportFormat> reportFormat = ReportFormat.ofName(format);
        if (reportFormat.isEmpty()) {
            err.println("applytoken scan: unknown --format " + format + "; use text, json, sarif or markdown");
            return ExitCodes.USAGE;
        }
        if (maxFileSize <= 0 || threads < 0) {
            err.println("applytoken scan: --max-file-size must be positive and --threads 0 or more; got "
                    + maxFileSize + " and " + threads);
            return ExitCodes.USAGE;
        }
        try {
            return scanAndReport(reportFormat.get(), FailOn.parse(failOn));
        } catch (IllegalArgumentException | InvalidBaselineException | ChangedFilesException e) {
            err.println("applytoken scan: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int scanAndReport(ReportFormat reportFormat, FailOn failLevel) throws IOException, ChangedFilesException {
        Optional<Baseline> baseline = Optional.empty();
        if (baselineFile != null) {
            try {
                baseline = Optional.of(Baseline.read(baselineFile));
            } catch (IOException failure) {
                String cause = failure instanceof NoSuchFileException ? "not found" : failure.getMessage();
                return usageError("cannot read the baseline " + baselineFile + " (" + cause
                        + "); write one with --write-baseline, or check the path");
            }
        }
        Set<String> changedFiles = changedSince == null ? null : ChangedFiles.since(root, changedSince);
        List<String> excludePatterns = new ArrayList<>(ExcludePatterns.combine(root, excludes));
        excludePatterns.addAll(ownOutputs());
        ScanOptions options = ScanOptions.defaults()
                .withIncludeComments(includeComments)
                .withExcludes(excludePatterns)
                .withMaxFileSize(maxFileSize)
                .withThreads(threads);

        ScanResult result;
        try (ProgressListener progress = ProgressLine.forStandardError(quiet)) {
            result = new Scanner(progress).scan(root, options);
        }
        if (writeBaseline != null) {
            try {
                Baseline.write(result, writeBaseline);
            } catch (IOException failure) {
                return usageError("cannot write the baseline " + writeBaseline + " (" + failure.getMessage()
                        + "); check that its folder exists and is writable");
            }
        }
        if (changedFiles != null) {
            result = ChangedFiles.keepOnly(result, changedFiles);
        }

        String version = new VersionProvider().getVersion()[0];
        Reporter reporter = reportFormat.reporter(version, baseline);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            reporter.write(result, out);
            out.flush();
        } else {
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                reporter.write(result, writer);
            } catch (IOException failure) {
                return usageError("cannot write the report to " + output + " (" + failure
                        + "); check that its folder exists and is writable");
            }
        }
        return Gate.evaluate(result, baseline.orElse(Baseline.empty()), failLevel).exitCode();
    }

    /** Returns globs for this run's report and baseline files inside the root, so a later run does not scan them. */
    private List<String> ownOutputs() throws IOException {
        Path realRoot = root.toRealPath();
        List<String> globs = new ArrayList<>();
        for (Path file : Arrays.asList(output, writeBaseline, baselineFile)) {
            if (file == null) {
                continue;
            }
            Path absolute = file.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                Path real = parent.toRealPath().resolve(absolute.getFileName());
                if (real.startsWith(realRoot)) {
                    globs.add(realRoot.relativize(real).toString().replace('\\', '/'));
                }
            }
        }
        return globs;
    }

    private int usageError(String message) {
        spec.commandLine().getErr().println("applytoken scan: " + message);
        return ExitCodes.USAGE;
    }
}
