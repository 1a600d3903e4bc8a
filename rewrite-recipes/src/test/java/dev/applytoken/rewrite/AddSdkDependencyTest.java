package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.junitpioneer.jupiter.ExpectedToFail;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.java.Assertions.mavenProject;
import static org.openrewrite.java.Assertions.srcMainJava;
import static org.openrewrite.maven.Assertions.pomXml;
import static org.openrewrite.test.SourceSpecs.text;

class AddSdkDependencyTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
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
                    return object.getString("tokenData");
                }
            }
            """;

    private static final String HELPER_MIGRATED = """
            package com.example.mqtt;

            import com.aliyun.onsmqtt20200420.Client;
            import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
            import com.aliyun.teaopenapi.models.Config;

            public class TokenService {
                public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                long expireTime, String instanceId) throws Exception {
                    Config openApiConfig = new Config()
                            .setAccessKeyId(accessKey)
                            .setAccessKeySecret(secretKey)
                            .setRegionId("cn-hangzhou");
                    ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                            .setResources(topic)
                            .setActions("R,W")
                            .setExpireTime(System.currentTimeMillis() + expireTime)
                            .setInstanceId(instanceId);
                    Client onsMqttClient = new Client(openApiConfig);
                    return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                }
            }
            """;

    private static final String HELPER_MIGRATED_TO_CORE = """
            package com.example.mqtt;

            import com.aliyuncs.CommonRequest;
            import com.aliyuncs.CommonResponse;
            import com.aliyuncs.DefaultAcsClient;
            import com.aliyuncs.IAcsClient;
            import com.aliyuncs.http.MethodType;
            import com.aliyuncs.http.ProtocolType;
            import com.aliyuncs.profile.DefaultProfile;
            import com.google.gson.JsonParser;

            public class TokenService {
                public static String applyToken(String apiUrl, String accessKey, String secretKey, String topic,
                                                long expireTime, String instanceId) throws Exception {
                    CommonRequest applyTokenRequest = new CommonRequest();
                    applyTokenRequest.setSysMethod(MethodType.POST);
                    applyTokenRequest.setSysProtocol(ProtocolType.HTTPS);
                    applyTokenRequest.setSysDomain("onsmqtt.cn-hangzhou.aliyuncs.com");
                    applyTokenRequest.setSysVersion("2020-04-20");
                    applyTokenRequest.setSysAction("ApplyToken");
                    applyTokenRequest.putQueryParameter("Resources", topic);
                    applyTokenRequest.putQueryParameter("Actions", "R,W");
                    applyTokenRequest.putQueryParameter("ExpireTime", String.valueOf(System.currentTimeMillis() + expireTime));
                    applyTokenRequest.putQueryParameter("InstanceId", instanceId);
                    IAcsClient acsClient = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKey, secretKey));
                    CommonResponse applyTokenResponse = acsClient.getCommonResponse(applyTokenRequest);
                    return JsonParser.parseString(applyTokenResponse.getData()).getAsJsonObject().get("Token").getAsString();
                }
            }
            """;

    @Test
    void migratedModuleGetsTeaSdk() {
        rewriteRun(
                mavenProject("device-service",
                        srcMainJava(
                                java(LegacySources.SIGNING),
                                java(LegacySources.HTTP),
                                java(HELPER, HELPER_MIGRATED)),
                        pomXml("""
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>device-service</artifactId>
                                  <version>1.0.0</version>
                                </project>
                                """, """
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>device-service</artifactId>
                                  <version>1.0.0</version>
                                  <dependencies>
                                    <dependency>
                                      <groupId>com.aliyun</groupId>
                                      <artifactId>onsmqtt20200420</artifactId>
                                      <version>1.6.1</version>
                                    </dependency>
                                  </dependencies>
                                </project>
                                """))
        );
    }

    @Test
    void pomsWithoutNeedStayUnchanged() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, "core", null)),
                mavenProject("device-service",
                        srcMainJava(
                                java(LegacySources.SIGNING),
                                java(LegacySources.HTTP),
                                java(HELPER, HELPER_MIGRATED_TO_CORE, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))),
                        pomXml("""
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>device-service</artifactId>
                                  <version>1.0.0</version>
                                  <dependencies>
                                    <dependency>
                                      <groupId>com.aliyun</groupId>
                                      <artifactId>aliyun-java-sdk-core</artifactId>
                                      <version>4.7.10</version>
                                    </dependency>
                                  </dependencies>
                                </project>
                                """)),
                mavenProject("billing-service",
                        srcMainJava(java("""
                                package com.example.billing;

                                public class Invoice {
                                    long totalCents;
                                }
                                """)),
                        pomXml("""
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>billing-service</artifactId>
                                  <version>1.0.0</version>
                                </project>
                                """))
        );
    }

    @Test
    void coreTargetAddsCoreSdk() {
        rewriteRun(
                spec -> spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, "core", null)),
                mavenProject("device-service",
                        srcMainJava(
                                java(LegacySources.SIGNING),
                                java(LegacySources.HTTP),
                                java(HELPER, HELPER_MIGRATED_TO_CORE, spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(
                                        cu.printAll(), LegacySources.SIGNING, LegacySources.HTTP)))),
                        pomXml("""
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>device-service</artifactId>
                                  <version>1.0.0</version>
                                </project>
                                """, """
                                <project>
                                  <modelVersion>4.0.0</modelVersion>
                                  <groupId>com.example</groupId>
                                  <artifactId>device-service</artifactId>
                                  <version>1.0.0</version>
                                  <dependencies>
                                    <dependency>
                                      <groupId>com.aliyun</groupId>
                                      <artifactId>aliyun-java-sdk-core</artifactId>
                                      <version>4.7.10</version>
                                    </dependency>
                                  </dependencies>
                                </project>
                                """))
        );
    }

    @Test
    @ExpectedToFail("the recipe edits Maven poms only; Gradle build scripts get the SDK from applytoken fix")
    void gradleModuleGetsTeaSdk() {
        rewriteRun(
                mavenProject("device-service",
                        srcMainJava(
                                java(LegacySources.SIGNING),
                                java(LegacySources.HTTP),
                                java(HELPER, HELPER_MIGRATED)),
                        text("""
                                plugins {
                                    id 'java'
                                }
                                dependencies {
                                    implementation 'com.alibaba:fastjson:1.2.83'
                                }
                                """, """
                                plugins {
                                    id 'java'
                                }
                                dependencies {
                                    implementation 'com.alibaba:fastjson:1.2.83'
                                    implementation 'com.aliyun:onsmqtt20200420:1.6.1'
                                }
                                """, spec -> spec.path("build.gradle")))
        );
    }
}
