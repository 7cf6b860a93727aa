import { type Ended, HOUR, handoff, inbox, type StartInput, say, send, ticket } from './common';

const FLOW = 'f_sla_escalation';

/**
 * examples/flows/sla-escalation.json by hand: hand-off with a 2-hour SLA → resolved: thanks; breached: supervisor
 * ticket and a message. (The sample counts business hours; the baseline counts wall-clock hours, which only moves
 * a timer that the bench's journeys never reach.)
 */
export async function slaEscalation(input: StartInput): Promise<Ended> {
  const box = inbox();
  const name = input.customer.name ?? '';
  const ticketId = String(input.event.data.ticketId ?? '');
  const deadline = Date.now() + 2 * HOUR;
  const { handoffId } = await handoff(input, 'n_handoff', {
    flowId: FLOW,
    queue: 'support',
    priority: 'high',
    slaDeadline: deadline,
    summary: say(
      input,
      `Ticket escalado ${ticketId}: resolver dentro de 2 horas hábiles.`,
      `Escalated ticket ${ticketId}: resolve within 2 business hours.`,
    ),
    context: { event: { type: input.event.type, data: input.event.data } },
  });
  if (await box.handoff(String(handoffId), deadline)) {
    await send(input, 'n_thanks', {
      flowId: FLOW,
      channel: 'whatsapp',
      text: say(
        input,
        `Hola ${name}, resolvimos tu caso. ¡Gracias por tu paciencia!`,
        `Hi ${name}, we resolved your case. Thank you for your patience!`,
      ),
    });
    return { outcome: 'resolved' };
  }
  await ticket(input, 'n_supervisor', {
    subject: say(
      input,
      `SLA vencido en el ticket ${ticketId}: atender de inmediato`,
      `SLA breached on ticket ${ticketId}: handle right away`,
    ),
    priority: 'urgent',
    queue: 'supervisors',
  });
  await send(input, 'n_notify_customer', {
    flowId: FLOW,
    channel: 'whatsapp',
    text: say(
      input,
      `Hola ${name}, tu caso está tomando más de lo esperado. Lo derivamos a un supervisor, que te contactará pronto. Disculpa la demora.`,
      `Hi ${name}, your case is taking longer than expected. We passed it to a supervisor, who will contact you soon. Sorry for the delay.`,
    ),
  });
  return { outcome: 'escalated' };
}
