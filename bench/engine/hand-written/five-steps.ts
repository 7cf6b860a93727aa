import { sleep } from '@temporalio/workflow';
import { type Ended, type StartInput, send, sentiment, ticket } from './common';

const FLOW = 'f_five_steps';

/** tests/fixtures/five-steps/flow.json by hand: send, wait 2 s, sentiment, ticket, send. */
export async function fiveSteps(input: StartInput): Promise<Ended> {
  const name = input.customer.name ?? '';
  await send(input, 'n_send_first', {
    flowId: FLOW,
    channel: 'whatsapp',
    text: `Hola ${name}, ¿cómo te fue con tu pedido?`,
  });
  await sleep(2_000);
  await sentiment(input, 'n_sentiment', String(input.event.data.text ?? ''));
  const opened = await ticket(input, 'n_ticket', {
    subject: `Seguimiento de ${name}`,
    priority: 'normal',
    queue: 'support',
  });
  await send(input, 'n_send_last', {
    flowId: FLOW,
    channel: 'whatsapp',
    text: `Gracias, ${name}. Abrimos el caso ${opened.ticketId}.`,
  });
  return { outcome: 'completed' };
}
