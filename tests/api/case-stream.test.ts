// Live case events over server-sent events: what each person's stream carries (their queues only), from one LISTEN
// per API process.
import { createQueue, createTeam, createTicket, putInbound, queryRows, sql } from '@ruta/db';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { type PersonSession, withApi } from './support';

const api = withApi({ worker: false });

interface Received {
  event: string;
  data: { event?: { type: string; caseId: string; queue: string }; case?: { id: string; assignedTo: string | null } };
}

/** An open event stream as the person's browser would hold it, parsed as events arrive. */
async function connect(as: PersonSession | null) {
  const controller = new AbortController();
  const res = await api.app.request('/v1/cases/stream', {
    headers: as ? { cookie: as.cookie, accept: 'text/event-stream' } : { accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const events: Received[] = [];
  let reader: ReadableStreamDefaultReader<string> | undefined;
  if (res.status === 200 && res.body) {
    const r = res.body.pipeThrough(new TextDecoderStream()).getReader();
    reader = r;
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await r.read();
          if (done) return;
          buffer += value;
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) events.push({ event, data: data ? JSON.parse(data) : {} });
            cut = buffer.indexOf('\n\n');
          }
        }
      } catch {
        // Aborted by the test.
      }
    })();
  }
  // As a browser closing the page: the response stream is cancelled.
  const close = () => {
    controller.abort();
    void reader?.cancel().catch(() => {});
  };
  open.push(close);
  const next = (type: string, caseId?: string) =>
    eventually(
      `a ${type} event${caseId ? ` for ${caseId}` : ''}`,
      async () => events.find((e) => e.event === type && (!caseId || e.data.event?.caseId === caseId)),
      { timeoutMs: 15_000 },
    );
  return { res, events, next, close };
}

const open: (() => void)[] = [];
afterEach(() => {
  for (const close of open.splice(0)) close();
});

let agent: PersonSession;
let supervisor: PersonSession;

beforeAll(async () => {
  const team = (await createTeam(api.db.db, { name: 'Soporte' })).id;
  await createQueue(api.db.db, { id: 'support', teamId: team });
  await createQueue(api.db.db, { id: 'billing' });
  agent = await api.person({ roles: ['agent'], queues: ['support'] });
  supervisor = await api.person({ roles: ['supervisor'], teams: [team] });
});

describe('GET /v1/cases/stream', () => {
  it('streams a new case, the customer’s reply and changes of the agent’s queues, with the case as it is now', async () => {
    const s = await connect(agent);
    expect(s.res.status).toBe(200);
    expect(s.res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await s.next('ready');
    const elsewhere = (await createTicket(api.db.db, { customerId: 'c_b', queue: 'billing' })).ticket.id;
    const id = (await createTicket(api.db.db, { customerId: 'c_live', queue: 'support' })).ticket.id;
    const created = await s.next('case.created', id);
    expect(created.data.case?.id).toBe(id);
    await putInbound(api.db.db, {
      customerId: 'c_live',
      channel: 'whatsapp',
      provider: 'sandbox',
      providerMessageId: 'live-1',
      body: '¿Alguien me responde?',
    });
    await s.next('customer.replied', id);
    const claim = await api.call('POST', `/v1/handoffs/${id}/claim`, { as: agent });
    expect(claim.status).toBe(200);
    const changed = await s.next('case.changed', id);
    expect(changed.data.case?.assignedTo).toBe(agent.id);
    // The billing case, created first, never reached this agent (events arrive in order).
    expect(s.events.some((e) => e.data.event?.caseId === elsewhere)).toBe(false);
  });

  it('warns of cases about to breach their SLA, once per deadline', async () => {
    const s = await connect(supervisor);
    await s.next('ready');
    const id = (
      await createTicket(api.db.db, {
        customerId: 'c_sla',
        queue: 'support',
        slaDeadline: new Date(Date.now() + 5 * 60_000),
      })
    ).ticket.id;
    await s.next('case.created', id);
    await api.app.runtime.cases!.sweep();
    await s.next('sla.warning', id);
    expect(await api.app.runtime.cases!.sweep()).toBe(0);
    // A case that leaves the window is forgotten, so coming back into it warns again.
    const setStatus = (status: string) =>
      queryRows(api.db.db, sql`update tickets set status = ${status} where id = ${id} returning id`);
    await setStatus('resolved');
    expect(await api.app.runtime.cases!.sweep()).toBe(0);
    await setStatus('open');
    expect(await api.app.runtime.cases!.sweep()).toBe(1);
  });

  it('serves every connection from one feed, and lets go of closed ones', async () => {
    const feed = api.app.runtime.cases!;
    const streams = await Promise.all([connect(agent), connect(agent), connect(supervisor)]);
    await Promise.all(streams.map((s) => s.next('ready')));
    expect(feed.size).toBe(3);
    const id = (await createTicket(api.db.db, { customerId: 'c_many', queue: 'support' })).ticket.id;
    await Promise.all(streams.map((s) => s.next('case.created', id)));
    for (const s of streams) s.close();
    await eventually('the feed to let go', async () => (feed.size === 0 ? true : undefined), { timeoutMs: 10_000 });
  });

  it('refuses a caller without a session (401) and a person without cases:read (403)', async () => {
    expect((await connect(null)).res.status).toBe(401);
    const developer = await api.person({ roles: ['developer'] });
    expect((await connect(developer)).res.status).toBe(403);
  });
});
