/**
 * The sample flows in examples/flows compile cleanly, to the plans stored in tests/golden.
 * After an intended change to the compiler or a sample, rewrite the plans with:
 *   UPDATE_GOLDEN=1 npx vitest run tests/compiler-golden.test.ts
 * and review the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, formatDiagnostics } from '../packages/flow/src/compiler';
import type { Plan } from '../packages/flow/src/plan';
import { canonicalJson, sha256Hex } from '../packages/flow/src/util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FLOWS = join(ROOT, 'examples', 'flows');
const GOLDEN = join(ROOT, 'tests', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const SAMPLES = [
  'negative-sentiment-escalation',
  'delivery-delay',
  'failed-payment',
  'csat',
  'ab-welcome',
  'sla-escalation',
  'kb-bot',
] as const;

type Doc = {
  schemaVersion: number;
  id: string;
  name: string;
  description?: string;
  nodes: {
    id: string;
    kind: string;
    label?: string;
    position: { x: number; y: number };
    params: Record<string, unknown>;
  }[];
  edges: { id: string; from: string; port: string; to: string }[];
};

const load = (name: string): Doc => JSON.parse(readFileSync(join(FLOWS, `${name}.json`), 'utf8')) as Doc;

function planOf(input: unknown): Plan {
  const result = compile(input);
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics, 'en'));
  return result.plan;
}

describe('sample flows', () => {
  it('examples/flows holds exactly the seven sample flows (next to their scenario files)', () => {
    const files = readdirSync(FLOWS)
      .filter((f) => /^[a-z-]+\.json$/.test(f))
      .sort();
    expect(files).toEqual(SAMPLES.map((s) => `${s}.json`).sort());
  });

  describe.each(SAMPLES)('%s', (name) => {
    it('compiles with no errors and no warnings, to its golden plan', () => {
      const result = compile(load(name));
      expect(formatDiagnostics(result.diagnostics, 'en')).toBe('');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { hash, ...body } = result.plan;
      expect(hash).toBe(sha256Hex(canonicalJson(body)));
      const file = join(GOLDEN, `${name}.plan.json`);
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, `${JSON.stringify(result.plan, null, 2)}\n`);
        return;
      }
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
      expect(result.plan).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });

    it('follows the document conventions: ids, Spanish texts, a top-to-bottom layout', () => {
      const doc = load(name);
      expect(doc.schemaVersion).toBe(3);
      expect(doc.id).toMatch(/^f_[a-z0-9_]+$/);
      expect(doc.name.length).toBeGreaterThan(5);
      expect(doc.description?.length ?? 0).toBeGreaterThan(40);
      const trigger = doc.nodes.find((n) => n.kind.startsWith('trigger.'));
      expect(trigger?.id).toBe('n_trigger');
      for (const n of doc.nodes) {
        expect(n.id).toMatch(/^n_[a-z0-9_]+$/);
        expect(n.label, n.id).toBeTruthy();
        expect(n.position.x % 140, n.id).toBe(0);
        expect(n.position.y % 140, n.id).toBe(0);
      }
      // Distinct positions, and every edge goes down the canvas or (for a loop) back up to a wait.
      expect(new Set(doc.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(doc.nodes.length);
      const byId = new Map(doc.nodes.map((n) => [n.id, n]));
      for (const e of doc.edges) {
        expect(e.id).toMatch(/^e_[a-z0-9_]+$/);
        const from = byId.get(e.from)!;
        const to = byId.get(e.to)!;
        if (to.position.y <= from.position.y) expect(to.kind, `${e.id} goes up`).toMatch(/^wait\./);
      }
    });

    it('keeps its hash when nodes and edges are reordered or moved, and changes it when a param changes', () => {
      const plan = planOf(load(name));
      const shuffled = load(name);
      shuffled.nodes.reverse();
      shuffled.edges.reverse();
      for (const [i, n] of shuffled.nodes.entries()) n.position = { x: i * 10, y: -i * 10 };
      shuffled.description = 'Otra descripción';
      const again = planOf(shuffled);
      expect(again.hash).toBe(plan.hash);
      expect(again).toEqual(plan);

      const changed = load(name);
      const trigger = changed.nodes.find((n) => n.id === 'n_trigger')!;
      trigger.params = { ...trigger.params, eventType: `${String(trigger.params.eventType)}.v2` };
      expect(planOf(changed).hash).not.toBe(plan.hash);
    });

    it('compiles from its v1 form (source / sourceHandle / target edges) to the same plan', () => {
      const v2 = load(name);
      // Its rule and event fields ride along, so only the edges' old form differs.
      const v1 = {
        ...v2,
        schemaVersion: 1,
        edges: v2.edges.map((e) => ({ id: e.id, source: e.from, sourceHandle: e.port, target: e.to })),
      };
      expect(planOf(v1)).toEqual(planOf(v2));
    });
  });
});
