package com.example.fleet.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Applies for and revokes MQTT tokens for fleet vehicles through the token server. */
public class MqttTokenService {
    private static final String applyTokenUrl = "/token/apply";
    private static final String revokeTokenUrl = "/token/revoke";

    private final RestTemplate restTemplate;
    private final TokenServerProperties properties;
    private final ObjectMapper objectMapper = new ObjectMapper();

    public MqttTokenService(RestTemplate restTemplate, TokenServerProperties properties) {
        this.restTemplate = restTemplate;
        this.properties = properties;
    }

    /** Applies for a token that expires at {@code expiresAt}. */
    public String applyToken(List<String> topics, String actions, Instant expiresAt) throws Exception {
        String resources = topics.stream().sorted().collect(Collectors.joining(","));
        String expireTime = Long.toString(expiresAt.toEpochMilli());
        String stringToSign = "actions=" + actions
                + "&expireTime=" + expireTime
                + "&instanceId=" + properties.getInstanceId()
                + "&resources=" + resources
                + "&serviceName=mq";

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("actions", actions);
        form.add("resources", resources);
        form.add("expireTime", expireTime);
        form.add("serviceName", "mq");
        form.add("instanceId", properties.getInstanceId());
        form.add("proxyType", "MQTT");
        form.add("accessKey", properties.getAccessKey());
        form.add("signature", hmacSha1(stringToSign));

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = restTemplate.postForEntity(
                properties.getApiUrl() + applyTokenUrl, new HttpEntity<>(form, headers), String.class);

        JsonNode body = objectMapper.readTree(response.getBody());
        if (!body.path("success").asBoolean()) {
            throw new IllegalStateException("token apply rejected: " + body.path("message").asText());
        }
        return body.path("tokenData").asText();
    }

    /** Revokes a token and returns the server's message. */
    public String revokeToken(String token) throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        form.add("accessKey", properties.getAccessKey());
        form.add("signature", hmacSha1("token=" + token));

        String reply = restTemplate.postForObject(properties.getApiUrl() + revokeTokenUrl, form, String.class);
        JsonNode body = objectMapper.readTree(reply);
        if (body.path("code").asInt() != 200) {
            throw new IllegalStateException("token revoke rejected: " + body.path("message").asText());
        }
        return body.path("message").asText();
    }

    private String hmacSha1(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(properties.getSecretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
