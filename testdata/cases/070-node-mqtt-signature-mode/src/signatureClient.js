const crypto = require('crypto');
const mqtt = require('mqtt');

const INSTANCE_ID = 'mqtt-test-instance';
const BROKER_URL = 'mqtt://mqtt-test-instance.mqtt.aliyuncs.com:1883';

function password(clientId, secretKey) {
  return crypto.createHmac('sha1', secretKey).update(clientId).digest('base64');
}

function connect(groupId, deviceId, accessKey, secretKey) {
  const clientId = `${groupId}@@@${deviceId}`;
  return mqtt.connect(BROKER_URL, {
    clientId,
    username: `Signature|${accessKey}|${INSTANCE_ID}`,
    password: password(clientId, secretKey),
    clean: true,
  });
}

module.exports = { connect };
