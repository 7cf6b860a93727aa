/**
 * What the expression budget costs: everyday conditions and templates evaluated with the meter and RE2, against the
 * same evaluations on cel-js's own evaluator and the JavaScript regex engine, in the same run. Also how long the worst
 * a budget allows takes (a list bomb, a hostile regex), which is the most one evaluation can hold a thread.
 * Run with `npm run bench -- expressions`; writes bench/results/expressions.json and .md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EVALUATION_BUDGET,
  type ExprContext,
  type ExprScope,
  evaluate,
  evaluateBool,
  lastEvaluationCost,
  renderTemplate,
  withoutMeter,
} from '@ruta/flow';
import { machine, median } from '../machine';

const ROOT = join(import.meta.dirname, '../..');
const scope: ExprScope = { vars: { attempts: 'double' }, nodes: { n_csat: { score: 'int', comment: 'string' } } };
const ctx: ExprContext = {
  event: {
    id: 'ev_1',
    type: 'delivery.delayed',
    time: '2026-03-02T13:00:00Z',
    data: {
      eta: 'mañana 14:00',
      amount: 15990,
      items: [
        { sku: 'A1', qty: 2 },
        { sku: 'B7', qty: 1 },
      ],
      orderId: 'PED-12345',
    },
  },
  customer: { id: 'c_ana', name: 'Ana', email: 'ana@acme.cl', tags: ['vip'], attributes: { plan: 'gold' } },
  vars: { attempts: 2 },
  reply: {
    text: 'Es la tercera vez que pasa, quiero hablar con una persona',
    channel: 'whatsapp',
    at: '2026-03-02T13:05:00Z',
  },
  sentiment: {
    score: -0.7,
    label: 'negative',
    escalate: true,
    reasons: ['repeat_contact'],
    confidence: 0.9,
    lang: 'es',
  },
  nodes: { n_csat: { score: 2, comment: 'lento' } },
  journey: { id: 'j_1', flowId: 'f_delivery_delay', flowVersion: 1, startedAt: '2026-03-02T13:00:00Z' },
} as never;

/** Shapes taken from the sample flows, plus a filter and a regex. */
const CONDITIONS = [
  'sentiment.label == "negative" || sentiment.escalate',
  'nodes.n_csat.score <= 3',
  'vars.attempts < 3.0',
  'event.data.amount > 10000 && "vip" in customer.tags',
  'event.data.items.exists(i, i.sku == "B7" && i.qty > 0)',
  'customer.email.matches("^[a-z.]+@acme\\\\.cl$")',
  'event.data.orderId.matches("^PED-[0-9]{5}$")',
];
const TEMPLATES = ['Hola {{customer.name}}, tu pedido {{event.data.orderId}} llega {{event.data.eta}}.'];
const ROUNDS = 7;
const ITERATIONS = 20_000;

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) fn();
  return Number(process.hrtime.bigint() - t) / ITERATIONS; // ns per iteration
}

const everyday = () => {
  for (const c of CONDITIONS) evaluateBool(c, ctx, scope);
  for (const t of TEMPLATES) renderTemplate(t, ctx, scope);
};
// The baseline: the same checked expressions on cel-js's own evaluator; `matches` on the JavaScript engine.
const jsRegex = [/^[a-z.]+@acme\.cl$/, /^PED-[0-9]{5}$/];
const baseline = () =>
  withoutMeter(() => {
    for (const c of CONDITIONS.slice(0, 5)) evaluateBool(c, ctx, scope);
    jsRegex[0]!.test('ana@acme.cl');
    jsRegex[1]!.test('PED-12345');
    for (const t of TEMPLATES) renderTemplate(t, ctx, scope);
  });
const meteredNoRegex = () => {
  for (const c of CONDITIONS.slice(0, 5)) evaluateBool(c, ctx, scope);
  for (const t of TEMPLATES) renderTemplate(t, ctx, scope);
};
const unmeteredNoRegex = () =>
  withoutMeter(() => {
    for (const c of CONDITIONS.slice(0, 5)) evaluateBool(c, ctx, scope);
    for (const t of TEMPLATES) renderTemplate(t, ctx, scope);
  });

// Warm up every path.
for (let i = 0; i < 2000; i++) {
  for (const f of [everyday, baseline, meteredNoRegex, unmeteredNoRegex]) f();
}

const samples = {
  metered: [] as number[],
  baseline: [] as number[],
  meterOnly: [] as number[],
  noMeter: [] as number[],
};
for (let r = 0; r < ROUNDS; r++) {
  samples.baseline.push(time(baseline));
  samples.metered.push(time(everyday));
  samples.noMeter.push(time(unmeteredNoRegex));
  samples.meterOnly.push(time(meteredNoRegex));
}
const costs = CONDITIONS.map((c) => {
  evaluateBool(c, ctx, scope);
  return lastEvaluationCost();
});

/** Wall time of the worst a budget allows, median of a few runs. */
function worst(fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    try {
      fn();
    } catch {
      // stopped by the budget: that is the point
    }
    ms.push(performance.now() - t);
  }
  return median(ms);
}
const bombCtx = {
  ...ctx,
  event: { ...ctx.event, data: { items: Array.from({ length: 5000 }, (_, i) => i), s: `${'a'.repeat(100_000)}!` } },
};
const listBombMs = worst(() =>
  evaluate('event.data.items.map(a, event.data.items.map(b, a)).size()', bombCtx as never, scope),
);
const regexBombMs = worst(() => evaluateBool('event.data.s.matches("(a|aa)+$")', bombCtx as never, scope));

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const result = {
  budgetOverheadRatio: r3(median(samples.metered) / median(samples.baseline)),
  meterOnlyOverheadRatio: r3(median(samples.meterOnly) / median(samples.noMeter)),
  everydayEvaluationNs: Math.round(median(samples.metered) / (CONDITIONS.length + TEMPLATES.length)),
  worstListBombMs: Math.round(listBombMs * 10) / 10,
  worstRegexBombMs: Math.round(regexBombMs * 10) / 10,
  detail: {
    budgetUnits: EVALUATION_BUDGET,
    everydayCostUnits: Object.fromEntries(CONDITIONS.map((c, i) => [c, costs[i]])),
    nsPerRound: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(Math.round)])),
    rounds: ROUNDS,
    iterations: ITERATIONS,
  },
  notes:
    'budgetOverheadRatio: everyday conditions + a template with the meter and RE2, against cel-js unmetered and JavaScript regexes (same run). meterOnlyOverheadRatio: the meter alone (no regex). worst*Ms: wall time until the budget stops a list bomb (5,000 items squared) and a hostile regex (100,000 characters).',
  machine: machine(),
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/expressions.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(ROOT, 'bench/results/expressions.md'),
  `# Expressions on a budget

| figure | value |
| --- | --- |
| budgetOverheadRatio (meter + RE2 ÷ unmetered + JS regex) | ${result.budgetOverheadRatio} |
| meterOnlyOverheadRatio | ${result.meterOnlyOverheadRatio} |
| everyday evaluation | ${result.everydayEvaluationNs} ns |
| worst list bomb, stopped by the budget | ${result.worstListBombMs} ms |
| worst regex bomb, stopped by the budget | ${result.worstRegexBombMs} ms |

Budget: ${EVALUATION_BUDGET.toLocaleString('en')} units per evaluation. ${result.notes}
Machine: ${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}, ${result.machine.date}.
`,
);
console.log(JSON.stringify({ ...result, detail: undefined }, null, 2));
