package com.example.legacy.mq;

/** An MQTT topic together with the permission a token grants on it. */
public class MqTopic {
    private final String name;
    private final String permission;

    public MqTopic(String name, String permission) {
        this.name = name;
        this.permission = permission;
    }

    public String getName() {
        return name;
    }

    /** R, W or R,W. */
    public String getPermission() {
        return permission;
    }
}
