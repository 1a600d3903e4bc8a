package com.acme.iot.admin;

import com.acme.iot.util.Tools;
import com.alibaba.fastjson.JSONObject;
import java.util.HashMap;
import java.util.Map;

public class TokenInspector {

    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    private final String accessKey;
    private final String secretKey;

    public TokenInspector(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public boolean isValid(String token) throws Exception {
        Map<String, String> params = new HashMap<>();
        params.put("token", token);
        String signature = Tools.doHttpSignature(params, secretKey);
        params.put("accessKey", accessKey);
        params.put("signature", signature);
        JSONObject reply = Tools.httpsGet(TOKEN_SERVER + "/token/query", params);
        return reply != null && reply.getBooleanValue("success");
    }
}
