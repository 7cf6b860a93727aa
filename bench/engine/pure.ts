/** The engine's pure figures: compiling a 1000-node flow, simulating a 30-day journey. No servers. */
import { compile, type FlowDocumentInput, simulate } from '@ruta/flow';
import { median } from '../machine';

/** A generated flow of `nodes` nodes: sends, waits, variables and branches in a row. */
function generatedFlow(nodes: number): FlowDocumentInput {
  const list: FlowDocumentInput['nodes'] = [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.start' } },
  ];
  const edges: FlowDocumentInput['edges'] = [];
  let prev = 'n_trigger';
  let port = 'out';
  for (let i = 1; list.length < nodes - 1; i++) {
    const id = `n_${i}`;
    const kind = i % 4;
    if (kind === 0)
      list.push({
        id,
        kind: 'message.send',
        params: { channel: 'sms', template: `Paso ${i} para {{ customer.name }}` },
      });
    else if (kind === 1) list.push({ id, kind: 'wait.duration', params: { duration: '1h' } });
    else if (kind === 2) list.push({ id, kind: 'logic.set', params: { name: `v${i}`, value: 'customer.tier + "x"' } });
    else
      list.push({
        id,
        kind: 'logic.branch',
        params: { branches: [{ port: 'vip', condition: '"vip" in customer.tags' }] },
      });
    edges.push({ id: `e_${i}`, from: prev, port, to: id });
    if (kind === 3) {
      // The branch's `vip` port ends the journey; `else` goes on.
      const endId = `n_${i}_end`;
      list.push({ id: endId, kind: 'end', params: {} });
      edges.push({ id: `e_${i}_vip`, from: id, port: 'vip', to: endId });
      port = 'else';
    } else port = kind === 0 ? 'sent' : 'out';
    prev = id;
  }
  list.push({ id: 'n_final', kind: 'end', params: {} });
  edges.push({ id: 'e_final', from: prev, port, to: 'n_final' });
  return {
    schemaVersion: 3,
    id: 'f_bench_big',
    name: 'Big',
    settings: { reentry: 'every_time', transactional: false },
    nodes: list,
    edges,
  };
}

/** A loop of 30 days: business-hours window, send, a day for a reply. */
function thirtyDayFlow(): FlowDocumentInput {
  return {
    schemaVersion: 3,
    id: 'f_bench_30d',
    name: '30 days',
    settings: { reentry: 'every_time', transactional: false },
    nodes: [
      { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'bench.start' } },
      { id: 'n_loop', kind: 'logic.loop', params: { times: 30 } },
      {
        id: 'n_window',
        kind: 'wait.window',
        params: { window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00', holidays: 'CL' } },
      },
      {
        id: 'n_send',
        kind: 'message.send',
        params: { channel: 'whatsapp', template: 'Día {{ string(nodes.n_loop.count) }}: hola {{ customer.name }}' },
      },
      { id: 'n_reply', kind: 'wait.reply', params: { timeout: '1d' } },
      { id: 'n_end', kind: 'end', params: {} },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_loop' },
      { id: 'e_2', from: 'n_loop', port: 'again', to: 'n_window' },
      { id: 'e_3', from: 'n_window', port: 'out', to: 'n_send' },
      { id: 'e_4', from: 'n_send', port: 'sent', to: 'n_reply' },
      { id: 'e_5', from: 'n_reply', port: 'timeout', to: 'n_loop' },
      { id: 'e_6', from: 'n_reply', port: 'replied', to: 'n_loop' },
      { id: 'e_7', from: 'n_loop', port: 'done', to: 'n_end' },
    ],
  };
}

/** Median milliseconds to compile a 1000-node flow and to simulate a 30-day journey (15 runs each). */
export async function pureFigures() {
  const big = generatedFlow(1000);
  const compileTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = compile(big);
    compileTimes.push(performance.now() - t);
    if (!r.ok) throw new Error(`generated flow does not compile: ${JSON.stringify(r.diagnostics.slice(0, 3))}`);
  }
  const thirty = compile(thirtyDayFlow());
  if (!thirty.ok) throw new Error(`30-day flow does not compile: ${JSON.stringify(thirty.diagnostics)}`);
  const simTimes: number[] = [];
  let simulatedDays = 0;
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    const r = await simulate(thirty.plan, {
      name: '30 days',
      event: { type: 'bench.start' },
      customer: { id: 'c_bench', name: 'Ana', timeZone: 'America/Santiago' },
      inputs: [
        { after: '3d2h', reply: 'ok' },
        { after: '10d1h', reply: 'gracias' },
      ],
    });
    simTimes.push(performance.now() - t);
    simulatedDays = (Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 86_400_000;
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    compile1000NodesMs: round(median(compileTimes)),
    simulate30DayJourneyMs: round(median(simTimes)),
    simulatedDays: Math.round(simulatedDays * 10) / 10,
    compileSamplesMs: compileTimes.map(round),
  };
}
