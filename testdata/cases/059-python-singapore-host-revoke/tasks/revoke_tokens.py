"""Nightly job that revokes the MQTT tokens of deactivated riders."""

import logging

import requests

from tasks.signing import sign_token

LOG = logging.getLogger(__name__)
REVOKE_URL = "https://mqauth.ap-southeast-1.aliyuncs.com/token/revoke"


def revoke_all(tokens, access_key, secret_key):
    revoked = 0
    for token in tokens:
        form = {"token": token, "accessKey": access_key, "signature": sign_token(token, secret_key)}
        reply = requests.post(REVOKE_URL, data=form, timeout=10).json()
        if reply.get("success"):
            revoked += 1
        else:
            LOG.warning("Revoking a rider token failed: code=%s message=%s", reply.get("code"), reply.get("message"))
    return revoked
