package dev.applytoken.rewrite;

import dev.applytoken.MigrateToApplyTokenApi;
import org.junit.jupiter.api.Test;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.openrewrite.java.Assertions.java;

/**
 * HTTP and JSON libraries the legacy code used, parsed the way the command-line tool parses: with the JDK only, so
 * every library type is unknown and the recipe must match by structure and names.
 */
class MigrateHttpClientsTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MigrateToApplyTokenApi("cn-hangzhou", null, null, null, null))
                .parser(JavaParser.fromJavaVersion())
                .typeValidationOptions(TypeValidation.none())
                .afterTypeValidationOptions(TypeValidation.none());
    }

    private static final String MIGRATED_BODY = """
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
    void okHttpFormBodyInTryWithResources() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson.JSON;
                        import okhttp3.FormBody;
                        import okhttp3.OkHttpClient;
                        import okhttp3.Request;
                        import okhttp3.RequestBody;
                        import okhttp3.Response;

                        import java.io.IOException;

                        public class OkHttpTokenClient {
                            private static final String TOKEN_URL = "https://mqauth.aliyuncs.com/token/apply";

                            private final OkHttpClient http = new OkHttpClient();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws IOException {
                                long expireAt = System.currentTimeMillis() + 600_000L;
                                String signature = Signer.sign("actions=R,W&expireTime=" + expireAt + "&instanceId=" + instanceId
                                        + "&resources=" + topic + "&serviceName=mq", secretKey);
                                RequestBody body = new FormBody.Builder()
                                        .add("resources", topic)
                                        .add("actions", "R,W")
                                        .add("serviceName", "mq")
                                        .add("expireTime", String.valueOf(expireAt))
                                        .add("instanceId", instanceId)
                                        .add("proxyType", "MQTT")
                                        .add("accessKey", accessKey)
                                        .add("signature", signature)
                                        .build();
                                Request request = new Request.Builder().url(TOKEN_URL).post(body).build();
                                try (Response response = http.newCall(request).execute()) {
                                    String json = response.body().string();
                                    return JSON.parseObject(json).getString("tokenData");
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import okhttp3.OkHttpClient;

                        import java.io.IOException;

                        public class OkHttpTokenClient {
                            private final OkHttpClient http = new OkHttpClient();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws IOException {
                                long expireAt = System.currentTimeMillis() + 600_000L;
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
                        """.formatted(MIGRATED_BODY.formatted("accessKey", "secretKey", "topic", "\"R,W\"", "expireAt",
                        "instanceId")))
        );
    }

    @Test
    void restTemplateWithJacksonAndCodeCheck() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.fasterxml.jackson.databind.JsonNode;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        import org.springframework.util.LinkedMultiValueMap;
                        import org.springframework.util.MultiValueMap;
                        import org.springframework.web.client.RestTemplate;

                        public class SpringTokenClient {
                            private final RestTemplate restTemplate;
                            private final ObjectMapper objectMapper = new ObjectMapper();
                            private final String mqttInstanceId;

                            public SpringTokenClient(RestTemplate restTemplate, String mqttInstanceId) {
                                this.restTemplate = restTemplate;
                                this.mqttInstanceId = mqttInstanceId;
                            }

                            public String apply(String accessKey, String secretKey, String topic) throws Exception {
                                MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                                form.add("resources", topic);
                                form.add("actions", "R");
                                form.add("serviceName", "mq");
                                form.add("expireTime", Long.toString(System.currentTimeMillis() + 300_000L));
                                form.add("proxyType", "MQTT");
                                form.add("accessKey", accessKey);
                                form.add("signature", LegacySigner.sign(form.toSingleValueMap(), secretKey));
                                String body = restTemplate.postForObject("https://mqauth.aliyuncs.com/token/apply", form, String.class);
                                JsonNode node = objectMapper.readTree(body);
                                if (node.path("code").asInt() != 200) {
                                    throw new IllegalStateException("token server answered " + node.path("message").asText());
                                }
                                return node.path("tokenData").asText();
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import com.fasterxml.jackson.databind.ObjectMapper;
                        import org.springframework.web.client.RestTemplate;

                        public class SpringTokenClient {
                            private final RestTemplate restTemplate;
                            private final ObjectMapper objectMapper = new ObjectMapper();
                            private final String mqttInstanceId;

                            public SpringTokenClient(RestTemplate restTemplate, String mqttInstanceId) {
                                this.restTemplate = restTemplate;
                                this.mqttInstanceId = mqttInstanceId;
                            }

                            public String apply(String accessKey, String secretKey, String topic) throws Exception {
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(MIGRATED_BODY.formatted("accessKey", "secretKey", "topic", "\"R\"",
                        "System.currentTimeMillis() + 300_000L", "mqttInstanceId")))
        );
    }

    @Test
    void apacheNameValuePairsWithGson() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.google.gson.JsonParser;
                        import org.apache.http.NameValuePair;
                        import org.apache.http.client.entity.UrlEncodedFormEntity;
                        import org.apache.http.client.methods.CloseableHttpResponse;
                        import org.apache.http.client.methods.HttpPost;
                        import org.apache.http.impl.client.CloseableHttpClient;
                        import org.apache.http.message.BasicNameValuePair;
                        import org.apache.http.util.EntityUtils;

                        import java.nio.charset.StandardCharsets;
                        import java.util.ArrayList;
                        import java.util.List;

                        public class ApacheTokenClient {
                            private final CloseableHttpClient httpClient;

                            public ApacheTokenClient(CloseableHttpClient httpClient) {
                                this.httpClient = httpClient;
                            }

                            public String apply(String ak, String sk, String instanceId, List<String> topics, String expireTime)
                                    throws Exception {
                                List<NameValuePair> pairs = new ArrayList<>();
                                pairs.add(new BasicNameValuePair("resources", String.join(",", topics)));
                                pairs.add(new BasicNameValuePair("actions", "W"));
                                pairs.add(new BasicNameValuePair("serviceName", "mq"));
                                pairs.add(new BasicNameValuePair("expireTime", expireTime));
                                pairs.add(new BasicNameValuePair("instanceId", instanceId));
                                String signature = Signatures.hmacSha1(pairs, sk);
                                pairs.add(new BasicNameValuePair("proxyType", "MQTT"));
                                pairs.add(new BasicNameValuePair("accessKey", ak));
                                pairs.add(new BasicNameValuePair("signature", signature));
                                HttpPost post = new HttpPost("https://mqauth.aliyuncs.com/token/apply");
                                post.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
                                try (CloseableHttpResponse response = httpClient.execute(post)) {
                                    String json = EntityUtils.toString(response.getEntity());
                                    return JsonParser.parseString(json).getAsJsonObject().get("tokenData").getAsString();
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;
                        import org.apache.http.impl.client.CloseableHttpClient;

                        import java.util.List;

                        public class ApacheTokenClient {
                            private final CloseableHttpClient httpClient;

                            public ApacheTokenClient(CloseableHttpClient httpClient) {
                                this.httpClient = httpClient;
                            }

                            public String apply(String ak, String sk, String instanceId, List<String> topics, String expireTime)
                                    throws Exception {
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(MIGRATED_BODY.formatted("ak", "sk", "String.join(\",\", topics)", "\"W\"",
                        "Long.valueOf(expireTime)", "instanceId")))
        );
    }

    @Test
    void jdkHttpClientWithFormStringAndFastjson2() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import com.alibaba.fastjson2.JSON;
                        import com.alibaba.fastjson2.JSONObject;

                        import java.net.URI;
                        import java.net.URLEncoder;
                        import java.net.http.HttpClient;
                        import java.net.http.HttpRequest;
                        import java.net.http.HttpResponse;
                        import java.nio.charset.StandardCharsets;

                        public class JdkTokenClient {
                            private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

                            private final HttpClient client = HttpClient.newHttpClient();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                                    throws Exception {
                                String signature = Hmac.sign("actions=R&expireTime=" + expireAt + "&instanceId=" + instanceId
                                        + "&resources=" + topic + "&serviceName=mq", secretKey);
                                String form = "resources=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)
                                        + "&actions=R&serviceName=mq&expireTime=" + expireAt
                                        + "&instanceId=" + instanceId
                                        + "&proxyType=MQTT&accessKey=" + accessKey
                                        + "&signature=" + URLEncoder.encode(signature, StandardCharsets.UTF_8);
                                HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_SERVER + "/token/apply"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(form))
                                        .build();
                                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                                JSONObject json = JSON.parseObject(response.body());
                                if (json.getIntValue("code") != 200) {
                                    throw new IllegalStateException("apply failed: " + json.getString("message"));
                                }
                                return json.getString("tokenData");
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        import java.net.http.HttpClient;

                        public class JdkTokenClient {
                            private final HttpClient client = HttpClient.newHttpClient();

                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt)
                                    throws Exception {
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(MIGRATED_BODY.formatted("accessKey", "secretKey", "topic", "\"R\"", "expireAt",
                        "instanceId")))
        );
    }

    @Test
    void hutoolPostWithAbsoluteExpireTime() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import cn.hutool.http.HttpUtil;
                        import cn.hutool.json.JSONUtil;

                        import java.util.HashMap;
                        import java.util.Map;

                        public class HutoolTokenClient {
                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt) {
                                Map<String, Object> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "R,W");
                                params.put("serviceName", "mq");
                                params.put("expireTime", String.valueOf(expireAt));
                                params.put("instanceId", instanceId);
                                params.put("signature", Signatures.doHttpSignature(params, secretKey));
                                params.put("proxyType", "MQTT");
                                params.put("accessKey", accessKey);
                                String result = HttpUtil.post("https://mqauth.aliyuncs.com/token/apply", params);
                                return JSONUtil.parseObj(result).getStr("tokenData");
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class HutoolTokenClient {
                            public String apply(String accessKey, String secretKey, String instanceId, String topic, long expireAt) {
                        %s        try {
                                    Client onsMqttClient = new Client(openApiConfig);
                                    return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new IllegalStateException("ApplyToken request failed", e);
                                }
                            }
                        }
                        """.formatted(MIGRATED_BODY.formatted("accessKey", "secretKey", "topic", "\"R,W\"", "expireAt",
                        "instanceId")))
        );
    }

    @Test
    void projectWrapperWithOrgJsonAndSuccessCheck() {
        rewriteRun(
                java("""
                        package com.example.mqtt;

                        import org.json.JSONObject;

                        import java.util.HashMap;
                        import java.util.Map;

                        public class WrapperTokenClient {
                            private static final String APPLY_PATH = "/token/apply";

                            private final HttpHelper httpHelper;
                            private final String baseUrl;

                            public WrapperTokenClient(HttpHelper httpHelper, String baseUrl) {
                                this.httpHelper = httpHelper;
                                this.baseUrl = baseUrl;
                            }

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws Exception {
                                Map<String, String> params = new HashMap<>();
                                params.put("resources", topic);
                                params.put("actions", "W");
                                params.put("serviceName", "mq");
                                params.put("expireTime", "" + (System.currentTimeMillis() + 120_000L));
                                params.put("instanceId", instanceId);
                                String signature = Signatures.doHttpSignature(params, secretKey);
                                params.put("proxyType", "MQTT");
                                params.put("accessKey", accessKey);
                                params.put("signature", signature);
                                String result = httpHelper.doPostWithForm(baseUrl + APPLY_PATH, params);
                                JSONObject json = new JSONObject(result);
                                if (json.optBoolean("success")) {
                                    return json.getString("tokenData");
                                } else {
                                    throw new IllegalStateException("apply failed: " + json.optString("message"));
                                }
                            }
                        }
                        """, """
                        package com.example.mqtt;

                        import com.aliyun.onsmqtt20200420.Client;
                        import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
                        import com.aliyun.teaopenapi.models.Config;

                        public class WrapperTokenClient {
                            private final HttpHelper httpHelper;
                            private final String baseUrl;

                            public WrapperTokenClient(HttpHelper httpHelper, String baseUrl) {
                                this.httpHelper = httpHelper;
                                this.baseUrl = baseUrl;
                            }

                            public String apply(String accessKey, String secretKey, String instanceId, String topic) throws Exception {
                        %s        Client onsMqttClient = new Client(openApiConfig);
                                return onsMqttClient.applyToken(applyTokenRequest).getBody().getToken();
                            }
                        }
                        """.formatted(MIGRATED_BODY.formatted("accessKey", "secretKey", "topic", "\"W\"",
                        "System.currentTimeMillis() + 120_000L", "instanceId")))
        );
    }
}
