<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    'aliyun_mqtt' => [
        'instance_id' => env('MQTT_INSTANCE_ID', 'mqtt-test-instance'),
        'token_server' => env('MQTT_TOKEN_SERVER', 'https://mqauth.aliyuncs.com'),
        'access_key' => env('MQTT_ACCESS_KEY', 'test-access-key-id'),
        'secret_key' => env('MQTT_SECRET_KEY', 'test-access-key-secret'),
    ],
];
