package dev.applytoken.fakes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The legacy token server's request signature: HMAC-SHA1 with the AccessKey secret over the signed
 * fields written as {@code key=value}, sorted by key and joined with {@code &}, then Base64 encoded.
 * Values are not URL-encoded, and several values of one key are sorted and joined with commas.
 */
public final class LegacySignature {
    /** Fields an apply request signs. {@code proxyType}, {@code accessKey} and {@code signature} are not signed. */
    public static final List<String> APPLY_FIELDS =
            List.of("actions", "expireTime", "instanceId", "resources", "serviceName");

    /** The only field a revoke or query request signs. */
    public static final List<String> TOKEN_FIELDS = List.of("token");

    private LegacySignature() {
    }

    /** Returns the text to sign for the given fields, for example {@code actions=R&expireTime=1}. */
    public static String stringToSign(Map<String, List<String>> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue().stream().sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
    }

    /** Returns the Base64 HMAC-SHA1 of the text, keyed with the AccessKey secret, both as UTF-8. */
    public static String sign(String text, String accessKeySecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JDK", e);
        }
    }
}
