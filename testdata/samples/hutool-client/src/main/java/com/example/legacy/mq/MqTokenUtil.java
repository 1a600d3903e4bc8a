package com.example.legacy.mq;

import cn.hutool.crypto.digest.HMac;
import cn.hutool.crypto.digest.HmacAlgorithm;
import cn.hutool.http.HttpUtil;
import cn.hutool.json.JSONObject;
import cn.hutool.json.JSONUtil;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Token utility from before instance ids existed: the token server is called without {@code instanceId}. */
public final class MqTokenUtil {
    private static final String APPLY_URL = "https://mqauth.aliyuncs.com/token/apply";
    private static final String REVOKE_URL = "https://mqauth.aliyuncs.com/token/revoke";
    private static final String QUERY_URL = "https://mqauth.aliyuncs.com/token/query";

    private static final String ACCESS_KEY = "test-access-key-id";
    private static final String SECRET_KEY = "test-access-key-secret";
    private static final long TOKEN_TTL = 24L * 60 * 60 * 1000;

    private MqTokenUtil() {
    }

    /** Applies for a token on the topics, valid for one day. All topics must carry the same permission. */
    public static String applyToken(MqTopic... topics) {
        String actions = topics[0].getPermission();
        String resources = Arrays.stream(topics).map(MqTopic::getName).sorted().collect(Collectors.joining(","));

        Map<String, Object> params = new TreeMap<>();
        params.put("actions", actions);
        params.put("resources", resources);
        params.put("serviceName", "mq");
        params.put("expireTime", System.currentTimeMillis() + TOKEN_TTL);
        String signature = sign(params);
        params.put("proxyType", "MQTT");
        params.put("accessKey", ACCESS_KEY);
        params.put("signature", signature);

        JSONObject result = JSONUtil.parseObj(HttpUtil.post(APPLY_URL, params));
        if (result.getInt("code") != 200) {
            throw new RuntimeException("apply token failed: " + result.getStr("message"));
        }
        return result.getStr("tokenData");
    }

    public static void revokeToken(String token) {
        JSONObject result = JSONUtil.parseObj(HttpUtil.post(REVOKE_URL, tokenParams(token)));
        if (result.getInt("code") != 200) {
            throw new RuntimeException("revoke token failed: " + result.getStr("message"));
        }
    }

    /** Returns true when the token is valid; throws when the server reports an error other than an invalid token. */
    public static boolean queryToken(String token) {
        JSONObject result = JSONUtil.parseObj(HttpUtil.post(QUERY_URL, tokenParams(token)));
        int code = result.getInt("code");
        if (code == 200) {
            return true;
        }
        if (code == 1 || code == 2 || code == 3) {
            return false;
        }
        throw new RuntimeException("query token failed: " + result.getStr("message"));
    }

    private static Map<String, Object> tokenParams(String token) {
        Map<String, Object> params = new HashMap<>();
        params.put("token", token);
        params.put("signature", sign(Map.of("token", token)));
        params.put("accessKey", ACCESS_KEY);
        return params;
    }

    private static String sign(Map<String, Object> signedParams) {
        String text = new TreeMap<>(signedParams).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
        HMac hmac = new HMac(HmacAlgorithm.HmacSHA1, SECRET_KEY.getBytes(StandardCharsets.UTF_8));
        return hmac.digestBase64(text, false);
    }
}
