package org.example.push;

import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONObject;
import java.util.ArrayList;
import java.util.List;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;

public class MqTokenUtil {

    private static final String ACCESS_KEY = "test-access-key-id";
    private static final String SECRET_KEY = "test-access-key-secret";

    public static String applyToken(String topics, String actions) throws Exception {
        long expire = System.currentTimeMillis() + 3600 * 1000L;
        String toSign = "actions=" + actions + "&expireTime=" + expire
                + "&resources=" + topics + "&serviceName=mq";
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("actions", actions));
        form.add(new BasicNameValuePair("resources", topics));
        form.add(new BasicNameValuePair("expireTime", String.valueOf(expire)));
        form.add(new BasicNameValuePair("serviceName", "mq"));
        form.add(new BasicNameValuePair("proxyType", "MQTT"));
        form.add(new BasicNameValuePair("accessKey", ACCESS_KEY));
        form.add(new BasicNameValuePair("signature", HmacSigner.sign(toSign, SECRET_KEY)));
        JSONObject result = post("https://mqauth.aliyuncs.com/token/apply", form);
        if (result.getInteger("code") != 200) {
            throw new RuntimeException("apply token failed: " + result.getString("message"));
        }
        return result.getString("tokenData");
    }

    public static boolean revokeToken(String token) throws Exception {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("token", token));
        form.add(new BasicNameValuePair("accessKey", ACCESS_KEY));
        form.add(new BasicNameValuePair("signature", HmacSigner.sign("token=" + token, SECRET_KEY)));
        JSONObject result = post("https://mqauth.aliyuncs.com/token/revoke", form);
        return result.getInteger("code") == 200;
    }

    public static boolean queryToken(String token) throws Exception {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("token", token));
        form.add(new BasicNameValuePair("accessKey", ACCESS_KEY));
        form.add(new BasicNameValuePair("signature", HmacSigner.sign("token=" + token, SECRET_KEY)));
        return post("https://mqauth.aliyuncs.com/token/query", form).getInteger("code") == 200;
    }

    private static JSONObject post(String url, List<NameValuePair> form) throws Exception {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            HttpPost request = new HttpPost(url);
            request.setEntity(new UrlEncodedFormEntity(form, "UTF-8"));
            return JSON.parseObject(EntityUtils.toString(client.execute(request).getEntity()));
        }
    }
}
