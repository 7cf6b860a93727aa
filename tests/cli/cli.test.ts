import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOWS_DIR, ROOT, sampleNames } from '../support/engine';

/** Runs `ruta …` the way a user does, through the workspace bin. */
function ruta(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'apps/cli/bin/ruta.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    env: { ...process.env, LANG: 'es_CL.UTF-8' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'ruta-cli-'));

describe('ruta validate', () => {
  it('accepts every sample flow', () => {
    const r = ruta(['validate', ...sampleNames().map((n) => join(FLOWS_DIR, `${n}.json`))]);
    expect(r.code).toBe(0);
    expect(r.out.match(/✓/g)).toHaveLength(sampleNames().length);
  });

  it('rejects a broken flow with Spanish or English diagnostics and exit code 1', () => {
    const doc = JSON.parse(readFileSync(join(FLOWS_DIR, 'delivery-delay.json'), 'utf8'));
    doc.nodes.find((n: { id: string }) => n.id === 'n_wait_reply').params.timeout = 'mañana';
    doc.edges = doc.edges.filter(
      (e: { from: string; port: string }) => !(e.from === 'n_wait_reply' && e.port === 'timeout'),
    );
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(doc));

    const es = ruta(['validate', file, '--lang', 'es']);
    expect(es.code).toBe(1);
    expect(es.out).toContain('n_wait_reply');
    expect(es.out).toMatch(/no está conectada/);
    expect(es.out).toMatch(/duración|24h/);

    const en = ruta(['validate', file, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/is not connected/);

    const json = ruta(['validate', file, '--json']);
    const report = JSON.parse(json.out) as { ok: boolean; diagnostics: { code: string; nodeId: string }[] };
    expect(report.ok).toBe(false);
    const codes = report.diagnostics.map((d) => `${d.code}@${d.nodeId}`);
    expect(codes).toContain('invalid_params@n_wait_reply');
    expect(codes).toContain('unconnected_port@n_wait_reply');
    expect(codes).toContain('unreachable_node@n_sms');
  });

  it('says what is wrong with a file that is not JSON', () => {
    const file = join(tmp, 'not-json.json');
    writeFileSync(file, '{ "nodes": [ ');
    const r = ruta(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid JSON/);
  });
});

describe('ruta simulate', () => {
  for (const name of sampleNames()) {
    it(`plays every scenario of ${name}`, () => {
      const r = ruta(['simulate', join(FLOWS_DIR, `${name}.json`), '--json']);
      expect(r.code, r.err).toBe(0);
      const results = JSON.parse(r.out) as { scenario: string; expectation?: { ok: boolean }; path: string[] }[];
      const scenarios = JSON.parse(readFileSync(join(FLOWS_DIR, `${name}.scenarios.json`), 'utf8')) as unknown[];
      expect(results).toHaveLength(scenarios.length);
      for (const result of results) {
        expect(result.expectation?.ok ?? true).toBe(true);
        expect(result.path[0]).toBe('n_trigger');
      }
    });
  }

  it('prints the path, messages and timers for people', () => {
    const r = ruta(['simulate', join(FLOWS_DIR, 'failed-payment.json'), '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Mensajes:');
    expect(r.out).toContain('Esperas:');
    expect(r.out).toContain('coincide con lo esperado');
  });
});

describe('ruta sentiment', () => {
  it('reads JSON lines and writes one result per line, keeping other fields', () => {
    const file = join(tmp, 'messages.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 1, text: 'Es la tercera vez que llamo y nadie me ayuda, quiero hablar con una persona' }),
        JSON.stringify({ id: 2, text: 'Thank you so much, everything arrived on time!' }),
      ].join('\n'),
    );
    const r = ruta(['sentiment', file]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 1, label: 'negative', escalate: true, lang: 'es' });
    expect(lines[1]).toMatchObject({ id: 2, label: 'positive', escalate: false, lang: 'en' });
  });

  it('decides at the --sensitivity asked for and explains every line', () => {
    const file = join(tmp, 'levels.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ text: 'me cobraron dos veces la cuota y nadie me responde' }),
        JSON.stringify({ text: 'la app está un poco lenta hoy' }),
      ].join('\n'),
    );
    const lines = (level?: string) =>
      ruta(['sentiment', file, ...(level ? ['--sensitivity', level] : [])])
        .out.trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { escalate: boolean; sensitivity: string; explanation: { es: string } });
    expect(lines().map((l) => l.escalate)).toEqual([true, false]);
    expect(lines('anger').map((l) => l.escalate)).toEqual([false, false]);
    expect(lines('any').map((l) => l.escalate)).toEqual([true, true]);
    expect(lines('anger').every((l) => l.sensitivity === 'anger' && l.explanation.es.startsWith('No escalar'))).toBe(
      true,
    );
  });

  it('refuses an unknown --sensitivity with the choices, in the user’s language', () => {
    const file = join(tmp, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'hola' }));
    const r = ruta(['sentiment', file, '--sensitivity', 'medium', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--sensitivity must be one of: anger');
    expect(r.err).toContain('medium');
  });
});
