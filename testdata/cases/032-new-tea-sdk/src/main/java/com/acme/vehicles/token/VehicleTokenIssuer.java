package com.acme.vehicles.token;

import com.aliyun.onsmqtt20200420.Client;
import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
import com.aliyun.onsmqtt20200420.models.ApplyTokenResponse;
import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
import com.aliyun.teaopenapi.models.Config;

public class VehicleTokenIssuer {

    private final Client client;

    public VehicleTokenIssuer(String regionId) throws Exception {
        Config config = new Config()
                .setAccessKeyId(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"))
                .setAccessKeySecret(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))
                .setRegionId(regionId);
        this.client = new Client(config);
    }

    public String applyToken(String vin, long validMillis) throws Exception {
        ApplyTokenRequest request = new ApplyTokenRequest()
                .setActions("R,W")
                .setResources("vehicles/" + vin)
                .setExpireTime(System.currentTimeMillis() + validMillis)
                .setInstanceId("mqtt-test-instance");
        ApplyTokenResponse response = client.applyToken(request);
        return response.getBody().getToken();
    }

    public void revokeToken(String token) throws Exception {
        client.revokeToken(new RevokeTokenRequest().setToken(token).setInstanceId("mqtt-test-instance"));
    }
}
