import os

import paho.mqtt.client as mqtt
import requests

AUTH_BASE = os.environ["EDGE_AUTH_BASE"]


def fetch_token(topic):
    reply = requests.post(AUTH_BASE + "/token/apply", data={"resources": topic, "actions": "W"}, timeout=5)
    reply.raise_for_status()
    return reply.json()["tokenData"]


def open_session(client_id, access_key_id, instance_id, topic):
    token = fetch_token(topic)
    client = mqtt.Client(client_id=client_id)
    client.username_pw_set(f"Token|{access_key_id}|{instance_id}", f"W|{token}")
    client.connect(os.environ["MQTT_BROKER_HOST"], 1883)
    return client
