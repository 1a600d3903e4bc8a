package com.acme.shop.payment;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

@Component
public class PayTokenClient {

    private static final String APPLY_URL = "https://api.example-pay.com/app/api/v1/token/apply";

    private final RestTemplate restTemplate;

    public PayTokenClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String applyCheckoutToken(String merchantId, String orderNo, long amountCents) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("merchant_id", merchantId);
        form.add("out_trade_no", orderNo);
        form.add("total_amount", Long.toString(amountCents));
        ResponseEntity<PayTokenReply> reply = restTemplate.postForEntity(APPLY_URL, form, PayTokenReply.class);
        return reply.getBody().token();
    }
}
