package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

/**
 * Legacy methods that call the token server through {@code java.net.HttpURLConnection} inline: a form joined in a
 * {@code StringBuilder}, written to the connection's output stream, and a reply read from its input stream. They are
 * parsed with the JDK only, as the command-line tool parses, so fastjson's types are unknown.
 */
class MigrateUrlConnectionTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion())
                .typeValidationOptions(TypeValidation.none())
                .afterTypeValidationOptions(TypeValidation.none());
    }

    /** The loop that joins the URL-encoded parameters into {@code form}. */
    private static final String FORM_LOOP = """
                    for (Map.Entry<String, String> entry : params.entrySet()) {
                        if (form.length() > 0) {
                            form.append('&');
                        }
                        form.append(URLEncoder.encode(entry.getKey(), UTF_8))
                                .append('=')
                                .append(URLEncoder.encode(entry.getValue(), UTF_8));
                    }
            """;

    /** The statement that sends {@code form} as the request body. */
    private static final String BODY_WRITE = """
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(form.toString().getBytes(UTF_8));
                    }
            """;

    /**
     * A legacy apply method. The placeholders are the form loop, a line above the connection (a marker comment or
     * nothing) and the body write.
     */
    private static final String APPLY_WITH_URL_CONNECTION = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSON;
            import com.alibaba.fastjson.JSONObject;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.net.HttpURLConnection;
            import java.net.URL;
            import java.net.URLEncoder;
            import java.security.GeneralSecurityException;
            import java.util.HashMap;
            import java.util.Map;

            import static java.nio.charset.StandardCharsets.UTF_8;

            public class UrlConnectionTokenClient {
                private static final String APPLY_URL = "https://mqauth.aliyuncs.com/token/apply";

                public String apply(String accessKey, String secretKey, String instanceId, String topic)
                        throws IOException, GeneralSecurityException {
                    Map<String, String> params = new HashMap<>();
                    params.put("resources", topic);
                    params.put("actions", "R,W");
                    params.put("serviceName", "mq");
                    params.put("expireTime", String.valueOf(System.currentTimeMillis() + 600_000L));
                    params.put("instanceId", instanceId);
                    String signature = TokenSigning.doHttpSignature(params, secretKey);
                    params.put("proxyType", "MQTT");
                    params.put("accessKey", accessKey);
                    params.put("signature", signature);
                    StringBuilder form = new StringBuilder();
            %s%s        HttpURLConnection connection = (HttpURLConnection) new URL(APPLY_URL).openConnection();
                    connection.setRequestMethod("POST");
                    connection.setDoOutput(true);
            %s        if (connection.getResponseCode() != 200) {
                        throw new IOException("token server returned HTTP " + connection.getResponseCode());
                    }
                    String reply = new String(connection.getInputStream().readAllBytes(), UTF_8);
                    JSONObject json = JSON.parseObject(reply);
                    return json.getString("tokenData");
                }
            }
            """;

    @Test
    void applyWithUrlConnectionIsMigrated() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).operation()).isEqualTo("apply");
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                }),
                java(LegacySources.SIGNING),
                java(APPLY_WITH_URL_CONNECTION.formatted(FORM_LOOP, "", BODY_WRITE), """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class UrlConnectionTokenClient {
                            public String apply(String accessKey, String secretKey, String instanceId, String topic)
                                    throws IOException, GeneralSecurityException {
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                        .setResources(topic)
                                        .setActions("R,W")
                                        .setExpireTime(System.currentTimeMillis() + 600_000L)
                                        .setInstanceId(instanceId);
                                try {
                                    Client onsMqttClient = new Client(openApiConfig);
                                    return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IOException("ApplyToken request failed", e);
                                }
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(cu.printAll())))
        );
    }

    /**
     * A legacy revoke or query method, which sends the token to the path {@code /token/<placeholder>} and returns the
     * reply's {@code success} flag. The instance ID comes from a method parameter, because the legacy request has none.
     */
    private static final String TOKEN_CHECK_WITH_URL_CONNECTION = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSON;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.net.HttpURLConnection;
            import java.net.URL;
            import java.net.URLEncoder;
            import java.security.GeneralSecurityException;
            import java.util.HashMap;
            import java.util.Map;

            import static java.nio.charset.StandardCharsets.UTF_8;

            public class UrlConnectionTokenChecks {
                private static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/%1$s";

                public boolean %1$s(String accessKey, String secretKey, String instanceId, String token)
                        throws IOException, GeneralSecurityException {
                    Map<String, String> params = new HashMap<>();
                    params.put("token", token);
                    String signature = TokenSigning.doHttpSignature(params, secretKey);
                    params.put("accessKey", accessKey);
                    params.put("signature", signature);
                    StringBuilder form = new StringBuilder();
                    for (Map.Entry<String, String> entry : params.entrySet()) {
                        if (form.length() > 0) {
                            form.append('&');
                        }
                        form.append(URLEncoder.encode(entry.getKey(), UTF_8))
                                .append('=')
                                .append(URLEncoder.encode(entry.getValue(), UTF_8));
                    }
                    HttpURLConnection connection = (HttpURLConnection) new URL(TOKEN_URL).openConnection();
                    connection.setRequestMethod("POST");
                    connection.setDoOutput(true);
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(form.toString().getBytes(UTF_8));
                    }
                    if (connection.getResponseCode() != 200) {
                        throw new IOException("token server returned HTTP " + connection.getResponseCode());
                    }
                    String reply = new String(connection.getInputStream().readAllBytes(), UTF_8);
                    return JSON.parseObject(reply).getBooleanValue("success");
                }
            }
            """;

    @Test
    void revokeWithUrlConnectionIsMigrated() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).operation()).isEqualTo("revoke");
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                }),
                java(LegacySources.SIGNING),
                java(TOKEN_CHECK_WITH_URL_CONNECTION.formatted("revoke"), """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class UrlConnectionTokenChecks {
                            public boolean revoke(String accessKey, String secretKey, String instanceId, String token)
                                    throws IOException, GeneralSecurityException {
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                RevokeTokenRequest revokeTokenRequest = new RevokeTokenRequest()
                                        .setToken(token)
                                        .setInstanceId(instanceId);
                                try {
                                    Client onsMqttClient = new Client(openApiConfig);
                                    onsMqttClient.revokeToken(revokeTokenRequest);
                                    return true;
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IOException("RevokeToken request failed", e);
                                }
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(cu.printAll())))
        );
    }

    @Test
    void queryWithUrlConnectionIsMigrated() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).operation()).isEqualTo("query");
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                }),
                java(LegacySources.SIGNING),
                java(TOKEN_CHECK_WITH_URL_CONNECTION.formatted("query"), """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.QueryTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class UrlConnectionTokenChecks {
                            public boolean query(String accessKey, String secretKey, String instanceId, String token)
                                    throws IOException, GeneralSecurityException {
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                QueryTokenRequest queryTokenRequest = new QueryTokenRequest()
                                        .setToken(token)
                                        .setInstanceId(instanceId);
                                try {
                                    Client onsMqttClient = new Client(openApiConfig);
                                    return Boolean.TRUE.equals(onsMqttClient.queryToken(queryTokenRequest).getBody().getTokenStatus());
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IOException("QueryToken request failed", e);
                                }
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(cu.printAll())))
        );
    }

    @Test
    void formLoopThatLogsStays() {
        String loggingLoop = FORM_LOOP.replace("""
                        if (form.length() > 0) {
                """, """
                        System.out.println("form parameter " + entry.getKey());
                        if (form.length() > 0) {
                """);
        String marker = "        // applytoken: 'params' is still used after the legacy request; "
                + "migrate this call by hand.\n";
        rewriteRun(
                java(LegacySources.SIGNING),
                java(APPLY_WITH_URL_CONNECTION.formatted(loggingLoop, "", BODY_WRITE),
                        APPLY_WITH_URL_CONNECTION.formatted(loggingLoop, marker, BODY_WRITE))
        );
    }

    @Test
    void bodyWriteThatCountsStays() {
        String writeAndCount = BODY_WRITE.replace("""
                        out.write(form.toString().getBytes(UTF_8));
                """, """
                        out.write(form.toString().getBytes(UTF_8));
                        Metrics.increment("mqtt.token.requests");
                """);
        String marker = "        // applytoken: the response is used in a way the recipe does not recognise; "
                + "migrate this call to the ApplyToken API by hand.\n";
        rewriteRun(
                java(LegacySources.SIGNING),
                java(APPLY_WITH_URL_CONNECTION.formatted(FORM_LOOP, "", writeAndCount),
                        APPLY_WITH_URL_CONNECTION.formatted(FORM_LOOP, marker, writeAndCount))
        );
    }
}
