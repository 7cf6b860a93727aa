import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors/api-error';
import { bodyLimit } from '.';

/** What the routes saw of each body, to compare the Node fast path with Hono's own reading. */
function testApp() {
  const app = new Hono<AppEnv>();
  app.onError((err, c) =>
    err instanceof ApiError
      ? c.json({ status: err.status, limit: err.extensions?.limit }, 413)
      : c.text(String(err), 500),
  );
  app.use(bodyLimit({ defaultBytes: 64, routes: [{ method: 'POST', path: '/big', bytes: 1000 }] }));
  app.post('/json', async (c) => c.json({ json: await c.req.json() }));
  app.post('/big', async (c) => c.json({ json: await c.req.json() }));
  app.post('/bytes', async (c) => c.json({ hex: Buffer.from(await c.req.arrayBuffer()).toString('hex') }));
  app.post('/form', async (c) => c.json({ form: await c.req.parseBody() }));
  app.post('/ignored', (c) => c.json({ ok: true }));
  // Whether Node's request was read at all by the time the route answers (it never asks for the body).
  app.post('/unread', async (c) => {
    const incoming = (c.env as { incoming: { complete: boolean; readableDidRead: boolean } }).incoming;
    // Until Node has parsed the whole body into the request's buffer (read by nobody yet, or by the middleware).
    while (!incoming.complete) await new Promise((r) => setImmediate(r));
    return c.json({ read: incoming.readableDidRead });
  });
  app.post('/twice', async (c) => c.json({ text: await c.req.text(), json: await c.req.json() }));
  return app;
}

type Sent = { status: number; text: string };

describe('body limit', () => {
  const app = testApp();
  let server: ReturnType<typeof serve>;
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Over real HTTP (Node's request under Hono's), with Content-Length or chunked. */
  const overHttp = (path: string, body: Buffer, type: string, chunked = false) =>
    new Promise<Sent>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: { 'content-type': type, ...(chunked ? {} : { 'content-length': body.length }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      if (chunked) {
        // Two writes, so the body really arrives in chunks.
        req.write(body.subarray(0, 3));
        req.end(body.subarray(3));
      } else req.end(body);
    });
  /** In process (`app.request()`: no Node request, Hono's body limit). */
  const inProcess = async (path: string, body: Buffer, type: string): Promise<Sent> => {
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': type }, body });
    return { status: res.status, text: await res.text() };
  };

  const json = Buffer.from(JSON.stringify({ name: 'Señora Ñandú', emoji: '🦜' }));
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]);
  const bytes = Buffer.from([0x00, 0xff, 0xc3, 0x28, 0x7b]);

  it.each([
    ['JSON with non-ASCII text', '/json', json, 'application/json'],
    ['JSON after a byte-order mark', '/json', bom, 'application/json'],
    ['bytes that are not UTF-8, byte for byte', '/bytes', bytes, 'application/octet-stream'],
    ['a form', '/form', Buffer.from('a=1&b=%C3%B1'), 'application/x-www-form-urlencoded'],
    ['text then JSON of one body', '/twice', Buffer.from('{"x":[1,2]}'), 'application/json'],
    ['a body the route never reads', '/ignored', Buffer.from('{"x":1}'), 'application/json'],
    ['a larger limit on its route', '/big', Buffer.from(JSON.stringify({ s: 'x'.repeat(500) })), 'application/json'],
  ])('reads %s over HTTP exactly as in process, with and without Content-Length', async (_, path, body, type) => {
    const expected = await inProcess(path, body, type);
    expect(expected.status).toBe(200);
    expect(await overHttp(path, body, type)).toEqual(expected);
    expect(await overHttp(path, body, type, true)).toEqual(expected);
  });

  it('reads nothing of a body no one asks for (a request refused before its route reads it is not buffered)', async () => {
    const sent = await overHttp('/unread', Buffer.from('{"x":1}'), 'application/json');
    expect(sent).toEqual({ status: 200, text: JSON.stringify({ read: false }) });
  });

  it('refuses a body over the limit with 413 naming it, with and without Content-Length', async () => {
    const refused = (limit: number) => ({ status: 413, text: JSON.stringify({ status: 413, limit }) });
    const big = Buffer.from(JSON.stringify({ s: 'x'.repeat(100) }));
    expect(await overHttp('/json', big, 'application/json')).toEqual(refused(64));
    expect(await overHttp('/json', big, 'application/json', true)).toEqual(refused(64));
    const huge = Buffer.from(JSON.stringify({ s: 'x'.repeat(2000) }));
    expect(await overHttp('/big', huge, 'application/json')).toEqual(refused(1000));
  });

  it('answers malformed JSON as Hono does in process', async () => {
    const bad = Buffer.from('{"a":');
    const expected = await inProcess('/json', bad, 'application/json');
    expect(expected).toMatchObject({ status: 500, text: expect.stringContaining('SyntaxError') });
    expect(await overHttp('/json', bad, 'application/json')).toEqual(expected);
  });
});
