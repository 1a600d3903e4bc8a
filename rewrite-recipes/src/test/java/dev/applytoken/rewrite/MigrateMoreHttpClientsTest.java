package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.openrewrite.java.Assertions.java;

/**
 * Spring's {@code RestTemplate.exchange}, Spring WebFlux's {@code WebClient} and Apache HttpClient 5, parsed with the
 * JDK only, as the command-line tool parses. No library type is known, so each shape is recognised by its structure
 * and names. Request headers go with the request only when removing them cannot change anything else.
 */
class MigrateMoreHttpClientsTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion())
                .typeValidationOptions(TypeValidation.none())
                .afterTypeValidationOptions(TypeValidation.none());
    }

    /**
     * The SDK configuration and request that the migrated method builds. The placeholders are the AccessKey ID, the
     * secret, resources, actions, expiry and instance ID.
     */
    private static final String APPLY_TOKEN_REQUEST = """
                    Config openApiConfig = new Config()
                            .setAccessKeyId(%s)
                            .setAccessKeySecret(%s)
                            .setRegionId("cn-hangzhou");
                    ApplyTokenRequest applyTokenRequest = new ApplyTokenRequest()
                            .setResources(%s)
                            .setActions(%s)
                            .setExpireTime(%s)
                            .setInstanceId(%s);
            """;

    @Test
    void restTemplateExchangeWithHttpEntity() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.fasterxml.jackson.databind.JsonNode;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        import org.springframework.http.HttpEntity;
                        import org.springframework.http.HttpHeaders;
                        import org.springframework.http.HttpMethod;
                        import org.springframework.http.MediaType;
                        import org.springframework.http.ResponseEntity;
                        import org.springframework.util.LinkedMultiValueMap;
                        import org.springframework.util.MultiValueMap;
                        import org.springframework.web.client.RestTemplate;

                        public class ExchangeTokenClient {
                            private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

                            private final RestTemplate restTemplate;
                            private final ObjectMapper objectMapper;

                            public ExchangeTokenClient(RestTemplate restTemplate, ObjectMapper objectMapper) {
                                this.restTemplate = restTemplate;
                                this.objectMapper = objectMapper;
                            }

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws Exception {
                                long expireAt = System.currentTimeMillis() + 3_600_000L;
                                String signature = TokenSigning.macSignature("actions=R,W&expireTime=" + expireAt
                                        + "&instanceId=" + instanceId + "&resources=" + topic + "&serviceName=mq", secretKey);
                                MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                                form.add("resources", topic);
                                form.add("actions", "R,W");
                                form.add("serviceName", "mq");
                                form.add("expireTime", String.valueOf(expireAt));
                                form.add("instanceId", instanceId);
                                form.add("proxyType", "MQTT");
                                form.add("accessKey", accessKey);
                                form.add("signature", signature);
                                HttpHeaders headers = new HttpHeaders();
                                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                                ResponseEntity<String> response = restTemplate.exchange(TOKEN_SERVER + "/token/apply",
                                        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
                                JsonNode reply = objectMapper.readTree(response.getBody());
                                return reply.get("tokenData").asText();
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        import org.springframework.web.client.RestTemplate;

                        public class ExchangeTokenClient {
                            private final RestTemplate restTemplate;
                            private final ObjectMapper objectMapper;

                            public ExchangeTokenClient(RestTemplate restTemplate, ObjectMapper objectMapper) {
                                this.restTemplate = restTemplate;
                                this.objectMapper = objectMapper;
                            }

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws Exception {
                                long expireAt = System.currentTimeMillis() + 3_600_000L;
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(APPLY_TOKEN_REQUEST.formatted("accessKey", "secretKey", "topic", "\"R,W\"",
                        "expireAt", "instanceId")))
        );
    }

    /** A legacy method whose request headers come from the given two statements, before migration. */
    private static final String EXCHANGE_WITH_HEADERS = """
            package com.example.mqtt;

            import org.springframework.http.HttpEntity;
            import org.springframework.http.HttpHeaders;
            import org.springframework.http.HttpMethod;
            import org.springframework.util.LinkedMultiValueMap;
            import org.springframework.util.MultiValueMap;
            import org.springframework.web.client.RestTemplate;

            public class HeaderTokenClient {
                private final RestTemplate restTemplate = new RestTemplate();
                private final HttpHeaders sharedHeaders = new HttpHeaders();
                private final TraceIds traceIds = new TraceIds();

                public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                        throws Exception {
                    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                    form.add("resources", topic);
                    form.add("actions", "R");
                    form.add("serviceName", "mq");
                    form.add("expireTime", String.valueOf(expireAt));
                    form.add("instanceId", instanceId);
                    String signature = TokenSigning.doHttpSignature(form.toSingleValueMap(), secretKey);
                    form.add("proxyType", "MQTT");
                    form.add("accessKey", accessKey);
                    form.add("signature", signature);
            %s
                    String reply = restTemplate.exchange("https://mqauth.aliyuncs.com/token/apply", HttpMethod.POST,
                            new HttpEntity<>(form, headers), String.class).getBody();
                    return com.alibaba.fastjson.JSON.parseObject(reply).getString("tokenData");
                }
            }
            """;

    /** The same method after migration, which keeps the two header statements. */
    private static final String EXCHANGE_WITH_HEADERS_MIGRATED = """
            package com.example.mqtt;

            import com.aliyun.onsmqtt20200420.Client;
            import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
            import com.aliyun.teaopenapi.models.Config;
            import org.springframework.http.HttpHeaders;
            import org.springframework.web.client.RestTemplate;

            public class HeaderTokenClient {
                private final RestTemplate restTemplate = new RestTemplate();
                private final HttpHeaders sharedHeaders = new HttpHeaders();
                private final TraceIds traceIds = new TraceIds();

                public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                        throws Exception {
            %s
            %s        Client onsMqttClient = new Client(openApiConfig);
                    return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                }
            }
            """;

    @Test
    void headersFromFieldStay() {
        String headerLines = """
                        HttpHeaders headers = sharedHeaders;
                        headers.set("Content-Type", "application/x-www-form-urlencoded");\
                """;
        rewriteRun(
                java(EXCHANGE_WITH_HEADERS.formatted(headerLines), EXCHANGE_WITH_HEADERS_MIGRATED.formatted(headerLines,
                        APPLY_TOKEN_REQUEST.formatted("accessKey", "secretKey", "topic", "\"R\"", "expireAt",
                                "instanceId")))
        );
    }

    @Test
    void headerCallWithSideEffectStays() {
        String headerLines = """
                        HttpHeaders headers = new HttpHeaders();
                        headers.set("X-Trace-Id", traceIds.next());\
                """;
        rewriteRun(
                java(EXCHANGE_WITH_HEADERS.formatted(headerLines), EXCHANGE_WITH_HEADERS_MIGRATED.formatted(headerLines,
                        APPLY_TOKEN_REQUEST.formatted("accessKey", "secretKey", "topic", "\"R\"", "expireAt",
                                "instanceId")))
        );
    }

    @Test
    void webClientWithFormDataInserter() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.fasterxml.jackson.databind.JsonNode;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        import org.springframework.util.LinkedMultiValueMap;
                        import org.springframework.util.MultiValueMap;
                        import org.springframework.web.reactive.function.BodyInserters;
                        import org.springframework.web.reactive.function.client.WebClient;

                        import java.io.IOException;

                        public class WebClientTokenClient {
                            private final ObjectMapper objectMapper = new ObjectMapper();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                                    throws IOException {
                                MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                                form.add("resources", topic);
                                form.add("actions", "R");
                                form.add("serviceName", "mq");
                                form.add("expireTime", Long.toString(expireAt));
                                form.add("instanceId", instanceId);
                                String signature = TokenSigning.doHttpSignature(form.toSingleValueMap(), secretKey);
                                form.add("proxyType", "MQTT");
                                form.add("accessKey", accessKey);
                                form.add("signature", signature);
                                String body = WebClient.create()
                                        .post()
                                        .uri("https://mqauth.aliyuncs.com/token/apply")
                                        .body(BodyInserters.fromFormData(form))
                                        .retrieve()
                                        .bodyToMono(String.class)
                                        .block();
                                JsonNode reply = objectMapper.readTree(body);
                                return reply.path("tokenData").asText();
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import com.fasterxml.jackson.databind.ObjectMapper;

                        import java.io.IOException;

                        public class WebClientTokenClient {
                            private final ObjectMapper objectMapper = new ObjectMapper();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                                    throws IOException {
                        %s        try {
                                    Client onsMqttClient = new Client(openApiConfig);
                                    return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IOException("ApplyToken request failed", e);
                                }
                            }
                        }
                        """.formatted(APPLY_TOKEN_REQUEST.formatted("accessKey", "secretKey", "topic", "\"R\"",
                        "expireAt", "instanceId")))
        );
    }

    @Test
    void apacheHttpClient5WithFastjson() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import com.alibaba.fastjson.JSONObject;
                        import org.apache.hc.client5.http.classic.methods.HttpPost;
                        import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
                        import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
                        import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
                        import org.apache.hc.client5.http.impl.classic.HttpClients;
                        import org.apache.hc.core5.http.NameValuePair;
                        import org.apache.hc.core5.http.io.entity.EntityUtils;
                        import org.apache.hc.core5.http.message.BasicNameValuePair;

                        import java.nio.charset.StandardCharsets;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class Hc5TokenClient {
                            private static final String APPLY_URL = "https://mqauth.aliyuncs.com/token/apply";

                            public String apply(String accessKey, String secretKey, String instanceId, String topics,
                                                long validMillis) throws Exception {
                                long expireAt = System.currentTimeMillis() + validMillis;
                                String signature = TokenSigning.macSignature("actions=W&expireTime=" + expireAt
                                        + "&instanceId=" + instanceId + "&resources=" + topics + "&serviceName=mq", secretKey);
                                List<NameValuePair> form = new ArrayList<>();
                                form.add(new BasicNameValuePair("resources", topics));
                                form.add(new BasicNameValuePair("actions", "W"));
                                form.add(new BasicNameValuePair("serviceName", "mq"));
                                form.add(new BasicNameValuePair("expireTime", String.valueOf(expireAt)));
                                form.add(new BasicNameValuePair("instanceId", instanceId));
                                form.add(new BasicNameValuePair("proxyType", "MQTT"));
                                form.add(new BasicNameValuePair("accessKey", accessKey));
                                form.add(new BasicNameValuePair("signature", signature));
                                HttpPost post = new HttpPost(APPLY_URL);
                                post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
                                try (CloseableHttpClient client = HttpClients.createDefault();
                                     CloseableHttpResponse response = client.execute(post)) {
                                    JSONObject reply = JSON.parseObject(EntityUtils.toString(response.getEntity()));
                                    return reply.getString("tokenData");
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class Hc5TokenClient {
                            public String apply(String accessKey, String secretKey, String instanceId, String topics,
                                                long validMillis) throws Exception {
                                long expireAt = System.currentTimeMillis() + validMillis;
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(APPLY_TOKEN_REQUEST.formatted("accessKey", "secretKey", "topics", "\"W\"",
                        "expireAt", "instanceId")),
                        spec -> spec.afterRecipe(cu -> CompileCheck.assertCompiles(cu.printAll())))
        );
    }
}
