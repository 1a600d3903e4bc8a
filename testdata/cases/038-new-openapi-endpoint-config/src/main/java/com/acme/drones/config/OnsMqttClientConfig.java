package com.acme.drones.config;

import com.aliyun.onsmqtt20200420.Client;
import com.aliyun.teaopenapi.models.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OnsMqttClientConfig {

    @Bean
    public Client onsMqttClient(@Value("${onsmqtt.region-id}") String regionId,
            @Value("${onsmqtt.endpoint}") String endpoint) throws Exception {
        Config config = new Config()
                .setRegionId(regionId)
                .setEndpoint(endpoint)
                .setAccessKeyId(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"))
                .setAccessKeySecret(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        return new Client(config);
    }
}
