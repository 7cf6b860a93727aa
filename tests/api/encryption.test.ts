// Temporal payloads encrypted end to end on the real dev server: a journey runs through the API and a worker with a
// key, its raw history (read by a client without the codec) holds no customer value in clear, the API's codec
// endpoint decodes it for an operator, and a journey started under key A finishes after rotating to key B.
import { randomBytes } from 'node:crypto';
import { type ApiConfig, createApp, type RutaApp, sandboxSignatureHeader } from '@ruta/api';
import { createApiKey, type Database, dbPlanStore, getJourney } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import {
  ENCRYPTED_ENCODING,
  EncryptionCodec,
  type EncryptionKey,
  KEY_ID_METADATA,
  PLAN_REF_ENCODING,
  payloadsToJson,
  RutaCustomerId,
  rutaDataConverter,
} from '@ruta/temporal';
import { createRutaWorker, DbStore } from '@ruta/workers';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withLocalServer } from '../support/temporal';
import { eventually, sample } from './support';

// The environment's client has no codec (dataConverter chosen: none), so it reads histories raw.
const server = withLocalServer({ client: { dataConverter: undefined } });
const A: EncryptionKey = { id: 'key-a', key: randomBytes(32) };
const B: EncryptionKey = { id: 'key-b', key: randomBytes(32) };
const SANDBOX = 'enc-sandbox-secret';
const UI_TOKEN = 'ui-token-for-tests';
const UI_ORIGIN = 'http://127.0.0.1:8233';
const taskQueue = `enc-${Date.now()}`;

/** What must never be readable in Temporal's history. */
const PII = {
  name: 'Valentina Ortúzar',
  phone: '+56 9 8765 4321',
  email: 'valentina.ortuzar@example.cl',
  eta: 'jueves 14:00 en Av. Providencia 1234',
  reply: 'Gracias, la tarjeta 4111 1111 1111 1111 sigue activa',
};

let db: Database;
let adminKey = '';
let worker: { worker: Worker; running: Promise<void> } | undefined;
let app: RutaApp;

/** Ruta's data converter as the API and worker build it, with these keys in the environment and the database's plans. */
function rutaConverter(keys: EncryptionKey[]) {
  const list = keys.map((k) => `${k.id}:${Buffer.from(k.key).toString('base64')}`).join(',');
  return rutaDataConverter({ planStore: dbPlanStore(db.db), env: { RUTA_ENCRYPTION_KEYS: list } });
}

async function startWorker(keys: EncryptionKey[]) {
  const w = await createRutaWorker({
    connection: server.nativeConnection,
    taskQueue,
    store: new DbStore(db.db),
    bundlePath: inject('workflowBundle'),
    dataConverter: rutaConverter(keys),
  });
  worker = { worker: w, running: w.run() };
}

async function stopWorker() {
  worker?.worker.shutdown();
  await worker?.running;
  worker = undefined;
}

function appWith(keys: EncryptionKey[]): RutaApp {
  const client = new Client({
    connection: server.connection,
    namespace: server.namespace,
    dataConverter: rutaConverter(keys),
  });
  return createApp({
    db: db.db,
    temporal: { client, taskQueue },
    config: {
      rateLimit: null,
      sandboxSecret: SANDBOX,
      attentionCheck: null,
      codec: { corsOrigins: [UI_ORIGIN], uiToken: UI_TOKEN },
    } as Partial<ApiConfig>,
    log: () => {},
  });
}

async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
) {
  const key = options.key === undefined ? adminKey : options.key;
  const res = await app.request(path, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: (text ? JSON.parse(text) : null) as T };
}

beforeAll(async () => {
  db = await createTestDatabase();
  adminKey = (await createApiKey(db.db, { name: 'enc-admin', scopes: ['admin'] })).key;
  app = appWith([A]);
  await startWorker([A]);
  const created = await call('POST', '/v1/flows', { body: { document: sample('delivery-delay') } });
  expect(created.status, created.text).toBe(201);
  const published = await call('POST', '/v1/flows/f_delivery_delay/publish', { body: {} });
  expect(published.status, published.text).toBe(201);
});

afterAll(async () => {
  await stopWorker();
  await db?.close();
});

/** Starts delivery-delay for a new customer with personal data and waits until it waits for the reply. */
async function startJourney(tag: string): Promise<{ id: string; customerId: string }> {
  const customerId = `c_enc_${tag}_${Date.now()}`;
  const put = await call('PUT', `/v1/customers/${customerId}`, {
    body: { name: PII.name, phone: PII.phone, email: PII.email, locale: 'es' },
  });
  expect(put.status, put.text).toBe(200);
  const r = await call<{ journeys: { workflowId: string }[] }>('POST', '/v1/events', {
    body: {
      id: `e-enc-${tag}-${Date.now()}`,
      type: 'delivery.delayed',
      customerId,
      data: { eta: PII.eta, orderId: 'A-1' },
    },
  });
  expect(r.status, r.text).toBe(202);
  const id = r.body.journeys[0]!.workflowId;
  await eventually('the journey to wait for the reply', async () => {
    const d = await call<{ wait: unknown }>('GET', `/v1/journeys/${encodeURIComponent(id)}`);
    return d.body.wait ? true : undefined;
  });
  return { id, customerId };
}

async function replyAndFinish(id: string, customerId: string): Promise<void> {
  const raw = JSON.stringify({ customerId, text: PII.reply, channel: 'whatsapp', messageId: `wamid-${Date.now()}` });
  const replied = await app.request('/v1/channels/sandbox/inbound', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ruta-signature': sandboxSignatureHeader(SANDBOX, raw) },
    body: raw,
  });
  expect(replied.status, await replied.clone().text()).toBe(200);
  await eventually('the journey to complete', async () => {
    const row = await getJourney(db.db, id);
    return row?.status === 'completed' ? true : undefined;
  });
}

/** Every payload of a history, with where it sits (search attributes and memo are not payload-encoded). */
function payloadsOf(value: unknown, path = '', out: { path: string; payload: Payload }[] = []) {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return out;
  const v = value as Record<string, unknown>;
  if ('metadata' in v && 'data' in v && v.data instanceof Uint8Array) {
    out.push({ path, payload: v as Payload });
    return out;
  }
  for (const [k, child] of Object.entries(v)) payloadsOf(child, `${path}.${k}`, out);
  return out;
}

const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');

async function rawHistory(id: string): Promise<temporal.api.history.v1.IHistory> {
  return server.client.workflow.getHandle(id).fetchHistory();
}

describe('payload encryption', () => {
  it('keeps customer data out of the raw history, and the codec endpoint shows it to an operator', async () => {
    const { id, customerId } = await startJourney('e2e');
    await replyAndFinish(id, customerId);
    const history = await rawHistory(id);

    const all = payloadsOf(history);
    const encoded = all.filter((p) => !p.path.includes('searchAttributes') && !p.path.includes('memo'));
    expect(encoded.length).toBeGreaterThan(5);
    for (const { path, payload } of encoded) {
      expect(text(payload.metadata?.encoding), path).toBe(ENCRYPTED_ENCODING);
      expect(text(payload.metadata?.[KEY_ID_METADATA]), path).toBe('key-a');
    }
    const rawText = all.map((p) => text(p.payload.data)).join('\n') + JSON.stringify(history);
    for (const [what, value] of Object.entries(PII)) {
      expect(rawText.includes(value), `${what} in clear in the history`).toBe(false);
    }
    // Search attributes stay readable: the customer id is an opaque id, never personal data.
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const attr = started?.searchAttributes?.indexedFields?.[RutaCustomerId.name];
    expect(text(attr?.data)).toBe(JSON.stringify(customerId));

    // The codec endpoint decodes the start input for an operator with a key…
    const input = payloadsToJson(started?.input?.payloads as Payload[]);
    const decoded = await call<{ payloads: { metadata: Record<string, string>; data: string }[] }>(
      'POST',
      '/codec/decode',
      { body: input },
    );
    expect(decoded.status, decoded.text).toBe(200);
    const plain = Buffer.from(decoded.body.payloads[0]!.data, 'base64').toString('utf8');
    expect(plain).toContain(PII.name);
    expect(plain).toContain(PII.eta);
    expect(Buffer.from(decoded.body.payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    // The plan is in history as a reference only (inside the encryption), and the endpoint swaps the plan back.
    const startPayloads = (started?.input?.payloads ?? []) as Payload[];
    const sealedPlan = await new EncryptionCodec([A]).decode([startPayloads[1]!]);
    expect(text(sealedPlan[0]!.metadata?.encoding)).toBe(PLAN_REF_ENCODING);
    expect(sealedPlan[0]!.data).toHaveLength(32);
    expect(Buffer.from(decoded.body.payloads[1]!.data, 'base64').toString('utf8')).toContain('"f_delivery_delay"');
    // …and encode is its inverse.
    const again = await call<{ payloads: unknown[] }>('POST', '/codec/encode', { body: decoded.body });
    expect(again.status, again.text).toBe(200);
    const roundTrip = await call<typeof decoded.body>('POST', '/codec/decode', { body: again.body });
    expect(roundTrip.body.payloads[0]!.data).toBe(decoded.body.payloads[0]!.data);

    // No key: 401. The Web UI's key-less route needs the secret path segment.
    expect((await call('POST', '/codec/decode', { body: input, key: null })).status).toBe(401);
    const ui = await call<typeof decoded.body>('POST', `/codec/ui/${UI_TOKEN}/decode`, {
      body: input,
      key: null,
      headers: { origin: UI_ORIGIN, 'x-namespace': 'default' },
    });
    expect(ui.status, ui.text).toBe(200);
    expect(ui.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(ui.body.payloads[0]!.data).toBe(decoded.body.payloads[0]!.data);
    expect((await call('POST', '/codec/ui/wrong-token/decode', { body: input, key: null })).status).toBe(404);

    // The browser's preflight from the Temporal UI is answered; another origin gets no CORS grant.
    const preflight = await app.request('/codec/decode', {
      method: 'OPTIONS',
      headers: {
        origin: UI_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-namespace,authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-namespace');
    const other = await app.request('/codec/decode', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a journey started under key A completes after rotating to key B (A kept to decrypt)', async () => {
    const { id, customerId } = await startJourney('rotate');
    await stopWorker();
    // Rotate: B encrypts from now on, A still decrypts. A fresh worker replays the history sealed with A.
    app = appWith([B, A]);
    await startWorker([B, A]);
    await replyAndFinish(id, customerId);

    const ids = new Set(
      payloadsOf(await rawHistory(id))
        .filter((p) => !p.path.includes('searchAttributes'))
        .map((p) => text(p.payload.metadata?.[KEY_ID_METADATA])),
    );
    expect(ids).toEqual(new Set(['key-a', 'key-b']));

    // Without A, A's payloads cannot be read, and the error says which key is missing.
    const start = (await rawHistory(id)).events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads;
    await expect(new EncryptionCodec([B]).decode(start as Payload[])).rejects.toThrow(
      '"key-a", which is not configured',
    );
    app = appWith([B]);
    const refused = await call('POST', '/codec/decode', { body: payloadsToJson(start as Payload[]) });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.text).toContain('key-a');
  });
});
