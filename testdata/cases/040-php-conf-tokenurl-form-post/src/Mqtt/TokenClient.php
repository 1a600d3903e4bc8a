<?php

namespace App\Mqtt;

class TokenClient
{
    private array $conf;

    public function __construct(array $conf)
    {
        $this->conf = $conf;
    }

    public function apply(array $topics, string $actions): ?string
    {
        sort($topics);
        $params = [
            'actions'     => $actions,
            'resources'   => implode(',', $topics),
            'expireTime'  => (string) (intval(microtime(true) * 1000) + $this->conf['ttl_ms']),
            'instanceId'  => $this->conf['instance_id'],
            'serviceName' => 'mq',
        ];
        $params['signature'] = $this->sign($params);
        $params['proxyType'] = 'MQTT';
        $params['accessKey'] = $this->conf['access_key'];
        $reply = $this->postForm($this->conf['tokenurl'] . '/token/apply', $params);
        return $reply['tokenData'] ?? null;
    }

    public function revoke(string $token): void
    {
        $params = ['token' => $token];
        $params['signature'] = $this->sign($params);
        $params['accessKey'] = $this->conf['access_key'];
        $this->postForm($this->conf['tokenurl'] . '/token/revoke', $params);
    }

    private function sign(array $params): string
    {
        ksort($params);
        $pairs = [];
        foreach ($params as $key => $value) {
            $pairs[] = $key . '=' . $value;
        }
        return base64_encode(hash_hmac('sha1', implode('&', $pairs), $this->conf['secret_key'], true));
    }

    private function postForm(string $url, array $params): array
    {
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($params));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode($body, true) ?: [];
    }
}
