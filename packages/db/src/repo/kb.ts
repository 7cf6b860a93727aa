import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db';
import { ConflictError, sqlState } from '../errors';
import { newId } from '../ids';
import { type KbArticleRow, kbArticles } from '../schema';
import { KB_STATUSES, LOCALES } from '../schema/common';

/** The shape of an article id, and what to say when one does not fit (the API builds its own schema from them). */
export const KB_ARTICLE_ID = {
  pattern: /^kb_[A-Za-z0-9_-]{1,80}$/,
  message: 'Article ids look like kb_ followed by letters, digits, _ or -',
};

/** Article ids look like `kb_` followed by letters, digits, `_` or `-`; stable, never a title. */
export const KbArticleId = z.string().regex(KB_ARTICLE_ID.pattern, KB_ARTICLE_ID.message);

const Tag = z.string().trim().min(1, 'Tags cannot be empty').max(60);

/** What an article is made of, as written by a person (the designer) or a seed. */
export const KbArticleInput = z.object({
  id: KbArticleId.optional(),
  lang: z.enum(LOCALES),
  title: z.string().trim().min(1, 'Write a title').max(200),
  /** The first paragraph is the answer the bot sends, so write the answer first. */
  body: z.string().trim().min(1, 'Write the article').max(20_000),
  tags: z.array(Tag).max(30).default([]),
  status: z.enum(KB_STATUSES).default('draft'),
  author: z.string().max(200).nullish(),
});
export type KbArticleInput = z.input<typeof KbArticleInput>;

/** A full replacement of an article's content; `expectedRevision` guards against overwriting someone's edit. */
export const KbArticleUpdate = KbArticleInput.omit({ id: true }).extend({
  expectedRevision: z.number().int().positive().optional(),
});
export type KbArticleUpdate = z.input<typeof KbArticleUpdate>;

/** Every column but the search vectors. */
const { search: _search, searchTitle: _searchTitle, ...COLUMNS } = getTableColumns(kbArticles);

/** A new row from validated input; published articles are stamped as published now. */
function newRow(input: KbArticleInput, now: Date) {
  const data = KbArticleInput.parse(input);
  return {
    id: data.id ?? newId('kb'),
    lang: data.lang,
    title: data.title,
    body: data.body,
    tags: data.tags,
    status: data.status,
    author: data.author ?? null,
    createdAt: now,
    updatedAt: now,
    publishedAt: data.status === 'published' ? now : null,
  };
}

/** Creates an article. Throws ConflictError when the id is taken. */
export async function createKbArticle(db: Db, input: KbArticleInput): Promise<KbArticleRow> {
  const row = newRow(input, new Date());
  try {
    const [created] = await db.insert(kbArticles).values(row).returning(COLUMNS);
    return created!;
  } catch (error) {
    if (sqlState(error) === '23505') throw new ConflictError(`Article ${row.id} already exists`);
    throw error;
  }
}

/**
 * Inserts the articles whose ids are not taken yet and leaves the others untouched, so a seed can run on every start
 * without overwriting what people edited. Returns the ids inserted.
 */
export async function seedKbArticles(db: Db, articles: (KbArticleInput & { id: string })[]): Promise<string[]> {
  if (articles.length === 0) return [];
  const now = new Date();
  const inserted = await db
    .insert(kbArticles)
    .values(articles.map((a) => newRow(a, now)))
    .onConflictDoNothing({ target: kbArticles.id })
    .returning({ id: kbArticles.id });
  return inserted.map((r) => r.id);
}

/** One article, or null. */
export async function getKbArticle(db: Db, id: string): Promise<KbArticleRow | null> {
  const [row] = await db.select(COLUMNS).from(kbArticles).where(eq(kbArticles.id, id));
  return row ?? null;
}

/** What an update did: the saved article, or why not (a stale revision comes back with the stored article). */
export type KbUpdateResult =
  | { ok: true; article: KbArticleRow }
  | { ok: false; reason: 'conflict'; current: KbArticleRow }
  | { ok: false; reason: 'not_found' };

/**
 * Replaces an article's content and bumps its revision. With `expectedRevision`, a stale edit is refused (the
 * current article comes back so the caller can show it). Publishing stamps `published_at`; back to draft clears it.
 */
export async function updateKbArticle(db: Db, id: string, input: KbArticleUpdate): Promise<KbUpdateResult> {
  const data = KbArticleUpdate.parse(input);
  const revisionMatches =
    data.expectedRevision === undefined ? undefined : eq(kbArticles.revision, data.expectedRevision);
  const [row] = await db
    .update(kbArticles)
    .set({
      lang: data.lang,
      title: data.title,
      body: data.body,
      tags: data.tags,
      status: data.status,
      ...(data.author !== undefined ? { author: data.author } : {}),
      revision: sql`${kbArticles.revision} + 1`,
      updatedAt: new Date(),
      publishedAt:
        data.status === 'published'
          ? sql`case when ${kbArticles.status} = 'published' then ${kbArticles.publishedAt} else now() end`
          : null,
    })
    .where(and(eq(kbArticles.id, id), revisionMatches))
    .returning(COLUMNS);
  if (row) return { ok: true, article: row };
  const current = await getKbArticle(db, id);
  return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
}

/** Deletes an article for good; false when it did not exist. Hand-offs keep the titles the bot offered. */
export async function deleteKbArticle(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(kbArticles).where(eq(kbArticles.id, id)).returning({ id: kbArticles.id });
  return rows.length > 0;
}

/** Filters and paging of {@link listKbArticles}. */
export const ListKbOptions = z.object({
  lang: z.enum(LOCALES).optional(),
  status: z.enum(KB_STATUSES).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type ListKbOptions = z.input<typeof ListKbOptions>;

/** Articles, newest change first, with the total that match the filters (for paging). */
export async function listKbArticles(
  db: Db,
  options: ListKbOptions = {},
): Promise<{ articles: KbArticleRow[]; total: number }> {
  const o = ListKbOptions.parse(options);
  const where = and(
    o.lang ? eq(kbArticles.lang, o.lang) : undefined,
    o.status ? eq(kbArticles.status, o.status) : undefined,
  );
  const [articles, [count]] = await Promise.all([
    db
      .select(COLUMNS)
      .from(kbArticles)
      .where(where)
      .orderBy(desc(kbArticles.updatedAt), kbArticles.id)
      .limit(o.limit)
      .offset(o.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(kbArticles).where(where),
  ]);
  return { articles, total: count?.n ?? 0 };
}
