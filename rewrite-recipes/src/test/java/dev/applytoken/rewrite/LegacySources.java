package dev.applytoken.rewrite;

/**
 * Helper classes that legacy test sources call: a signing helper and an HTTP helper shaped like the vendor's old
 * demo. They are inputs only; the recipe never changes them.
 */
final class LegacySources {

    static final String SIGNING = """
            package com.example.mqtt;

            import java.nio.charset.StandardCharsets;
            import java.security.GeneralSecurityException;
            import java.util.ArrayList;
            import java.util.Base64;
            import java.util.Collections;
            import java.util.List;
            import java.util.Map;
            import javax.crypto.Mac;
            import javax.crypto.spec.SecretKeySpec;

            public final class TokenSigning {
                public static String doHttpSignature(Map<String, String> params, String secretKey)
                        throws GeneralSecurityException {
                    List<String> pairs = new ArrayList<>();
                    for (Map.Entry<String, String> entry : params.entrySet()) {
                        pairs.add(entry.getKey() + "=" + entry.getValue());
                    }
                    Collections.sort(pairs);
                    return macSignature(String.join("&", pairs), secretKey);
                }

                public static String macSignature(String text, String secretKey) throws GeneralSecurityException {
                    Mac mac = Mac.getInstance("HmacSHA1");
                    mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                    return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
                }
            }
            """;

    static final String HTTP = """
            package com.example.mqtt;

            import com.alibaba.fastjson.JSON;
            import com.alibaba.fastjson.JSONObject;
            import java.io.IOException;
            import java.util.Map;

            public final class LegacyHttp {
                public static JSONObject httpsPost(String url, Map<String, String> params) throws IOException {
                    return JSON.parseObject(postForm(url, params));
                }

                public static String postForm(String url, Map<String, String> params) throws IOException {
                    throw new IOException("no network in tests: " + url + " " + params.size());
                }
            }
            """;

    private LegacySources() {
    }
}
