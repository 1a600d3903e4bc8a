'use strict';

const axios = require('axios');
const crypto = require('crypto');

const APPLY_URL = 'https://mqauth.aliyuncs.com/token/apply';

function sign(fields, secretKey) {
  const text = Object.keys(fields).sort().map((key) => `${key}=${fields[key]}`).join('&');
  return crypto.createHmac('sha1', secretKey).update(text, 'utf8').digest('base64');
}

async function applyToken({ topics, actions, ttlMs, instanceId, accessKey, secretKey }) {
  const fields = {
    actions,
    resources: [...topics].sort().join(','),
    expireTime: String(Date.now() + ttlMs),
    instanceId,
    serviceName: 'mq',
  };
  const form = new URLSearchParams({
    ...fields,
    proxyType: 'MQTT',
    accessKey,
    signature: sign(fields, secretKey),
  });
  const { data } = await axios.post(APPLY_URL, form);
  return data.tokenData;
}

module.exports = { applyToken };
