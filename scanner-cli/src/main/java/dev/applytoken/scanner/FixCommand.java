package dev.applytoken.scanner;

import dev.applytoken.rewrite.MigrationSettings;
import dev.applytoken.scanner.fix.FixReport;
import dev.applytoken.scanner.fix.FixRun;
import dev.applytoken.scanner.gate.ExcludePatterns;
import dev.applytoken.scanner.scan.ScanOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code applytoken fix DIR}: migrates legacy token-server calls to the ApplyToken API. */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Migrates the legacy token-server calls in the Java files under DIR to the ApplyToken, "
                    + "RevokeToken and QueryToken OpenAPI, adds the SDK to the Maven or Gradle build, "
                    + "and lists every call that must be migrated by hand, with the reason.",
            "",
            "Files are replaced atomically and keep their charset, line endings and permissions. "
                    + "A git work tree with uncommitted changes is rejected unless --allow-dirty."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  applytoken fix . --region cn-hangzhou",
            "  applytoken fix . --region cn-hangzhou --dry-run > migration.patch && git apply migration.patch",
            "  applytoken fix services/auth --region ap-southeast-1 --credentials default-chain --patch out.patch",
            "  applytoken fix . --region cn-shanghai --target-sdk core --instance-id post-cn-example"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every legacy call found was migrated, or there was none",
            "1:some legacy calls must be migrated by hand, or a file could not be written (listed)",
            "2:invalid command line, or a dirty git work tree without --allow-dirty",
            "3:internal error"
        })
public final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Root folder of the repository to migrate.")
    Path root;

    @Option(names = "--region", paramLabel = "REGION_ID",
            description = "OpenAPI region of the MQTT instance, e.g. cn-hangzhou or ap-southeast-1. Required: "
                    + "mqauth.aliyuncs.com served several regions, so the region cannot be derived from the old code.")
    String regionId;

    @Option(names = "--endpoint", paramLabel = "HOST",
            description = "Endpoint host to call instead of onsmqtt.<region>.aliyuncs.com, e.g. a VPC endpoint "
                    + "onsmqtt-vpc.cn-hangzhou.aliyuncs.com. A value starting with http:// is called over plain HTTP.")
    String endpoint;

    @Option(names = "--credentials", paramLabel = "STYLE", defaultValue = "keep",
            description = "keep: pass the access key expressions the old code used (default). "
                    + "default-chain: use the SDK's default credential chain, so keys leave the code.")
    String credentials;

    @Option(names = "--target-sdk", paramLabel = "SDK", defaultValue = "tea",
            description = "tea: com.aliyun:onsmqtt20200420 (default). "
                    + "core: aliyun-java-sdk-core CommonRequest, for projects that want no product SDK.")
    String targetSdk;

    @Option(names = "--instance-id", paramLabel = "ID",
            description = "MQTT instance id to send where the old call sent none (revoke, query and older apply code).")
    String instanceId;

    @Option(names = "--dry-run",
            description = "Print the migration as a unified diff on standard output (git apply accepts it) "
                    + "and change no file. The report goes to standard error.")
    boolean dryRun;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Write the migration as a unified diff to FILE and change no other file.")
    Path patchFile;

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out files matching PATTERN, in .gitignore syntax relative to DIR; repeatable. "
                    + "Patterns in DIR/.applytokenignore apply too, as they do for scan.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "2097152",
            description = "Skip files larger than BYTES, with a note (default: ${DEFAULT-VALUE}, 2 MiB).")
    long maxFileSize;

    @Option(names = "--allow-dirty",
            description = "Migrate even when the git work tree has uncommitted changes.")
    boolean allowDirty;

    /**
     * Stream that {@code --dry-run} writes the patch to. It is a byte stream because each file's part of the patch
     * is in that file's own charset, which {@code git apply} needs to match a GBK or Latin-1 file.
     */
    private OutputStream patchOutput = System.out;

    public void setPatchOutput(OutputStream stream) {
        this.patchOutput = stream;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(root)) {
            err.println("applytoken fix: " + root + " is not a folder. Pass the root folder of the repository to migrate.");
            return ExitCodes.USAGE;
        }
        Map<String, String> invalid = MigrationSettings.problems(regionId, endpoint, credentials, targetSdk, instanceId);
        if (!invalid.isEmpty()) {
            invalid.keySet().forEach(option -> err.println("applytoken fix: " + optionProblem(option)));
            return ExitCodes.USAGE;
        }
        if (dryRun && patchFile != null) {
            err.println("applytoken fix: --dry-run and --patch both choose where the patch goes; pass one of them.");
            return ExitCodes.USAGE;
        }
        boolean writes = !dryRun && patchFile == null;
        if (writes && !allowDirty) {
            List<String> dirty = FixRun.uncommittedChanges(root);
            if (!dirty.isEmpty()) {
                err.println("applytoken fix: the git work tree of " + root + " has " + dirty.size()
                        + " uncommitted change(s), e.g. " + dirty.get(0).strip() + ".");
                err.println("Commit or stash them first so the migration can be reviewed and reverted on its own, "
                        + "or pass --allow-dirty, or use --dry-run to see the change.");
                return ExitCodes.USAGE;
            }
        }

        MigrationSettings settings = MigrationSettings.parse(regionId, endpoint, credentials, targetSdk, instanceId)
                .orElseThrow();
        Path absoluteRoot = root.toAbsolutePath().normalize();
        if (maxFileSize <= 0) {
            err.println("applytoken fix: --max-file-size must be positive; got " + maxFileSize + ".");
            return ExitCodes.USAGE;
        }
        ScanOptions scanOptions;
        try {
            scanOptions = ScanOptions.defaults()
                    .withExcludes(ExcludePatterns.combine(absoluteRoot, excludes))
                    .withMaxFileSize(maxFileSize);
        } catch (IllegalArgumentException invalidPattern) {
            err.println("applytoken fix: " + invalidPattern.getMessage());
            return ExitCodes.USAGE;
        }
        FixReport report = FixRun.run(absoluteRoot, settings, scanOptions);
        String patchPrefix = FixRun.pathInWorkTree(absoluteRoot);

        if (dryRun) {
            out.flush();
            patchOutput.write(report.patch(patchPrefix));
            patchOutput.flush();
        } else if (patchFile != null) {
            try {
                Files.write(patchFile, report.patch(patchPrefix));
            } catch (IOException failure) {
                err.println("applytoken fix: cannot write the patch to " + patchFile + " (" + failure.getMessage()
                        + "); check that its folder exists and is writable.");
                return ExitCodes.USAGE;
            }
            out.println("Wrote the patch to " + patchFile + "; apply it with git apply from the top of the work tree.");
        }
        List<String> failures = writes ? report.write(absoluteRoot) : List.of();
        PrintWriter reportStream = dryRun ? err : out;
        report.print(reportStream, writes);
        failures.forEach(failure -> reportStream.println("applytoken fix: " + failure));
        reportStream.flush();
        return report.unmigratedCallCount() == 0 && failures.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    /** Says what is wrong with one option, in the terms of this command's flags. */
    private String optionProblem(String option) {
        return switch (option) {
            case "regionId" -> (regionId == null || regionId.isBlank() ? "missing --region" : "invalid --region '" + regionId + "'")
                    + ". Pass the OpenAPI region of your MQTT instance, e.g. --region cn-hangzhou: mqauth.aliyuncs.com "
                    + "served several regions, so applytoken cannot derive it.";
            case "endpoint" -> "invalid --endpoint '" + endpoint + "'. Give a host with an optional port, such as "
                    + "onsmqtt-vpc.cn-hangzhou.aliyuncs.com, or http://127.0.0.1:8080 for plain HTTP.";
            case "credentials" -> "invalid --credentials '" + credentials + "'. Use keep or default-chain.";
            case "targetSdk" -> "invalid --target-sdk '" + targetSdk + "'. Use tea or core.";
            case "instanceId" -> "invalid --instance-id '" + instanceId + "'. Give an instance id such as post-cn-0pp1ldu0a01.";
            default -> "invalid option " + option + ".";
        };
    }
}
