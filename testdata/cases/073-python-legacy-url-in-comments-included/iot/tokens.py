# MQTT token helpers.
#
# Before 2021 tokens came from https://mqauth.aliyuncs.com/token/apply; they now come
# from the ApplyToken OpenAPI through TokenIssuer.

from iot.issuer import TokenIssuer

# Legacy revoke endpoint, no longer used: https://mqauth.aliyuncs.com/token/revoke
_issuer = TokenIssuer.from_env()


def token_for(device_id):
    return _issuer.apply_token([f"devices/{device_id}"], "R,W", 3600 * 1000)
