package com.acme.common.endpoints;

public final class CloudEndpoints {

    public static final String OSS_ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com";

    public static final String MQTT_TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    public static final String MQTT_BROKER = "tcp://mqtt-test-instance.mqtt.aliyuncs.com:1883";

    private CloudEndpoints() {
    }
}
