package com.acme.boats;

import java.net.URI;
import java.util.Map;

public class MarinaTokenClient {

    private static final URI TOKEN_SERVER = URI.create("https://mqauth.aliyuncs.com");

    private final FormPoster poster;

    public MarinaTokenClient(FormPoster poster) {
        this.poster = poster;
    }

    public String apply(Map<String, String> signedForm) throws Exception {
        String url = String.format("%s/token/%s", TOKEN_SERVER, "apply");
        return poster.post(url, signedForm).get("tokenData");
    }

    public void revoke(Map<String, String> signedForm) throws Exception {
        poster.post(TOKEN_SERVER.resolve("/token/revoke").toString(), signedForm);
    }
}
