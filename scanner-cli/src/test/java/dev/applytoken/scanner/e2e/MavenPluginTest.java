package dev.applytoken.scanner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.fakes.SampleProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the recipes the way an OpenRewrite user does: {@code rewrite-maven-plugin} with the recipe
 * artifact from the local Maven repository. It needs {@code mvn install} to have installed this build's
 * recipe jar, which the project's test command does before this module's tests run.
 */
class MavenPluginTest {

    @TempDir
    Path work;

    @Test
    void pluginMigratesSampleLikeFixCommand() throws Exception {
        assertInstalledRecipeJarIsThisBuild();
        Path viaMaven = SampleProject.copyOf("vendor-demo", work.resolve("maven")).root();
        Path viaCli = SampleProject.copyOf("vendor-demo", work.resolve("cli")).root();

        String version = System.getProperty("applytoken.version");
        String pluginVersion = System.getProperty("applytoken.rewriteMavenPluginVersion");
        ProcessResult maven = run(viaMaven, List.of("mvn", "-B", "-e",
                "org.openrewrite.maven:rewrite-maven-plugin:" + pluginVersion + ":run",
                "-Drewrite.recipeArtifactCoordinates=dev.applytoken:applytoken-rewrite-recipes:" + version,
                "-Drewrite.activeRecipes=dev.applytoken.MigrateToApplyTokenApi",
                "-Drewrite.options=regionId=cn-hangzhou"));
        TestProjects.applytoken("fix", viaCli.toString(), "--region", "cn-hangzhou");

        assertThat(maven.exitCode()).as("mvn rewrite:run output:%n%s", maven.output()).isZero();
        Map<String, String> migratedByMaven = TestProjects.snapshot(viaMaven);
        Map<String, String> migratedByCli = TestProjects.snapshot(viaCli);
        assertThat(TestProjects.javaFiles(migratedByMaven)).isEqualTo(TestProjects.javaFiles(migratedByCli));
        assertThat(migratedByMaven.get("pom.xml"))
                .contains("<groupId>com.aliyun</groupId>")
                .contains("<artifactId>onsmqtt20200420</artifactId>")
                .contains("<version>1.6.1</version>");
        assertThat(TestProjects.javaFiles(migratedByMaven).values()).noneMatch(source -> source.contains("/token/apply"));
    }

    @Test
    void pluginRejectsMissingRegion() throws Exception {
        assertInstalledRecipeJarIsThisBuild();
        Path project = SampleProject.copyOf("vendor-demo", work).root();
        Map<String, String> before = TestProjects.snapshot(project);

        ProcessResult maven = run(project, List.of("mvn", "-B",
                "org.openrewrite.maven:rewrite-maven-plugin:"
                        + System.getProperty("applytoken.rewriteMavenPluginVersion") + ":run",
                "-Drewrite.recipeArtifactCoordinates=dev.applytoken:applytoken-rewrite-recipes:"
                        + System.getProperty("applytoken.version"),
                "-Drewrite.activeRecipes=dev.applytoken.MigrateToApplyTokenApi"));

        assertThat(maven.output()).contains("regionId").contains("-Drewrite.options=regionId=");
        assertThat(TestProjects.snapshot(project)).isEqualTo(before);
    }

    private static void assertInstalledRecipeJarIsThisBuild() throws IOException {
        String version = System.getProperty("applytoken.version");
        Path built = TestProjects.repositoryRoot()
                .resolve("rewrite-recipes/target/applytoken-rewrite-recipes-" + version + ".jar");
        Path installed = Path.of(System.getProperty("user.home"), ".m2/repository/dev/applytoken/applytoken-rewrite-recipes",
                version, "applytoken-rewrite-recipes-" + version + ".jar");
        assertThat(installed)
                .as("the recipe jar of this build in the local Maven repository; run the tests with `mvn install`")
                .exists();
        assertThat(Files.readAllBytes(installed))
                .as("installed recipe jar is this build's (%s); run the tests with `mvn install`", built)
                .isEqualTo(Files.readAllBytes(built));
    }

    private record ProcessResult(int exitCode, String output) {
    }

    private static ProcessResult run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mvn", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out after 10 minutes: " + String.join(" ", command));
            }
            return new ProcessResult(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
