package com.acme.device.auth;

import static com.acme.common.endpoints.CloudEndpoints.MQTT_TOKEN_SERVER;

import com.acme.common.http.FormClient;
import java.util.LinkedHashMap;
import java.util.Map;

public class DeviceTokenIssuer {

    private final FormClient formClient;
    private final TokenSigner signer;

    public DeviceTokenIssuer(FormClient formClient, TokenSigner signer) {
        this.formClient = formClient;
        this.signer = signer;
    }

    public String issue(String deviceId) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actions", "R");
        params.put("resources", "devices/" + deviceId);
        params.put("expireTime", String.valueOf(System.currentTimeMillis() + 600_000L));
        params.put("instanceId", "mqtt-test-instance");
        params.put("serviceName", "mq");
        params.put("signature", signer.sign(params));
        params.put("proxyType", "MQTT");
        return formClient.post(MQTT_TOKEN_SERVER + "/token/apply", params).path("tokenData").asText();
    }
}
