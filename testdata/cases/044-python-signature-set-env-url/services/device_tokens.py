import os
import time

import requests

from services.signing import legacy_signature


class DeviceTokenService:
    def __init__(self, session=None):
        self.session = session or requests.Session()
        self.base_url = os.environ["MQTT_TOKEN_SERVER"]
        self.access_key = os.environ["MQTT_ACCESS_KEY"]

    def apply(self, device_id, ttl_seconds=3600):
        params = {
            "actions": "R,W",
            "resources": f"devices/{device_id}",
            "expireTime": str(int((time.time() + ttl_seconds) * 1000)),
            "instanceId": "mqtt-test-instance",
            "serviceName": "mq",
        }
        params["signature"] = legacy_signature(params)
        params["proxyType"] = "MQTT"
        params["accessKey"] = self.access_key
        response = self.session.post(f"{self.base_url}/token/apply", data=params, timeout=5)
        response.raise_for_status()
        return response.json()["tokenData"]
