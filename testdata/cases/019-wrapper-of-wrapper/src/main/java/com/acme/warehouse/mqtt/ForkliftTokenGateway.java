package com.acme.warehouse.mqtt;

import com.acme.warehouse.util.Tools;
import java.util.ArrayList;
import java.util.List;

public class ForkliftTokenGateway {

    private final MqttAccount account;

    public ForkliftTokenGateway(MqttAccount account) {
        this.account = account;
    }

    public String issueToken(String forkliftId) throws Exception {
        List<String> topics = new ArrayList<>();
        topics.add("warehouse/forklifts/" + forkliftId);
        return Tools.applyToken(account.tokenServerUrl(), account.accessKey(), account.secretKey(),
                topics, "R,W", 8 * 3600 * 1000L, account.instanceId());
    }

    public void retireToken(String token) throws Exception {
        Tools.revokeToken(account.tokenServerUrl(), account.accessKey(), account.secretKey(), token);
    }
}
