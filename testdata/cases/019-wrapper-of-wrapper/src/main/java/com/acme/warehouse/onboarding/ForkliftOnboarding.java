package com.acme.warehouse.onboarding;

import com.acme.warehouse.mqtt.ForkliftTokenGateway;

public class ForkliftOnboarding {

    private final ForkliftTokenGateway gateway;
    private final ForkliftRegistry registry;

    public ForkliftOnboarding(ForkliftTokenGateway gateway, ForkliftRegistry registry) {
        this.gateway = gateway;
        this.registry = registry;
    }

    public void onboard(String forkliftId) throws Exception {
        String token = gateway.issueToken(forkliftId);
        registry.storeToken(forkliftId, token);
    }

    public void decommission(String forkliftId) throws Exception {
        gateway.retireToken(registry.tokenOf(forkliftId));
        registry.remove(forkliftId);
    }
}
