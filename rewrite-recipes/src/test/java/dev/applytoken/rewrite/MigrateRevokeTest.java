package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

class MigrateRevokeTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    private static final String REVOKE_WITHOUT_INSTANCE = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSONObject;

            import java.io.IOException;
            import java.security.GeneralSecurityException;
            import java.util.HashMap;
            import java.util.Map;

            public class TokenRevoker {
                public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token)
                        throws IOException, GeneralSecurityException {
                    Map<String, String> paramMap = new HashMap<>();
                    paramMap.put("token", token);
                    String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                    paramMap.put("accessKey", accessKey);
                    paramMap.put("signature", signature);
                    JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/revoke", paramMap);
                    return object != null && object.getBooleanValue("success");
                }
            }
            """;

    @Test
    void revokeWithoutInstanceIdIsMarkedOnce() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    MigrationOutcomes.Row row = rows.get(0);
                    assertThat(row.sourcePath()).isEqualTo("com/example/mqtt/TokenRevoker.java");
                    assertThat(row.line()).isEqualTo(18);
                    assertThat(row.operation()).isEqualTo("revoke");
                    assertThat(row.outcome()).isEqualTo(MigrationOutcomes.MANUAL);
                    assertThat(row.reason()).contains("RevokeToken needs an InstanceId").contains("instanceId option");
                }),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(REVOKE_WITHOUT_INSTANCE, """
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenRevoker {
                            public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token)
                                    throws IOException, GeneralSecurityException {
                                Map<String, String> paramMap = new HashMap<>();
                                paramMap.put("token", token);
                                String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                                paramMap.put("accessKey", accessKey);
                                paramMap.put("signature", signature);
                                // applytoken: RevokeToken needs an InstanceId, but this call sends none and no instanceId variable is in scope. Pass the instance id (applytoken fix --instance-id, or the recipe's instanceId option) or migrate this call by hand.
                                JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/revoke", paramMap);
                                return object != null && object.getBooleanValue("success");
                            }
                        }
                        """)
        );
    }

    @Test
    void markedRevokeIsNotMarkedAgain() {
        rewriteRun(
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;

                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenRevoker {
                            public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token)
                                    throws Exception {
                                Map<String, String> paramMap = new HashMap<>();
                                paramMap.put("token", token);
                                String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                                paramMap.put("accessKey", accessKey);
                                paramMap.put("signature", signature);
                                // applytoken: RevokeToken needs an InstanceId; add it by hand.
                                JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/revoke", paramMap);
                                return object != null && object.getBooleanValue("success");
                            }
                        }
                        """)
        );
    }

    @Test
    void revokeWithInstanceIdParameterIsMigrated() {
        rewriteRun(
                spec -> spec.dataTable(MigrationOutcomes.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).operation()).isEqualTo("revoke");
                    assertThat(rows.get(0).outcome()).isEqualTo(MigrationOutcomes.MIGRATED);
                }),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSONObject;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;
                        import java.util.HashMap;
                        import java.util.Map;

                        public class TokenRevoker {
                            public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token,
                                                              String instanceId) throws IOException, GeneralSecurityException {
                                Map<String, String> paramMap = new HashMap<>();
                                paramMap.put("token", token);
                                String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                                paramMap.put("accessKey", accessKey);
                                paramMap.put("signature", signature);
                                JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/revoke", paramMap);
                                return object != null && object.getBooleanValue("success");
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class TokenRevoker {
                            public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token,
                                                              String instanceId) throws IOException, GeneralSecurityException {
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
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }

    @Test
    void revokeTakesInstanceIdFromOption() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, "post-cn-test0001")),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(REVOKE_WITHOUT_INSTANCE, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;

                        public class TokenRevoker {
                            public static boolean revokeToken(String apiUrl, String accessKey, String secretKey, String token)
                                    throws IOException, GeneralSecurityException {
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                RevokeTokenRequest revokeTokenRequest = new RevokeTokenRequest()
                                        .setToken(token)
                                        .setInstanceId("post-cn-test0001");
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
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }
}
