import paho.mqtt.client as mqtt
import requests

TOKEN_URL = "https://auth.example-broker.io/token/apply"


def broker_token(client_id, api_key):
    reply = requests.post(
        TOKEN_URL,
        json={"clientId": client_id, "ttlSeconds": 3600, "scope": ["publish", "subscribe"]},
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=5,
    )
    reply.raise_for_status()
    return reply.json()["jwt"]


def connect(client_id, api_key, host):
    client = mqtt.Client(client_id=client_id)
    client.username_pw_set(client_id, broker_token(client_id, api_key))
    client.connect(host, 8883)
    return client
