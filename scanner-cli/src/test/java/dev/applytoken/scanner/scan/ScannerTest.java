package dev.applytoken.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junitpioneer.jupiter.ExpectedToFail;

/** Behaviour of the scanner on small repositories written for each test. */
class ScannerTest {

    @TempDir
    Path root;

    private void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relativePath, byte[] content) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private List<Finding> scan() throws IOException {
        return new Scanner().scan(root, ScanOptions.defaults()).findings();
    }

    @Test
    void skipsBuildAndDependencyFolders() throws IOException {
        String call = "requests.post('https://mqauth.aliyuncs.com/token/apply', data=form)\n";
        for (String folder : List.of(".git", "target", "build", "out", "node_modules", "vendor", ".idea", "dist")) {
            write(folder + "/client.py", call);
        }
        write("src/client.py", call);

        assertThat(scan()).extracting(Finding::file).containsExactly("src/client.py");
    }

    @Test
    void excludeGlobLeavesFilesOut() throws IOException {
        write("generated/client.py", "requests.post('https://mqauth.aliyuncs.com/token/apply')\n");

        ScanResult result = new Scanner().scan(root, ScanOptions.defaults().withExcludes(List.of("generated/**")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesScanned()).isZero();
    }

    @Test
    void doesNotFollowLinksOutOfTheRoot(@TempDir Path outside) throws IOException {
        Path target = outside.resolve("client.py");
        Files.writeString(target, "requests.post('https://mqauth.aliyuncs.com/token/apply')\n");
        Files.createDirectories(root.resolve("src"));
        Files.createSymbolicLink(root.resolve("src/client.py"), target);

        ScanResult result = new Scanner().scan(root, ScanOptions.defaults());

        assertThat(result.findings()).isEmpty();
        assertThat(result.skipped()).extracting(SkippedFile::file).containsExactly("src/client.py");
        assertThat(result.skipped().get(0).reason()).contains("outside the scanned folder");
    }

    @Test
    void readsGb18030Source() throws IOException {
        String source = """
                package com.example;
                // 申请令牌
                class TokenApi {
                    Object apply() { return new java.net.URL("https://mqauth.aliyuncs.com/token/apply"); }
                }
                """;
        write("src/TokenApi.java", source.getBytes(Charset.forName("GB18030")));

        List<Finding> findings = scan();

        assertThat(findings).extracting(Finding::operation).containsExactly(Operation.APPLY);
        assertThat(findings.get(0).line()).isEqualTo(4);
    }

    @Test
    void dropsUtf8ByteOrderMark() throws IOException {
        byte[] text = "mqtt.token-server=https://mqauth.aliyuncs.com\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        write("application.properties", withBom);

        List<Finding> findings = scan();

        assertThat(findings).extracting(Finding::line).containsExactly(1);
        assertThat(findings.get(0).evidence().get(0)).startsWith("legacy host in \"mqtt.token-server=");
    }

    @Test
    void masksAccessKeyInEvidence() throws IOException {
        write("deploy.sh", "curl -d accessKey=LTAI" + "5tFakeFakeFake99 https://mqauth.aliyuncs.com/token/apply\n");

        List<Finding> findings = scan();

        assertThat(findings).hasSize(1);
        assertThat(String.join("\n", findings.get(0).evidence())).contains("LTAI****").doesNotContain("5tFake");
    }

    @Test
    void findsCommentedCallOnlyWithIncludeComments() throws IOException {
        write("src/Old.java", """
                class Old {
                    // HttpPost post = new HttpPost("https://mqauth.aliyuncs.com/token/revoke");
                }
                """);

        assertThat(scan()).isEmpty();
        List<Finding> withComments = new Scanner().scan(root, ScanOptions.defaults().withIncludeComments(true)).findings();
        assertThat(withComments).extracting(Finding::operation).containsExactly(Operation.REVOKE);
        assertThat(withComments.get(0).line()).isEqualTo(2);
    }

    @Test
    void expressRouteIsNotAFinding() throws IOException {
        write("server.js", """
                const mqtt = require('mqtt');
                app.post('/token/apply', (req, res) => res.json({ tokenData: issue(req.body.resources) }));
                """);

        assertThat(scan()).isEmpty();
    }

    @Test
    void findingsAreSortedByFileThenLine() throws IOException {
        write("b/client.py", "requests.post('https://mqauth.aliyuncs.com/token/query')\n\n"
                + "requests.post('https://mqauth.aliyuncs.com/token/apply')\n");
        write("a/client.py", "requests.post('https://mqauth.aliyuncs.com/token/revoke')\n");

        List<Finding> findings = scan();

        assertThat(findings).extracting(finding -> finding.file() + ":" + finding.line())
                .containsExactly("a/client.py:1", "b/client.py:1", "b/client.py:3");
        assertThat(findings).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
    }

    @Test
    void urlJoinedWithStringJoin() throws IOException {
        write("src/TokenApi.java", """
                class TokenApi {
                    Object apply(String form) throws Exception {
                        String url = String.join("/", "https:", "", "mqauth.aliyuncs.com", "token", "apply");
                        return new org.apache.http.client.methods.HttpPost(url);
                    }
                }
                """);

        assertThat(scan()).extracting(Finding::operation).containsExactly(Operation.APPLY);
    }

    @Test
    @ExpectedToFail("outside Java, a constant declared in another file is not resolved, so the call has only its bare path")
    void kotlinConstantFromAnotherFile() throws IOException {
        write("src/Endpoints.kt", """
                object Endpoints {
                    const val TOKEN_SERVER = "https://mqauth.aliyuncs.com"
                }
                """);
        write("src/TokenClient.kt", """
                class TokenClient(private val http: OkHttpClient) {
                    fun apply(form: FormBody) = http.newCall(
                        Request.Builder().url(Endpoints.TOKEN_SERVER + "/token/apply").post(form).build()
                    ).execute()
                }
                """);

        List<Finding> findings = scan();

        assertThat(findings).filteredOn(finding -> finding.file().equals("src/TokenClient.kt"))
                .extracting(Finding::confidence).containsExactly(Confidence.HIGH);
    }

    @Test
    @ExpectedToFail("a helper reached through a getter (getGateway().applyToken()) is not matched to its class")
    void helperCalledThroughGetter() throws IOException {
        write("src/TokenGateway.java", """
                class TokenGateway {
                    Object applyToken() throws Exception {
                        return new java.net.URL("https://mqauth.aliyuncs.com/token/apply");
                    }
                }
                """);
        write("src/Device.java", """
                class Device {
                    private final Registry registry = new Registry();
                    Object connect() throws Exception {
                        return registry.getGateway().applyToken();
                    }
                }
                """);

        assertThat(scan()).extracting(Finding::file).contains("src/Device.java");
    }

    @Test
    @ExpectedToFail("a file that imports the new SDK counts as migrated as a whole, so a legacy call left beside "
            + "SDK code in the same file is not reported")
    void legacyCallBesideSdkCodeIsReported() throws IOException {
        write("src/TokenApi.java", """
                import com.aliyun.onsmqtt20200420.Client;
                import java.util.HashMap;
                import java.util.Map;

                class TokenApi {
                    String applyToken(Client client) throws Exception {
                        return client.applyToken(null).getBody().getToken();
                    }

                    void revokeToken(String token) throws Exception {
                        Map<String, String> form = new HashMap<>();
                        form.put("token", token);
                        Tools.httpsPost("https://mqauth.aliyuncs.com/token/revoke", form);
                    }
                }
                """);

        assertThat(scan()).extracting(Finding::operation).contains(Operation.REVOKE);
    }
}
