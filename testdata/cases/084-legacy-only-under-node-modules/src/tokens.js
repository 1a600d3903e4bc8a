const OnsMqtt = require('@alicloud/onsmqtt20200420');
const OpenApi = require('@alicloud/openapi-client');

const client = new OnsMqtt.default(new OpenApi.Config({
  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  regionId: process.env.MQTT_REGION_ID,
}));

async function applyToken(resources, actions, expireTime) {
  const request = new OnsMqtt.ApplyTokenRequest({ resources, actions, expireTime, instanceId: 'mqtt-test-instance' });
  const response = await client.applyToken(request);
  return response.body.token;
}

module.exports = { applyToken };
