import { createHmac, timingSafeEqual } from 'node:crypto';

/** Compares two strings in constant time (for the same length). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `sha256=<hex>` of HMAC-SHA256 over the raw body: the sandbox's `x-ruta-signature` and WhatsApp's `X-Hub-Signature-256`. */
export function hmacSha256Header(secret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the `sha256=<hex>` signature of `body` under `secret`. */
export function verifySha256Header(secret: string, body: Uint8Array, header: string | undefined): boolean {
  if (!header) return false;
  return safeEqual(header.trim().toLowerCase(), hmacSha256Header(secret, body));
}

/**
 * Twilio's request signature (`X-Twilio-Signature`): base64 HMAC-SHA1, keyed by the auth token, of the full URL
 * Twilio called followed by every POST parameter as name+value, names sorted.
 * See https://www.twilio.com/docs/usage/security#validating-requests.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** Whether a Twilio webhook carries a valid signature for this URL and form. */
export function verifyTwilio(
  authToken: string,
  url: string,
  params: Record<string, string>,
  header: string | undefined,
): boolean {
  return header !== undefined && safeEqual(header.trim(), twilioSignature(authToken, url, params));
}
