package com.acme.wearables;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class WatchTokenService {

    private final RestClient restClient;
    private final String tokenServer;

    public WatchTokenService(RestClient.Builder builder,
            @Value("${mqtt.token-server:https://mqauth.aliyuncs.com}") String tokenServer) {
        this.restClient = builder.build();
        this.tokenServer = tokenServer;
    }

    public String apply(Map<String, String> signedForm) {
        Map<?, ?> reply = restClient.post()
                .uri(tokenServer + "/token/apply")
                .body(signedForm)
                .retrieve()
                .body(Map.class);
        return reply == null ? null : (String) reply.get("tokenData");
    }
}
