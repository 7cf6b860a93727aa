// API test harness: one real Temporal dev server, one PGlite database (a migrated clone), a worker writing to it
// through the DbStore, and the real Hono app, per test file. Requests go through `app.request()`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiConfig, createApp, hashPassword, type Role, type RutaApp } from '@ruta/api';
import { createApiKey, createUser, type Database } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import type { Logger } from '@ruta/log';
import type { ActivityDefinition } from '@ruta/sdk';
import type { Tracing } from '@ruta/temporal';
import { buildWorkflowBundle, CUSTOM_ACTIVITIES, createRutaWorker, DbStore, workerCatalog } from '@ruta/workers';
import type { ClientInterceptors } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { ROOT } from '../support/engine';
import { type TemporalTestServer, withLocalServer } from '../support/temporal';

export { ROOT };

/** The sandbox webhook secret every test app uses. */
export const SANDBOX_SECRET = 'test-sandbox-secret';
export const TWILIO_TOKEN = 'test-twilio-token';
export const WHATSAPP_SECRET = 'test-whatsapp-secret';
export const WHATSAPP_VERIFY = 'test-verify-token';

/** A person signed in through the API: what a browser would hold (the session cookie and the CSRF token). */
export interface PersonSession {
  id: string;
  email: string;
  password: string;
  /** `name=value` of the session cookie. */
  cookie: string;
  csrfToken: string;
}

/** The first `name=value` pair of a Set-Cookie header for `name`, if the answer set it. */
export function cookieFrom(headers: Headers, name = 'ruta_session'): string | undefined {
  for (const line of headers.getSetCookie()) {
    const pair = line.split(';')[0]!;
    if (pair.startsWith(`${name}=`) || pair.startsWith(`__Host-${name}=`)) return pair;
  }
  return undefined;
}

/** An answer of the API, read once. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface ApiHarness {
  readonly app: RutaApp;
  readonly db: Database;
  readonly server: TemporalTestServer;
  readonly taskQueue: string;
  /** A key with the `admin` scope. */
  readonly adminKey: string;
  /**
   * Sends a request; `body` objects are sent as JSON. With `as`, the request comes from that person's browser (their
   * session cookie and CSRF token, no key); otherwise with `key` (default: the admin key; null: none).
   */
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { key?: string | null; as?: PersonSession; body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer<T>>;
  /** Creates a key with these scopes. */
  key(...scopes: string[]): Promise<string>;
  /** Creates a person with these roles and memberships and signs them in through POST /v1/auth/sign-in. */
  person(options: PersonOptions): Promise<PersonSession>;
  /** Signs an existing person in again (a new session). */
  signIn(email: string, password: string): Promise<PersonSession>;
}

export interface PersonOptions {
  roles: Role[];
  queues?: string[];
  teams?: string[];
  email?: string;
  displayName?: string;
  language?: 'es' | 'en';
}

export interface HarnessOptions {
  /** Run a worker (default true). */
  worker?: boolean;
  config?: Partial<ApiConfig>;
  /** Activities replacing built-ins in the worker (failure injection). */
  overrides?: ActivityDefinition[];
  /** The app's and the worker's logger; errors are not logged at all without one. */
  logger?: Logger;
  /** Another workflow bundle for the worker (a test fixture), resolved inside beforeAll. */
  bundlePath?: () => Promise<string>;
  /** The clock sessions are judged by (tests move it). */
  now?: () => Date;
  /**
   * OpenTelemetry tracing (see @ruta/temporal's startTracing): the client's interceptors, request spans in the app,
   * and a worker on the traced workflow bundle. Off by default, whatever the OTEL_* variables say.
   */
  tracing?: Tracing;
  /** Interceptors of the app's Temporal client (failure injection on the real client: a start that fails or waits). */
  clientInterceptors?: ClientInterceptors;
}

/** Sets up the harness for the current test file (beforeAll/afterAll); use it inside tests only. */
export function withApi(options: HarnessOptions = {}): ApiHarness {
  const { tracing } = options;
  const interceptors = tracing?.clientInterceptors ?? options.clientInterceptors;
  const server = withLocalServer(interceptors ? { client: { interceptors } } : {});
  const taskQueue = `api-${Math.random().toString(36).slice(2, 10)}`;
  let db: Database | undefined;
  let app: RutaApp | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let adminKey = '';
  let people = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    adminKey = (await createApiKey(db.db, { name: 'test-admin', scopes: ['admin'] })).key;
    app = createApp({
      db: db.db,
      changes: db,
      temporal: { client: server.client, taskQueue },
      config: {
        rateLimit: null,
        authFailuresPerMinute: null,
        signInFailuresPerAccount: null,
        sandboxSecret: SANDBOX_SECRET,
        twilioAuthToken: TWILIO_TOKEN,
        whatsappAppSecret: WHATSAPP_SECRET,
        whatsappVerifyToken: WHATSAPP_VERIFY,
        publicUrl: undefined,
        designerDir: undefined,
        ...options.config,
      },
      ...(options.logger ? { logger: options.logger } : { log: () => {} }),
      ...(options.now ? { now: options.now } : {}),
      ...(tracing ? { tracer: tracing.tracer } : {}),
    });
    if (options.worker !== false) {
      worker = await createRutaWorker({
        connection: server.nativeConnection,
        taskQueue,
        store: new DbStore(db.db),
        ...(options.logger ? { logger: options.logger } : {}),
        tracing,
        bundlePath: options.bundlePath
          ? await options.bundlePath()
          : tracing
            ? await buildWorkflowBundle(undefined, undefined, undefined, { tracing: true })
            : inject('workflowBundle'),
        ...(options.overrides ? { overrides: options.overrides } : {}),
      });
      running = worker.run();
    }
    // What a worker does at start-up: publish the custom activities it serves (through the API's own route).
    const published = await app.request('/v1/activities/catalog', {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        worker: { identity: `test-worker@${taskQueue}`, taskQueue: null },
        activities: workerCatalog(CUSTOM_ACTIVITIES, null),
      }),
    });
    if (published.status !== 200) throw new Error(`Publishing the catalog failed: ${await published.text()}`);
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await app?.runtime.cases?.close();
    await db?.close();
  });

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not ready: use the harness inside tests`);
    return v;
  };

  const harness: ApiHarness = {
    get app() {
      return need(app, 'The app');
    },
    get db() {
      return need(db, 'The database');
    },
    server,
    taskQueue,
    get adminKey() {
      return adminKey;
    },
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = {};
      const key = opts.key === undefined ? (opts.as ? null : adminKey) : opts.key;
      if (key) headers.authorization = `Bearer ${key}`;
      if (opts.as) {
        headers.cookie = opts.as.cookie;
        headers['x-csrf-token'] = opts.as.csrfToken;
      }
      Object.assign(headers, opts.headers);
      let body: string | undefined;
      if (opts.body !== undefined) {
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await need(app, 'The app').request(path, {
        method,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      // An event stream never ends by itself: the caller learns its status and headers, and it is closed at once.
      const streaming = res.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
      if (streaming) await res.body?.cancel();
      const text = streaming ? '' : await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (HTML, XML)
      }
      return { status: res.status, headers: res.headers, text, body: parsed as never };
    },
    async key(...scopes) {
      return (await createApiKey(need(db, 'The database').db, { name: `test-${scopes.join('+') || 'none'}`, scopes }))
        .key;
    },
    async signIn(email, password) {
      const r = await harness.call<{ user: { id: string }; csrfToken: string }>('POST', '/v1/auth/sign-in', {
        key: null,
        body: { email, password },
      });
      const cookie = cookieFrom(r.headers);
      if (r.status !== 200 || !cookie) throw new Error(`sign-in of ${email} failed: ${r.status} ${r.text}`);
      return { id: r.body.user.id, email, password, cookie, csrfToken: r.body.csrfToken };
    },
    async person(o) {
      const n = ++people;
      const email = o.email ?? `${o.roles.join('-') || 'nobody'}-${n}@example.cl`;
      const password = `contraseña de prueba ${n}`;
      await createUser(need(db, 'The database').db, {
        email,
        displayName: o.displayName ?? `${o.roles.join(' + ') || 'Nobody'} ${n}`,
        roles: o.roles,
        queues: o.queues ?? [],
        teams: o.teams ?? [],
        language: o.language ?? 'es',
        passwordHash: await hashPassword(password),
      });
      return harness.signIn(email, password);
    },
  };
  return harness;
}

/** A sample flow document from examples/flows. */
export function sample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'examples/flows', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

export { eventually } from '../support/eventually';

/** Asserts an answer is problem+json with this status, and returns its body. */
export function expectProblem(answer: Answer<unknown>, status: number): Record<string, unknown> {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toContain('application/problem+json');
  expect(answer.body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    code: expect.any(String),
  });
  return answer.body as Record<string, unknown>;
}

/** Creates and publishes a sample flow through the API; returns its id and version. */
export async function publishSample(
  api: ApiHarness,
  template: string,
  overrides: { id?: string; settings?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> {
  const document = { ...sample(template), ...(overrides.settings ? { settings: overrides.settings } : {}) };
  const created = await api.call<{ id: string }>('POST', '/v1/flows', {
    body: { document, ...(overrides.id ? { id: overrides.id } : {}) },
  });
  expect(created.status, created.text).toBe(201);
  const published = await api.call<{ version: number }>('POST', `/v1/flows/${created.body.id}/publish`, { body: {} });
  expect(published.status, published.text).toBe(201);
  return { id: created.body.id, version: published.body.version };
}
