import { existsSync } from 'node:fs';
import { compile, formatDiagnostics, formatDuration, type SimulationResult, simulate } from '@ruta/flow';
import { activitySpecs, CUSTOM_ACTIVITIES } from '@ruta/workers/custom';
import { closeScratchDatabase, simulationOptions } from '@ruta/workers/simulation';

import { type Args, flag, langOf, UsageError } from '../args';
import { readJson } from '../files';

/** `ruta simulate <flow.json> [--scenario <file>] [--json]`: plays scenarios on virtual time. */
export async function simulateCommand(args: Args): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError('Usage: ruta simulate <flow.json> --scenario <scenario.json> [--json] [--lang es|en]');
  const lang = langOf(args);
  const scenarioFile = flag(args, 'scenario') ?? file.replace(/\.json$/, '.scenarios.json');
  if (!existsSync(scenarioFile)) {
    throw new UsageError(`No scenario: pass --scenario <file.json> (looked for ${scenarioFile})`);
  }
  const compiled = compile(await readJson(file, 'Flow'), { activities: activitySpecs(CUSTOM_ACTIVITIES) });
  if (!compiled.ok) {
    console.error(formatDiagnostics(compiled.diagnostics, lang));
    return 1;
  }
  const raw = await readJson(scenarioFile, 'Scenario');
  const scenarios = Array.isArray(raw) ? raw : [raw];
  const results: SimulationResult[] = [];
  try {
    for (const scenario of scenarios) {
      try {
        results.push(await simulate(compiled.plan, scenario as never, simulationOptions({ scenario })));
      } catch (err) {
        throw new UsageError(`Scenario in ${scenarioFile} is invalid: ${(err as Error).message}`);
      }
    }
  } finally {
    // Scenarios with their own knowledge base were searched in an in-memory database.
    await closeScratchDatabase();
  }
  if (args.flags.json) {
    const slim = results.map(({ steps: _steps, state, ...rest }) => ({
      ...rest,
      vars: state.vars,
      goals: state.goals,
    }));
    console.log(JSON.stringify(slim.length === 1 ? slim[0] : slim, null, 2));
  } else {
    for (const r of results) printResult(r, compiled.plan.nodes, lang);
  }
  const failed = results.some((r) => r.expectation?.ok === false || r.errors.length > 0);
  return failed ? 1 : 0;
}

function printResult(
  r: SimulationResult,
  nodes: Record<string, { label?: string; kind: string }>,
  lang: 'es' | 'en',
): void {
  const start = Date.parse(r.startedAt);
  const rel = (iso: string) => {
    const ms = Date.parse(iso) - start;
    return ms === 0 ? '+0' : `+${formatDuration(ms)}`;
  };
  const name = (id: string) => (nodes[id]?.label ? `${nodes[id]!.label} (${id})` : id);
  console.log(`\n▶ ${r.scenario}`);
  for (const m of r.moves) {
    console.log(`  ${rel(m.at).padEnd(10)} ${name(m.nodeId)}${m.port ? ` → ${m.port}` : ''}`);
  }
  if (r.messages.length > 0) {
    console.log(lang === 'es' ? '  Mensajes:' : '  Messages:');
    for (const m of r.messages) {
      console.log(`  ${rel(m.at).padEnd(10)} ${m.direction === 'out' ? '→' : '←'} [${m.channel}] ${m.text}`);
    }
  }
  if (r.timers.length > 0) {
    console.log(lang === 'es' ? '  Esperas:' : '  Timers:');
    for (const t of r.timers) {
      const until = t.deadline ? rel(t.deadline) : '∞';
      const why = t.reason ? ` (${t.reason})` : '';
      console.log(
        `  ${rel(t.since).padEnd(10)} ${name(t.nodeId)} ${lang === 'es' ? 'hasta' : 'until'} ${until}: ${t.ended}${why}`,
      );
    }
  }
  const status = r.waiting
    ? lang === 'es'
      ? `sigue esperando en ${name(r.waiting.nodeId)}`
      : `still waiting at ${name(r.waiting.nodeId)}`
    : `${r.status} (${r.outcome})`;
  console.log(`  ${lang === 'es' ? 'Resultado' : 'Result'}: ${status}`);
  for (const e of r.errors) console.log(`  ! ${e}`);
  if (r.expectation) {
    console.log(
      r.expectation.ok
        ? `  ✓ ${lang === 'es' ? 'coincide con lo esperado' : 'matches the expectation'}`
        : `  ✗ ${r.expectation.problems.join('; ')}`,
    );
  }
}
