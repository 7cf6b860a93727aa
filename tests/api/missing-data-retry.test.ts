// A message held for missing data, on the real dev server: a flow whose missing-data rule is `hold` greets a customer
// whose profile has no name. The journey holds at the message and shows up in "Needs attention" (reason
// missing_data, with the placeholder and what to do, es/en); a retry before the profile is fixed holds again and says
// so; after PUT /v1/customers/{id} with a name, a retry sends the message with the name and the journey goes on
// (through a continue-as-new, which keeps the new profile). In bulk: some fixed, one not, one skipped, one cancelled.
import { describe, expect, it } from 'vitest';
import { type BulkAction, type JourneyDetail, journeyHelpers } from './journey-helpers';
import { eventually, withApi } from './support';

const api = withApi();
const { detail, control, until, start, bulkDone } = journeyHelpers(api);

interface Group {
  flowId: string;
  version: number;
  nodeId: string | null;
  kind: string | null;
  reason: string;
  reasonLabel: { es: string; en: string };
  missing: string[] | null;
  count: number;
  message: { es: string; en: string };
  actions: string[];
}
const FIX_ES = 'Completa el perfil del cliente (falta customer.name) y reintenta';
const FIX_EN = "Fill in the customer's profile (customer.name is missing), then retry";

/** Greets by name (held while there is none), then (in the first flow) waits and says goodbye by name. */
const greetingFlow = (id: string, withGoodbye: boolean) => ({
  schemaVersion: 3,
  id,
  name: 'Saludo con nombre',
  // Continue as new as early as allowed, so the journey does so at its wait, after the retried greeting.
  settings: { reentry: 'every_time', transactional: true, missingData: 'hold', continueAsNewAfterEvents: 20 },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'order.shipped' } },
    {
      id: 'n_hello',
      kind: 'message.send',
      params: { channel: 'whatsapp', template: 'Hola {{ customer.name }}, tu pedido va en camino' },
    },
    ...(withGoodbye
      ? [
          { id: 'n_note', kind: 'message.send', params: { channel: 'whatsapp', template: 'Te avisamos al llegar' } },
          { id: 'n_wait', kind: 'wait.duration', params: { duration: '1h' } },
          { id: 'n_bye', kind: 'message.send', params: { channel: 'whatsapp', template: 'Adiós {{ customer.name }}' } },
        ]
      : []),
    { id: 'n_end', kind: 'end', params: { outcome: 'greeted' } },
  ],
  edges: withGoodbye
    ? [
        { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_hello' },
        { id: 'e_2', from: 'n_hello', port: 'sent', to: 'n_note' },
        { id: 'e_3', from: 'n_note', port: 'sent', to: 'n_wait' },
        { id: 'e_4', from: 'n_wait', port: 'out', to: 'n_bye' },
        { id: 'e_5', from: 'n_bye', port: 'sent', to: 'n_end' },
      ]
    : [
        { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_hello' },
        { id: 'e_2', from: 'n_hello', port: 'sent', to: 'n_end' },
      ],
});

async function publish(id: string, withGoodbye: boolean): Promise<string> {
  const created = await api.call<{ id: string }>('POST', '/v1/flows', {
    body: { document: greetingFlow(id, withGoodbye) },
  });
  expect(created.status, created.text).toBe(201);
  const published = await api.call('POST', `/v1/flows/${created.body.id}/publish`, { body: {} });
  expect(published.status, published.text).toBe(201);
  return created.body.id;
}

/** Stores a customer who can be written to on WhatsApp, with a name or without one. */
async function putCustomer(id: string, name?: string) {
  const r = await api.call('PUT', `/v1/customers/${id}`, {
    body: { phone: '+56 9 1111 2222', locale: 'es', consent: { whatsapp: true }, ...(name ? { name } : {}) },
  });
  expect(r.status, r.text).toBe(200);
}

const heldDetail = async (id: string) => (await detail(id)).body;

async function heldGroup(flowId: string): Promise<Group | undefined> {
  const r = await api.call<{ groups: Group[] }>('GET', `/v1/attention?flowId=${flowId}`);
  expect(r.status, r.text).toBe(200);
  return r.body.groups.find((g) => g.reason === 'missing_data');
}

/** The journey holds at the greeting with a fresh wait (the step store's latest step is it). */
const heldAt = (id: string, what: string, waits: number) =>
  until(
    id,
    what,
    (d) => d.wait?.reason === 'missing_data' && d.steps.filter((s) => s.type === 'wait').length === waits,
  );

const outTexts = (h: JourneyDetail) => h.messages.filter((m) => m.direction === 'out').map((m) => [m.nodeId, m.text]);

describe('a message held for missing data', () => {
  it('is in Needs attention, holds again on a retry until the profile has the name, then is sent with it', async () => {
    const flowId = await publish('f_held_one', true);
    const customerId = `c_noname_${Date.now()}`;
    await putCustomer(customerId);
    const id = await start('order.shipped', customerId, flowId);

    const held = await heldAt(id, 'the greeting to be held', 1);
    expect(held.status).toBe('running');
    expect(held.wait).toMatchObject({ nodeId: 'n_hello', reason: 'missing_data', missing: ['customer.name'] });
    expect(held.wait?.message?.es).toContain(FIX_ES);
    expect(held.wait?.message?.en).toContain(FIX_EN);
    expect(held.messages).toEqual([]);

    const group = await eventually('the journey in Needs attention', async () => {
      const g = await heldGroup(flowId);
      return g?.count === 1 ? g : undefined;
    });
    expect(group).toMatchObject({
      version: 1,
      nodeId: 'n_hello',
      kind: 'message.send',
      missing: ['customer.name'],
      actions: ['retry', 'skip', 'cancel'],
      reasonLabel: { es: 'Mensaje retenido: faltan datos', en: 'Message held: missing data' },
    });
    expect(group.message.es).toContain(FIX_ES);
    expect(group.message.en).toContain(FIX_EN);
    const listed = await api.call<{ journeys: { id: string; message: string | null }[] }>(
      'GET',
      `/v1/attention/journeys?flowId=${flowId}&reason=missing_data&nodeId=n_hello`,
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.journeys).toEqual([expect.objectContaining({ id, message: 'customer.name' })]);

    // Retried before anyone fixed the profile: the greeting is written again, still lacks the name, holds again.
    const early = await control(id, 'retry-step');
    expect(early.status, early.text).toBe(202);
    expect(early.body).toMatchObject({
      action: 'retried',
      nodeId: 'n_hello',
      heldAgain: true,
      missing: ['customer.name'],
    });
    expect((early.body.message as { es: string }).es).toContain(FIX_ES);
    expect((early.body.message as { en: string }).en).toContain(FIX_EN);
    const again = await heldAt(id, 'the greeting to be held again', 2);
    expect(again.messages).toEqual([]);
    expect(again.steps.filter((s) => s.nodeId === 'n_hello').map((s) => s.type)).toEqual([
      'enter',
      'wait',
      'enter',
      'wait',
    ]);
    expect((await heldGroup(flowId))?.count).toBe(1);

    // The profile gets the name; the retry sends the greeting with it and the journey goes on.
    await putCustomer(customerId, 'Ana Díaz');
    const retried = await control(id, 'retry-step', {});
    expect(retried.status, retried.text).toBe(202);
    expect(retried.body).toMatchObject({ action: 'retried', nodeId: 'n_hello', heldAgain: false });
    const waiting = await until(
      id,
      'the journey to wait after the greeting',
      (d) => d.wait?.nodeId === 'n_wait' && (d.state?.run ?? 0) > 0,
    );
    expect(outTexts(waiting)).toEqual([
      ['n_hello', 'Hola Ana Díaz, tu pedido va en camino'],
      ['n_note', 'Te avisamos al llegar'],
    ]);
    expect(await heldGroup(flowId)).toBeUndefined();

    // It continued as new at the wait (its history passed the flow's limit) and still knows the name afterwards.
    const renewed = await until(
      id,
      'the journey to continue as new',
      (d) => (d.state?.run ?? 0) > 1 && d.wait?.nodeId === 'n_wait',
    );
    expect(renewed.status).toBe('running');
    expect((await control(id, 'skip-wait', {})).status).toBe(200);
    const done = await until(id, 'the journey to complete', (d) => d.status === 'completed');
    expect(done.outcome).toBe('greeted');
    expect(outTexts(done)).toEqual([
      ['n_hello', 'Hola Ana Díaz, tu pedido va en camino'],
      ['n_note', 'Te avisamos al llegar'],
      ['n_bye', 'Adiós Ana Díaz'],
    ]);
    // Nothing left to retry.
    expect((await control(id, 'retry-step')).status).toBe(409);
  }, 180_000);

  it('retries a group in bulk (the fixed ones are sent, the one still without a name is held), skips and cancels', async () => {
    const flowId = await publish('f_held_bulk', false);
    const stamp = Date.now();
    const customers = Array.from({ length: 5 }, (_, i) => `c_bulk_noname_${i}_${stamp}`);
    const ids: string[] = [];
    for (const c of customers) {
      await putCustomer(c);
      ids.push(await start('order.shipped', c, flowId));
    }
    await eventually('all five journeys to be held', async () =>
      (await heldGroup(flowId))?.count === 5 ? true : undefined,
    );

    // Skip one (its greeting is not sent) and cancel another: both still work on a held message.
    const skipped = await control(ids[0]!, 'skip-step', {});
    expect(skipped.status, skipped.text).toBe(200);
    const skippedDone = await until(ids[0]!, 'the skipped journey to end', (d) => d.status !== 'running');
    expect(skippedDone).toMatchObject({ status: 'completed', outcome: 'greeted' });
    expect(skippedDone.messages).toEqual([]);
    const cancelled = await control(ids[1]!, 'cancel', { reason: 'Pedido anulado' });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(await until(ids[1]!, 'the cancelled journey to end', (d) => d.status !== 'running')).toMatchObject({
      status: 'cancelled',
    });
    expect((await heldDetail(ids[1]!)).messages).toEqual([]);
    await eventually('three journeys left held', async () =>
      (await heldGroup(flowId))?.count === 3 ? true : undefined,
    );

    // Two profiles get a name, one does not; the whole group is retried as one batch.
    await putCustomer(customers[2]!, 'Bruno Soto');
    await putCustomer(customers[3]!, 'Carla Mena');
    const bulk = await api.call<BulkAction>('POST', '/v1/attention/bulk', {
      body: { flowId, reason: 'missing_data', nodeId: 'n_hello', action: 'retry' },
    });
    expect(bulk.status, bulk.text).toBe(202);
    expect(bulk.body.total).toBe(3);
    const finished = await bulkDone(bulk.body.id);
    // The one still without a name held again: counted apart from failures, listed with what is missing.
    expect(finished).toMatchObject({ total: 3, done: 3, succeeded: 2, failed: 0, heldAgain: 1 });
    expect(finished.errors).toEqual([{ journeyId: ids[4], error: expect.stringContaining(FIX_EN), heldAgain: true }]);
    for (const [i, name] of [
      [2, 'Bruno Soto'],
      [3, 'Carla Mena'],
    ] as const) {
      const d = await until(ids[i]!, `journey ${i} to complete`, (x) => x.status === 'completed');
      expect(outTexts(d)).toEqual([['n_hello', `Hola ${name}, tu pedido va en camino`]]);
    }
    const still = await heldAt(ids[4]!, 'the journey without a name to be held again', 2);
    expect(still.messages).toEqual([]);
    const left = await eventually('one journey left held', async () => {
      const g = await heldGroup(flowId);
      return g?.count === 1 ? g : undefined;
    });
    expect(left.missing).toEqual(['customer.name']);

    // The last one is cancelled in bulk.
    const cancel = await api.call<BulkAction>('POST', '/v1/attention/bulk', {
      body: { flowId, reason: 'missing_data', nodeId: 'n_hello', action: 'cancel', note: 'Sin nombre' },
    });
    expect(cancel.status, cancel.text).toBe(202);
    expect(await bulkDone(cancel.body.id)).toMatchObject({ total: 1, succeeded: 1, failed: 0, heldAgain: 0 });
    expect(await until(ids[4]!, 'the last journey to be cancelled', (d) => d.status !== 'running')).toMatchObject({
      status: 'cancelled',
    });
    expect(await heldGroup(flowId)).toBeUndefined();
  }, 240_000);

  it("refuses a profile that is not the journey's customer's, through the update itself", async () => {
    const flowId = await publish('f_held_refuse', false);
    const customerId = `c_refuse_${Date.now()}`;
    await putCustomer(customerId);
    const id = await start('order.shipped', customerId, flowId);
    await heldAt(id, 'the greeting to be held', 1);
    const handle = api.server.client.workflow.getHandle(id);
    const refused = await handle
      .executeUpdate('retryStep', { args: [{ customer: { id: 'c_someone_else', name: 'Otro' } }] })
      .then(
        () => null,
        (err: Error) => err,
      );
    expect((refused?.cause as Error | undefined)?.message).toContain("not of this journey's customer");
    // Refused by the validator: nothing changed, still held with the same single wait.
    const h = await heldDetail(id);
    expect(h.wait?.reason).toBe('missing_data');
    expect(h.steps.filter((s) => s.type === 'wait')).toHaveLength(1);
  }, 120_000);
});
