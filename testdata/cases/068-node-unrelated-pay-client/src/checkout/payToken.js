import axios from 'axios';

const client = axios.create({
  baseURL: 'https://api.example-pay.com/app/api/v1',
  timeout: 10000,
});

export async function applyPayToken(orderNo, amountCents, merchantId) {
  const { data } = await client.post('/token/apply', {
    merchant_id: merchantId,
    out_trade_no: orderNo,
    total_amount: amountCents,
  });
  return data.token;
}

export async function revokePayToken(token) {
  await client.post('/token/revoke', { token });
}
