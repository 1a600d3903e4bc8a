package com.acme.iot.util;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.onsmqtt.model.v20200420.ApplyTokenRequest;
import com.aliyuncs.onsmqtt.model.v20200420.ApplyTokenResponse;
import com.aliyuncs.profile.DefaultProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class Tools {

    private Tools() {
    }

    public static String applyToken(String regionId, String accessKey, String secretKey, List<String> topics,
            String action, long expireTime, String instanceId) throws Exception {
        IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(regionId, accessKey, secretKey));
        Collections.sort(topics);
        ApplyTokenRequest request = new ApplyTokenRequest();
        request.setActions(action);
        request.setResources(String.join(",", topics));
        request.setExpireTime(System.currentTimeMillis() + expireTime);
        request.setInstanceId(instanceId);
        ApplyTokenResponse response = client.getAcsResponse(request);
        return response.getToken();
    }

    public static String macSignature(String text, String secretKey) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
