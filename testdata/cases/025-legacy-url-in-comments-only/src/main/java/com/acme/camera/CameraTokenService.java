package com.acme.camera;

import com.acme.camera.auth.TokenIssuer;

/**
 * Hands out MQTT tokens to doorbell cameras.
 *
 * <p>Tokens used to come from https://mqauth.aliyuncs.com/token/apply; they are now issued by
 * {@link TokenIssuer}, which calls the ApplyToken OpenAPI.
 */
public class CameraTokenService {

    private final TokenIssuer issuer;

    public CameraTokenService(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public String tokenFor(String cameraId) throws Exception {
        // Old call, kept for reference while the rollout finishes:
        // Tools.applyToken("https://mqauth.aliyuncs.com", ak, sk, topics, "W", ttl, instanceId);
        return issuer.issue("cameras/" + cameraId, "W");
    }
}
