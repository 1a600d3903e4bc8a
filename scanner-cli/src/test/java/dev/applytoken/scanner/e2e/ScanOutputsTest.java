package dev.applytoken.scanner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.fakes.SampleProject;
import dev.applytoken.scanner.e2e.TestProjects.CommandResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code scan} treats the files it reads and writes itself: reports, baselines. */
class ScanOutputsTest {

    @TempDir
    Path work;

    @Test
    void reportInsideRootIsNotScannedNextTime() throws Exception {
        Path root = SampleProject.copyOf("vendor-demo", work).root();
        String report = root.resolve("report.json").toString();

        CommandResult first = TestProjects.applytoken("scan", root.toString(), "--format", "json", "--output", report);
        String firstReport = Files.readString(Path.of(report));
        CommandResult second = TestProjects.applytoken("scan", root.toString(), "--format", "json", "--output", report);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(Files.readString(Path.of(report))).isEqualTo(firstReport).doesNotContain("\"file\": \"report.json\"");
    }

    @Test
    void missingBaselineIsUsageError() throws Exception {
        Path root = SampleProject.copyOf("vendor-demo", work).root();

        CommandResult scan = TestProjects.applytoken("scan", root.toString(), "--baseline",
                work.resolve("missing.json").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("cannot read the baseline").contains("not found");
    }

    @Test
    void unwritableBaselineIsUsageError() throws Exception {
        Path root = SampleProject.copyOf("vendor-demo", work).root();

        CommandResult scan = TestProjects.applytoken("scan", root.toString(), "--write-baseline",
                work.resolve("missing-folder/baseline.json").toString());

        assertThat(scan.exitCode()).isEqualTo(2);
        assertThat(scan.err()).contains("cannot write the baseline");
    }

    @Test
    void textAndJsonMarkBaselinedFindings() throws Exception {
        Path root = SampleProject.copyOf("vendor-demo", work).root();
        Path caller = root.resolve("src/main/java/sample/SampleRun.java");
        String callerSource = Files.readString(caller);
        Files.delete(caller);
        String baseline = work.resolve("baseline.json").toString();
        TestProjects.applytoken("scan", root.toString(), "--write-baseline", baseline, "--fail-on", "never");
        Files.writeString(caller, callerSource);
        Path inline = root.resolve("src/main/java/com/example/iot/token/DashboardConnector.java");
        Files.writeString(inline, "// moved down by one line\n" + Files.readString(inline));

        CommandResult text = TestProjects.applytoken("scan", root.toString(), "--baseline", baseline);
        CommandResult json = TestProjects.applytoken("scan", root.toString(), "--baseline", baseline, "--format", "json");

        assertThat(text.out()).contains("SampleRun.java:13  apply  high  [new]").contains("1 new, 6 in the baseline.");
        assertThat(text.out()).containsPattern("DashboardConnector.java:\\d+  apply  high  \\[baselined\\]");
        assertThat(json.out()).contains("\"baselined\": true").contains("\"baselined\": false");
        assertThat(text.exitCode()).isEqualTo(1);
    }
}
