import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { KB_STATUSES, LOCALES } from './common';
import { oneOf, ts } from './helpers';

/** A PostgreSQL `tsvector`, read as its text form (the repository never selects it). */
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

/**
 * Knowledge-base articles in Spanish or English. Two generated search vectors, in the article's language
 * configuration (`spanish`/`english`) with accents folded by `ruta_fold` (migration 0008): `search` holds the
 * title and tags (weight A) and the body (weight B); `search_title` the title and tags only, so a query can tell a
 * term found in the title from one found in passing. The functions are defined in SQL so the column and the query
 * fold text the same way on PGlite and PostgreSQL.
 */
export const kbArticles = pgTable(
  'kb_articles',
  {
    id: text('id').primaryKey(),
    lang: text('lang', { enum: LOCALES }).notNull(),
    title: text('title').notNull(),
    /** Markdown-free text; the first paragraph is the answer the bot sends, so write the answer first. */
    body: text('body').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: KB_STATUSES }).notNull().default('draft'),
    /** Bumped on every change; updates may compare it for optimistic concurrency. */
    revision: integer('revision').notNull().default(1),
    author: text('author'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`ruta_kb_vector("lang", "title", "tags", "body")`),
    searchTitle: tsvector('search_title').notNull().generatedAlwaysAs(sql`ruta_kb_vector("lang", "title", "tags", '')`),
  },
  (t) => [
    // The bot's search (one language, published only) reads a partial index of its own language; editors' searches
    // with drafts use the whole one.
    index('kb_articles_search_idx').using('gin', t.search),
    index('kb_articles_search_es_idx')
      .using('gin', t.search)
      .where(sql`${t.lang} = 'es' and ${t.status} = 'published'`),
    index('kb_articles_search_en_idx')
      .using('gin', t.search)
      .where(sql`${t.lang} = 'en' and ${t.status} = 'published'`),
    index('kb_articles_lang_status_idx').on(t.lang, t.status, t.updatedAt),
    check('kb_articles_lang_check', oneOf(t.lang, LOCALES)),
    check('kb_articles_status_check', oneOf(t.status, KB_STATUSES)),
  ],
);

export type KbArticleRow = Omit<typeof kbArticles.$inferSelect, 'search' | 'searchTitle'>;
export type NewKbArticleRow = typeof kbArticles.$inferInsert;
