// The agent workspace's routes on cases: context, claim, notes, transfer, the supervisor's overview, queue assignment
// modes and team calendars — each with who may and who may not.
import { applySteps, createQueue, createTeam, createTicket, type Database, upsertCustomer } from '@ruta/db';
import { nodeKind } from '@ruta/flow';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, type PersonSession, withApi } from './support';

const api = withApi({ worker: false });

let team = '';
let agent: PersonSession;
let other: PersonSession;
let supervisor: PersonSession;

const open = (db: Database, customerId: string, queue: string, extra: Record<string, unknown> = {}) =>
  createTicket(db.db, { customerId, queue, ...extra }).then((r) => r.ticket.id);

beforeAll(async () => {
  team = (await createTeam(api.db.db, { name: 'Soporte' })).id;
  await createQueue(api.db.db, { id: 'support', teamId: team });
  await createQueue(api.db.db, { id: 'billing' });
  agent = await api.person({ roles: ['agent'], queues: ['support'], displayName: 'Ana Agente' });
  other = await api.person({ roles: ['agent'], queues: ['support'], displayName: 'Otro Agente' });
  supervisor = await api.person({ roles: ['supervisor'], teams: [team], displayName: 'Sofía Supervisora' });
  await upsertCustomer(api.db.db, { id: 'c_case', name: 'Camila' });
});

describe('case routes', () => {
  it('shows the journey path, the sentiment trend, the escalation reasons and earlier cases', async () => {
    const earlier = await open(api.db, 'c_case', 'support');
    const id = await open(api.db, 'c_case', 'support', {
      journeyId: 'journey:f_x:c_case',
      detail: { context: { sentiment: { label: 'negative', reasons: ['anger', 'sarcasm'] } } },
    });
    const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 13, m));
    const J = 'journey:f_x:c_case';
    await applySteps(
      api.db.db,
      [
        { seq: 1, type: 'leave', nodeId: 'n_trigger', kind: 'trigger.event', port: 'out', at: at(0) },
        {
          seq: 2,
          type: 'leave',
          nodeId: 'n_mood',
          kind: 'ai.sentiment',
          port: 'out',
          at: at(1),
          detail: { label: 'neutral', score: -0.1, escalate: false },
        },
        {
          seq: 3,
          type: 'leave',
          nodeId: 'n_mood',
          kind: 'ai.sentiment',
          port: 'out',
          at: at(5),
          detail: { label: 'negative', score: -0.8, escalate: true },
        },
        { seq: 4, type: 'wait', nodeId: 'n_handoff', kind: 'handoff', at: at(6) },
      ].map((s) => ({ ...s, journeyId: J }) as Parameters<typeof applySteps>[1][number]),
    );
    const r = await api.call<{
      case: { id: string };
      path: { nodeId: string; label: { es: string; en: string }; portLabel: { es: string } | null }[];
      sentiment: { score: number; escalate: boolean }[];
      reasons: string[];
      earlier: { id: string }[];
    }>('GET', `/v1/handoffs/${id}/context`, { as: agent });
    expect(r.status, r.text).toBe(200);
    expect(r.body.case.id).toBe(id);
    expect(r.body.path.map((s) => s.nodeId)).toEqual(['n_trigger', 'n_mood', 'n_mood']);
    // The agent reads names, not ids: with no published version at hand, the kinds' names and their ports' words.
    const mood = nodeKind('ai.sentiment')!;
    expect(r.body.path[1]!.label).toEqual(mood.label);
    const out = mood.ports({} as never).find((p) => p.name === 'out')!;
    expect(r.body.path[1]!.portLabel).toEqual(out.label);
    expect(r.body.path.every((s) => !s.label.es.startsWith('n_'))).toBe(true);
    expect(r.body.sentiment.map((s) => [s.score, s.escalate])).toEqual([
      [-0.1, false],
      [-0.8, true],
    ]);
    expect(r.body.reasons).toEqual(['anger', 'sarcasm']);
    expect(r.body.earlier.map((t) => t.id)).toEqual([earlier]);
    // A case outside the agent's queues does not exist for them.
    const billing = await open(api.db, 'c_case', 'billing');
    expectProblem(await api.call('GET', `/v1/handoffs/${billing}/context`, { as: agent }), 404);
  });

  it('lets the first agent claim a case and refuses the second; a system key cannot claim', async () => {
    const id = await open(api.db, 'c_case', 'support');
    const mine = await api.call<{ assignedTo: string }>('POST', `/v1/handoffs/${id}/claim`, { as: agent });
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.assignedTo).toBe(agent.id);
    expect((await api.call('POST', `/v1/handoffs/${id}/claim`, { as: agent })).status).toBe(200);
    expect(expectProblem(await api.call('POST', `/v1/handoffs/${id}/claim`, { as: other }), 409).detail).toMatch(
      /someone else/,
    );
    expectProblem(await api.call('POST', `/v1/handoffs/${id}/claim`), 409);
    await api.call('POST', `/v1/handoffs/${id}/resolve`, { as: agent, body: { resolution: 'refund' } });
    expectProblem(await api.call('POST', `/v1/handoffs/${id}/claim`, { as: agent }), 409);
  });

  it('keeps internal notes by their author, and refuses empty ones with a field error', async () => {
    const id = await open(api.db, 'c_case', 'support');
    const r = await api.call<{ notes: { author: string; body: string }[] }>('POST', `/v1/handoffs/${id}/notes`, {
      as: agent,
      body: { body: 'Prometí llamar mañana' },
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.notes).toMatchObject([{ author: 'Ana Agente', body: 'Prometí llamar mañana' }]);
    const bad = expectProblem(
      await api.call('POST', `/v1/handoffs/${id}/notes`, { as: agent, body: { body: '   ' } }),
      422,
    );
    expect(JSON.stringify(bad)).toMatch(/body/);
    expect((await api.call<{ notes: unknown[] }>('GET', `/v1/handoffs/${id}`, { as: agent })).body.notes).toHaveLength(
      1,
    );
  });

  it('transfers a case to another queue, unassigned, with the reason as a note; then it is out of reach', async () => {
    const id = await open(api.db, 'c_case', 'support');
    await api.call('POST', `/v1/handoffs/${id}/claim`, { as: agent });
    expectProblem(
      await api.call('POST', `/v1/handoffs/${id}/transfer`, { as: agent, body: { queue: 'nowhere' } }),
      404,
    );
    expectProblem(
      await api.call('POST', `/v1/handoffs/${id}/transfer`, { as: agent, body: { queue: 'support' } }),
      409,
    );
    const moved = await api.call<{ queue: string; assignedTo: string | null; notes: { body: string }[] }>(
      'POST',
      `/v1/handoffs/${id}/transfer`,
      { as: agent, body: { queue: 'billing', note: 'Es un cobro duplicado' } },
    );
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ queue: 'billing', assignedTo: null });
    expect(moved.body.notes.map((n) => n.body)).toEqual(['Es un cobro duplicado']);
    expectProblem(await api.call('GET', `/v1/handoffs/${id}`, { as: agent }), 404);
  });

  it("gives supervisors their teams' queues, each agent's load and the cases about to breach", async () => {
    const soon = await open(api.db, 'c_case', 'support', {
      priority: 'urgent',
      slaDeadline: new Date(Date.now() + 5 * 60_000),
    });
    await open(api.db, 'c_case', 'support', { slaDeadline: new Date(Date.now() + 5 * 3_600_000) });
    // Ana's earlier cases were resolved or transferred: this is her only open one.
    await api.call('POST', `/v1/handoffs/${soon}/claim`, { as: agent });
    const r = await api.call<{
      queues: { queue: string; open: number; nearBreach: number; oldestWaitingSince: string | null }[];
      agents: { displayName: string; open: number }[];
      atRisk: { id: string }[];
    }>('GET', '/v1/cases/overview', { as: supervisor });
    expect(r.status, r.text).toBe(200);
    // Billing belongs to no team: not the supervisor's.
    expect(r.body.queues.map((q) => q.queue)).toEqual(['support']);
    expect(r.body.queues[0]?.nearBreach).toBeGreaterThanOrEqual(1);
    expect(r.body.queues[0]?.oldestWaitingSince).not.toBeNull();
    expect(r.body.atRisk.map((t) => t.id)).toContain(soon);
    expect(r.body.agents.map((a) => a.displayName)).toEqual(['Ana Agente', 'Otro Agente']);
    expect(r.body.agents.map((a) => a.open)).toEqual([1, 0]);
    // The inbox asks for the most urgent first, a page at a time.
    const top = await api.call<{ handoffs: { id: string }[] }>('GET', '/v1/handoffs?limit=1', { as: supervisor });
    expect(top.body.handoffs.map((t) => t.id)).toEqual([soon]);
    expectProblem(await api.call('GET', '/v1/handoffs?limit=0', { as: supervisor }), 422);
    expect((await api.call('GET', '/v1/cases/overview', { as: agent })).status).toBe(403);
  });

  it('sets queue assignment modes and team calendars (admins), refusing a calendar that never opens', async () => {
    const q = await api.call<{ assignment: string }>('PATCH', '/v1/queues/support', {
      body: { assignment: 'round_robin' },
    });
    expect(q.status, q.text).toBe(200);
    expect(q.body.assignment).toBe('round_robin');
    expectProblem(await api.call('PATCH', '/v1/queues/support', { body: { assignment: 'lottery' } }), 422);
    const first = await open(api.db, 'c_case', 'support');
    const second = await open(api.db, 'c_case', 'support');
    const owners = await Promise.all(
      [first, second].map(async (id) => (await api.call<{ assignedTo: string }>('GET', `/v1/handoffs/${id}`)).body),
    );
    expect(new Set(owners.map((t) => t.assignedTo))).toEqual(new Set([agent.id, other.id]));
    await api.call('PATCH', '/v1/queues/support', { body: { assignment: 'manual' } });

    const calendar = { days: ['mon', 'tue'], start: '08:00', end: '17:00', timeZone: 'Europe/Madrid' };
    const t = await api.call<{ calendar: unknown }>('PUT', `/v1/teams/${team}/calendar`, { body: { calendar } });
    expect(t.status, t.text).toBe(200);
    expect(t.body.calendar).toMatchObject(calendar);
    expectProblem(
      await api.call('PUT', `/v1/teams/${team}/calendar`, { body: { calendar: { start: '18:00', end: '08:00' } } }),
      422,
    );
    expectProblem(await api.call('PUT', '/v1/teams/tm_missing/calendar', { body: { calendar: null } }), 404);
    expect((await api.call('PUT', `/v1/teams/${team}/calendar`, { as: supervisor, body: { calendar } })).status).toBe(
      403,
    );
  });
});
