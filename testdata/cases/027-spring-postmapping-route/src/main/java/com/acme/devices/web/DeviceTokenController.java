package com.acme.devices.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
public class DeviceTokenController {

    private final DeviceTokenService tokens;

    public DeviceTokenController(DeviceTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/token/apply")
    public ResponseEntity<TokenReply> apply(@RequestBody TokenRequest request) throws Exception {
        return ResponseEntity.ok(tokens.apply(request.deviceId(), request.topics()));
    }

    @PostMapping("/token/revoke")
    public ResponseEntity<Void> revoke(@RequestBody RevokeRequest request) throws Exception {
        tokens.revoke(request.token());
        return ResponseEntity.noContent().build();
    }
}
