const mqtt = require('mqtt');
const fetch = require('node-fetch');

const AUTH_BASE = process.env.DEVICE_AUTH_BASE;

async function fetchToken(topic) {
  const res = await fetch(`${AUTH_BASE}/token/apply`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ resources: topic, actions: 'R,W' }),
  });
  const reply = await res.json();
  return reply.tokenData;
}

async function connect(clientId, accessKeyId, instanceId, topic) {
  const token = await fetchToken(topic);
  return mqtt.connect(process.env.MQTT_BROKER_URL, {
    clientId,
    username: `Token|${accessKeyId}|${instanceId}`,
    password: `RW|${token}`,
  });
}

module.exports = { connect };
