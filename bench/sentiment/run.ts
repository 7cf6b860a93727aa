/**
 * Sentiment benchmark: quality on the labelled eval set (per language and split) and throughput.
 *   npx tsx bench/sentiment/run.ts
 * Writes bench/results/sentiment.json and bench/results/sentiment.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@ruta/sentiment';
import { type EvalMetrics, type EvalMiss, evaluate, parseEvalJsonl } from '@ruta/sentiment/metrics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalPath = join(root, 'packages/sentiment/eval/messages.jsonl');
const outDir = join(root, 'bench/results');
const rows = parseEvalJsonl(readFileSync(evalPath, 'utf8'));

const TARGET = { macroF1: 0.85, escalationRecall: 0.95, maxMicrosPerMessage: 1000 };
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

interface Slice {
  lang: 'es' | 'en';
  split: 'dev' | 'test';
  count: number;
  macroF1: number;
  accuracy: number;
  escalationRecall: number;
  escalationPrecision: number;
  escalationPositives: number;
  perClassF1: Record<string, number>;
  misses: {
    text: string;
    expected: string;
    got: string;
    expectedEscalate: boolean;
    gotEscalate: boolean;
    reasons: string[];
  }[];
}

const slices: Slice[] = [];
for (const split of ['test', 'dev'] as const) {
  for (const lang of ['es', 'en'] as const) {
    const misses: EvalMiss[] = [];
    const m: EvalMetrics = evaluate(
      rows.filter((r) => r.split === split && r.lang === lang),
      (t) => analyze(t),
      misses,
    );
    slices.push({
      lang,
      split,
      count: m.count,
      macroF1: round(m.macroF1),
      accuracy: round(m.accuracy),
      escalationRecall: round(m.escalation.recall),
      escalationPrecision: round(m.escalation.precision),
      escalationPositives: m.escalation.positives,
      perClassF1: Object.fromEntries(Object.entries(m.perClass).map(([k, v]) => [k, round(v.f1)])),
      misses: misses.map(({ row, got }) => ({
        text: row.text,
        expected: row.label,
        got: got.label,
        expectedEscalate: row.escalate,
        gotEscalate: got.escalate,
        reasons: got.reasons,
      })),
    });
  }
}

// Throughput: the whole set repeated to at least 20k analyses per run, median of 5 runs.
const texts = rows.map((r) => r.text);
const reps = Math.ceil(20_000 / texts.length);
const perRun = reps * texts.length;
let sink = 0;
const once = () => {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) for (const t of texts) sink += analyze(t).score;
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
once(); // warm-up
const runs = Array.from({ length: 5 }, once).sort((a, b) => a - b);
const median = runs[2]!;
const throughput = {
  runs: 5,
  analysesPerRun: perRun,
  secondsPerRun: runs.map((s) => round(s, 4)),
  messagesPerSecond: Math.round(perRun / median),
  microsPerMessage: round((median / perRun) * 1e6, 2),
};
if (Number.isNaN(sink)) throw new Error('unreachable');

const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model ?? 'unknown',
  cores: cpu.length,
  node: process.version,
  platform: `${platform()}-${arch()}`,
};
const meets = (s: Slice) => s.macroF1 >= TARGET.macroF1 && s.escalationRecall >= TARGET.escalationRecall;

const result = {
  generatedAt: new Date().toISOString(),
  evalSet: 'packages/sentiment/eval/messages.jsonl',
  counts: {
    total: rows.length,
    es: rows.filter((r) => r.lang === 'es').length,
    en: rows.filter((r) => r.lang === 'en').length,
    test: rows.filter((r) => r.split === 'test').length,
    dev: rows.filter((r) => r.split === 'dev').length,
  },
  targets: TARGET,
  quality: slices.map(({ misses, ...s }) => ({ ...s, meetsTargets: meets({ ...s, misses }) })),
  throughput: { ...throughput, meetsTarget: throughput.microsPerMessage < TARGET.maxMicrosPerMessage },
  machine,
  misses: Object.fromEntries(slices.map((s) => [`${s.split}/${s.lang}`, s.misses])),
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'sentiment.json'), JSON.stringify(result, null, 2) + '\n');

const pct = (x: number) => (x * 100).toFixed(1);
const md = [
  '# Sentiment analyzer benchmark',
  '',
  `Eval set: \`${result.evalSet}\` — ${result.counts.total} messages (${result.counts.es} es, ${result.counts.en} en; ${result.counts.test} test, ${result.counts.dev} dev). Tuned on dev only; test is held out.`,
  '',
  '| split | lang | n | macro-F1 | accuracy | escalation recall | escalation precision | targets met |',
  '|---|---|---:|---:|---:|---:|---:|:---:|',
  ...slices.map(
    (s) =>
      `| ${s.split} | ${s.lang} | ${s.count} | ${s.macroF1.toFixed(3)} | ${pct(s.accuracy)}% | ${pct(s.escalationRecall)}% (${s.escalationPositives} positives) | ${pct(s.escalationPrecision)}% | ${meets(s) ? 'yes' : 'no'} |`,
  ),
  '',
  `Targets: macro-F1 ≥ ${TARGET.macroF1}, escalation recall ≥ ${TARGET.escalationRecall * 100}% per language, < 1 ms per message.`,
  '',
  '| throughput | value |',
  '|---|---:|',
  `| messages / second (median of 5 runs × ${perRun} analyses) | ${throughput.messagesPerSecond.toLocaleString('en-US')} |`,
  `| µs / message | ${throughput.microsPerMessage} |`,
  `| machine | ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform} |`,
  '',
  `Misclassified messages are listed in \`sentiment.json\` under \`misses\`. Generated ${result.generatedAt}.`,
  '',
].join('\n');
writeFileSync(join(outDir, 'sentiment.md'), md);
console.log(md);
