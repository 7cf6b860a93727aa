import { readFile } from 'node:fs/promises';
import {
  type Db,
  getCustomer,
  getTicket,
  type KbArticleInput,
  type KbHit,
  type KbSearchResult,
  listKbArticles,
  searchKb,
  seedKbArticles,
} from '@ruta/db';
import type { BotAttempt } from '@ruta/flow';
import { questionLanguage } from '@ruta/policy';
import { ApiError } from '../errors/api-error';

/** A hit as the API shows it (no dates, no rank). */
export function kbHitDto(h: KbHit) {
  return { id: h.id, lang: h.lang, title: h.title, answer: h.answer, tags: h.tags, status: h.status, score: h.score };
}

/**
 * The editors' search: in the language asked for, or in both (each in its own configuration) merged by score when
 * none is given, drafts included on request.
 */
export async function searchArticles(
  db: Db,
  q: { q: string; lang?: 'es' | 'en'; limit: number; drafts: boolean },
): Promise<KbSearchResult> {
  const one = (lang: 'es' | 'en') => searchKb(db, { text: q.q, lang, limit: q.limit, includeDrafts: q.drafts });
  if (q.lang) return one(q.lang);
  const [es, en] = [await one('es'), await one('en')];
  const primary = questionLanguage(q.q) === 'en' ? en : es;
  const hits = [...es.hits, ...en.hits].sort((a, b) => b.score - a.score || b.rank - a.rank).slice(0, q.limit);
  return { ...primary, hits };
}

/** Below this score an article is still listed for the agent, but no reply is written from it. */
const REPLY_MIN_SCORE = 0.5;
const GREETING = {
  es: (name: string) => `Hola${name ? `, ${name}` : ''}.`,
  en: (name: string) => `Hi${name ? ` ${name}` : ''}.`,
};
const CLOSING = { es: '¿Te puedo ayudar en algo más?', en: 'Is there anything else I can help you with?' };

type Context = {
  bot?: BotAttempt;
  reply?: { text?: string } | null;
  event?: { data?: { text?: unknown; message?: unknown } };
};

/**
 * Agent assist for a hand-off: the articles that answer what the customer asked (the search the bot uses, on
 * published articles) and a reply to send, the best article's answer addressed to the customer by name in the
 * language of the question. What the customer asked comes from the bot's attempt when a bot ran (with their last
 * answer when it was neither yes nor no: often a new question), else the last reply or the message that started the
 * journey, else the hand-off's subject. An article the bot offered and the customer declined is listed, marked, and
 * not suggested again.
 */
export async function suggestForCase(db: Db, handoffId: string) {
  const ticket = await getTicket(db, handoffId);
  if (!ticket) throw new ApiError('not-found', `Handoff ${handoffId} does not exist`);
  const context = ((ticket.detail as { context?: Context }).context ?? {}) as Context;
  const bot = context.bot ?? null;
  const eventText = context.event?.data?.text ?? context.event?.data?.message;
  const question = (
    bot
      ? [bot.outcome === 'unclear' ? bot.reply : null, bot.question].filter(Boolean).join(' ')
      : (context.reply?.text ?? (typeof eventText === 'string' ? eventText : null) ?? ticket.subject ?? '')
  ).trim();
  const customer = await getCustomer(db, ticket.customerId);
  const lang = bot?.lang ?? questionLanguage(question, customer?.locale ?? undefined);
  const found = question ? await searchKb(db, { text: question, lang, limit: 3 }) : { hits: [] as KbHit[] };
  const offered = new Set((bot?.articles ?? []).filter((a) => a.offered).map((a) => a.id));
  const declined = bot && bot.outcome !== 'solved' ? offered : new Set<string>();
  const best = found.hits.find((h) => h.score >= REPLY_MIN_SCORE && !declined.has(h.id));
  const name = customer?.name?.trim().split(/\s+/)[0] ?? '';
  return {
    handoffId,
    question,
    lang,
    articles: found.hits.map((h) => {
      const { status: _published, ...hit } = kbHitDto(h);
      return { ...hit, offeredByBot: offered.has(h.id) };
    }),
    reply: best ? { articleId: best.id, text: `${GREETING[lang](name)} ${best.answer}\n\n${CLOSING[lang]}` } : null,
    bot: (bot as unknown as Record<string, unknown>) ?? null,
  };
}

/**
 * Seeds sample articles into an empty knowledge base (the local stack's first start), from a JSON file of articles
 * with ids. A knowledge base that has any article, even one, is left alone: people's edits and deletions stand.
 * Returns how many were added.
 */
export async function seedSampleKnowledge(db: Db, file: string): Promise<number> {
  if ((await listKbArticles(db, { limit: 1 })).total > 0) return 0;
  const articles = JSON.parse(await readFile(file, 'utf8')) as (KbArticleInput & { id: string })[];
  return (
    await seedKbArticles(
      db,
      articles.map((a) => ({ ...a, author: a.author ?? 'ruta-seed' })),
    )
  ).length;
}
