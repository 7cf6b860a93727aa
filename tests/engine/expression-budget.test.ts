// On the real dev server: an expression that runs out of its budget moves the journey on (a condition takes else) or
// ends it as failed with the reason (a variable), instead of failing its workflow task on every retry.
import { compile, type FlowDocumentInput, type Plan } from '@ruta/flow';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { WorkflowFailedError } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { journeyInput } from '../support/engine';
import { storedPath } from '../support/play';
import { withLocalServer } from '../support/temporal';
import { tempStore, withWorker } from '../support/worker';

const server = withLocalServer();
const { store } = tempStore();
const { taskQueue } = withWorker(server, { store });

const ITEMS = 'event.data.items';
const BOMB = `${ITEMS}.map(a, ${ITEMS}.map(b, a)).size()`;

function plan(nodes: FlowDocumentInput['nodes'], edges: [string, string, string][]): Plan {
  const result = compile({
    schemaVersion: 2,
    id: 'f_budget',
    name: 'Budget',
    settings: { reentry: 'every_time', transactional: true },
    nodes: [{ id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'order.placed' } }, ...nodes],
    edges: edges.map(([from, port, to], i) => ({ id: `e_${i}`, from, port, to })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.plan;
}

const scenario = (eventId: string) =>
  ({
    name: eventId,
    customer: { id: 'c_budget', name: 'Bea', locale: 'es' },
    event: { type: 'order.placed', data: { items: Array.from({ length: 1000 }, (_, i) => i) } },
  }) as never;

async function start(p: Plan, workflowId: string) {
  return server.client.workflow.start('journey', {
    taskQueue,
    workflowId,
    args: [journeyInput(p, scenario(workflowId), workflowId, new Date().toISOString())],
  });
}

describe('expressions on a budget in workflows', () => {
  it('a condition that runs out of budget takes else, and the step says why', async () => {
    const p = plan(
      [
        { id: 'n_branch', kind: 'logic.branch', params: { branches: [{ port: 'big', condition: `${BOMB} > 0` }] } },
        { id: 'n_big', kind: 'end', params: { outcome: 'big' } },
        { id: 'n_else', kind: 'end', params: { outcome: 'else' } },
      ],
      [
        ['n_trigger', 'out', 'n_branch'],
        ['n_branch', 'big', 'n_big'],
        ['n_branch', 'else', 'n_else'],
      ],
    );
    const handle = await start(p, 'budget-branch');
    const result = (await handle.result()) as JourneyResult;
    expect(result).toMatchObject({ status: 'completed', outcome: 'else' });
    const { steps } = await storedPath(store, 'budget-branch');
    const leave = steps.find((s) => s.type === 'leave' && s.nodeId === 'n_branch');
    expect(leave?.detail).toMatchObject({ problems: [{ port: 'big', code: 'expr_budget' }] });
  });

  it('a variable that cannot be computed fails the journey with the reason, on the first workflow task', async () => {
    const p = plan(
      [
        { id: 'n_set', kind: 'logic.set', params: { name: 'pairs', value: BOMB } },
        { id: 'n_end', kind: 'end', params: {} },
      ],
      [
        ['n_trigger', 'out', 'n_set'],
        ['n_set', 'out', 'n_end'],
      ],
    );
    const handle = await start(p, 'budget-set');
    const error = await handle.result().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect(String((error as WorkflowFailedError).cause?.message)).toMatch(
      /n_set failed: The expression did too much work/,
    );
    // No workflow task failed on the way: the journey ended in its first attempt.
    const history = await handle.fetchHistory();
    const failedTasks = (history.events ?? []).filter((e) => e.workflowTaskFailedEventAttributes);
    expect(failedTasks).toHaveLength(0);
  });
});
