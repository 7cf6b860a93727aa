// A few thousand mutated flows, events and profiles (from the sample flows in examples/flows and from valid events:
// wrong types, huge and negative numbers, NUL, lone surrogates, deep nesting, missing and extra fields, long strings,
// odd keys and times) against the real app with a worker and Temporal: no answer may be a 5xx, every refusal is
// problem+json, and the stack is healthy after (a valid event still starts its journey). Deterministic: a seeded
// generator; bounded in count and time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { ROOT, sample, withApi } from './support';

const api = withApi();

const SEED = 0x5eed_2026;
const CASES = Number(process.env.RUTA_FUZZ_CASES ?? 2500);
const BUDGET_MS = Number(process.env.RUTA_FUZZ_MS ?? 120_000);
const CONCURRENCY = 8;

/** mulberry32: a small, seeded, deterministic generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof generator>;

/** Placeholder for JSON nested `n` deep, replaced in the serialized text (JSON.stringify overflows at thousands). */
const deepToken = (n: number) => `__deep_${n}__`;
const serialize = (value: unknown) =>
  JSON.stringify(value).replace(/"__deep_(\d+)__"/g, (_m, n: string) => {
    const depth = Number(n);
    return `${'{"d":'.repeat(depth)}0${'}'.repeat(depth)}`;
  });

/** Values that break naive servers. */
function nasty(rng: Rng): unknown {
  return rng.pick<() => unknown>([
    () => 'a\u0000b',
    () => '\ud800',
    () => 'x\udc00y',
    () => 'x'.repeat(rng.pick([1_000, 70_000, 300_000])),
    () => rng.pick([1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, -1, 0, 1.5, Number.MAX_SAFE_INTEGER]),
    () => rng.pick([true, false, null]),
    () => [],
    () => ({}),
    () => [1, 'two', { three: [3] }],
    () => deepToken(rng.pick([33, 64, 5_000])),
    () => rng.pick(['', ' ', '\t\n', '😀', 'مرحبا', '\u202e\u202d', 'Ω≈ç√∫', '<script>', "'; drop table events; --"]),
    () =>
      rng.pick([
        '0000-01-01T00:00:00Z',
        '2026-01-01T00:00:00+19:00',
        '2026-02-30T00:00:00Z',
        '9999-12-31T23:59:59-15:59',
      ]),
    () => rng.pick(['2147483648', '-1', '1e3', '0x10', 'NaN']),
  ])();
}

const ODD_KEYS = ['__proto__', 'constructor', 'prototype', '', 'a\u0000b', '$where', 'toString', 'x'.repeat(500)];

/** Every path to a value inside `root` (objects and arrays), root included. */
function paths(root: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(root)) {
    for (const [i, v] of root.entries()) paths(v, [...at, i], out);
  } else if (root && typeof root === 'object') for (const [k, v] of Object.entries(root)) paths(v, [...at, k], out);
  return out;
}

function parentOf(root: Record<string, unknown>, path: (string | number)[]) {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown> | unknown[];
}

/** Sets an own property (even `__proto__`), as JSON.parse would. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** One to three mutations of a deep copy of `value`. */
function mutate(rng: Rng, value: Record<string, unknown>): Record<string, unknown> {
  const root = structuredClone(value);
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const all = paths(root).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const path = rng.pick(all);
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    switch (rng.int(4)) {
      case 0: // replace with something wrong or hostile
        setOwn(parent, key, nasty(rng));
        break;
      case 1: // remove it
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete (parent as Record<string, unknown>)[key];
        break;
      case 2: // add a field next to it
        if (!Array.isArray(parent)) {
          Object.defineProperty(parent, rng.pick(ODD_KEYS), {
            value: nasty(rng),
            enumerable: true,
            configurable: true,
          });
        }
        break;
      default: // change its type
        setOwn(parent, key, rng.pick([String(key), 42, [key], { key }, null]));
    }
  }
  return root;
}

const FLOWS = readdirSync(join(ROOT, 'examples/flows'))
  .filter((f) => f.endsWith('.json') && !f.includes('.scenarios.'))
  .map((f) => f.replace(/\.json$/, ''));

let seq = 0;
const validEvent = (rng: Rng) => ({
  id: `fz-${++seq}`,
  type: rng.next() < 0.1 ? 'order.placed' : rng.pick(['payment.failed', 'delivery.delayed', 'fuzz.other']),
  customerId: `c_fz_${rng.int(50)}`,
  data: { amount: rng.int(10_000), note: 'hola', nested: { list: [1, 2, 3] } },
  time: '2026-03-02T10:00:00-03:00',
});
const validCloudEvent = (rng: Rng) => ({
  specversion: '1.0',
  id: `fzc-${++seq}`,
  source: 'crm',
  type: 'fuzz.cloud',
  subject: `c_fz_${rng.int(50)}`,
  data: { plan: 'gold' },
});

/** One request: method, path and raw JSON body. */
function nextCase(rng: Rng): { method: string; path: string; body: string } {
  const flow = () => ({ ...sample(rng.pick(FLOWS)), id: `f_fz_${rng.int(40)}` });
  switch (rng.int(8)) {
    case 0:
      return { method: 'POST', path: '/v1/flows', body: serialize({ document: mutate(rng, flow()) }) };
    case 1:
      return { method: 'POST', path: '/v1/flows/import?replace=true', body: serialize(mutate(rng, flow())) };
    case 2: {
      const doc = flow();
      return { method: 'PUT', path: `/v1/flows/${doc.id}`, body: serialize(mutate(rng, { document: doc })) };
    }
    case 3:
      return {
        method: 'POST',
        path: '/v1/flows/f_fuzz_orders/simulate',
        body: serialize(mutate(rng, { scenario: { name: 's', event: { type: 'order.placed', data: { amount: 1 } } } })),
      };
    case 4: {
      const events = Array.from({ length: 1 + rng.int(4) }, () =>
        rng.next() < 0.5 ? mutate(rng, validEvent(rng)) : validEvent(rng),
      );
      return { method: 'POST', path: '/v1/events', body: serialize(events) };
    }
    case 5:
      return {
        method: 'POST',
        path: '/v1/events',
        body: serialize(mutate(rng, rng.next() < 0.5 ? validEvent(rng) : validCloudEvent(rng))),
      };
    case 6:
      return {
        method: 'PUT',
        path: `/v1/customers/c_fz_${rng.int(50)}`,
        body: serialize(
          mutate(rng, {
            name: 'Ana',
            email: 'ana@example.cl',
            phone: '+56 9 1111 2222',
            timeZone: 'America/Santiago',
            consent: { sms: true },
            tags: ['vip'],
            attributes: { plan: { tier: 'gold', since: 2020 } },
          }),
        ),
      };
    default:
      return {
        method: 'POST',
        path: '/v1/flows/f_fuzz_orders/start',
        body: serialize(mutate(rng, { customerId: `c_fz_${rng.int(50)}`, data: { amount: 5 } })),
      };
  }
}

beforeAll(async () => {
  const created = await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_fuzz_orders') } });
  expect(created.status, created.text).toBe(201);
  expect((await api.call('POST', '/v1/flows/f_fuzz_orders/publish', { body: {} })).status).toBe(201);
});

it(`survives ${CASES} mutated flows, events and profiles with no 5xx, and stays healthy`, {
  timeout: BUDGET_MS + 120_000,
}, async () => {
  const rng = generator(SEED);
  const cases = Array.from({ length: CASES }, () => nextCase(rng));
  const until = Date.now() + BUDGET_MS;
  const serverErrors: string[] = [];
  const notProblems: string[] = [];
  const statuses = new Map<number, number>();
  let done = 0;
  const worker = async () => {
    for (let c = cases.shift(); c && Date.now() < until; c = cases.shift()) {
      const r = await api.call(c.method, c.path, { body: c.body });
      done++;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const what = `${c.method} ${c.path} ${c.body.slice(0, 300)} → ${r.status} ${r.text.slice(0, 300)}`;
      if (r.status >= 500) serverErrors.push(what);
      else if (r.status >= 400 && !r.headers.get('content-type')?.includes('application/problem+json')) {
        notProblems.push(what);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const summary = `${done} requests: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`;
  if (process.env.RUTA_TEST_VERBOSE) console.log(summary);
  expect(serverErrors, `${summary}\n${serverErrors.slice(0, 10).join('\n')}`).toEqual([]);
  expect(notProblems, notProblems.slice(0, 10).join('\n')).toEqual([]);
  // Most of the budget went to real requests, and both refusals and acceptances happened.
  expect(done, summary).toBeGreaterThan(Math.min(CASES, 500));
  expect(
    [...statuses.keys()].some((s) => s < 300),
    summary,
  ).toBe(true);
  expect(
    [...statuses.keys()].some((s) => s >= 400),
    summary,
  ).toBe(true);

  // Healthy after: the process answers, its dependencies answer, and a valid event still starts its journey.
  expect((await api.call('GET', '/healthz', { key: null })).status).toBe(200);
  const ready = await api.call('GET', '/readyz', { key: null });
  expect(ready.status, ready.text).toBe(200);
  const after = await api.call<{ journeys: { flowId: string; action: string }[] }>('POST', '/v1/events', {
    body: { id: `fz-after-${Date.now()}`, type: 'order.placed', customerId: 'c_fz_after', data: { amount: 1 } },
  });
  expect(after.status, after.text).toBe(202);
  expect(after.body.journeys).toContainEqual(expect.objectContaining({ flowId: 'f_fuzz_orders', action: 'started' }));
});
