package com.example.iot.token;

import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONObject;
import org.apache.http.HttpResponse;
import org.apache.http.NameValuePair;
import org.apache.http.client.HttpClient;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.ssl.SSLContexts;
import org.apache.http.util.EntityUtils;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyManagementException;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Signing and HTTP helpers for the MQTT token server. */
public class Tools {
    private static HttpClient httpsClient;

    /** Signs every entry of the map: sorted key=value pairs joined with '&amp;', HMAC-SHA1, Base64. */
    public static String doHttpSignature(Map<String, String> requestParams, String secretKey)
            throws NoSuchAlgorithmException, InvalidKeyException {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> entry : requestParams.entrySet()) {
            pairs.add(entry.getKey() + "=" + entry.getValue());
        }
        Collections.sort(pairs);
        return macSignature(String.join("&", pairs), secretKey);
    }

    public static String macSignature(String text, String secretKey) throws InvalidKeyException, NoSuchAlgorithmException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }

    /** Posts the parameters as a form and returns the JSON reply, or null when the status is not 200. */
    public static JSONObject httpsPost(String url, Map<String, String> params)
            throws IOException, UnrecoverableKeyException, NoSuchAlgorithmException, KeyStoreException,
            KeyManagementException {
        List<NameValuePair> form = new ArrayList<>();
        for (Map.Entry<String, String> entry : params.entrySet()) {
            form.add(new BasicNameValuePair(entry.getKey(), entry.getValue()));
        }
        HttpPost post = new HttpPost(url);
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));

        HttpResponse response = getHttpsClient().execute(post);
        String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        if (response.getStatusLine().getStatusCode() != 200) {
            return null;
        }
        return JSON.parseObject(body);
    }

    public static synchronized HttpClient getHttpsClient()
            throws KeyStoreException, UnrecoverableKeyException, NoSuchAlgorithmException, KeyManagementException {
        if (httpsClient == null) {
            httpsClient = createHttpsClient();
        }
        return httpsClient;
    }

    /** Creates a client that trusts every certificate, as the old demo did. Not for production. */
    public static HttpClient createHttpsClient() throws KeyManagementException, NoSuchAlgorithmException {
        SSLContext context;
        try {
            context = SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();
        } catch (KeyStoreException e) {
            throw new KeyManagementException(e);
        }
        SSLConnectionSocketFactory sockets = new SSLConnectionSocketFactory(context, NoopHostnameVerifier.INSTANCE);
        return HttpClients.custom().setSSLSocketFactory(sockets).build();
    }
}
