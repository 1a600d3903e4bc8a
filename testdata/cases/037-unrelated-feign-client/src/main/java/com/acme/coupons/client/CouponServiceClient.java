package com.acme.coupons.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "coupon-service", url = "${coupon.service.url}")
public interface CouponServiceClient {

    @PostMapping("/token/apply")
    CouponToken applyCouponToken(@RequestParam("campaignId") String campaignId,
            @RequestParam("memberId") String memberId);

    @PostMapping("/token/revoke")
    void revokeCouponToken(@RequestParam("token") String token);

    @PostMapping("/token/query")
    CouponToken queryCouponToken(@RequestParam("token") String token);
}
