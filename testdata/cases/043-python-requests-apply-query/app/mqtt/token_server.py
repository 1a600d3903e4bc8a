import base64
import hashlib
import hmac
import time

import requests

TOKEN_SERVER = "https://mqauth.aliyuncs.com"


def _sign(fields, secret_key):
    text = "&".join(f"{key}={fields[key]}" for key in sorted(fields))
    digest = hmac.new(secret_key.encode("utf-8"), text.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def apply_token(topics, actions, ttl_ms, instance_id, access_key, secret_key):
    fields = {
        "actions": actions,
        "resources": ",".join(sorted(topics)),
        "expireTime": str(int(time.time() * 1000) + ttl_ms),
        "instanceId": instance_id,
        "serviceName": "mq",
    }
    form = dict(fields, proxyType="MQTT", accessKey=access_key, signature=_sign(fields, secret_key))
    reply = requests.post(TOKEN_SERVER + "/token/apply", data=form, timeout=10).json()
    return reply.get("tokenData")


def is_token_valid(token, access_key, secret_key):
    form = {"token": token, "accessKey": access_key, "signature": _sign({"token": token}, secret_key)}
    reply = requests.post(f"{TOKEN_SERVER}/token/query", data=form, timeout=10).json()
    return reply.get("success", False)
