/**
 * Differential test of the compiled expressions (program.ts) against cel-js: every expression of the sample flows
 * and every text literal of the expression tests that checks as an expression or template, evaluated on the
 * same contexts both ways, must give the same value (or the same error code and texts) and the same cost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import type { Json } from '../journey';
import { checkExpression, type ExprContext, type ExprScope, lastEvaluationCost, parseTemplate, programOf } from '.';
import { ExpressionError } from './error';
import { evaluateBool as celBool, evaluate as celEvaluate } from './evaluate';
import { evaluate, evaluateBool, expressionsReady, needsCel, type PlanExprs, prepareExpressions } from './plan-eval';

const ROOT = join(import.meta.dirname, '../../../..');
const FLOWS = join(ROOT, 'examples/flows');
const TESTS = ['evaluate.test.ts', 'budget.test.ts', 'template.test.ts', 'check.test.ts', 'context.test.ts'];

/** The scope of evaluate.test.ts, where most of the corpus is written. */
const TEST_SCOPE: ExprScope = {
  vars: { attempts: 'double', count: 'int', plan: 'string', seen: 'list<string>' },
  nodes: {
    n_csat: { score: 'int', comment: 'string' },
    n_lookup: { found: 'bool', openTickets: 'int', tags: 'list<string>' },
    n_api: 'map<string, dyn>',
  },
};

const FULL: ExprContext = {
  event: {
    id: 'ev_1',
    type: 'order.shipped',
    time: '2024-05-02T14:30:00Z',
    data: {
      amount: 150,
      eta: 'martes',
      items: [{ sku: 'A1', qty: 2 }],
      vip: true,
      count: 3,
      s: 'pedido 12345',
      email: 'ana@acme.com',
      text: 'Gracias',
      z: null,
    },
  },
  customer: {
    id: 'c_1',
    name: 'Ana',
    email: '',
    phone: '',
    locale: 'es',
    timeZone: '',
    tier: 'gold',
    tags: ['vip', 'beta'],
    attributes: { plan: 'gold', visits: 7 },
  },
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
  nodes: {
    n_csat: { score: 4, comment: 'ok' },
    n_lookup: { found: true, openTickets: 2, tags: [] },
    n_survey: { score: 2, comment: 'lento' },
    n_bot: { outcome: 'no_match', question: '¿horario?' },
  },
  journey: { id: 'j_1', flowId: 'f_demo', flowVersion: 3, startedAt: '2024-05-02T14:31:00Z' },
};

/** Nothing there yet: no reply, no sentiment, no node outputs, an event without data. */
const EMPTY: ExprContext = {
  ...FULL,
  event: { id: 'ev_2', type: 'manual', time: '', data: {} },
  reply: null,
  sentiment: null,
  nodes: {},
  vars: {},
};

/** Data of unexpected kinds, where dynamic values meet operators that do not fit them. */
const ODD: ExprContext = {
  ...FULL,
  event: {
    id: 'ev_3',
    type: 'x',
    time: 'x',
    data: { amount: 'mucho', eta: 5, items: 'none', vip: 'yes', count: 2.5, s: 7, email: null, text: ['a'] },
  },
  customer: { ...FULL.customer, attributes: { plan: 3, visits: 'many' } },
  nodes: { n_api: { x: [1, 2, 3], y: { a: 1 } }, n_survey: { score: 9, comment: '' } },
};

const CONTEXTS = { full: FULL, empty: EMPTY, odd: ODD };

type Outcome = { value: Json; cost: number } | { code: string; es: string; en: string; cost: number };

function outcome(run: () => Json): Outcome {
  try {
    const value = run();
    return { value, cost: lastEvaluationCost() };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { code: error.code, es: error.es, en: error.en, cost: lastEvaluationCost() };
  }
}

/** Every text literal of a test file. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    n.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** Expression sources of a text: itself if it checks, else its template placeholders. */
function expressionsIn(text: string, scope: ExprScope): string[] {
  if (checkExpression(text, scope, 'any').ok) return [text];
  if (!text.includes('{{')) return [];
  const parsed = parseTemplate(text);
  if (!parsed.ok) return [];
  return parsed.parts.flatMap((p) => ('expr' in p && checkExpression(p.expr, scope, 'any').ok ? [p.expr] : []));
}

interface Case {
  source: string;
  scope: ExprScope;
  from: string;
}

function corpus(): Case[] {
  const cases = new Map<string, Case>();
  for (const f of readdirSync(FLOWS).filter((f) => f.endsWith('.json') && !f.endsWith('.scenarios.json'))) {
    const result = compile(JSON.parse(readFileSync(join(FLOWS, f), 'utf8')));
    if (!result.ok) throw new Error(`${f} does not compile`);
    for (const source of Object.keys(result.plan.exprs ?? {})) {
      cases.set(`${f}:${source}`, { source, scope: result.plan.scope, from: f });
    }
  }
  for (const file of TESTS) {
    for (const text of literals(join(import.meta.dirname, file))) {
      for (const source of expressionsIn(text, TEST_SCOPE)) {
        cases.set(`tests:${source}`, { source, scope: TEST_SCOPE, from: file });
      }
    }
  }
  return [...cases.values()];
}

const CASES = corpus();

describe('compiled expressions give what cel-js gives', () => {
  beforeAll(async () => {
    // As a journey does before it runs a plan with matches(): load RE2.
    const plan: PlanExprs = { scope: TEST_SCOPE, exprs: { 'reply.text.matches("a")': ['re', ['v', ''], 'a'] } };
    expect(expressionsReady(plan)).toBe(false);
    await prepareExpressions(plan);
    expect(expressionsReady(plan)).toBe(true);
  });

  it('covers the samples and the expression tests', () => {
    const lowered = CASES.filter((c) => programOf(c.source, c.scope) !== null);
    const samples = CASES.filter((c) => c.from.endsWith('.json'));
    // Every sample expression is compiled: the sample flows never load cel-js in the workflow.
    expect(samples.length).toBeGreaterThan(15);
    expect(samples.filter((c) => programOf(c.source, c.scope) === null).map((c) => c.source)).toEqual([]);
    expect(CASES.length).toBeGreaterThan(100);
    expect(lowered.length / CASES.length).toBeGreaterThan(0.7);
  });

  it.each(Object.entries(CONTEXTS))('same values, errors and costs on the %s context', (_name, ctx) => {
    const differences: unknown[] = [];
    for (const c of CASES) {
      const program = programOf(c.source, c.scope);
      if (program === null) continue;
      const plan: PlanExprs = { scope: c.scope, exprs: { [c.source]: program } };
      const pairs: [Outcome, Outcome][] = [
        [outcome(() => celEvaluate(c.source, ctx, c.scope)), outcome(() => evaluate(c.source, ctx, plan))],
        [outcome(() => celBool(c.source, ctx, c.scope)), outcome(() => evaluateBool(c.source, ctx, plan))],
      ];
      for (const [cel, compiled] of pairs) {
        if (JSON.stringify(cel) !== JSON.stringify(compiled)) differences.push({ source: c.source, cel, compiled });
      }
    }
    expect(differences).toEqual([]);
  });

  it('runs out of budget where cel-js does', () => {
    const scope: ExprScope = { vars: {}, nodes: {} };
    const long = 'a'.repeat(40_000);
    const ctx = { ...EMPTY, event: { ...EMPTY.event, data: { s: long, l: Array.from({ length: 3000 }, () => long) } } };
    for (const source of [
      'event.data.s.matches("(a|aa)+$")',
      'event.data.s + event.data.s + event.data.s',
      'event.data.l + event.data.l',
    ]) {
      const program = programOf(source, scope);
      expect(program).not.toBeNull();
      const plan: PlanExprs = { scope, exprs: { [source]: program } };
      const cel = outcome(() => celEvaluate(source, ctx, scope));
      expect(outcome(() => evaluate(source, ctx, plan))).toEqual(cel);
    }
  });

  it('a plan without compiled forms (compiled before them) needs cel-js; a sample plan does not', () => {
    expect(needsCel({ scope: TEST_SCOPE })).toBe(true);
    expect(needsCel({ scope: TEST_SCOPE, exprs: { 'size(x)': null } })).toBe(true);
    const plan = compile(JSON.parse(readFileSync(join(FLOWS, 'csat.json'), 'utf8')));
    expect(plan.ok && needsCel(plan.plan)).toBe(false);
  });
});

describe('what a plan loads for its expressions', () => {
  // Workflows of one worker share this module (the bundle preloads the flow runtime): whether a journey loads and
  // awaits cel-js or RE2 depends on its own plan, never on what a journey before it loaded.
  it('is kept per plan: another plan that needs cel-js is not ready until prepared itself', async () => {
    const first: PlanExprs = { scope: TEST_SCOPE };
    const second: PlanExprs = { scope: TEST_SCOPE };
    expect(expressionsReady(first)).toBe(false);
    await prepareExpressions(first);
    expect(expressionsReady(first)).toBe(true);
    expect(evaluate('vars.plan + "!"', { ...EMPTY, vars: { plan: 'oro' } }, first)).toBe('oro!');
    expect(expressionsReady(second)).toBe(false);
    expect(() => evaluate('vars.plan + "!"', EMPTY, second)).toThrow(/cel-js is not loaded/);
    await prepareExpressions(second);
    expect(evaluate('vars.plan + "!"', { ...EMPTY, vars: { plan: 'plata' } }, second)).toBe('plata!');
  });

  it('a plan with matches() is not ready before it is prepared, though RE2 was loaded for another', () => {
    // RE2 was loaded for the suite's first plan (beforeAll above runs first): a new plan still prepares itself.
    const source = 'reply.text.matches("b")';
    const plan: PlanExprs = { scope: TEST_SCOPE, exprs: { [source]: ['re', ['v', ''], 'b'] } };
    expect(expressionsReady(plan)).toBe(false);
    // A compiled plan without matches() needs nothing.
    expect(
      expressionsReady({ scope: TEST_SCOPE, exprs: { 'vars.plan + "!"': programOf('vars.plan + "!"', TEST_SCOPE) } }),
    ).toBe(true);
  });
});
