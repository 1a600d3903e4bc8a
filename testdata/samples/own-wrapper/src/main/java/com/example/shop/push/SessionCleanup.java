package com.example.shop.push;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Revokes the push token of a shop app that logged out. */
public class SessionCleanup {
    private final String accessKey;
    private final String secretKey;

    public SessionCleanup(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public void onLogout(String pushToken) throws IOException {
        Map<String, String> params = new HashMap<>();
        params.put("token", pushToken);
        params.put("signature", TokenSigner.sign(Map.of("token", pushToken), secretKey));
        params.put("accessKey", accessKey);

        String reply = HttpFormClient.doPostWithForm(PushTokenIssuer.AUTH_SERVER + "/token/revoke", params);
        JSONObject result = JSON.parseObject(reply);
        if (result.getIntValue("code") != 200) {
            throw new IOException("token revoke failed: " + result.getString("message"));
        }
    }
}
