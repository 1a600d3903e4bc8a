package com.acme.lockers.token;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

@Component
public class LockerTokenClient {

    private final RestTemplate restTemplate = new RestTemplate();
    private final LegacySigner signer;

    @Value("${mqtt.token-server}")
    private String baseUrl;

    public LockerTokenClient(LegacySigner signer) {
        this.signer = signer;
    }

    public String apply(String lockerId, long expireTime) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("actions", "R");
        form.add("resources", "lockers/" + lockerId + "/state");
        form.add("expireTime", Long.toString(expireTime));
        form.add("instanceId", "mqtt-test-instance");
        form.add("serviceName", "mq");
        signer.addSignature(form);
        form.add("proxyType", "MQTT");
        Map<?, ?> reply = restTemplate.postForObject(baseUrl + "/token/apply", form, Map.class);
        return (String) reply.get("tokenData");
    }

    public boolean isValid(String token) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        signer.addSignature(form);
        Map<?, ?> reply = restTemplate.postForObject(baseUrl + "/token/query", form, Map.class);
        return Boolean.TRUE.equals(reply.get("success"));
    }
}
