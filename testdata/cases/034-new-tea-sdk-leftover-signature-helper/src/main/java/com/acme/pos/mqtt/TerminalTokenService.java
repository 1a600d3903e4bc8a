package com.acme.pos.mqtt;

import com.aliyun.onsmqtt20200420.Client;
import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
import com.aliyun.onsmqtt20200420.models.QueryTokenRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

public class TerminalTokenService {

    private final Client client;

    public TerminalTokenService(Client client) {
        this.client = client;
    }

    public String applyToken(String terminalId, long expireAt) throws Exception {
        ApplyTokenRequest request = new ApplyTokenRequest()
                .setActions("W")
                .setResources("pos/" + terminalId)
                .setExpireTime(expireAt)
                .setInstanceId("mqtt-test-instance");
        return client.applyToken(request).getBody().getToken();
    }

    public boolean queryToken(String token) throws Exception {
        QueryTokenRequest request = new QueryTokenRequest().setToken(token).setInstanceId("mqtt-test-instance");
        return Boolean.TRUE.equals(client.queryToken(request).getBody().getTokenStatus());
    }

    static String doHttpSignature(Map<String, String> params, String secretKey) throws Exception {
        List<String> pairs = new ArrayList<>();
        params.forEach((key, value) -> pairs.add(key + "=" + value));
        Collections.sort(pairs);
        return SignatureUtil.macSignature(String.join("&", pairs), secretKey);
    }
}
