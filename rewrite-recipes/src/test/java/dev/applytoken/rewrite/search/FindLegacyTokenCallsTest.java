package dev.applytoken.rewrite.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.properties.Assertions.properties;

import dev.applytoken.FindLegacyTokenCalls;
import dev.applytoken.rewrite.table.LegacyTokenCalls;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

class FindLegacyTokenCallsTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new FindLegacyTokenCalls());
    }

    /** Checks that the output carries a search result with {@code text}, and returns it unchanged. */
    private static java.util.function.UnaryOperator<String> marked(String... texts) {
        return actual -> {
            for (String text : texts) {
                assertThat(actual).contains(text);
            }
            return actual;
        };
    }

    @Test
    void marksPostToLegacyHostAsHighApply() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows -> {
                    assertThat(rows).hasSize(1);
                    assertThat(rows.get(0).sourcePath()).isEqualTo("com/example/TokenApi.java");
                    assertThat(rows.get(0).operation()).isEqualTo("apply");
                    assertThat(rows.get(0).confidence()).isEqualTo("high");
                    assertThat(rows.get(0).migration()).isEqualTo("auto");
                    assertThat(rows.get(0).evidence()).contains("legacy host in field URL (TokenApi.java)");
                }),
                java(
                        """
                        package com.example;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class TokenApi {
                            private static final String URL = "https://mqauth.aliyuncs.com";

                            HttpRequest apply(String form) {
                                return HttpRequest.newBuilder(URI.create(URL + "/token/apply"))
                                        .POST(HttpRequest.BodyPublishers.ofString(form))
                                        .build();
                            }
                        }
                        """,
                        spec -> spec.after(marked("/*~~(legacy token server apply (high)"))));
    }

    @Test
    void leavesRouteDeclarationsAlone() {
        rewriteRun(
                java(
                        """
                        package com.example;

                        @interface PostMapping {
                            String value();
                        }

                        class TokenController {
                            @PostMapping("/token/apply")
                            String apply(String resources, String actions) {
                                return "ok";
                            }
                        }
                        """));
    }

    @Test
    void leavesCodeOnTheTargetSdkAlone() {
        rewriteRun(
                java(
                        """
                        package com.example;

                        class TokenApi {
                            // Already migrated: the client type lives in the OnsMqtt SDK.
                            String sdk = "com.aliyun.onsmqtt20200420.Client";
                            String legacy = "https://mqauth.aliyuncs.com/token/apply";
                        }
                        """));
    }

    @Test
    void leavesPathOnAnotherHostAlone() {
        rewriteRun(
                java(
                        """
                        package com.example;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class PaymentClient {
                            HttpRequest apply(String instanceId) {
                                return HttpRequest.newBuilder(URI.create("https://pay.example.com/token/apply")).build();
                            }
                        }
                        """));
    }

    @Test
    void marksBarePathWithMqttContextAsMedium() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows ->
                        assertThat(rows).extracting(LegacyTokenCalls.Row::confidence).containsExactly("medium")),
                java(
                        """
                        package com.example;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class MqttTokenRefresher {
                            HttpRequest refresh(String base) {
                                return HttpRequest.newBuilder(URI.create(base + "/token/apply")).build();
                            }
                        }
                        """,
                        spec -> spec.after(marked("/*~~(legacy token server apply (medium)"))));
    }

    @Test
    void marksVendorDemoHelperCall() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows ->
                        assertThat(rows).extracting(LegacyTokenCalls.Row::operation).containsExactly("revoke")),
                java(
                        """
                        package com.example;

                        class Tools {
                            static void revokeToken(String url, String accessKey, String secretKey, String token) {
                            }
                        }
                        """),
                java(
                        """
                        package com.example;

                        class Tokens {
                            void revoke(String url, String token) throws Exception {
                                Tools.revokeToken(url, "ak", "sk", token);
                            }
                        }
                        """,
                        spec -> spec.after(marked("calls the vendor demo helper Tools.revokeToken"))));
    }

    @Test
    void marksCallOfHelperInAnotherFile() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows ->
                        assertThat(rows).extracting(LegacyTokenCalls.Row::sourcePath)
                                .containsExactlyInAnyOrder("com/example/TokenApi.java", "com/example/Device.java")),
                java(
                        """
                        package com.example;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        class TokenApi {
                            static HttpRequest applyToken() {
                                return HttpRequest.newBuilder(URI.create("https://mqauth.aliyuncs.com/token/apply")).build();
                            }
                        }
                        """,
                        spec -> spec.after(marked("legacy token server apply (high)"))),
                java(
                        """
                        package com.example;

                        class Device {
                            Object connect() {
                                return TokenApi.applyToken();
                            }
                        }
                        """,
                        spec -> spec.after(marked("calls helper TokenApi.applyToken, which calls the token server"))));
    }

    @Test
    void marksUnusedHostFieldAsReference() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows -> {
                    assertThat(rows).extracting(LegacyTokenCalls.Row::operation).containsExactly("reference");
                    assertThat(rows).extracting(LegacyTokenCalls.Row::migration).containsExactly("manual");
                }),
                java(
                        """
                        package com.example;

                        interface Endpoints {
                            String TOKEN_SERVER = "https://mqauth.aliyuncs.com";
                        }
                        """,
                        spec -> spec.after(marked("legacy token server reference (high)"))));
    }

    @Test
    void resolvesValueInjectionFromProperties() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows -> {
                    assertThat(rows).extracting(LegacyTokenCalls.Row::confidence).containsExactly("high");
                    assertThat(rows.get(0).evidence()).contains("property mqtt.token-server (application.properties:1)");
                }),
                properties("mqtt.token-server=https://mqauth.aliyuncs.com\n", spec -> spec.path("application.properties")),
                java(
                        """
                        package com.example;

                        import java.net.URI;
                        import java.net.http.HttpRequest;

                        @interface Value {
                            String value();
                        }

                        class TokenService {
                            @Value("${mqtt.token-server}")
                            private String tokenServer;

                            HttpRequest apply() {
                                return HttpRequest.newBuilder(URI.create(tokenServer + "/token/apply")).build();
                            }
                        }
                        """,
                        spec -> spec.after(marked("legacy token server apply (high)"))));
    }

    @Test
    void followsUrlJoinedWithStringJoin() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows ->
                        assertThat(rows).extracting(LegacyTokenCalls.Row::operation).containsExactly("query")),
                java(
                        """
                        package com.example;

                        class TokenApi {
                            Object query() throws Exception {
                                return new java.net.URL(String.join("/", "https://mqauth.aliyuncs.com", "token", "query"));
                            }
                        }
                        """,
                        spec -> spec.after(marked("legacy token server query (high)"))));
    }

    @Test
    void reportsTheLineOfTheCall() {
        rewriteRun(
                spec -> spec.dataTable(LegacyTokenCalls.Row.class, rows ->
                        assertThat(rows).extracting(LegacyTokenCalls.Row::line).isEqualTo(List.of(5))),
                java(
                        """
                        package com.example;

                        class TokenApi {
                            Object apply() {
                                return new java.net.URL("https://mqauth.aliyuncs.com/token/apply");
                            }
                        }
                        """,
                        spec -> spec.after(marked("legacy token server apply (high)"))));
    }
}
