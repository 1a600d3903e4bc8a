import { createHmac } from 'crypto';

const TOKEN_SERVER = 'https://mqauth.aliyuncs.com';

interface TokenServerReply {
  success: boolean;
  code: number;
  message: string;
}

function sign(text: string, secretKey: string): string {
  return createHmac('sha1', secretKey).update(text, 'utf8').digest('base64');
}

export async function isTokenValid(token: string, accessKey: string, secretKey: string): Promise<boolean> {
  const body = new URLSearchParams({
    token,
    accessKey,
    signature: sign(`token=${token}`, secretKey),
  });
  const response = await fetch(`${TOKEN_SERVER}/token/query`, { method: 'POST', body });
  const reply = (await response.json()) as TokenServerReply;
  return reply.success && reply.code === 200;
}
