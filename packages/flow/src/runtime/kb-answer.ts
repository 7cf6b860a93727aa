import type { Template } from '../catalog/fields';
import { ActivityError } from '../effects';
import { evaluate } from '../expr/plan-eval';
import type { BotAttempt, BotOutcome, InboxItem, Json } from '../journey';
import type { PlanNode } from '../plan';
import { exprContext } from './context';
import type { Journey, NodeResult } from './interpreter';
import { type Called, deadlineAfter, deliverMessage, inReplyTo, type Reply, render, type SendResult } from './nodes';
import { take } from './state';
import { classifyYesNo } from './yes-no';

type Params = Record<string, unknown>;

/** The search's answer (the `kb.search` contract's output). */
interface Found {
  lang: 'es' | 'en';
  hits: { id: string; title: string; answer: string; score: number }[];
}

const CHANNELS = new Set(['whatsapp', 'sms', 'email', 'voice']);
/** How many candidates the bot keeps for the agent, even below the threshold. */
const KEEP = 3;
const MORE = { es: 'También puede servirte: ', en: 'You may also find this useful: ' };

/**
 * The hybrid bot node. Each stage is kept in `state.bot`, so a journey that continues as new in the middle (waiting
 * out quiet hours before the answer goes, or waiting for the customer's yes or no) resumes where it was without
 * searching or sending again: search (once) → send the best article and the follow-up question (once, under the
 * node's idempotency key) → wait for the answer → `answered` on a yes; `handoff` on no match, a no, an unclear
 * answer, no answer in time, or a search or send that failed for good.
 * A failed search or send does not park the journey (see parking.ts): `handoff` is a required port, so the flow
 * always routes the failure — to a person, who can answer the customer while the knowledge base is down.
 */
export async function kbAnswer(j: Journey, node: PlanNode, visit: number, p: Params): Promise<NodeResult> {
  const kept = j.state.bot;
  let attempt = kept && kept.nodeId === node.id && kept.visit === visit && kept.stage !== 'done' ? kept : null;
  if (!attempt) {
    attempt = start(j, node, visit, p);
    let found: Found;
    try {
      found = (await j.call(node, visit, {
        text: attempt.question.slice(0, 4000),
        ...(j.input.customer.locale ? { lang: j.input.customer.locale } : {}),
        limit: Math.max(KEEP, p.maxArticles as number),
        minScore: 0,
      })) as Found;
    } catch (err) {
      if (!(err instanceof ActivityError)) throw err;
      return handoff(j, node, attempt, 'failed', { error: err.message });
    }
    attempt.lang = found.lang;
    const offered = found.hits.filter((h) => h.score >= attempt!.threshold).slice(0, p.maxArticles as number);
    attempt.articles = found.hits.slice(0, KEEP).map((h) => ({
      id: h.id,
      title: h.title,
      score: h.score,
      offered: offered.includes(h),
    }));
    if (offered.length === 0) return handoff(j, node, attempt, 'no_match');
    attempt.stage = 'sending';
    attempt.text = message(j, p, attempt.lang, offered);
  }

  if (attempt.stage === 'sending') {
    const sent = await sendAnswer(j, node, visit, attempt);
    if (!sent.ok) {
      if ('end' in sent.result && sent.result.end === 'cancelled') return sent.result;
      return handoff(j, node, attempt, 'failed', sent.result.detail ?? null);
    }
    const r = sent.value as SendResult;
    if (r.status !== 'sent' && r.status !== 'queued') {
      return handoff(j, node, attempt, 'not_sent', { status: r.status, ...(r.reason ? { reason: r.reason } : {}) });
    }
    attempt.stage = 'waiting';
  }

  // Only a reply written after the bot asked answers "did that solve it?"; one sent before (while the answer waited
  // for quiet hours to end, say) stays in the inbox.
  const asked = attempt.askedAt ?? 0;
  const accept = (i: InboxItem): i is Reply => i.kind === 'reply' && !(Date.parse(i.at) < asked);
  const end = await j.wait(node, visit, deadlineAfter(j, node, visit, p.timeout as string), () =>
    j.state.inbox.some(accept),
  );
  if (end === 'cancelled') return { end: 'cancelled', outcome: 'cancelled' };
  if (end !== 'ready') return handoff(j, node, attempt, 'timeout', end === 'skipped' ? { skipped: true } : null);
  const reply = take(j.state, accept)!;
  j.state.reply = { text: reply.text, channel: reply.channel, at: reply.at };
  attempt.reply = reply.text;
  const said = classifyYesNo(reply.text);
  if (said === 'yes') return finish(j, node, attempt, 'solved', 'answered', { replyId: reply.id });
  return handoff(j, node, attempt, said === 'no' ? 'declined' : 'unclear', { replyId: reply.id });
}

/** A new attempt: the question (the node's expression, else the last reply, else the triggering message). */
function start(j: Journey, node: PlanNode, visit: number, p: Params): BotAttempt {
  const ctx = exprContext(j.input, j.state, j.fx.journeyId);
  const data = j.input.event.data;
  const question = p.question
    ? String(evaluate(p.question as string, ctx, j.plan) ?? '')
    : (j.state.reply?.text ?? String(data.text ?? data.message ?? ''));
  const eventChannel = typeof data.channel === 'string' && CHANNELS.has(data.channel) ? data.channel : undefined;
  const attempt: BotAttempt = {
    nodeId: node.id,
    visit,
    question,
    lang: j.input.customer.locale ?? 'es',
    threshold: p.threshold as number,
    articles: [],
    stage: 'done',
    channel: (p.channel as string | undefined) ?? j.state.reply?.channel ?? eventChannel ?? 'whatsapp',
    reply: null,
    outcome: 'pending',
  };
  j.state.bot = attempt;
  return attempt;
}

/** The answer: the best article's first paragraph, the titles of the next ones offered, and the follow-up question. */
function message(j: Journey, p: Params, lang: 'es' | 'en', offered: Found['hits']): string {
  const parts = [offered[0]!.answer];
  if (offered.length > 1)
    parts.push(
      MORE[lang] +
        offered
          .slice(1)
          .map((h) => `«${h.title}»`)
          .join(', '),
    );
  parts.push(render(j, p.followUp as Template, lang));
  return parts.join('\n\n');
}

/** Sends the answer on the attempt's channel, through the node's channel.send, waiting out quiet hours. */
function sendAnswer(j: Journey, node: PlanNode, visit: number, attempt: BotAttempt) {
  const options = node.calls?.['channel.send'];
  if (!options) throw new Error(`Node ${node.id} (kb.answer) has no channel.send options in the plan`);
  const input = {
    customerId: j.input.customer.id,
    flowId: j.plan.flowId,
    channel: attempt.channel,
    text: attempt.text ?? '',
    locale: attempt.lang,
    transactional: j.plan.settings.transactional,
    kind: 'message',
    ...inReplyTo(j),
  };
  const call = async (): Promise<Called> => {
    attempt.askedAt = j.fx.now();
    try {
      return { ok: true, value: await j.call(node, visit, input, { name: 'channel.send', options }) };
    } catch (err) {
      if (!(err instanceof ActivityError)) throw err;
      return { ok: false, result: { port: 'handoff', detail: { error: err.message } } };
    }
  };
  return deliverMessage(j, node, visit, call);
}

function handoff(
  j: Journey,
  node: PlanNode,
  attempt: BotAttempt,
  outcome: BotOutcome,
  detail: Json = null,
): NodeResult {
  return finish(j, node, attempt, outcome, 'handoff', detail);
}

/** Ends the attempt: its outcome in `state.bot` (for a later hand-off) and in the node's outputs. */
function finish(
  j: Journey,
  node: PlanNode,
  attempt: BotAttempt,
  outcome: BotOutcome,
  port: 'answered' | 'handoff',
  detail: Json,
): NodeResult {
  attempt.outcome = outcome;
  attempt.stage = 'done';
  delete attempt.text;
  delete attempt.askedAt;
  const best = attempt.articles.find((a) => a.offered);
  j.state.outputs[node.id] = {
    matched: best !== undefined,
    outcome,
    question: attempt.question,
    lang: attempt.lang,
    articleId: best?.id ?? '',
    title: best?.title ?? '',
    score: best?.score ?? attempt.articles[0]?.score ?? 0,
    reply: attempt.reply ?? '',
  };
  const more = detail && typeof detail === 'object' && !Array.isArray(detail) ? detail : {};
  return { port, detail: { outcome, ...(best ? { articleId: best.id, score: best.score } : {}), ...more } };
}
