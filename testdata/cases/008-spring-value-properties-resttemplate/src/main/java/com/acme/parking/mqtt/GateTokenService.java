package com.acme.parking.mqtt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

@Service
public class GateTokenService {

    private static final String APPLY_TOKEN_URL = "/token/apply";

    private final RestTemplate restTemplate;
    private final SignatureHelper signatureHelper;

    @Value("${mqtt.token-server}")
    private String tokenServer;

    public GateTokenService(RestTemplate restTemplate, SignatureHelper signatureHelper) {
        this.restTemplate = restTemplate;
        this.signatureHelper = signatureHelper;
    }

    public String tokenForGate(String gateId, long expireAt) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("actions", "R,W");
        form.add("resources", "parking/gates/" + gateId);
        form.add("expireTime", String.valueOf(expireAt));
        form.add("instanceId", "mqtt-test-instance");
        form.add("serviceName", "mq");
        form.add("signature", signatureHelper.sign(form.toSingleValueMap()));
        form.add("proxyType", "MQTT");
        form.add("accessKey", signatureHelper.accessKeyId());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<TokenServerReply> reply = restTemplate.postForEntity(
                tokenServer + APPLY_TOKEN_URL, new HttpEntity<>(form, headers), TokenServerReply.class);
        return reply.getBody().getTokenData();
    }
}
