package mqtttoken

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

const tokenServer = "https://mqauth.aliyuncs.com"

type Client struct {
	HTTP      *http.Client
	AccessKey string
	Sign      func(url.Values) string
}

func (c *Client) Apply(resources, actions string, ttl time.Duration) (string, error) {
	form := url.Values{}
	form.Set("actions", actions)
	form.Set("resources", resources)
	form.Set("expireTime", strconv.FormatInt(time.Now().Add(ttl).UnixMilli(), 10))
	form.Set("instanceId", "mqtt-test-instance")
	form.Set("serviceName", "mq")
	form.Set("signature", c.Sign(form))
	form.Set("proxyType", "MQTT")
	form.Set("accessKey", c.AccessKey)
	resp, err := c.HTTP.PostForm(tokenServer+"/token/apply", form)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var reply struct {
		TokenData string `json:"tokenData"`
	}
	err = json.NewDecoder(resp.Body).Decode(&reply)
	return reply.TokenData, err
}

func (c *Client) Revoke(token string) error {
	form := url.Values{"token": {token}, "accessKey": {c.AccessKey}}
	form.Set("signature", c.Sign(url.Values{"token": {token}}))
	resp, err := c.HTTP.PostForm(tokenServer+"/token/revoke", form)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
