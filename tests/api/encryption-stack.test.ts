// `npm start` with RUTA_ENCRYPTION_KEY set: the local stack (dev server, PGlite, worker, API) encrypts every payload,
// and points the dev server's Web UI at the API's codec endpoint, which decodes them without an API key.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@ruta/api';
import { ENCRYPTED_ENCODING, payloadsToJson } from '@ruta/temporal';
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../browser/support';
import { eventually } from './support';

const KEY = 'ruta_enc_stack_admin_key_0123456789ab';
let stack: LocalStack;
let dataDir: string;
let uiPort = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ruta-enc-stack-'));
  const [temporalPort, apiPort] = [await freePort(), await freePort()];
  uiPort = await freePort();
  stack = await startLocalStack({
    dataDir,
    port: apiPort,
    bundlePath: inject('workflowBundle'),
    env: {
      ...process.env,
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      RUTA_ADMIN_KEY: KEY,
      RUTA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      TEMPORAL_ADDRESS: '',
      DATABASE_URL: '',
    },
  });
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

describe('the local stack with an encryption key', () => {
  it('encrypts payloads and wires the Web UI to the codec endpoint', { timeout: 120_000 }, async () => {
    expect(stack.encrypted).toBe(true);
    const settings = (await (await fetch(`http://127.0.0.1:${uiPort}/api/v1/settings`)).json()) as {
      Codec?: { Endpoint?: string };
    };
    const endpoint = settings.Codec?.Endpoint ?? '';
    expect(endpoint.startsWith(`${stack.url}/codec/ui/`)).toBe(true);

    await api('POST', '/v1/flows', { template: 'delivery-delay' });
    await api('POST', '/v1/flows/f_delivery_delay/publish', { note: 'v1' });
    await api('PUT', '/v1/customers/c_enc', { name: 'Valentina Ortúzar', phone: '+56987654321' });
    const r = await api<{ journeys: { workflowId: string }[] }>('POST', '/v1/events', {
      id: 'evt_enc_1',
      type: 'delivery.delayed',
      customerId: 'c_enc',
      data: { eta: 'jueves 14:00', orderId: 'A-1' },
    });
    const id = r.journeys[0]!.workflowId;
    await eventually('the journey to wait for the reply', async () =>
      (await api<{ wait: unknown }>('GET', `/v1/journeys/${encodeURIComponent(id)}`)).wait ? true : undefined,
    );

    // Read raw, with a client that has no codec.
    const connection = await Connection.connect({ address: stack.temporal.address });
    try {
      const history = await new Client({ connection }).workflow.getHandle(id).fetchHistory();
      const input = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads as Payload[];
      expect(Buffer.from(input[0]!.metadata!.encoding!).toString()).toBe(ENCRYPTED_ENCODING);
      const raw = JSON.stringify(history) + input.map((p) => Buffer.from(p.data!).toString('latin1')).join('');
      expect(raw).not.toContain('Valentina');
      // What the Web UI does: POST <endpoint>/decode, no API key, from its origin.
      const res = await fetch(`${endpoint}/decode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-namespace': 'default', origin: `http://127.0.0.1:${uiPort}` },
        body: JSON.stringify(payloadsToJson(input)),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(`http://127.0.0.1:${uiPort}`);
      const decoded = (await res.json()) as { payloads: { data: string }[] };
      expect(Buffer.from(decoded.payloads[0]!.data, 'base64').toString()).toContain('Valentina Ortúzar');
      // And the Web UI itself shows the input to an operator: it can only, through the codec endpoint (the flow's
      // name is in the encrypted input, nowhere else on the page).
      const { launch } = await import('../browser/support');
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const codecCalls: number[] = [];
        page.on('response', (r) => {
          if (r.url().includes('/codec/ui/')) codecCalls.push(r.status());
        });
        await page.goto(`http://127.0.0.1:${uiPort}/namespaces/default/workflows/${encodeURIComponent(id)}`);
        await expect.poll(() => page.content(), { timeout: 60_000 }).toContain('Aviso de retraso en la entrega');
        expect(codecCalls).toContain(200);
      } finally {
        await browser.close();
      }
    } finally {
      await connection.close();
    }
  });
});
