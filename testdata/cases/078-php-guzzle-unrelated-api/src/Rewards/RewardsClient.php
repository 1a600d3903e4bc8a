<?php

namespace App\Rewards;

use GuzzleHttp\Client;

class RewardsClient
{
    private Client $http;

    public function __construct(string $apiKey)
    {
        $this->http = new Client([
            'base_uri' => 'https://rewards.example-loyalty.com/v2/',
            'headers' => ['X-Api-Key' => $apiKey],
        ]);
    }

    public function applyToken(string $memberId, int $points): string
    {
        $response = $this->http->post('token/apply', [
            'form_params' => ['member_id' => $memberId, 'points' => $points],
        ]);
        return json_decode((string) $response->getBody(), true)['token'];
    }
}
