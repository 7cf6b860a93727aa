import { type Ended, HOUR, handoff, inbox, type StartInput, say, send, sentiment, ticket } from './common';

const FLOW = 'f_negative_sentiment_escalation';

/** examples/flows/negative-sentiment-escalation.json by hand: sentiment → upset: ticket + hand-off; else thanks. */
export async function negativeSentimentEscalation(input: StartInput): Promise<Ended> {
  const box = inbox();
  const text = String(input.event.data.text ?? '');
  const tone = await sentiment(input, 'n_sentiment', text);
  if (!(tone.escalate || tone.label === 'negative')) {
    const name = input.customer.name ?? '';
    await send(input, 'n_thanks', {
      flowId: FLOW,
      channel: 'whatsapp',
      text: say(
        input,
        `¡Gracias por escribirnos, ${name}! Si necesitas algo más, responde a este mensaje.`,
        `Thanks for writing to us, ${name}! If you need anything else, reply to this message.`,
      ),
    });
    return { outcome: 'thanked' };
  }
  const opened = await ticket(input, 'n_ticket', {
    subject: say(input, `Cliente molesto: ${text}`, `Upset customer: ${text}`),
    priority: 'high',
    queue: 'support',
  });
  const deadline = Date.now() + 2 * HOUR;
  const { handoffId } = await handoff(input, 'n_handoff', {
    flowId: FLOW,
    queue: 'support',
    priority: 'high',
    slaDeadline: deadline,
    summary: say(
      input,
      `Cliente molesto (tono ${tone.label}, puntaje ${tone.score}). Último mensaje: ${text}`,
      `Upset customer (tone ${tone.label}, score ${tone.score}). Last message: ${text}`,
    ),
    context: { event: { type: input.event.type, data: input.event.data }, sentiment: tone, ticketId: opened.ticketId },
  });
  const resolved = await box.handoff(String(handoffId), deadline);
  return { outcome: resolved ? 'resolved' : 'sla_breached' };
}
