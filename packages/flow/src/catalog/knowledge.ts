import { z } from 'zod';
import { formatDuration, parseDuration } from '../duration';
import { Channel, Duration, Expression, Template, templateVariants } from './fields';
import { defineNodeKind, t } from './types';

/** What the bot asks after answering, unless the flow says otherwise. */
export const DEFAULT_FOLLOW_UP = {
  es: '¿Esto resolvió tu consulta? Responde SÍ o NO.',
  en: 'Did this solve your question? Reply YES or NO.',
};

/**
 * The hybrid bot: answers the customer's question from the knowledge base when an article matches well enough,
 * asks whether that solved it, and otherwise hands the conversation on with the attempt (question, articles,
 * scores, the customer's answer) in the journey, so the hand-off's agent sees what the bot tried.
 */
export const kbAnswer = defineNodeKind({
  kind: 'kb.answer',
  group: 'intelligence',
  label: t('Responder con la base de conocimiento', 'Answer from the knowledge base'),
  description: t(
    'Busca la pregunta del cliente en la base de conocimiento. Si un artículo coincide lo suficiente, responde con él y pregunta si eso lo resolvió; si no hay artículo, el cliente dice que no o no contesta a tiempo, sale por «pasar a una persona» con el intento del bot.',
    "Looks the customer's question up in the knowledge base. When an article matches well enough it answers with it and asks whether that solved it; with no article, a no, or no answer in time, it leaves by “hand off” with the bot's attempt.",
  ),
  params: z.object({
    question: Expression.optional().describe(
      'The question; the last reply (or the message that started the journey) when empty',
    ),
    threshold: z
      .number()
      .min(0, 'Use a number from 0 to 1')
      .max(1, 'Use a number from 0 to 1')
      .default(0.6)
      .describe('How much of the question an article must cover to be sent (0 to 1)'),
    maxArticles: z
      .number()
      .int()
      .min(1, 'Offer at least one article')
      .max(3, 'Offer at most 3 articles')
      .default(1)
      .describe('The best article is sent; the titles of the next ones above the threshold are suggested'),
    channel: Channel.optional().describe('Answer on this channel; by default the one the question came on'),
    followUp: Template.default(DEFAULT_FOLLOW_UP).describe('What the bot asks after answering'),
    timeout: Duration.default('30m').describe('How long to wait for the answer to the follow-up question'),
  }),
  ports: () => [
    { name: 'answered', label: t('resuelto', 'solved'), required: true },
    { name: 'handoff', label: t('pasar a una persona', 'hand off'), required: true },
  ],
  outputs: {
    matched: 'bool',
    outcome: 'string',
    question: 'string',
    lang: 'string',
    articleId: 'string',
    title: 'string',
    score: 'double',
    reply: 'string',
  },
  expressions: (p) => (p.question ? [{ path: ['question'], source: p.question, expect: 'string' }] : []),
  templates: (p) => templateVariants(p.followUp, ['followUp']),
  waits: true,
  activity: 'kb.search',
  alsoCalls: ['channel.send'],
  summary: (p, lang) =>
    lang === 'es'
      ? `Umbral ${p.threshold} · espera ${formatDuration(parseDuration(p.timeout) ?? 0)}`
      : `Threshold ${p.threshold} · waits ${formatDuration(parseDuration(p.timeout) ?? 0)}`,
});
