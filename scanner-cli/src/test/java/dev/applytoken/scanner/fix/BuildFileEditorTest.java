package dev.applytoken.scanner.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.scanner.fix.BuildFileEditor.Dependency;
import org.junit.jupiter.api.Test;

class BuildFileEditorTest {

    private static final Dependency SDK = new Dependency("com.aliyun", "onsmqtt20200420", "1.6.1");

    @Test
    void pomGetsDependencyInProjectDependencies() {
        String pom = """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.example</groupId>
                        <artifactId>managed</artifactId>
                        <version>1</version>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>com.alibaba</groupId>
                      <artifactId>fastjson</artifactId>
                      <version>1.2.83</version>
                    </dependency>
                  </dependencies>
                </project>
                """;

        String edited = BuildFileEditor.addDependency("pom.xml", pom, SDK).orElseThrow();

        assertThat(edited).isEqualTo(pom.replace("""
                      <version>1.2.83</version>
                    </dependency>
                  </dependencies>
                """, """
                      <version>1.2.83</version>
                    </dependency>
                    <dependency>
                      <groupId>com.aliyun</groupId>
                      <artifactId>onsmqtt20200420</artifactId>
                      <version>1.6.1</version>
                    </dependency>
                  </dependencies>
                """));
    }

    @Test
    void pomWithoutDependenciesGetsBlockBeforeBuild() {
        String pom = """
                <project>
                    <modelVersion>4.0.0</modelVersion>
                    <build>
                        <plugins>
                            <plugin>
                                <dependencies>
                                    <dependency><artifactId>x</artifactId></dependency>
                                </dependencies>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """;

        String edited = BuildFileEditor.addDependency("pom.xml", pom, SDK).orElseThrow();

        assertThat(edited).startsWith("""
                <project>
                    <modelVersion>4.0.0</modelVersion>
                    <dependencies>
                        <dependency>
                            <groupId>com.aliyun</groupId>
                            <artifactId>onsmqtt20200420</artifactId>
                            <version>1.6.1</version>
                        </dependency>
                    </dependencies>

                    <build>
                """);
    }

    @Test
    void pomThatDeclaresDependencyIsLeftAlone() {
        String pom = """
                <project>
                  <dependencies>
                    <!-- <dependency><artifactId>commented</artifactId></dependency> -->
                    <dependency>
                      <groupId>com.aliyun</groupId>
                      <artifactId>onsmqtt20200420</artifactId>
                      <version>1.5.0</version>
                    </dependency>
                  </dependencies>
                </project>
                """;

        assertThat(BuildFileEditor.addDependency("pom.xml", pom, SDK)).isEmpty();
    }

    @Test
    void pomKeepsCrlf() {
        String pom = "<project>\r\n  <dependencies>\r\n  </dependencies>\r\n</project>\r\n";

        String edited = BuildFileEditor.addDependency("pom.xml", pom, SDK).orElseThrow();

        assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
        assertThat(edited).contains("    <dependency>\r\n      <groupId>com.aliyun</groupId>\r\n");
    }

    @Test
    void gradleGroovyGetsImplementationLine() {
        String script = """
                buildscript {
                    dependencies {
                        classpath 'org.example:plugin:1'
                    }
                }
                dependencies {
                    implementation 'com.alibaba:fastjson:1.2.83' // { brace in a comment
                }
                """;

        String edited = BuildFileEditor.addDependency("build.gradle", script, SDK).orElseThrow();

        assertThat(edited).endsWith("""
                dependencies {
                    implementation 'com.alibaba:fastjson:1.2.83' // { brace in a comment
                    implementation 'com.aliyun:onsmqtt20200420:1.6.1'
                }
                """);
        assertThat(edited).contains("        classpath 'org.example:plugin:1'\n    }\n}");
    }

    @Test
    void gradleKotlinWithoutBlockGetsOne() {
        String script = "plugins {\n    java\n}\n";

        String edited = BuildFileEditor.addDependency("build.gradle.kts", script, SDK).orElseThrow();

        assertThat(edited).isEqualTo(
                "plugins {\n    java\n}\n\ndependencies {\n    implementation(\"com.aliyun:onsmqtt20200420:1.6.1\")\n}\n");
    }

    @Test
    void gradleThatDeclaresDependencyIsLeftAlone() {
        String script = "dependencies {\n    implementation(\"com.aliyun:onsmqtt20200420:1.6.0\")\n}\n";

        assertThat(BuildFileEditor.addDependency("build.gradle.kts", script, SDK)).isEmpty();
    }
}
