package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

class MigrateInlineSequenceTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    private static final String ENDPOINTS = """
            package com.example.mqtt;

            public final class Endpoints {
                public static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/apply";

                private Endpoints() {
                }
            }
            """;

    @Test
    void inlineSequenceWithConstantFromAnotherFile() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).operation()).isEqualTo("apply");
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                    assertThat(rows.get(0).line()).isEqualTo(31);
                }),
                java(ENDPOINTS),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import com.alibaba.fastjson.JSONObject;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class DeviceSessionService {
                            private final String accessKeyId;
                            private final String accessKeySecret;
                            private final String instanceId;

                            public DeviceSessionService(String accessKeyId, String accessKeySecret, String instanceId) {
                                this.accessKeyId = accessKeyId;
                                this.accessKeySecret = accessKeySecret;
                                this.instanceId = instanceId;
                            }

                            public String openSession(String deviceId) throws Exception {
                                String topic = "devices/" + deviceId;
                                Map<String, String> params = new HashMap<>();
                                params.put("actions", "R,W");
                                params.put("resources", topic);
                                params.put("serviceName", "mq");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 3_600_000L));
                                params.put("instanceId", instanceId);
                                String signature = TokenSigning.doHttpSignature(params, accessKeySecret);
                                params.put("proxyType", "MQTT");
                                params.put("accessKey", accessKeyId);
                                params.put("signature", signature);
                                String body = LegacyHttp.postForm(Endpoints.TOKEN_URL, params);
                                JSONObject response = JSON.parseObject(body);
                                String token = response.getString("tokenData");
                                String password = "RW|" + token;
                                return "Token|" + accessKeyId + "|" + instanceId + ":" + password;
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class DeviceSessionService {
                            private final String accessKeyId;
                            private final String accessKeySecret;
                            private final String instanceId;

                            public DeviceSessionService(String accessKeyId, String accessKeySecret, String instanceId) {
                                this.accessKeyId = accessKeyId;
                                this.accessKeySecret = accessKeySecret;
                                this.instanceId = instanceId;
                            }

                            public String openSession(String deviceId) throws Exception {
                                String topic = "devices/" + deviceId;
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKeyId)
                                        .setAccessKeySecret(accessKeySecret)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                        .setResources(topic)
                                        .setActions("R,W")
                                        .setExpireTime(System.currentTimeMillis() + 3_600_000L)
                                        .setInstanceId(instanceId);
                                Client onsMqttClient = new Client(openApiConfig);
                                String token = onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                String password = "RW|" + token;
                                return "Token|" + accessKeyId + "|" + instanceId + ":" + password;
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), ENDPOINTS, LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }

    @Test
    void inlineSequenceWithoutThrowsIsWrapped() {
        rewriteRun(
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import com.alibaba.fastjson.JSONObject;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenCache {
                            private static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/apply";

                            private String cached;

                            public void refresh(String ak, String sk, String instanceId, long ttlMillis) {
                                Map<String, String> params = new HashMap<>();
                                params.put("actions", "R");
                                params.put("resources", "alerts/#");
                                params.put("serviceName", "mq");
                                params.put("expireTime", Long.toString(System.currentTimeMillis() + ttlMillis));
                                params.put("instanceId", instanceId);
                                params.put("proxyType", "MQTT");
                                params.put("accessKey", ak);
                                String token;
                                try {
                                    params.put("signature", TokenSigning.doHttpSignature(params, sk));
                                    JSONObject response = JSON.parseObject(LegacyHttp.postForm(TOKEN_URL, params));
                                    if (!response.getBooleanValue("success")) {
                                        throw new IllegalStateException("token server refused: " + response.getString("message"));
                                    }
                                    token = response.getString("tokenData");
                                } catch (Exception e) {
                                    throw new IllegalStateException("cannot apply for a token", e);
                                }
                                cached = token;
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class TokenCache {
                            private String cached;

                            public void refresh(String ak, String sk, String instanceId, long ttlMillis) {
                                String token;
                                try {
                                    Config openApiConfig = new Config()
                                            .setAccessKeyId(ak)
                                            .setAccessKeySecret(sk)
                                            .setRegionId("cn-hangzhou");
                                    ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                            .setResources("alerts/#")
                                            .setActions("R")
                                            .setExpireTime(System.currentTimeMillis() + ttlMillis)
                                            .setInstanceId(instanceId);
                                    Client onsMqttClient = new Client(openApiConfig);
                                    token = onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                } catch (Exception e) {
                                    throw new IllegalStateException("cannot apply for a token", e);
                                }
                                cached = token;
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }

    @Test
    void secretFromSigningMethodOfSameClass() {
        rewriteRun(
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;
                        import java.nio.charset.StandardCharsets;
                        import java.security.GeneralSecurityException;
                        import java.util.Base64;
                        import java.util.Map;
                        import java.util.TreeMap;
                        import javax.crypto.Mac;
                        import javax.crypto.spec.SecretKeySpec;

                        public class FieldKeyTokenClient {
                            private final String accessKeyId;
                            private final String accessKeySecret;
                            private final String instanceId;

                            public FieldKeyTokenClient(String accessKeyId, String accessKeySecret, String instanceId) {
                                this.accessKeyId = accessKeyId;
                                this.accessKeySecret = accessKeySecret;
                                this.instanceId = instanceId;
                            }

                            public String apply(String topic) throws Exception {
                                Map<String, String> signed = new TreeMap<>();
                                signed.put("actions", "R");
                                signed.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                signed.put("instanceId", instanceId);
                                signed.put("resources", topic);
                                signed.put("serviceName", "mq");
                                Map<String, String> form = new TreeMap<>(signed);
                                form.put("proxyType", "MQTT");
                                form.put("accessKey", accessKeyId);
                                form.put("signature", sign(signed));
                                JSONObject reply = LegacyHttp.httpsPost("https://mqauth.aliyuncs.com/token/apply", form);
                                return reply.getString("tokenData");
                            }

                            private String sign(Map<String, String> fields) throws GeneralSecurityException {
                                Mac mac = Mac.getInstance("HmacSHA1");
                                mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                                byte[] digest = mac.doFinal(fields.toString().getBytes(StandardCharsets.UTF_8));
                                return Base64.getEncoder().encodeToString(digest);
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.nio.charset.StandardCharsets;
                        import java.security.GeneralSecurityException;
                        import java.util.Base64;
                        import java.util.Map;
                        import javax.crypto.Mac;
                        import javax.crypto.spec.SecretKeySpec;

                        public class FieldKeyTokenClient {
                            private final String accessKeyId;
                            private final String accessKeySecret;
                            private final String instanceId;

                            public FieldKeyTokenClient(String accessKeyId, String accessKeySecret, String instanceId) {
                                this.accessKeyId = accessKeyId;
                                this.accessKeySecret = accessKeySecret;
                                this.instanceId = instanceId;
                            }

                            public String apply(String topic) throws Exception {
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKeyId)
                                        .setAccessKeySecret(accessKeySecret)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                        .setResources(topic)
                                        .setActions("R")
                                        .setExpireTime(System.currentTimeMillis() + 60_000L)
                                        .setInstanceId(instanceId);
                                Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }

                            private String sign(Map<String, String> fields) throws GeneralSecurityException {
                                Mac mac = Mac.getInstance("HmacSHA1");
                                mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                                byte[] digest = mac.doFinal(fields.toString().getBytes(StandardCharsets.UTF_8));
                                return Base64.getEncoder().encodeToString(digest);
                            }
                        }
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(cu.printAll(), LegacySources.HTTP)))
        );
    }
}
