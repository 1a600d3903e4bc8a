package com.acme.home.mqtt;

public interface MqttConstants {

    String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    String APPLY_TOKEN_PATH = "/token/apply";

    String REVOKE_TOKEN_PATH = "/token/revoke";

    String INSTANCE_ID = "mqtt-test-instance";

    String PARENT_TOPIC = "home";
}
