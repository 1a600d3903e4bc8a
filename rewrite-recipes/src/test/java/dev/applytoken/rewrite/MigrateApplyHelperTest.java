package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

class MigrateApplyHelperTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    private static final String DEMO_HELPER = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSONObject;

            import java.io.IOException;
            import java.security.GeneralSecurityException;
            import java.util.Collections;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;

            public class TokenService {
                public static String applyToken(String apiUrl, String accessKey, String secretKey, List<String> topics,
                                                String action, long expireTime, String instanceId)
                        throws IOException, GeneralSecurityException {
                    Map<String, String> paramMap = new HashMap<>();
                    Collections.sort(topics);
                    StringBuilder builder = new StringBuilder();
                    for (String topic : topics) {
                        builder.append(topic).append(",");
                    }
                    if (builder.length() > 0) {
                        builder.setLength(builder.length() - 1);
                    }
                    paramMap.put("resources", builder.toString());
                    paramMap.put("actions", action);
                    paramMap.put("serviceName", "mq");
                    paramMap.put("expireTime", String.valueOf(System.currentTimeMillis() + expireTime));
                    paramMap.put("instanceId", instanceId);
                    String signature = TokenSigning.doHttpSignature(paramMap, secretKey);
                    paramMap.put("proxyType", "MQTT");
                    paramMap.put("accessKey", accessKey);
                    paramMap.put("signature", signature);
                    JSONObject object = LegacyHttp.httpsPost(apiUrl + "/token/apply", paramMap);
                    if (object != null) {
                        return object.getString("tokenData");
                    }
                    return null;
                }
            }
            """;

    @Test
    void demoHelperBecomesApplyTokenCall() {
        rewriteRun(
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(DEMO_HELPER, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.io.IOException;
                        import java.security.GeneralSecurityException;
                        import java.util.Collections;
                        import java.util.List;

                        public class TokenService {
                            public static String applyToken(String apiUrl, String accessKey, String secretKey, List<String> topics,
                                                            String action, long expireTime, String instanceId)
                                    throws IOException, GeneralSecurityException {
                                Collections.sort(topics);
                                StringBuilder builder = new StringBuilder();
                                for (String topic : topics) {
                                    builder.append(topic).append(",");
                                }
                                if (builder.length() > 0) {
                                    builder.setLength(builder.length() - 1);
                                }
                                Config openApiConfig = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                        .setResources(builder.toString())
                                        .setActions(action)
                                        .setExpireTime(System.currentTimeMillis() + expireTime)
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
                        """, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }
}
