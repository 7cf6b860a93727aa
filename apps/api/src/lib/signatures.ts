import { createHmac, timingSafeEqual } from 'node:crypto';

/** Compares two strings in constant time (for the same length). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** `sha256=<hex>` of HMAC-SHA256 over the raw body: WhatsApp's `X-Hub-Signature-256` (Meta signs no timestamp). */
export function hmacSha256Header(secret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Whether `header` is the `sha256=<hex>` signature of `body` under `secret`. */
export function verifySha256Header(secret: string, body: Uint8Array, header: string | undefined): boolean {
  if (!header) return false;
  return safeEqual(header.trim().toLowerCase(), hmacSha256Header(secret, body));
}

/** How old (or how far in the future) a signed sandbox request may be: a captured request replays for this long only. */
export const SANDBOX_SIGNATURE_TOLERANCE_S = 300;

/**
 * The sandbox webhook's `x-ruta-signature`, Stripe / Standard Webhooks style: `t=<unix seconds>,v1=<hex>` where the
 * hex is HMAC-SHA256, keyed by the sandbox secret, of `<t>.<raw body>`. The timestamp is signed with the body, so
 * a captured request cannot be replayed after {@link SANDBOX_SIGNATURE_TOLERANCE_S} seconds.
 *
 * @example
 * fetch(url, { method: 'POST', body: raw, headers: { 'x-ruta-signature': sandboxSignatureHeader(secret, raw) } });
 */
export function sandboxSignatureHeader(secret: string, body: Uint8Array | string, nowMs = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${sandboxDigest(secret, t, body)}`;
}

function sandboxDigest(secret: string, t: number, body: Uint8Array | string): string {
  return createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
}

/** Whether `header` signs `body` under `secret` within the tolerance; else why not (said to the caller). */
export function verifySandboxSignature(
  secret: string,
  body: Uint8Array,
  header: string | undefined,
  nowMs = Date.now(),
): { ok: true } | { ok: false; reason: string } {
  const fields = new Map<string, string[]>();
  for (const part of (header ?? '').split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k && v) fields.set(k, [...(fields.get(k) ?? []), v]);
  }
  const t = Number(fields.get('t')?.[0]);
  const given = fields.get('v1') ?? [];
  if (!Number.isInteger(t) || given.length === 0) {
    return {
      ok: false,
      reason: 'Missing or malformed x-ruta-signature: send t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">',
    };
  }
  if (Math.abs(nowMs / 1000 - t) > SANDBOX_SIGNATURE_TOLERANCE_S) {
    return {
      ok: false,
      reason: `The x-ruta-signature timestamp is more than ${SANDBOX_SIGNATURE_TOLERANCE_S} s away from the server's clock`,
    };
  }
  const expected = sandboxDigest(secret, t, body);
  return given.some((v) => safeEqual(v.toLowerCase(), expected))
    ? { ok: true }
    : { ok: false, reason: 'The x-ruta-signature does not match the body' };
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
