import requests

PAY_BASE = "https://api.example-pay.com/app/api/v1"


class PayGateway:
    def __init__(self, merchant_id, api_secret):
        self.merchant_id = merchant_id
        self.api_secret = api_secret

    def apply_token(self, order_no, amount_cents):
        payload = {
            "merchant_id": self.merchant_id,
            "out_trade_no": order_no,
            "total_amount": amount_cents,
        }
        headers = {"X-Api-Secret": self.api_secret}
        reply = requests.post(PAY_BASE + "/token/apply", json=payload, headers=headers, timeout=10)
        reply.raise_for_status()
        return reply.json()["token"]
