package com.acme.locks.client;

import java.util.Map;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "mqtt-token-server", url = "https://mqauth.aliyuncs.com")
public interface MqttTokenServerClient {

    @PostMapping(value = "/token/apply", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> apply(@RequestBody Map<String, ?> signedForm);

    @PostMapping(value = "/token/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> revoke(@RequestBody Map<String, ?> signedForm);

    @PostMapping(value = "/token/query", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Map<String, Object> query(@RequestBody Map<String, ?> signedForm);
}
