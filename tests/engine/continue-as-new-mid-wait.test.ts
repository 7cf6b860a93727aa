/**
 * A journey continues as new while it waits for a reply, on the dev server: its run switch is atomic, as in
 * production, where the time-skipping server's is not (a signal or query landing mid-switch there can be lost,
 * which hung this test under load). Nothing here needs virtual time: the test reads the journey by query and
 * cancels it once the new run has shown what it kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@ruta/flow';
import {
  cancelUpdate,
  eventSignal,
  type JourneyResult,
  type LiveState,
  replySignal,
  stateQuery,
} from '@ruta/workflows/definitions';
import { describe, expect, it } from 'vitest';
import { journeyInput, ROOT } from '../support/engine';
import { eventually } from '../support/eventually';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const server = withLocalServer();
const { store } = tempStore();
const { taskQueue } = withWorker(server, { store });

describe('continue-as-new in the middle of a wait', () => {
  it('keeps the absolute deadline, and a reply to the new run still leaves by `replied`', async () => {
    // Twelve reminders, each waiting an hour for a reply; a new run after 20 history events.
    const compiled = compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/continue-as-new/flow.json'), 'utf8')));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    const workflowId = 'can-mid-wait';
    const handle = await server.client.workflow.start('journey', {
      taskQueue,
      workflowId,
      args: [
        journeyInput(
          compiled.plan,
          { customer: { id: 'c_loop', name: 'Lola', locale: 'es' }, event: { type: 'manual', data: {} } } as never,
          'evt-can-2',
          new Date().toISOString(),
        ),
      ],
    });
    const state = () => handle.query(stateQuery);
    const before = await eventually('the first reminder to wait for a reply', async () => {
      const s = await state();
      return s.wait?.nodeId === 'n_wait' ? s : undefined;
    });

    // Events nobody waits for grow the history past the threshold while the journey waits.
    for (let i = 0; i < 25; i++) {
      await handle.signal(eventSignal, { id: `noise-${i}`, type: 'noise', data: {}, at: new Date().toISOString() });
    }
    const after = await eventually('a new run', async () => {
      const s = await state();
      return s.run > before.run && s.wait ? s : undefined;
    });
    expect(after.wait?.nodeId).toBe('n_wait');
    expect(after.wait?.deadline).toBe(before.wait?.deadline);
    expect(after.wait?.since).toBe(before.wait?.since);
    expect(after.visits.n_send).toBe(1);

    // The wait goes on in the new run: a reply ends it through `replied`, and the loop sends the second reminder.
    await handle.signal(replySignal, { id: 'r-1', text: 'ya pagué', channel: 'sms', at: new Date().toISOString() });
    const next: LiveState = await eventually('the reply to be taken and the next reminder to wait', async () => {
      const s = await state();
      return s.vars.lastReply === 'ya pagué' && s.visits.n_send === 2 && s.wait?.nodeId === 'n_wait' ? s : undefined;
    });
    expect(next.wait?.deadline).not.toBe(before.wait?.deadline);
    expect((await store.listOutbound({ journeyId: workflowId })).map((m) => m.text).sort()).toEqual([
      'Recordatorio 1 de 12',
      'Recordatorio 2 de 12',
    ]);

    await handle.executeUpdate(cancelUpdate, { args: [{ reason: 'test done' }] });
    const result = (await handle.result()) as JourneyResult;
    expect(result.status).toBe('cancelled');
    expect(result.vars.lastReply).toBe('ya pagué');
    expect(result.runs).toBeGreaterThan(1);
    const { steps, path } = await eventually('every step to be stored', async () => {
      const stored = await storedPath(store, workflowId);
      return stored.steps.length === result.steps ? stored : undefined;
    });
    expect(steps.map((s) => s.seq)).toEqual(steps.map((_, i) => i + 1));
    expect(path.filter((n) => n === 'n_send')).toHaveLength(2);
  }, 120_000);
});
