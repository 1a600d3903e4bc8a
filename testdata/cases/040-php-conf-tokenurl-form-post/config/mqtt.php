<?php

return [
    'instance_id' => 'mqtt-test-instance',
    'access_key'  => 'test-access-key-id',
    'secret_key'  => 'test-access-key-secret',
    'broker'      => 'mqtt-test-instance.mqtt.aliyuncs.com',
    'tokenurl'    => 'https://mqauth.aliyuncs.com',
    'ttl_ms'      => 3600 * 1000,
];
