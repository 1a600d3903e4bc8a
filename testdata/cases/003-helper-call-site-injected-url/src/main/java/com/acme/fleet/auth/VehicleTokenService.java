package com.acme.fleet.auth;

import com.acme.fleet.util.Tools;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class VehicleTokenService {

    @Value("${mqtt.tokenServerUrl}")
    private String tokenServerUrl;

    @Value("${mqtt.accessKey}")
    private String accessKey;

    @Value("${mqtt.secretKey}")
    private String secretKey;

    @Value("${mqtt.instanceId}")
    private String instanceId;

    public String tokenFor(String vin) throws Exception {
        List<String> topics = Arrays.asList("fleet/" + vin + "/gps", "fleet/" + vin + "/cmd");
        long oneDay = 24L * 3600 * 1000;
        return Tools.applyToken(tokenServerUrl, accessKey, secretKey, topics, "R,W", oneDay, instanceId);
    }
}
