// End to end on the real Temporal dev server: flows published through the API, events posted, replies through the
// signed webhook, handoffs resolved by an agent, and the controls (cancel, skip-wait, retry-step, skip-step).
import { defineActivity } from '@ruta/sdk';
import { CUSTOM_ACTIVITIES } from '@ruta/workers';
import { describe, expect, it } from 'vitest';
import { orderFlow, paymentLinkFlow } from './flows-fixtures';
import { journeyHelpers } from './journey-helpers';
import { expectProblem, publishSample, withApi } from './support';

// billing.createPaymentLink, failing until `linkService.up` (the retry-step test turns it on).
const linkService = { up: false, calls: 0 };
const paymentLink = CUSTOM_ACTIVITIES.find((a) => a.name === 'billing.createPaymentLink')!;
const flakyPaymentLink = defineActivity({
  name: paymentLink.name,
  input: paymentLink.input,
  output: paymentLink.output,
  handler: async () => {
    linkService.calls += 1;
    if (!linkService.up) throw new Error('payment service unavailable');
    return { url: 'https://pay.example.com/p/ok', expiresAt: new Date(0).toISOString() };
  },
});

const api = withApi({ overrides: [flakyPaymentLink as never] });

const { detail, control, until, start, reply } = journeyHelpers(api);

describe('a sample flow end to end through the API', () => {
  it('publishes delivery-delay, starts it with an event, advances it with a webhook reply, and shows its path', async () => {
    const { id: flowId, version } = await publishSample(api, 'delivery-delay');
    const customerId = `c_e2e_${Date.now()}`;
    const put = await api.call('PUT', `/v1/customers/${customerId}`, {
      body: { name: 'Camila Rojas', phone: '+56 9 1111 2222', locale: 'es', timeZone: 'America/Santiago' },
    });
    expect(put.status, put.text).toBe(200);

    const journeyId = await start('delivery.delayed', customerId, flowId, { eta: 'mañana 14:00', orderId: 'A-1' });
    const waiting = await until(journeyId, 'the journey to wait for a reply', (d) => d.wait?.nodeId === 'n_wait_reply');
    expect(waiting.status).toBe('running');
    expect(waiting.timers).toEqual([expect.objectContaining({ nodeId: 'n_wait_reply', deadline: expect.any(String) })]);
    expect(waiting.messages).toEqual([
      expect.objectContaining({
        direction: 'out',
        channel: 'whatsapp',
        nodeId: 'n_notify',
        text: expect.stringContaining('Camila Rojas'),
      }),
    ]);
    expect(waiting.messages[0]!.text).toContain('mañana 14:00');

    const replied = await reply(customerId, 'Ok, gracias por avisar 👍', `wamid-${Date.now()}`);
    expect(replied.status, replied.text).toBe(200);
    expect(replied.body.journeys).toEqual([expect.objectContaining({ workflowId: journeyId, action: 'advanced' })]);

    const done = await until(journeyId, 'the journey to complete', (d) => d.status === 'completed');
    expect(done.outcome).toBe('informed');
    expect(done.path).toEqual(['n_trigger', 'n_notify', 'n_wait_reply', 'n_sentiment', 'n_branch', 'n_end_ok']);
    expect(done.steps.map((s) => s.type)).toContain('wait');
    expect(done.steps.at(-1)).toMatchObject({ type: 'end' });
    expect(done.messages.map((m) => m.direction)).toEqual(['out', 'in']);

    const list = await api.call<{ journeys: { id: string; status: string; version: number; outcome: string }[] }>(
      'GET',
      `/v1/journeys?flow=${flowId}&customer=${customerId}&status=completed`,
    );
    expect(list.body.journeys).toEqual([
      expect.objectContaining({ id: journeyId, status: 'completed', version, outcome: 'informed' }),
    ]);
    const timeline = await api.call<{ messages: { direction: string; journeyId: string }[] }>(
      'GET',
      `/v1/customers/${customerId}/timeline`,
    );
    expect(timeline.body.messages.map((m) => [m.direction, m.journeyId])).toEqual([
      ['out', journeyId],
      ['in', journeyId],
    ]);
  });

  it('hands an angry customer to an agent; resolving the handoff finishes the journey', async () => {
    const flowId = 'f_delivery_delay_angry';
    const created = await api.call('POST', '/v1/flows', { body: { template: 'delivery-delay', id: flowId } });
    expect(created.status, created.text).toBe(201);
    await api.call('POST', `/v1/flows/${flowId}/publish`);
    const customerId = `c_angry_${Date.now()}`;
    await api.call('PUT', `/v1/customers/${customerId}`, { body: { name: 'Pedro', locale: 'es' } });
    const journeyId = await start('delivery.delayed', customerId, flowId, { eta: 'mañana', orderId: 'A-2' });
    await until(journeyId, 'the reply wait', (d) => d.wait?.nodeId === 'n_wait_reply');
    // Through the designer's phone helper (signed on the server).
    const helper = await api.call<{ journeys: { workflowId: string; action: string }[] }>('POST', '/v1/sandbox/reply', {
      body: { customerId, text: 'Es la tercera vez que pasa, quiero hablar con una persona ya. Pésimo servicio.' },
    });
    expect(helper.status, helper.text).toBe(200);
    // The first test's flow listens to delivery.delayed too, so this customer has a journey in each.
    expect(helper.body.journeys).toContainEqual(expect.objectContaining({ workflowId: journeyId, action: 'advanced' }));
    await until(journeyId, 'the handoff', (d) => d.wait?.nodeId === 'n_handoff');

    const open = await api.call<{ handoffs: { id: string; journeyId: string; queue: string; status: string }[] }>(
      'GET',
      '/v1/handoffs?queue=deliveries',
    );
    const handoff = open.body.handoffs.find((h) => h.journeyId === journeyId);
    expect(handoff).toMatchObject({ queue: 'deliveries', status: 'open' });
    const resolved = await api.call<{ status: string; journey: { signalled: boolean }; notes: { body: string }[] }>(
      'POST',
      `/v1/handoffs/${handoff!.id}/resolve`,
      { body: { resolution: 'resolved', agent: 'ana', note: 'Llamé al cliente' } },
    );
    expect(resolved.status, resolved.text).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      journey: { signalled: true },
      notes: [{ body: 'Llamé al cliente' }],
    });
    const done = await until(journeyId, 'the journey to complete', (d) => d.status === 'completed');
    expect(done.outcome).toBe('resolved');
    expect(done.path.slice(-2)).toEqual(['n_handoff', 'n_end_resolved']);
    expectProblem(await api.call('POST', `/v1/handoffs/${handoff!.id}/resolve`, { body: {} }), 409);
  });
});

describe('journey controls', () => {
  it('cancels a running journey; a second cancel is refused', async () => {
    await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_ctl') } });
    await api.call('POST', '/v1/flows/f_ctl/publish');
    const id = await start('order.placed', `c_cancel_${Date.now()}`, 'f_ctl');
    await until(id, 'the wait', (d) => d.wait?.nodeId === 'n_wait_paid');
    const r = await control(id, 'cancel', { reason: 'customer asked' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ action: 'cancelled' });
    const done = await until(id, 'the cancellation', (d) => d.status === 'cancelled');
    expect(done.outcome).toBe('cancelled');
    expect(expectProblem(await control(id, 'cancel'), 409).type).toBe('/docs#problem-journey-not-running');
  });

  it('skips a wait (the journey leaves by timeout); skip-step on a waiting journey does the same', async () => {
    const a = await start('order.placed', `c_skip_${Date.now()}`, 'f_ctl');
    await until(a, 'the wait', (d) => d.wait?.nodeId === 'n_wait_paid');
    const skipped = await control(a, 'skip-wait', { nodeId: 'n_wait_paid' });
    expect(skipped.status, skipped.text).toBe(200);
    expect((await until(a, 'the end', (d) => d.status === 'completed')).outcome).toBe('unpaid');
    expectProblem(await control(a, 'skip-wait'), 409);

    const b = await start('order.placed', `c_skipstep_${Date.now()}`, 'f_ctl');
    await until(b, 'the wait', (d) => d.wait?.nodeId === 'n_wait_paid');
    expectProblem(await control(b, 'retry-step'), 409);
    const step = await control(b, 'skip-step');
    expect(step.status, step.text).toBe(200);
    expect(step.body).toMatchObject({ action: 'skipped', nodeId: 'n_wait_paid' });
    expect((await until(b, 'the end', (d) => d.status === 'completed')).outcome).toBe('unpaid');
  });

  it('retries a failing activity now (retry-step); refuses to skip it (skip-step)', async () => {
    await api.call('POST', '/v1/flows', { body: { document: paymentLinkFlow('f_link') } });
    const published = await api.call('POST', '/v1/flows/f_link/publish');
    expect(published.status, published.text).toBe(201);
    const id = await start('link.requested', `c_link_${Date.now()}`, 'f_link');
    // The first attempt fails; the next one is an hour away.
    const failing = await until(id, 'a failed attempt', (d) => d.activity !== null && d.activity.lastFailure !== null);
    expect(failing.activity).toMatchObject({
      activity: 'billing.createPaymentLink',
      attempt: 2,
      lastFailure: expect.stringContaining('unavailable'),
    });

    const skip = expectProblem(await control(id, 'skip-step'), 409);
    expect(skip.type).toBe('/docs#problem-step-not-skippable');

    linkService.up = true;
    const callsBefore = linkService.calls;
    const retried = await control(id, 'retry-step');
    expect(retried.status, retried.text).toBe(202);
    expect(retried.body).toMatchObject({ action: 'retried', nodeId: 'n_link', activity: 'billing.createPaymentLink' });
    const done = await until(id, 'the journey to complete', (d) => d.status === 'completed');
    expect(done.outcome).toBe('linked');
    expect(done.path).toEqual(['n_trigger', 'n_link', 'n_done']);
    expect(linkService.calls).toBe(callsBefore + 1);
    expect(expectProblem(await control(id, 'retry-step'), 409).type).toBe('/docs#problem-journey-not-running');
  });

  it('answers 404 for a journey that does not exist', async () => {
    expectProblem(await detail('journey:f_none:c_none'), 404);
    expectProblem(await control('journey:f_none:c_none', 'cancel'), 404);
  });
});
