import { describe, expect, it } from 'vitest';
import { EVALUATION_BUDGET, lastEvaluationCost } from './budget';
import { checkExpression, type ExprContext, ExpressionError, type ExprScope, evaluate, evaluateBool } from './index';
import { renderTemplate } from './template';

const scope: ExprScope = { vars: {}, nodes: {} };

function context(data: Record<string, unknown>): ExprContext {
  return {
    event: { id: 'ev_1', type: 'order.shipped', time: '2024-05-02T14:30:00Z', data: data as never },
    customer: { id: 'c_1', name: 'Ana', tags: [], attributes: {} },
    vars: {},
    reply: null,
    sentiment: null,
    nodes: {},
    journey: { id: 'j_1', flowId: 'f_demo', flowVersion: 1, startedAt: '2024-05-02T14:31:00Z' },
  };
}

const problemCode = (source: string) => {
  const r = checkExpression(source, scope, 'any');
  return r.ok ? 'ok' : r.problem.code;
};

function budgetError(fn: () => unknown): ExpressionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error('expected the evaluation to stop');
}

const literal = (n: number) => `[${Array.from({ length: n }, (_, i) => i).join(', ')}]`;

describe('matches() runs on RE2', () => {
  // Each of these took 25–55 s on the JavaScript engine for inputs of 20–70 characters.
  const catastrophic = ['((a+))+$', '(a|a)+$', '(a|aa)+$', '(.*){12}x', 'a*a*a*a*a*a*b'];

  it.each(catastrophic)('%s on a hostile text answers false within its budget', (pattern) => {
    const source = `event.data.s.matches(${JSON.stringify(pattern)})`;
    expect(problemCode(source)).toBe('ok');
    for (const n of [30, 70, 2000]) {
      expect(evaluateBool(source, context({ s: `${'a'.repeat(n)}!` }), scope)).toBe(false);
      // Linear: the cost is the scan (4 units a character) plus a handful of nodes.
      expect(lastEvaluationCost()).toBeLessThanOrEqual(4 * (n + 1) + 10);
    }
  });

  it('still finds matches with RE2 semantics (search, not whole string)', () => {
    const ctx = context({ s: 'pedido 12345 listo', email: 'ana@acme.com' });
    expect(evaluateBool('event.data.s.matches("[0-9]{5}")', ctx, scope)).toBe(true);
    expect(evaluateBool('event.data.s.matches("^[0-9]{5}$")', ctx, scope)).toBe(false);
    expect(evaluateBool('event.data.email.matches("^[a-z.]+@acme\\\\.com$")', ctx, scope)).toBe(true);
    expect(evaluateBool('event.data.s.matches("(?i)PEDIDO")', ctx, scope)).toBe(true);
  });

  it('refuses what RE2 cannot run, and patterns that are not literals', () => {
    expect(problemCode('event.data.s.matches("(a)\\\\1")')).toBe('expr_regex');
    expect(problemCode('event.data.s.matches("(?<=a)b")')).toBe('expr_regex');
    expect(problemCode('event.data.s.matches(event.data.p)')).toBe('expr_regex');
    expect(problemCode(`event.data.s.matches("${'a'.repeat(201)}")`)).toBe('expr_regex');
  });

  it('stops a scan of a text too long for the budget', () => {
    const e = budgetError(() =>
      evaluateBool('event.data.s.matches("(a|aa)+$")', context({ s: 'a'.repeat(40_000) }), scope),
    );
    expect(e.code).toBe('expr_budget');
  });
});

describe('static cost', () => {
  it('refuses four nested maps over literal lists (13 million steps)', () => {
    const l = literal(60);
    expect(problemCode(`${l}.map(a, ${l}.map(b, ${l}.map(c, ${l}.map(d, a + b + c + d))))`)).toBe('expr_too_costly');
  });

  it('refuses four nested maps over a 200-item list kept in a variable (1.6 billion steps)', () => {
    const withList: ExprScope = { vars: { l: 'list<int>' }, nodes: {} };
    const source = 'vars.l.map(a, vars.l.map(b, vars.l.map(c, vars.l.map(d, a + b + c + d))))';
    const r = checkExpression(source, withList, 'any');
    expect(r.ok ? 'ok' : r.problem.code).toBe('expr_too_costly');
    // The list itself is one literal, set by an earlier step: fine on its own.
    expect(problemCode(literal(200))).toBe('ok');
  });

  it('refuses three nested maps over a list from the event', () => {
    const items = 'event.data.items';
    expect(problemCode(`${items}.map(a, ${items}.map(b, ${items}.map(c, c))).size() > 0`)).toBe('expr_too_costly');
  });

  it('accepts the everyday shapes: one pass over a list, a membership test, a small literal', () => {
    expect(problemCode('event.data.items.exists(i, i.sku == "A1")')).toBe('ok');
    expect(problemCode('event.data.items.map(a, event.data.items.filter(b, b == a).size()).size() > 0')).toBe('ok');
    expect(problemCode(`customer.tags.exists(t, t in ${literal(50)}.map(x, string(x)))`)).toBe('ok');
  });
});

describe('run-time budget', () => {
  const items = Array.from({ length: 1000 }, (_, i) => i);
  const bomb = 'event.data.items.map(a, event.data.items.map(b, a)).size() > 0';

  it('stops a list bomb in a condition with expr_budget and es/en text', () => {
    expect(problemCode(bomb)).toBe('ok'); // statically, two passes over an unknown list look fine
    const e = budgetError(() => evaluateBool(bomb, context({ items }), scope));
    expect(e.code).toBe('expr_budget');
    expect(e.es).toMatch(/demasiado trabajo/);
    expect(e.en).toMatch(/too much work/);
  });

  it('does not let || or exists absorb a budget that ran out', () => {
    expect(budgetError(() => evaluateBool(`${bomb} || true`, context({ items }), scope)).code).toBe('expr_budget');
    const quantified = 'event.data.items.exists(a, event.data.items.exists(b, a + b < 0))';
    expect(budgetError(() => evaluateBool(quantified, context({ items }), scope)).code).toBe('expr_budget');
  });

  it('stops a list bomb in a template', () => {
    const text = 'Total: {{ event.data.items.map(a, event.data.items.map(b, a)).size() }}';
    expect(budgetError(() => renderTemplate(text, context({ items }), scope)).code).toBe('expr_budget');
  });

  it('charges by size, so joining a large text many times cannot allocate without bound', () => {
    const big = 'x'.repeat(100_000);
    const source = 'event.data.items.map(i, event.data.big).join("")';
    expect(budgetError(() => evaluate(source, context({ items, big }), scope)).code).toBe('expr_budget');
  });

  it('leaves ordinary expressions far under the budget', () => {
    const ctx = context({ items: [{ sku: 'A1' }, { sku: 'B2' }], amount: 150, eta: 'martes' });
    expect(evaluateBool('event.data.items.exists(i, i.sku == "B2") && event.data.amount > 100', ctx, scope)).toBe(true);
    expect(lastEvaluationCost()).toBeGreaterThan(0); // the meter is in place (fails if cel-js moved its evaluator)
    expect(lastEvaluationCost()).toBeLessThan(EVALUATION_BUDGET / 1000);
  });

  it('is deterministic: the same evaluation costs the same units every time', () => {
    const ctx = context({ items: items.slice(0, 50) });
    const costs = [0, 1, 2].map(() => {
      evaluate('event.data.items.map(a, a * 2).filter(x, x > 10).size()', ctx, scope);
      return lastEvaluationCost();
    });
    expect(new Set(costs).size).toBe(1);
  });
});
