import time

from alibabacloud_onsmqtt20200420 import models as onsmqtt_models
from alibabacloud_onsmqtt20200420.client import Client
from alibabacloud_tea_openapi import models as open_api_models


class TokenIssuer:
    def __init__(self, access_key_id, access_key_secret, region_id):
        config = open_api_models.Config(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            region_id=region_id,
        )
        self.client = Client(config)

    def apply_token(self, topics, actions, ttl_ms):
        request = onsmqtt_models.ApplyTokenRequest(
            actions=actions,
            resources=",".join(sorted(topics)),
            expire_time=int(time.time() * 1000) + ttl_ms,
            instance_id="mqtt-test-instance",
        )
        return self.client.apply_token(request).body.token
