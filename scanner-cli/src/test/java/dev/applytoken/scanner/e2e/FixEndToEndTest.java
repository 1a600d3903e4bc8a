package dev.applytoken.scanner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.fakes.SampleProject;
import dev.applytoken.scanner.e2e.TestProjects.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code applytoken fix} on copies of the sample legacy projects and compiles the result with the
 * JDK's compiler against the SDK stand-in, as a user's build would.
 */
class FixEndToEndTest {

    private static final List<Path> CLASSPATH = SampleProject.currentClasspath();

    @TempDir
    Path work;

    static Stream<String> samples() throws IOException {
        try (Stream<Path> folders = Files.list(SampleProject.samplesDirectory())) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @Test
    void vendorDemoIsFullyMigratedWithInstanceId() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou",
                "--instance-id", "mqtt-test-instance");

        assertThat(fix.exitCode()).as("fix output:%n%s%s", fix.out(), fix.err()).isZero();
        project.compile(CLASSPATH);
        CommandResult scan = TestProjects.applytoken("scan", project.root().toString(), "--format", "json");
        assertThat(scan.out()).as("scan after fix").doesNotContain("\"operation\": \"apply\"")
                .doesNotContain("\"operation\": \"revoke\"").doesNotContain("\"operation\": \"query\"");
        assertThat(TestProjects.snapshot(project.root()).get("pom.xml")).contains("<artifactId>onsmqtt20200420</artifactId>");
    }

    @Test
    void revokeWithoutInstanceIdIsLeft() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);
        String helper = "src/main/java/com/example/iot/token/TokenApi.java";
        String before = TestProjects.snapshot(project.root()).get(helper);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");

        assertThat(fix.exitCode()).isEqualTo(1);
        assertThat(fix.out()).containsPattern("TokenApi.java:\\d+  revoke: RevokeToken needs an InstanceId");
        String after = TestProjects.snapshot(project.root()).get(helper);
        assertThat(after).contains("/token/revoke").contains("// applytoken:");
        assertThat(after).doesNotContain("apiUrl + applyTokenUrl").isNotEqualTo(before);
        project.compile(CLASSPATH);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void migratedSampleCompiles(String sample) throws Exception {
        SampleProject project = SampleProject.copyOf(sample, work);
        project.compile(CLASSPATH);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");

        assertThat(fix.exitCode()).as("fix output:%n%s%s", fix.out(), fix.err()).isIn(0, 1);
        project.compile(CLASSPATH);
        Map<String, String> java = TestProjects.javaFiles(TestProjects.snapshot(project.root()));
        if (fix.exitCode() == 0) {
            assertThat(java.values()).anyMatch(source -> source.contains("com.aliyun.onsmqtt20200420"));
            assertThat(java.values()).noneMatch(source -> source.matches("(?s).*/token/(apply|revoke|query).*"));
        } else {
            assertThat(fix.out()).contains("Calls left for a person");
            assertThat(String.join("\n", java.values())).contains("applytoken:");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void secondFixChangesNothing(String sample) throws Exception {
        SampleProject project = SampleProject.copyOf(sample, work);
        TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");
        Map<String, String> afterFirst = TestProjects.snapshot(project.root());

        CommandResult second = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");

        assertThat(TestProjects.snapshot(project.root())).isEqualTo(afterFirst);
        assertThat(second.out()).contains("0 legacy call(s)");
    }

    @Test
    void dryRunPatchAppliesWithGitApply() throws Exception {
        SampleProject patched = SampleProject.copyOf("vendor-demo", work.resolve("patched"));
        SampleProject fixed = SampleProject.copyOf("vendor-demo", work.resolve("fixed"));
        Map<String, String> original = TestProjects.snapshot(patched.root());

        CommandResult dryRun = TestProjects.applytoken("fix", patched.root().toString(), "--region", "cn-hangzhou",
                "--dry-run");
        TestProjects.applytoken("fix", fixed.root().toString(), "--region", "cn-hangzhou");

        assertThat(TestProjects.snapshot(patched.root())).as("--dry-run changes no file").isEqualTo(original);
        assertThat(dryRun.out()).as("the report goes to standard error").isEmpty();
        Path patch = work.resolve("migration.patch");
        Files.write(patch, dryRun.patch());
        assertThat(gitApply(patched.root(), patch)).isZero();
        assertThat(TestProjects.snapshot(patched.root())).isEqualTo(TestProjects.snapshot(fixed.root()));
    }

    @Test
    void patchOptionWritesPatchAndLeavesTree() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);
        Map<String, String> original = TestProjects.snapshot(project.root());
        Path patch = work.resolve("out.patch");

        TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou", "--patch", patch.toString());

        assertThat(TestProjects.snapshot(project.root())).isEqualTo(original);
        assertThat(Files.readString(patch)).startsWith("diff --git a/").contains("+import com.aliyun.onsmqtt20200420");
    }

    @Test
    void gradleBuildGetsSdkDependency() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);
        Files.delete(project.root().resolve("pom.xml"));
        Files.writeString(project.root().resolve("build.gradle.kts"), """
                plugins {
                    java
                }
                dependencies {
                    implementation("com.alibaba:fastjson:1.2.83")
                }
                """);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");

        assertThat(fix.out()).contains("build.gradle.kts: added com.aliyun:onsmqtt20200420:1.6.1.");
        assertThat(Files.readString(project.root().resolve("build.gradle.kts"))).isEqualTo("""
                plugins {
                    java
                }
                dependencies {
                    implementation("com.alibaba:fastjson:1.2.83")
                    implementation("com.aliyun:onsmqtt20200420:1.6.1")
                }
                """);
    }

    @Test
    void patchFromSubfolderAppliesAtTop() throws Exception {
        Path top = work.resolve("monorepo");
        SampleProject.copyOf("vendor-demo", top);
        git(top, "init", "-q");
        git(top, "add", "-A");
        git(top, "-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-q", "-m", "monorepo");

        CommandResult dryRun = TestProjects.applytoken("fix", top.resolve("vendor-demo").toString(),
                "--region", "cn-hangzhou", "--dry-run");
        Path patch = work.resolve("migration.patch");
        Files.write(patch, dryRun.patch());

        assertThat(new String(dryRun.patch(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("diff --git a/vendor-demo/src/main/java/");
        assertThat(gitApply(top, patch)).isZero();
        assertThat(Files.readString(top.resolve("vendor-demo/pom.xml"))).contains("onsmqtt20200420");
    }

    @Test
    void ignoreFileKeepsFilesFromFix() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);
        String inline = "src/main/java/com/example/iot/token/DashboardConnector.java";
        Files.writeString(project.root().resolve(".applytokenignore"), inline + "\n");
        String before = TestProjects.snapshot(project.root()).get(inline);

        TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou");

        assertThat(TestProjects.snapshot(project.root()).get(inline)).isEqualTo(before);
    }

    @Test
    void dryRunWithPatchIsUsageError() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou",
                "--dry-run", "--patch", work.resolve("out.patch").toString());

        assertThat(fix.exitCode()).isEqualTo(2);
        assertThat(fix.err()).contains("--dry-run and --patch");
    }

    @Test
    void unwritablePatchIsUsageError() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString(), "--region", "cn-hangzhou",
                "--patch", work.resolve("missing-folder/out.patch").toString());

        assertThat(fix.exitCode()).isEqualTo(2);
        assertThat(fix.err()).contains("cannot write the patch").contains("missing-folder");
    }

    @Test
    void missingRegionIsUsageError() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);

        CommandResult fix = TestProjects.applytoken("fix", project.root().toString());

        assertThat(fix.exitCode()).isEqualTo(2);
        assertThat(fix.err()).contains("--region cn-hangzhou");
    }

    @Test
    void dirtyGitWorkTreeIsRejected() throws Exception {
        SampleProject project = SampleProject.copyOf("vendor-demo", work);
        Path root = project.root();
        git(root, "init", "-q");
        git(root, "add", "-A");
        git(root, "-c", "user.email=test@example.invalid", "-c", "user.name=test", "commit", "-q", "-m", "sample");
        Files.writeString(root.resolve("NOTES.txt"), "uncommitted\n");
        Map<String, String> before = TestProjects.snapshot(root);

        CommandResult rejected = TestProjects.applytoken("fix", root.toString(), "--region", "cn-hangzhou");
        CommandResult allowed = TestProjects.applytoken("fix", root.toString(), "--region", "cn-hangzhou", "--allow-dirty");

        assertThat(rejected.exitCode()).isEqualTo(2);
        assertThat(rejected.err()).contains("uncommitted").contains("--allow-dirty");
        assertThat(before.get("pom.xml")).doesNotContain("onsmqtt20200420");
        assertThat(allowed.err()).doesNotContain("uncommitted");
        assertThat(Files.readString(root.resolve("pom.xml"))).contains("onsmqtt20200420");
    }

    private static int gitApply(Path directory, Path patch) throws IOException, InterruptedException {
        return git(directory, "apply", patch.toString());
    }

    private static int git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of("git"), Stream.of(arguments)).toList();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return process.exitValue();
    }
}
