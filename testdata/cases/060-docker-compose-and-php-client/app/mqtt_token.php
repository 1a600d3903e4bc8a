<?php

function mqtt_apply_token(string $topic, int $ttlMs): ?string
{
    $params = [
        'actions' => 'W',
        'resources' => $topic,
        'expireTime' => (string) (round(microtime(true) * 1000) + $ttlMs),
        'instanceId' => getenv('MQTT_INSTANCE_ID'),
        'serviceName' => 'mq',
    ];
    ksort($params);
    $text = urldecode(http_build_query($params));
    $params['signature'] = base64_encode(hash_hmac('sha1', $text, getenv('MQTT_SECRET_KEY'), true));
    $params['proxyType'] = 'MQTT';
    $params['accessKey'] = getenv('MQTT_ACCESS_KEY');

    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query($params),
    ]]);
    $body = file_get_contents(getenv('MQTT_TOKEN_URL') . '/token/apply', false, $context);
    return json_decode($body, true)['tokenData'] ?? null;
}
