import { sleep } from '@temporalio/workflow';
import { type Ended, type StartInput, send, sentiment, ticket } from './common';

/** Send, sentiment, ticket, send; with a 2 s wait after the first send when `wait` is set. */
async function steps(input: StartInput, flowId: string, wait: boolean): Promise<Ended> {
  const name = input.customer.name ?? '';
  await send(input, 'n_send_first', { flowId, channel: 'whatsapp', text: `Hola ${name}, ¿cómo te fue con tu pedido?` });
  if (wait) await sleep(2_000);
  await sentiment(input, 'n_sentiment', String(input.event.data.text ?? ''));
  const opened = await ticket(input, 'n_ticket', {
    subject: `Seguimiento de ${name}`,
    priority: 'normal',
    queue: 'support',
  });
  await send(input, 'n_send_last', {
    flowId,
    channel: 'whatsapp',
    text: `Gracias, ${name}. Abrimos el caso ${opened.ticketId}.`,
  });
  return { outcome: 'completed' };
}

/** tests/fixtures/five-steps/flow.json by hand: send, wait 2 s, sentiment, ticket, send. */
export function fiveSteps(input: StartInput): Promise<Ended> {
  return steps(input, 'f_five_steps', true);
}

/** The same steps without the wait (what Temporal's DSL sample can express). */
export function fourSteps(input: StartInput): Promise<Ended> {
  return steps(input, 'f_four_steps', false);
}
