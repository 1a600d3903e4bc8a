var request = require('request');
var CryptoJS = require('crypto-js');

var tokenServer = 'https://mqauth.aliyuncs.com';

function signature(text, secretKey) {
  return CryptoJS.HmacSHA1(text, secretKey).toString(CryptoJS.enc.Base64);
}

exports.apply = function (opts, callback) {
  var expireTime = Date.now() + opts.ttl;
  var text = 'actions=' + opts.actions + '&expireTime=' + expireTime + '&instanceId=' + opts.instanceId +
    '&resources=' + opts.resources + '&serviceName=mq';
  request.post({
    url: tokenServer + '/token/apply',
    formData: {
      actions: opts.actions,
      resources: opts.resources,
      expireTime: String(expireTime),
      instanceId: opts.instanceId,
      serviceName: 'mq',
      proxyType: 'MQTT',
      accessKey: opts.accessKey,
      signature: signature(text, opts.secretKey)
    }
  }, function (err, res, body) {
    if (err) return callback(err);
    callback(null, JSON.parse(body).tokenData);
  });
};

exports.revoke = function (opts, callback) {
  request.post({
    url: tokenServer + '/token/revoke',
    formData: { token: opts.token, accessKey: opts.accessKey, signature: signature('token=' + opts.token, opts.secretKey) }
  }, callback);
};
