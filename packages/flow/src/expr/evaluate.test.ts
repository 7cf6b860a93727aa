import { describe, expect, it } from 'vitest';
import type { Json } from '../journey';
import { type ExprContext, ExpressionError, type ExprScope, evaluate, evaluateBool } from './index';

const scope: ExprScope = {
  vars: { attempts: 'double', count: 'int', plan: 'string', seen: 'list<string>' },
  nodes: {
    n_csat: { score: 'int', comment: 'string' },
    n_lookup: { found: 'bool', openTickets: 'int', tags: 'list<string>' },
    n_api: 'map<string, dyn>',
  },
};

function context(overrides: Partial<ExprContext> = {}): ExprContext {
  return {
    event: {
      id: 'ev_1',
      type: 'order.shipped',
      time: '2024-05-02T14:30:00Z',
      data: { amount: 150, eta: 'martes', items: [{ sku: 'A1', qty: 2 }], vip: true, count: 3 },
    },
    customer: { id: 'c_1', name: 'Ana', tags: ['vip', 'beta'], attributes: { plan: 'gold', visits: 7 } },
    vars: { attempts: 2, count: 3, plan: 'pro', seen: ['a'] },
    reply: { text: 'Sí, gracias', channel: 'whatsapp', at: '2024-05-02T15:00:00Z' },
    sentiment: {
      score: -0.6,
      label: 'negative',
      escalate: true,
      reasons: ['late'],
      confidence: 0.9,
      lang: 'es',
      emotions: { anger: 0.7, frustration: 0.4, urgency: 0.2, joy: 0 },
    },
    nodes: { n_csat: { score: 4, comment: 'ok' }, n_lookup: { found: true, openTickets: 2, tags: [] } },
    journey: { id: 'j_1', flowId: 'f_demo', flowVersion: 3, startedAt: '2024-05-02T14:31:00Z' },
    ...overrides,
  };
}

const run = (source: string, ctx = context()) => evaluate(source, ctx, scope);
const bool = (source: string, ctx = context()) => evaluateBool(source, ctx, scope);

/** True when a value is plain JSON: no BigInt, Map, Date or class instance anywhere. */
function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).every(isPlainJson);
  }
  return false;
}

describe('evaluate: conditions business users write', () => {
  it.each([
    ['sentiment.score < -0.3', true],
    ['sentiment.label == "negative" && sentiment.emotions.anger > 0.5', true],
    ['sentiment.emotions.joy > 0.5 || sentiment.escalate', true],
    ['event.data.amount > 100', true],
    ['event.data.amount == 150', true],
    ['event.data.vip', true],
    ['"vip" in customer.tags', true],
    ['"gold" in customer.tags', false],
    ['customer.tags.exists(t, t == "vip")', true],
    ['customer.tags.all(t, t.size() > 2)', true],
    ['customer.name.contains("n")', true],
    ['customer.name.startsWith("A") && customer.name.endsWith("a")', true],
    ['size(customer.name) == 3', true],
    ['customer.attributes.plan == "gold"', true],
    ['reply.text.lowerAscii().contains("gracias")', true],
    ['nodes.n_lookup.found && nodes.n_lookup.openTickets > 1', true],
    ['event.data.items.exists(i, i.qty >= 2)', true],
    ['timestamp(event.time).getHours("America/Santiago") == 10', true],
  ])('%s → %s', (source, expected) => {
    expect(bool(source)).toBe(expected);
  });

  it('evaluates the ternary', () => {
    expect(run('sentiment.score < 0 ? "molesto" : "contento"')).toBe('molesto');
  });
});

describe('evaluate: numbers', () => {
  it('adds an integer literal to a double or an int variable', () => {
    expect(run('vars.attempts + 1')).toBe(3);
    expect(run('vars.count + 1')).toBe(4);
    expect(run('1 + vars.attempts')).toBe(3);
  });

  it('compares JSON numbers with integer literals', () => {
    expect(bool('vars.attempts == 2')).toBe(true);
    expect(bool('vars.attempts != 2')).toBe(false);
    expect(bool('vars.count == 3.0')).toBe(true);
    expect(bool('nodes.n_csat.score == 4')).toBe(true);
    expect(bool('nodes.n_csat.score >= 4.5')).toBe(false);
    expect(bool('event.data.count == 3')).toBe(true);
    expect(bool('3 in [vars.attempts, 3.0]')).toBe(true);
  });

  it('mixes integer and double arithmetic into a double', () => {
    expect(run('vars.count * 0.5')).toBe(1.5);
    expect(run('vars.attempts / 4')).toBe(0.5);
    expect(run('event.data.amount - 50')).toBe(100);
  });

  it('keeps CEL integer division for two integers', () => {
    expect(run('7 / 2')).toBe(3);
  });

  it('returns plain numbers, never BigInt', () => {
    for (const source of ['vars.count + 1', 'size(customer.tags)', 'journey.flowVersion', '[1, 2, 3]', '{"a": 1}']) {
      expect(isPlainJson(run(source)), source).toBe(true);
    }
    expect(typeof run('vars.count')).toBe('number');
  });

  it('turns a non-finite double into null, since JSON has no Infinity', () => {
    expect(run('1.0 / 0.0')).toBeNull();
  });
});

describe('evaluate: results are plain JSON', () => {
  it('returns records as plain objects', () => {
    const value = run('sentiment.emotions');
    expect(value).toEqual({ anger: 0.7, frustration: 0.4, urgency: 0.2, joy: 0 });
    expect(isPlainJson(value)).toBe(true);
  });

  it('returns lists, maps and dates as JSON', () => {
    expect(run('customer.tags.map(t, t.upperAscii())')).toEqual(['VIP', 'BETA']);
    expect(run('{"n": vars.count, "tags": customer.tags}')).toEqual({ n: 3, tags: ['vip', 'beta'] });
    expect(run('timestamp(event.time)')).toBe('2024-05-02T14:30:00.000Z');
    expect(isPlainJson(run('event.data'))).toBe(true);
  });
});

describe('evaluate: missing values', () => {
  it('reads zero values before the customer replies or a sentiment is measured', () => {
    const ctx = context({ reply: null, sentiment: null });
    expect(run('reply.text', ctx)).toBe('');
    expect(bool('reply.text.contains("si")', ctx)).toBe(false);
    expect(bool('sentiment.score < -0.3', ctx)).toBe(false);
    expect(run('sentiment.emotions', ctx)).toEqual({ anger: 0, frustration: 0, urgency: 0, joy: 0 });
  });

  it('reads zero values for a node that has not run and an unset variable', () => {
    const ctx = context({ nodes: {}, vars: {} });
    expect(run('nodes.n_csat', ctx)).toEqual({ score: 0, comment: '' });
    expect(bool('nodes.n_csat.score >= 4', ctx)).toBe(false);
    expect(run('vars.attempts + 1', ctx)).toBe(1);
    expect(run('vars.seen', ctx)).toEqual([]);
    expect(run('nodes.n_api', ctx)).toEqual({});
  });

  it('reads zero values for missing customer fields', () => {
    const ctx = context({ customer: { id: 'c_2' } });
    expect(run('customer.name', ctx)).toBe('');
    expect(bool('"vip" in customer.tags', ctx)).toBe(false);
    expect(run('customer.attributes', ctx)).toEqual({});
  });

  it('replaces values of the wrong type with the zero value', () => {
    const ctx = context({ vars: { attempts: 'many', count: 2.7, plan: 5 } });
    expect(run('vars.attempts', ctx)).toBe(0);
    expect(run('vars.count', ctx)).toBe(2);
    expect(run('vars.plan', ctx)).toBe('5');
  });

  it('makes a condition on a missing event key false', () => {
    expect(bool('event.data.coupon == "X"')).toBe(false);
    expect(bool('event.data.total > 100')).toBe(false);
  });

  it('throws a plain error when a value expression reads a missing event key', () => {
    let error: unknown;
    try {
      run('event.data.coupon');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toMatchObject({
      code: 'expr_missing_value',
      es: 'No hay un dato «coupon» en event.data. Usa has(event.data.coupon) para comprobarlo antes.',
      en: 'There is no "coupon" in event.data. Use has(event.data.coupon) to check first.',
    });
  });

  it('lets has() guard a missing key, and && / || skip the error when the other side decides', () => {
    expect(bool('has(event.data.coupon) && event.data.coupon == "X"')).toBe(false);
    expect(bool('event.data.coupon == "X" || event.data.vip')).toBe(true);
  });
});

describe('evaluate: runtime errors', () => {
  it('reports division by zero in both languages', () => {
    expect(() => run('vars.count / 0')).toThrow(ExpressionError);
    expect(() => run('vars.count / 0')).toThrow("Can't divide by zero.");
  });

  it('reports dynamic data of the wrong kind', () => {
    const ctx = context({ event: { ...context().event, data: { amount: 'lots' } } });
    expect(() => bool('event.data.amount > 100', ctx)).toThrow(/not of the expected kind/);
  });

  it('rejects a condition that does not give true or false', () => {
    expect(() => bool('event.data.amount')).toThrow('The condition gave a number instead of true or false.');
  });

  it('refuses to run an expression that does not check', () => {
    expect(() => run('customer.nmae')).toThrow(ExpressionError);
    expect(() => run('customer.constructor')).toThrow(ExpressionError);
  });

  it('never reaches JavaScript through dynamic data', () => {
    expect(bool('"constructor" in event.data')).toBe(false);
    expect(() => run('event.data.constructor')).toThrow(ExpressionError);
    expect(() => run('event.data["__proto__"]')).toThrow(ExpressionError);
    expect(() => run('customer.attributes.toString')).toThrow(ExpressionError);
  });

  it('keeps a "__proto__" key in data as plain data', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, Json>;
    const ctx = context({ event: { ...context().event, data } });
    expect(run('event.data.x', ctx)).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('evaluate: speed', () => {
  it('runs 10k evaluations of a cached expression', () => {
    const ctx = context();
    let hits = 0;
    for (let i = 0; i < 10_000; i++) {
      if (evaluateBool('sentiment.label == "negative" && sentiment.emotions.anger > 0.5', ctx, scope)) hits++;
    }
    expect(hits).toBe(10_000);
  });
});
