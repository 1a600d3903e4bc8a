#!/usr/bin/env bash
# Usage: mqtt-token.sh apply TOPIC | mqtt-token.sh revoke TOKEN
set -euo pipefail

ACCESS_KEY="${MQTT_ACCESS_KEY:-test-access-key-id}"
SECRET_KEY="${MQTT_SECRET_KEY:-test-access-key-secret}"
INSTANCE_ID="mqtt-test-instance"

sign() {
  printf '%s' "$1" | openssl dgst -sha1 -hmac "$SECRET_KEY" -binary | base64
}

case "$1" in
  apply)
    expire=$(( $(date +%s) * 1000 + 3600000 ))
    text="actions=R,W&expireTime=${expire}&instanceId=${INSTANCE_ID}&resources=$2&serviceName=mq"
    curl -sS -X POST https://mqauth.aliyuncs.com/token/apply \
      --data-urlencode "actions=R,W" --data-urlencode "resources=$2" \
      --data-urlencode "expireTime=${expire}" --data-urlencode "instanceId=${INSTANCE_ID}" \
      --data-urlencode "serviceName=mq" --data-urlencode "proxyType=MQTT" \
      --data-urlencode "accessKey=${ACCESS_KEY}" --data-urlencode "signature=$(sign "$text")"
    ;;
  revoke)
    curl -sS -X POST https://mqauth.aliyuncs.com/token/revoke \
      --data-urlencode "token=$2" --data-urlencode "accessKey=${ACCESS_KEY}" \
      --data-urlencode "signature=$(sign "token=$2")"
    ;;
  *)
    echo "usage: $0 apply TOPIC | revoke TOKEN" >&2
    exit 2
    ;;
esac
