<?php

// Testing helper for the support team: fetches a read token for one topic.
function legacy_read_token(string $topic, string $accessKey, string $secretKey): ?string
{
    $params = [
        'actions' => 'R',
        'expireTime' => (string) (time() * 1000 + 600000),
        'instanceId' => 'mqtt-test-instance',
        'resources' => $topic,
        'serviceName' => 'mq',
    ];
    $text = urldecode(http_build_query($params));
    $params['signature'] = base64_encode(hash_hmac('sha1', $text, $secretKey, true));
    $params['proxyType'] = 'MQTT';
    $params['accessKey'] = $accessKey;

    $body = file_get_contents('http://mqauth.aliyuncs.com/token/apply?' . http_build_query($params));
    if ($body === false) {
        return null;
    }
    return json_decode($body, true)['tokenData'] ?? null;
}
