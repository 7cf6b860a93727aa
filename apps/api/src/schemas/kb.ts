import { z } from '@hono/zod-openapi';
import { KbArticleInput } from '@ruta/db';
import { KbSearchOutput, kbSearch } from '@ruta/sdk';

const Lang = z.enum(['es', 'en']);

/** A knowledge-base article as the API shows it (the search vectors stay in the database). */
export const KbArticle = z
  .object({
    id: z.string().openapi({ example: 'kb_horario_atencion' }),
    lang: Lang,
    title: z.string(),
    body: z.string(),
    tags: z.array(z.string()),
    status: z.enum(['draft', 'published']),
    revision: z.number().int().openapi({ description: 'Bumped on every change (send it back as `revision`)' }),
    author: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi('KbArticle');

/** A new article: the repository's own input schema, so the API and the database validate the same way. */
export const KbArticleBody = KbArticleInput.omit({ author: true }).openapi('KbArticleCreate');

export const KbArticleUpdateBody = KbArticleInput.omit({ id: true, author: true })
  .extend({
    revision: z
      .number()
      .int()
      .positive()
      .optional()
      .openapi({ description: 'The revision you edited (or If-Match); a newer stored article answers 409' }),
  })
  .openapi('KbArticleUpdate');

export const KbListQuery = z.object({
  lang: Lang.optional(),
  status: z.enum(['draft', 'published']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const KbArticleList = z
  .object({ articles: z.array(KbArticle), total: z.number().int() })
  .openapi('KbArticleList');

export const KbSearchQuery = z.object({
  q: z.string().trim().min(1, 'Write what to search for').max(4000),
  lang: Lang.optional().openapi({ description: 'Default: the language the question is written in' }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  drafts: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: 'Search drafts too (the editors’ search)' }),
});

/** One article found, with its 0..1 score; `status` tells drafts apart in the editors' search. */
export const KbHit = z
  .object({
    id: z.string(),
    lang: Lang,
    title: z.string(),
    answer: z.string().openapi({ description: "The article's first paragraph: what the bot sends" }),
    tags: z.array(z.string()),
    status: z.enum(['draft', 'published']),
    score: z.number().openapi({ description: 'Share of the question the article covers: title/tags 1, body 0.75' }),
  })
  .openapi('KbHit');

export const KbSearchResponse = z
  .object({ lang: Lang, query: z.string(), terms: z.number().int(), hits: z.array(KbHit) })
  .openapi('KbSearchResult');

/** What the bot's search is asked (the `kb.search` activity's input), optionally over a simulation's own articles. */
export const KbSearchBody = kbSearch.input
  .extend({
    articles: z
      .array(
        z.object({
          id: z.string().max(100).optional(),
          lang: Lang,
          title: z.string().min(1).max(200),
          body: z.string().min(1).max(20_000),
          tags: z.array(z.string().max(60)).max(30).optional(),
        }),
      )
      .max(200)
      .optional()
      .openapi({ description: "A simulation's own articles: searched instead of the knowledge base, never stored" }),
  })
  .openapi('KbActivitySearch');

// A new object over the contract's fields: schemas built before @hono/zod-openapi loads lack `.openapi()`.
export const KbActivityResult = z.object(KbSearchOutput.shape).openapi('KbActivityResult');

/** Articles and a reply suggested to the agent of a hand-off, from the same search the bot uses. */
export const Suggestions = z
  .object({
    handoffId: z.string(),
    question: z.string().openapi({ description: 'What was searched for' }),
    lang: Lang,
    articles: z.array(
      KbHit.omit({ status: true }).extend({
        offeredByBot: z.boolean().openapi({ description: 'The bot already sent it (see `bot.outcome`)' }),
      }),
    ),
    reply: z
      .object({ articleId: z.string(), text: z.string() })
      .nullable()
      .openapi({ description: "A reply to send: the best article's answer, addressed to the customer" }),
    bot: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'What the bot tried, if a bot ran' }),
  })
  .openapi('HandoffSuggestions');
