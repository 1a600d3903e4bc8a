package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.openrewrite.Validated;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import java.lang.reflect.Field;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

class MigrationOptionsTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    private static final String HELPER = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSONObject;

            import java.util.HashMap;
            import java.util.Map;

            public class TokenService {
                public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                long expireTime, String instanceId) throws Exception {
                    Map<String, String> paramMap = new HashMap<>();
                    paramMap.put("resources", topic);
                    paramMap.put("actions", "R,W");
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

    private static String migrated(String configChain) {
        return """
                package com.example.mqtt;

                import com.aliyun.onsmqtt20200420.Client;
                import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                import com.aliyun.teaopenapi.models.Config;

                public class TokenService {
                    public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                    long expireTime, String instanceId) throws Exception {
                        Config openApiConfig = new Config()
                %s;
                        ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                                .setResources(topic)
                                .setActions("R,W")
                                .setExpireTime(System.currentTimeMillis() + expireTime)
                                .setInstanceId(instanceId);
                        Client onsMqttClient = new Client(openApiConfig);
                        return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                    }
                }
                """.formatted(configChain);
    }

    @Test
    void missingRegionIdExplainsHowToPass() {
        Validated<Object> validated = new MigrateToApplyTokenApi(null, null, null, null, null).validate();

        assertThat(validated.isInvalid()).isTrue();
        List<String> messages = validated.failures().stream().map(Validated.Invalid::getMessage).toList();
        assertThat(messages).anySatisfy(message -> assertThat(message)
                .contains("-Drewrite.options=regionId=cn-hangzhou")
                .contains("--region cn-hangzhou"));
    }

    @Test
    void completeOptionsPassValidation() {
        Validated<Object> validated = new MigrateToApplyTokenApi("cn-shanghai", "http://127.0.0.1:8080",
                "default-chain", "core", "post-cn-test0001").validate();

        assertThat(validated.isValid()).isTrue();
    }

    @Test
    void unknownTargetSdkFailsValidation() {
        Validated<Object> validated = new MigrateToApplyTokenApi("cn-hangzhou", null, null, "python", null).validate();

        assertThat(validated.isInvalid()).isTrue();
        assertThat(validated.failures().get(0).getMessage()).contains("'python'").contains("tea or core");
    }

    @Test
    void optionsSetByFieldNameLikeMavenPlugin() throws ReflectiveOperationException {
        MigrateToApplyTokenApi recipe = new MigrateToApplyTokenApi();
        Field regionId = MigrateToApplyTokenApi.class.getDeclaredField("regionId");
        regionId.setAccessible(true);
        regionId.set(recipe, "cn-hangzhou");

        assertThat(recipe.getRecipeList()).isEmpty();
        assertThat(recipe.validate().isValid()).isTrue();
        rewriteRun(
                spec -> spec.recipe(recipe),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER, migrated("""
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou")\
                        """))
        );
    }

    @Test
    void recipeIsUsableFromYaml() {
        rewriteRun(
                spec -> spec.recipeFromYaml("""
                        type: specs.openrewrite.org/v1beta/recipe
                        name: com.example.MigrateTokenCalls
                        displayName: Migrate token calls
                        description: Migrates the legacy token-server calls of this organisation.
                        recipeList:
                          - dev.applytoken.MigrateToApplyTokenApi:
                              regionId: cn-hangzhou
                              credentials: default-chain
                        """, "com.example.MigrateTokenCalls"),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER, migrated("""
                                        .setCredential(new com.aliyun.credentials.Client())
                                        .setRegionId("cn-hangzhou")\
                        """))
        );
    }

    @Test
    void missingRegionIdChangesNothing() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi(null, null, null, null, null)),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER)
        );
    }

    @Test
    void endpointOptionReplacesRegionalEndpoint() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", "onsmqtt-vpc.cn-hangzhou.aliyuncs.com",
                        null, null, null)),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER, migrated("""
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou")
                                        .setEndpoint("onsmqtt-vpc.cn-hangzhou.aliyuncs.com")\
                        """))
        );
    }

    @Test
    void plainHttpEndpointDisablesTls() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", "http://127.0.0.1:8080", null, null, null)),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER, migrated("""
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou")
                                        .setEndpoint("127.0.0.1:8080")
                                        .setProtocol("HTTP")\
                        """))
        );
    }

    @Test
    void defaultChainCredentialsTakeKeysOutOfCode() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, "default-chain", null, null)),
                java(LegacySources.SIGNING),
                java(LegacySources.HTTP),
                java(HELPER, migrated("""
                                        .setCredential(new com.aliyun.credentials.Client())
                                        .setRegionId("cn-hangzhou")\
                        """), spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))
        );
    }
}
