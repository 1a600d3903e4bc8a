package voucher

import (
	"encoding/json"
	"net/http"
	"net/url"
)

const baseURL = "https://api.example-vouchers.com/v1"

type Client struct {
	HTTP   *http.Client
	APIKey string
}

func (c *Client) ApplyToken(campaign, customer string) (string, error) {
	form := url.Values{"campaign": {campaign}, "customer": {customer}, "api_key": {c.APIKey}}
	resp, err := c.HTTP.PostForm(baseURL+"/token/apply", form)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var reply struct {
		Token string `json:"token"`
	}
	err = json.NewDecoder(resp.Body).Decode(&reply)
	return reply.Token, err
}
