package com.aliyun.onsmqtt20200420.models;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;

/** Request of the ApplyToken operation: the permissions, topics, instance and absolute expiry of a new token. */
public class ApplyTokenRequest extends TeaModel {
    /** Permission type: {@code R}, {@code W} or {@code R,W}. */
    @NameInMap("Actions")
    public String actions;

    /** Absolute expiry time in epoch milliseconds. */
    @NameInMap("ExpireTime")
    public Long expireTime;

    @NameInMap("InstanceId")
    public String instanceId;

    /** Comma-separated MQTT topics, sorted in dictionary order. */
    @NameInMap("Resources")
    public String resources;

    public static ApplyTokenRequest build(java.util.Map<String, ?> map) throws Exception {
        ApplyTokenRequest self = new ApplyTokenRequest();
        return TeaModel.build(map, self);
    }

    public ApplyTokenRequest setActions(String actions) {
        this.actions = actions;
        return this;
    }

    public String getActions() {
        return this.actions;
    }

    public ApplyTokenRequest setExpireTime(Long expireTime) {
        this.expireTime = expireTime;
        return this;
    }

    public Long getExpireTime() {
        return this.expireTime;
    }

    public ApplyTokenRequest setInstanceId(String instanceId) {
        this.instanceId = instanceId;
        return this;
    }

    public String getInstanceId() {
        return this.instanceId;
    }

    public ApplyTokenRequest setResources(String resources) {
        this.resources = resources;
        return this;
    }

    public String getResources() {
        return this.resources;
    }
}
