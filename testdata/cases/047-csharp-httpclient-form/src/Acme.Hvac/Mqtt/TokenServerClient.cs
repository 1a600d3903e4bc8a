using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Acme.Hvac.Mqtt
{
    public class TokenServerClient
    {
        private const string ApplyUrl = "https://mqauth.aliyuncs.com/token/apply";

        private readonly HttpClient _http;
        private readonly LegacySigner _signer;

        public TokenServerClient(HttpClient http, LegacySigner signer)
        {
            _http = http;
            _signer = signer;
        }

        public async Task<string> ApplyAsync(string unitId, TimeSpan validFor)
        {
            var fields = new SortedDictionary<string, string>
            {
                ["actions"] = "R,W",
                ["resources"] = $"hvac/{unitId}",
                ["expireTime"] = DateTimeOffset.UtcNow.Add(validFor).ToUnixTimeMilliseconds().ToString(),
                ["instanceId"] = "mqtt-test-instance",
                ["serviceName"] = "mq",
            };
            var form = new Dictionary<string, string>(fields)
            {
                ["proxyType"] = "MQTT",
                ["accessKey"] = _signer.AccessKeyId,
                ["signature"] = _signer.Sign(fields),
            };
            var response = await _http.PostAsync(ApplyUrl, new FormUrlEncodedContent(form));
            using var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return reply.RootElement.GetProperty("tokenData").GetString();
        }
    }
}
