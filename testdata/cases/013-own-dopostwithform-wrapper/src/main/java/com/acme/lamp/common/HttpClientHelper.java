package com.acme.lamp.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.NameValuePair;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;

public final class HttpClientHelper {

    private HttpClientHelper() {
    }

    public static String doPostWithForm(String url, Map<String, String> form) throws IOException {
        List<NameValuePair> pairs = new ArrayList<>();
        form.forEach((key, value) -> pairs.add(new BasicNameValuePair(key, value)));
        HttpPost post = new HttpPost(url);
        post.setEntity(new UrlEncodedFormEntity(pairs, "UTF-8"));
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            return EntityUtils.toString(client.execute(post).getEntity(), "UTF-8");
        }
    }
}
