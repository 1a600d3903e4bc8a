package com.acme.chat.mq;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

public class TokenServerClient {

    private static final String APPLY_URL = "https://mqauth.aliyuncs.com/token/apply";
    private static final String REVOKE_URL = "https://mqauth.aliyuncs.com/token/revoke";
    private static final String QUERY_URL = "https://mqauth.aliyuncs.com/token/query";

    public String apply(Map<String, String> signedParams) throws IOException {
        return post(APPLY_URL, signedParams);
    }

    public String revoke(Map<String, String> signedParams) throws IOException {
        return post(REVOKE_URL, signedParams);
    }

    public String query(Map<String, String> signedParams) throws IOException {
        return post(QUERY_URL, signedParams);
    }

    private String post(String url, Map<String, String> params) throws IOException {
        String body = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
