package com.example.fleet.auth;

/** Settings of the MQTT token server, as the service's configuration binds them. */
public class TokenServerProperties {
    public static final String DEFAULT_API_URL = "https://mqauth.aliyuncs.com";

    private String apiUrl = DEFAULT_API_URL;
    private String accessKey;
    private String secretKey;
    private String instanceId;

    public String getApiUrl() {
        return apiUrl;
    }

    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }
}
