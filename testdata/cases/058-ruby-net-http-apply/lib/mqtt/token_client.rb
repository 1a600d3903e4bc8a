require 'base64'
require 'json'
require 'net/http'
require 'openssl'

module Mqtt
  class TokenClient
    APPLY_URI = URI('https://mqauth.aliyuncs.com/token/apply')

    def initialize(access_key:, secret_key:, instance_id: 'mqtt-test-instance')
      @access_key = access_key
      @secret_key = secret_key
      @instance_id = instance_id
    end

    def apply(topics, actions: 'R,W', ttl_ms: 3_600_000)
      fields = {
        'actions' => actions,
        'resources' => topics.sort.join(','),
        'expireTime' => ((Time.now.to_f * 1000).to_i + ttl_ms).to_s,
        'instanceId' => @instance_id,
        'serviceName' => 'mq'
      }
      text = fields.sort.map { |key, value| "#{key}=#{value}" }.join('&')
      signature = Base64.strict_encode64(OpenSSL::HMAC.digest('sha1', @secret_key, text))
      form = fields.merge('proxyType' => 'MQTT', 'accessKey' => @access_key, 'signature' => signature)
      JSON.parse(Net::HTTP.post_form(APPLY_URI, form).body)['tokenData']
    end
  end
end
