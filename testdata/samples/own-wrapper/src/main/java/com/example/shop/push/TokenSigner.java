package com.example.shop.push;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Computes the token server's request signature. */
final class TokenSigner {
    private TokenSigner() {
    }

    static String sign(Map<String, String> signedParams, String secretKey) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(signedParams).forEach((key, value) -> text.append(text.length() > 0 ? "&" : "").append(key).append('=').append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign token request", e);
        }
    }
}
