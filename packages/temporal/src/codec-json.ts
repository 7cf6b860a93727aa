// The JSON form of payloads in Temporal's remote codec protocol (what the Web UI and `temporal --codec-endpoint`
// send to POST <endpoint>/encode and /decode): `{ "payloads": [{ "metadata": { "<key>": "<base64>" }, "data":
// "<base64>" }] }`, the proto3 JSON mapping of temporal.api.common.v1.Payloads.
import type { Payload } from '@temporalio/common';

/** One payload as JSON: metadata values and data in base64. */
export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

/** Payloads from the codec protocol's JSON; throws naming the field when it is not that shape. */
export function payloadsFromJson(body: unknown): Payload[] {
  const list = (body as { payloads?: unknown } | null)?.payloads;
  if (!Array.isArray(list)) throw new TypeError('payloads: expected an array of { metadata, data }');
  return list.map((p, i) => {
    if (!p || typeof p !== 'object') throw new TypeError(`payloads.${i}: expected an object`);
    const { metadata = {}, data = '' } = p as JsonPayload;
    if (typeof data !== 'string') throw new TypeError(`payloads.${i}.data: expected base64 text`);
    const meta: Record<string, Uint8Array> = {};
    for (const [k, v] of Object.entries(metadata ?? {})) {
      if (typeof v !== 'string') throw new TypeError(`payloads.${i}.metadata.${k}: expected base64 text`);
      meta[k] = new Uint8Array(Buffer.from(v, 'base64'));
    }
    return { metadata: meta, data: new Uint8Array(Buffer.from(data, 'base64')) };
  });
}

/** Payloads as the codec protocol's JSON. */
export function payloadsToJson(payloads: readonly Payload[]): { payloads: JsonPayload[] } {
  const b64 = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('base64');
  return {
    payloads: payloads.map((p) => ({
      metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, b64(v)])),
      data: b64(p.data),
    })),
  };
}
