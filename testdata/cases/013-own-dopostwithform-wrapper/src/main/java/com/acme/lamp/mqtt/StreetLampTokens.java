package com.acme.lamp.mqtt;

import static com.acme.lamp.common.HttpClientHelper.doPostWithForm;

import com.alibaba.fastjson.JSON;
import java.util.TreeMap;

public class StreetLampTokens {

    private static final String HOST = "https://mqauth.aliyuncs.com";

    public String apply(String district, long expireTime, String accessKey, String secretKey)
            throws Exception {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("actions", "R,W");
        params.put("resources", "lamps/" + district);
        params.put("expireTime", String.valueOf(expireTime));
        params.put("instanceId", "mqtt-test-instance");
        params.put("serviceName", "mq");
        String signature = SignUtil.sign(params, secretKey);
        params.put("proxyType", "MQTT");
        params.put("accessKey", accessKey);
        params.put("signature", signature);
        String reply = doPostWithForm(HOST + "/token/apply", params);
        return JSON.parseObject(reply).getString("tokenData");
    }
}
