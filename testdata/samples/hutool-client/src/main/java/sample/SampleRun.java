package sample;

import com.example.legacy.mq.MqTokenUtil;
import com.example.legacy.mq.MqTopic;

/** Drives the legacy token code once: applies for a read token on two topics, checks it, then revokes it. */
public class SampleRun {
    public static String run() {
        String token = MqTokenUtil.applyToken(new MqTopic("orders/new", "R"), new MqTopic("orders/cancelled", "R"));
        if (!MqTokenUtil.queryToken(token)) {
            throw new IllegalStateException("token just applied for is reported invalid");
        }
        MqTokenUtil.revokeToken(token);
        return token;
    }
}
