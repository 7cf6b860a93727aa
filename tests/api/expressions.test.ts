// User-written expressions on the API's request thread: a catastrophic regex and a list bomb in published trigger
// filters, and in a simulation, answer at once; the API stays healthy and other flows' filters still run.
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { expectProblem, withApi } from './support';

const api = withApi({ worker: false });

const TYPE = 'hostile.input';
const ITEMS = 'event.data.items';
const LIST_BOMB = `${ITEMS}.map(a, ${ITEMS}.map(b, a)).size() > 0`;

function flowOn(id: string, filter?: string): Record<string, unknown> {
  const doc = orderFlow(id, {}, filter) as { nodes: { params: Record<string, unknown> }[] };
  doc.nodes[0]!.params.eventType = TYPE;
  return doc;
}

async function createAndPublish(document: Record<string, unknown>) {
  const created = await api.call('POST', '/v1/flows', { body: { document } });
  expect(created.status, created.text).toBe(201);
  return api.call('POST', `/v1/flows/${document.id}/publish`, { body: {} });
}

type Touch = { flowId: string; action: string; reason?: string };

beforeAll(async () => {
  for (const [id, filter] of [
    ['f_regex', 'event.data.s.matches("(a|a)+$")'],
    ['f_regex_nested', 'event.data.s.matches("((a+))+$")'],
    ['f_bomb', LIST_BOMB],
    ['f_plain', undefined],
  ] as const) {
    const published = await createAndPublish(flowOn(id, filter));
    expect(published.status, published.text).toBe(201);
  }
});

describe('trigger filters on a budget', () => {
  it('answers an event that meets a catastrophic regex and a list bomb, and still starts the plain flow', async () => {
    const data = { s: `${'a'.repeat(5000)}!`, items: Array.from({ length: 1000 }, (_, i) => i) };
    const r = await api.call<{ journeys: Touch[] }>('POST', '/v1/events', {
      body: { id: 'evt-hostile-1', type: TYPE, customerId: 'c_hostile', data },
    });
    expect(r.status, r.text).toBe(202);
    const byFlow = Object.fromEntries(r.body.journeys.map((j) => [j.flowId, j]));
    expect(byFlow.f_regex).toMatchObject({ action: 'skipped', reason: 'filter_not_matched' });
    expect(byFlow.f_regex_nested).toMatchObject({ action: 'skipped', reason: 'filter_not_matched' });
    expect(byFlow.f_bomb).toMatchObject({ action: 'skipped', reason: 'filter_too_costly' });
    // The plain flow is not held back by its neighbours (no worker runs here, so it stays started).
    expect(byFlow.f_plain).toMatchObject({ action: 'started' });
    expect((await api.call('GET', '/healthz')).status).toBe(200);
  });

  it('matches with RE2 when the text does match', async () => {
    const r = await api.call<{ journeys: Touch[] }>('POST', '/v1/events', {
      body: { id: 'evt-hostile-2', type: TYPE, customerId: 'c_hostile_2', data: { s: 'aaaa', items: [] } },
    });
    expect(r.status, r.text).toBe(202);
    const regex = r.body.journeys.find((j) => j.flowId === 'f_regex');
    expect(regex?.action).toBe('started');
  });

  it('refuses to publish a filter whose cost is known to exceed the budget, naming the field', async () => {
    const bomb = `${ITEMS}.map(a, ${ITEMS}.map(b, ${ITEMS}.map(c, c))).size() > 0`;
    const created = await api.call('POST', '/v1/flows', { body: { document: flowOn('f_static_bomb', bomb) } });
    expect(created.status, created.text).toBe(201);
    const published = await api.call('POST', '/v1/flows/f_static_bomb/publish', { body: {} });
    const problem = expectProblem(published, 409) as {
      diagnostics: { code: string; nodeId: string; path: unknown[] }[];
    };
    expect(problem.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'expr_too_costly', nodeId: 'n_trigger', path: ['params', 'filter'] }),
    );
  });
});

describe('simulation on a budget', () => {
  it('plays a flow whose condition meets a list bomb: the condition takes else and the run ends', async () => {
    const document = {
      schemaVersion: 2,
      id: 'f_sim_bomb',
      name: 'Simulated bomb',
      settings: { reentry: 'every_time', transactional: true },
      nodes: [
        { id: 'n_trigger', kind: 'trigger.event', params: { eventType: TYPE } },
        { id: 'n_branch', kind: 'logic.branch', params: { branches: [{ port: 'big', condition: LIST_BOMB }] } },
        { id: 'n_big', kind: 'end', params: { outcome: 'big' } },
        { id: 'n_else', kind: 'end', params: { outcome: 'else' } },
      ],
      edges: [
        { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_branch' },
        { id: 'e_2', from: 'n_branch', port: 'big', to: 'n_big' },
        { id: 'e_3', from: 'n_branch', port: 'else', to: 'n_else' },
      ],
    };
    expect((await api.call('POST', '/v1/flows', { body: { document } })).status).toBe(201);
    const scenario = {
      name: 'bomb',
      event: { type: TYPE, data: { items: Array.from({ length: 1000 }, (_, i) => i) } },
      customer: { id: 'c_sim' },
    };
    const r = await api.call<{ results: { status: string; outcome: string }[] }>(
      'POST',
      '/v1/flows/f_sim_bomb/simulate',
      {
        body: { scenario },
      },
    );
    expect(r.status, r.text).toBe(200);
    expect(r.body.results[0]).toMatchObject({ status: 'completed', outcome: 'else' });
    expect((await api.call('GET', '/healthz')).status).toBe(200);
  });
});
