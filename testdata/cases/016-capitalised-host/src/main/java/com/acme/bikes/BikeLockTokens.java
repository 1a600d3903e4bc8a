package com.acme.bikes;

import java.util.HashMap;
import java.util.Map;

public class BikeLockTokens {

    // The address is written the way the vendor documentation capitalised it.
    private static final String TOKEN_SERVER_URL = "https://Mqauth.aliyuncs.com";

    private final FormPoster poster;

    public BikeLockTokens(FormPoster poster) {
        this.poster = poster;
    }

    public String apply(Map<String, String> signedParams) throws Exception {
        Map<String, String> form = new HashMap<>(signedParams);
        form.put("proxyType", "MQTT");
        return poster.post(TOKEN_SERVER_URL + "/token/apply", form).getString("tokenData");
    }

    public void revoke(Map<String, String> signedParams) throws Exception {
        poster.post(TOKEN_SERVER_URL + "/token/revoke", signedParams);
    }
}
