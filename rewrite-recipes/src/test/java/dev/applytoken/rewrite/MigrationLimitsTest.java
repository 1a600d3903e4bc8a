package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.junit.jupiter.api.Test;
import org.junitpioneer.jupiter.ExpectedToFail;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

/** Shapes the recipe leaves for a person, and known gaps that are expected to fail until they are closed. */
class MigrationLimitsTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion())
                .typeValidationOptions(TypeValidation.none())
                .afterTypeValidationOptions(TypeValidation.none());
    }

    @Test
    void callInsideLambdaBlockIsMarked() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MANUAL);
                    assertThat(rows.get(0).reason()).contains("inside a lambda");
                }),
                java("""
                        package com.example.mqtt;

                        import java.util.HashMap;
                        import java.util.Map;
                        import java.util.concurrent.CompletableFuture;

                        public class AsyncTokenClient {
                            public CompletableFuture<String> apply(String ak, String sk, String instanceId, String topic) {
                                return CompletableFuture.supplyAsync(() -> {
                                    Map<String, String> params = new HashMap<>();
                                    params.put("resources", topic);
                                    params.put("actions", "R");
                                    params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                    params.put("instanceId", instanceId);
                                    params.put("accessKey", ak);
                                    params.put("signature", Signatures.doHttpSignature(params, sk));
                                    return Http.post("https://mqauth.aliyuncs.com/token/apply", params).getString("tokenData");
                                });
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import java.util.HashMap;
                        import java.util.Map;
                        import java.util.concurrent.CompletableFuture;

                        public class AsyncTokenClient {
                            public CompletableFuture<String> apply(String ak, String sk, String instanceId, String topic) {
                                return CompletableFuture.supplyAsync(() -> {
                                    Map<String, String> params = new HashMap<>();
                                    params.put("resources", topic);
                                    params.put("actions", "R");
                                    params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                    params.put("instanceId", instanceId);
                                    params.put("accessKey", ak);
                                    params.put("signature", Signatures.doHttpSignature(params, sk));
                                    // applytoken: this call runs inside a lambda, whose functional interface may not allow the SDK's checked exceptions; migrate it to the ApplyToken API by hand.
                                    return Http.post("https://mqauth.aliyuncs.com/token/apply", params).getString("tokenData");
                                });
                            }
                        }
                        """)
        );
    }

    @Test
    void responseUsedAfterTokenReadIsMarked() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MANUAL);
                    assertThat(rows.get(0).reason()).contains("'response' is still used");
                }),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import com.alibaba.fastjson.JSONObject;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class AuditedTokenClient {
                            public String apply(String ak, String sk, String instanceId, String topic) throws Exception {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                params.put("signature", Signatures.doHttpSignature(params, sk));
                                JSONObject response = JSON.parseObject(Http.post("https://mqauth.aliyuncs.com/token/apply", params));
                                String token = response.getString("tokenData");
                                Audit.record(response.getString("message"));
                                return token;
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import com.alibaba.fastjson.JSONObject;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class AuditedTokenClient {
                            public String apply(String ak, String sk, String instanceId, String topic) throws Exception {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                params.put("signature", Signatures.doHttpSignature(params, sk));
                                // applytoken: 'response' is still used after the legacy request; migrate this call by hand.
                                JSONObject response = JSON.parseObject(Http.post("https://mqauth.aliyuncs.com/token/apply", params));
                                String token = response.getString("tokenData");
                                Audit.record(response.getString("message"));
                                return token;
                            }
                        }
                        """)
        );
    }

    @Test
    void catchOfSigningExceptionBlocksMigration() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MANUAL);
                    assertThat(rows.get(0).reason()).contains("catch of GeneralSecurityException");
                }),
                java("""
                        package com.example.mqtt;

                        import java.security.GeneralSecurityException;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class SigningTokenClient {
                            public String apply(String ak, String sk, String instanceId, String topic) {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                try {
                                    params.put("signature", Signatures.doHttpSignature(params, sk));
                                    return Http.post("https://mqauth.aliyuncs.com/token/apply", params).getString("tokenData");
                                } catch (GeneralSecurityException e) {
                                    throw new IllegalStateException("signing failed", e);
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import java.security.GeneralSecurityException;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class SigningTokenClient {
                            public String apply(String ak, String sk, String instanceId, String topic) {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                try {
                                    params.put("signature", Signatures.doHttpSignature(params, sk));
                                    // applytoken: the catch of GeneralSecurityException around this call would no longer compile, because the tea SDK call does not throw it; migrate this call by hand.
                                    return Http.post("https://mqauth.aliyuncs.com/token/apply", params).getString("tokenData");
                                } catch (GeneralSecurityException e) {
                                    throw new IllegalStateException("signing failed", e);
                                }
                            }
                        }
                        """)
        );
    }

    @Test
    void unresolvedClientNameIsNotShadowed() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.example.broker.*;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class BrokerSession {
                            public String open(String ak, String sk, String instanceId, String topic) throws Exception {
                                Client broker = Client.connect(topic);
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                params.put("signature", Signatures.doHttpSignature(params, sk));
                                String token = Http.post("https://mqauth.aliyuncs.com/token/apply", params).getString("tokenData");
                                return broker.login(token);
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import com.example.broker.*;

                        public class BrokerSession {
                            public String open(String ak, String sk, String instanceId, String topic) throws Exception {
                                Client broker = Client.connect(topic);
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(ak)
                                        .setAccessKeySecret(sk)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                        .setResources(topic)
                                        .setActions("R")
                                        .setExpireTime(System.currentTimeMillis() + 60_000L)
                                        .setInstanceId(instanceId);
                                com.aliyun.onsmqtt20200420.Client onsMqttClient = new com.aliyun.onsmqtt20200420.Client(openApiConfig);
                                String token = onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                return broker.login(token);
                            }
                        }
                        """)
        );
    }

    @ExpectedToFail("a call in an expression lambda, such as () -> post(url, params), is neither migrated nor marked")
    @Test
    void callInExpressionLambdaIsMarked() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> assertThat(rows).hasSize(1)),
                java("""
                        package com.example.mqtt;

                        import java.util.Map;
                        import java.util.function.Supplier;

                        public class LazyTokenClient {
                            public Supplier<String> apply(Map<String, String> signedParams) {
                                return () -> Http.post("https://mqauth.aliyuncs.com/token/apply", signedParams).getString("tokenData");
                            }
                        }
                        """)
        );
    }

    @ExpectedToFail("a token read nested in another expression, such as cache.put(key, json.getString(\"tokenData\")), "
            + "is left for a person instead of migrated")
    @Test
    void tokenReadNestedInAnotherCallIsMigrated() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                }),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class CachingTokenClient {
                            private final Map<String, String> cache = new HashMap<>();

                            public void refresh(String ak, String sk, String instanceId, String topic) throws Exception {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R");
                                params.put("expireTime", String.valueOf(System.currentTimeMillis() + 60_000L));
                                params.put("instanceId", instanceId);
                                params.put("accessKey", ak);
                                params.put("signature", Signatures.doHttpSignature(params, sk));
                                JSONObject json = Http.post("https://mqauth.aliyuncs.com/token/apply", params);
                                cache.put(topic, json.getString("tokenData"));
                            }
                        }
                        """)
        );
    }
}
