import { type Ended, HOUR, handoff, inbox, type StartInput, say, send, sentiment } from './common';

const FLOW = 'f_delivery_delay';

/** examples/flows/delivery-delay.json by hand: WhatsApp with the new ETA → 24 h for a reply → tone or SMS. */
export async function deliveryDelay(input: StartInput): Promise<Ended> {
  const box = inbox();
  const name = input.customer.name ?? '';
  const eta = String(input.event.data.eta ?? '');
  await send(input, 'n_notify', {
    flowId: FLOW,
    channel: 'whatsapp',
    fallbackChannel: 'sms',
    transactional: true,
    text: say(
      input,
      `Hola ${name}, tu pedido viene con retraso. La nueva hora estimada de entrega es ${eta}. Disculpa las molestias; si tienes dudas, responde a este mensaje.`,
      `Hi ${name}, your order is delayed. The new estimated delivery time is ${eta}. Sorry for the trouble; if you have questions, reply to this message.`,
    ),
  });
  const reply = await box.reply(24 * HOUR);
  if (!reply) {
    await send(input, 'n_sms', {
      flowId: FLOW,
      channel: 'sms',
      transactional: true,
      text: say(
        input,
        `Tu pedido llegará ${eta}. Disculpa el retraso.`,
        `Your order will arrive ${eta}. Sorry for the delay.`,
      ),
    });
    return { outcome: 'informed_sms' };
  }
  const tone = await sentiment(input, 'n_sentiment', reply.text);
  if (!(tone.label === 'negative' || tone.escalate)) return { outcome: 'informed' };
  const deadline = Date.now() + 4 * HOUR;
  const { handoffId } = await handoff(input, 'n_handoff', {
    flowId: FLOW,
    queue: 'deliveries',
    priority: 'high',
    slaDeadline: deadline,
    summary: say(
      input,
      `Pedido retrasado (nueva hora ${eta}). El cliente respondió: ${reply.text}`,
      `Delayed order (new time ${eta}). The customer replied: ${reply.text}`,
    ),
    context: { event: { type: input.event.type, data: input.event.data }, reply, sentiment: tone },
  });
  const resolved = await box.handoff(String(handoffId), deadline);
  return { outcome: resolved ? 'resolved' : 'sla_breached' };
}
