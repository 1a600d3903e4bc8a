package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.openrewrite.java.Assertions.java;

class MigrationNoChangeTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, "post-cn-test0001"))
                .parser(JavaParser.fromJavaVersion().classpath("fastjson"));
    }

    @Test
    void codeAlreadyOnSdkIsUntouched() {
        rewriteRun(
                spec -> spec.parser(JavaParser.fromJavaVersion().classpath(JavaParser.runtimeClasspath())),
                java("""
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class TokenService {
                            public String applyToken(String accessKey, String secretKey, String topic, String instanceId)
                                    throws Exception {
                                Config config = new Config()
                                        .setAccessKeyId(accessKey)
                                        .setAccessKeySecret(secretKey)
                                        .setRegionId("cn-hangzhou");
                                ApplyTokenRequest request = new ApplyTokenRequest()
                                        .setResources(topic)
                                        .setActions("R")
                                        .setExpireTime(System.currentTimeMillis() + 60_000L)
                                        .setInstanceId(instanceId);
                                return new Client(config).applyToken(request).getBody().getToken();
                            }
                        }
                        """)
        );
    }

    @Test
    void routeDeclarationIsNotACall() {
        rewriteRun(
                java("""
                        package com.example.server;

                        import java.lang.annotation.Retention;
                        import java.lang.annotation.RetentionPolicy;

                        public class TokenController {
                            @Retention(RetentionPolicy.RUNTIME)
                            @interface PostMapping {
                                String value();
                            }

                            @PostMapping("/token/apply")
                            public String apply(String resources, String actions) {
                                return "issued " + resources + " " + actions;
                            }

                            public boolean isRevokePath(String path) {
                                return path.equals("/token/revoke");
                            }
                        }
                        """)
        );
    }

    @Test
    void legacyUrlConstantAloneIsNotACall() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        public final class Endpoints {
                            public static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/apply";

                            private Endpoints() {
                            }
                        }
                        """)
        );
    }
}
