import { sleep } from '@temporalio/workflow';
import { DAY, type Ended, inbox, type StartInput, say, send, ticket } from './common';

const FLOW = 'f_csat';

/** A score from 1 to 5 in a reply ("5", "un 2, se demoraron"), if there is one. */
function score(text: string): number | undefined {
  const m = /\b([1-5])\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** examples/flows/csat.json by hand: wait (1 h in the sample, 2 s here) → survey → low score: callback. */
export async function csat(input: StartInput): Promise<Ended> {
  const box = inbox();
  await sleep(2_000);
  const name = input.customer.name ?? '';
  await send(input, 'n_survey', {
    flowId: FLOW,
    channel: 'whatsapp',
    kind: 'survey',
    text: say(
      input,
      `Hola ${name}, ¿cómo evaluarías la atención que recibiste? Responde con un número del 1 (muy mala) al 5 (excelente).`,
      `Hi ${name}, how would you rate the help you received? Reply with a number from 1 (very poor) to 5 (excellent).`,
    ),
  });
  const deadline = Date.now() + 2 * DAY;
  const comments: string[] = [];
  for (;;) {
    const reply = await box.reply(Math.max(1, deadline - Date.now()));
    if (!reply) return { outcome: 'no_answer' };
    const given = score(reply.text);
    if (given === undefined) {
      comments.push(reply.text);
      continue;
    }
    if (given > 3) return { outcome: 'satisfied' };
    const comment = [...comments, reply.text].join('\n');
    await ticket(input, 'n_callback', {
      subject: say(
        input,
        `Llamar al cliente: CSAT ${given}/5. Comentario: ${comment}`,
        `Call the customer back: CSAT ${given}/5. Comment: ${comment}`,
      ),
      priority: 'high',
      queue: 'supervisors',
    });
    return { outcome: 'callback_requested' };
  }
}
