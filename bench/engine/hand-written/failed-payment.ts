import { sleep } from '@temporalio/workflow';
import { DAY, type Ended, handoff, inbox, type StartInput, say, send } from './common';

const FLOW = 'f_failed_payment';

/**
 * How long until the bench's window opens: every day 00:00–23:59 in the customer's zone (the bench variant of
 * the flow widens the sample's business hours so the journey runs whenever the bench does).
 */
function untilOpen(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(now))
    .reduce<Record<string, string>>((acc, p) => Object.assign(acc, { [p.type]: p.value }), {});
  const closed = parts.hour === '23' && parts.minute === '59';
  return closed ? 60_000 - (now % 60_000) : 0;
}

/** examples/flows/failed-payment.json by hand: window → payment link → 2 days for the payment → reminders. */
export async function failedPayment(input: StartInput): Promise<Ended> {
  const box = inbox();
  const wait = untilOpen(Date.now(), input.customer.timeZone ?? 'America/Santiago');
  if (wait > 0) await sleep(wait);
  const name = input.customer.name ?? '';
  const url = String(input.event.data.paymentUrl ?? '');
  await send(input, 'n_payment_link', {
    flowId: FLOW,
    channel: 'whatsapp',
    fallbackChannel: 'email',
    transactional: true,
    subject: say(input, 'Tu pago no se pudo procesar', 'Your payment could not be processed'),
    text: say(
      input,
      `Hola ${name}, no pudimos procesar tu pago. Puedes completarlo aquí: ${url}`,
      `Hi ${name}, we could not process your payment. You can complete it here: ${url}`,
    ),
  });
  for (let reminder = 1; ; reminder++) {
    if (await box.event('payment.succeeded', 2 * DAY)) return { outcome: 'paid' };
    if (reminder > 3) break;
    await send(
      input,
      'n_reminder',
      {
        flowId: FLOW,
        channel: 'whatsapp',
        transactional: true,
        text: say(
          input,
          `Hola ${name}, te recordamos que tu pago sigue pendiente. Puedes pagar aquí: ${url}`,
          `Hi ${name}, a reminder that your payment is still pending. You can pay here: ${url}`,
        ),
      },
      reminder,
    );
  }
  const deadline = Date.now() + DAY;
  const { handoffId } = await handoff(input, 'n_handoff', {
    flowId: FLOW,
    queue: 'collections',
    priority: 'normal',
    slaDeadline: deadline,
    summary: say(
      input,
      `Pago fallido sin resolver tras 3 recordatorios. Enlace: ${url}`,
      `Failed payment still unresolved after 3 reminders. Link: ${url}`,
    ),
    context: { event: { type: input.event.type, data: input.event.data } },
  });
  const resolved = await box.handoff(String(handoffId), deadline);
  return { outcome: resolved ? 'collections_resolved' : 'sla_breached' };
}
