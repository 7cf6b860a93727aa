import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, queryRows } from '../db';
import { kbArticles } from '../schema';
import { LOCALES, type Locale } from '../schema/common';

/**
 * Words that carry the asking, not the topic ("quisiera saber…", "can you help me with…"). PostgreSQL's stop words
 * take the grammar words; these go too, so a natural question is judged on what it is about. Folded, lowercase.
 */
const FILLER: Record<Locale, ReadonlySet<string>> = {
  es: new Set(
    (
      'hola buenas buenos buen dia dias tardes noches saludos gracias favor porfa porfavor quiero quisiera queria ' +
      'necesito necesitaria saber consulta consultar pregunta preguntar duda ayuda ayudar ayudan ayudame ayudarme ' +
      'pueden puede puedo podria podrian podrias hacer hago hace decir dime digan informacion info alguien ' +
      'ustedes usted ok okay vale bueno oye disculpa disculpe tengo'
    ).split(' '),
  ),
  en: new Set(
    (
      'hi hello hey good morning afternoon evening thanks thank please pls want wanted would like know need needed ' +
      'help question ask asking wondering tell get info information someone anyone ok okay could may hey sorry'
    ).split(' '),
  ),
};

const MARKS = /[\u0300-\u036f]/g;

/**
 * The part of a question the search should match: lowercase, accents folded, filler words dropped. Empty when
 * nothing is left ("hola, ¿me ayudas?"), in which case nothing matches.
 */
export function questionTerms(text: string, lang: Locale): string {
  const filler = FILLER[lang];
  const folded = text.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded
    .replace(/[\p{L}\p{N}]+/gu, (w) => (filler.has(w) ? ' ' : w))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph of an article (its answer), cut at a sentence end near `max` characters. */
export function firstParagraph(body: string, max = 700): string {
  const paragraph = body
    .trim()
    .split(/\n\s*\n/)[0]!
    .trim();
  if (paragraph.length <= max) return paragraph;
  const cut = paragraph.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut.slice(0, max - 1).trimEnd()}…`;
}

/** A search: the question, its language (the configuration it is stemmed with), how many hits and from what score. */
export const KbSearchInput = z.object({
  text: z.string().max(4000),
  lang: z.enum(LOCALES),
  limit: z.number().int().min(1).max(50).default(5),
  /** Hits below this score are left out (0 keeps every article that shares a term). */
  minScore: z.number().min(0).max(1).default(0),
  /** Search drafts too (the editors' search); the bot and agent assist only ever see published articles. */
  includeDrafts: z.boolean().default(false),
  /** Only these articles (a simulation's own knowledge base, see {@link searchKbAmong}). */
  ids: z.array(z.string()).max(500).optional(),
});
export type KbSearchInput = z.input<typeof KbSearchInput>;

/** One article found for a question, with how well it matches. */
export interface KbHit {
  id: string;
  lang: Locale;
  title: string;
  /** The article's first paragraph: what the bot sends. */
  answer: string;
  tags: string[];
  status: 'draft' | 'published';
  /**
   * 0..1: the share of the question's terms the article holds, a term in the title or tags counting 1 and one only
   * in the body 0.75. Comparable across questions, so a threshold means the same thing for every question.
   */
  score: number;
  /**
   * PostgreSQL's `ts_rank` (term frequency with the weights, length-normalised): breaks ties between equal scores.
   * Not `ts_rank_cd`: cover density adds a third to the CPU of a search over many candidates and orders ties no better.
   */
  rank: number;
  updatedAt: Date;
}

/** What a search found, and what it searched for. */
export interface KbSearchResult {
  lang: Locale;
  /** The question as matched: folded, filler dropped. */
  query: string;
  /** How many distinct terms (stemmed, stop words out) the question has. */
  terms: number;
  hits: KbHit[];
}

interface Row {
  id: string;
  lang: Locale;
  title: string;
  body: string;
  tags: string[];
  status: 'draft' | 'published';
  score: number | string;
  rank: number | string;
  updated_at: Date | string;
}

/** A question longer than this is cut before it is searched (a pasted e-mail is not a question). */
const MAX_QUESTION = 600;
/** At most this many distinct terms are scored. */
const MAX_TERMS = 32;

/**
 * The question's terms as the language's configuration sees them (folded, stemmed, stop words out): each as its own
 * tsquery, all of them AND-ed, and all of them OR-ed. PostgreSQL writes them, so they come back quoted and escaped.
 */
async function questionQueries(
  db: Db,
  query: string,
  lang: Locale,
): Promise<{ terms: string[]; all: string; any: string }> {
  const [row] = await queryRows<{ terms: string[] | null; all_terms: string }>(
    db,
    sql`select
          array(select plainto_tsquery('simple', t)::text
                from unnest(tsvector_to_array(to_tsvector(ruta_kb_config(${lang}), ruta_fold(${query})))) t) as terms,
          plainto_tsquery(ruta_kb_config(${lang}), ruta_fold(${query}))::text as all_terms`,
  );
  const all = row?.all_terms ?? '';
  return {
    terms: (row?.terms ?? []).filter((t) => t !== '').slice(0, MAX_TERMS),
    all,
    any: all.replaceAll(' & ', ' | '),
  };
}

/**
 * How many terms a question may have for the articles holding all of them to outrank every other: such an article
 * scores at least 0.75, one missing a term at most (n - 1) / n, which is below 0.75 up to three terms.
 */
const ALL_TERMS_WIN = 3;

/** `lang` as an SQL literal (from a closed list), so the partial GIN indexes apply to every plan. */
const LANG_SQL: Record<Locale, string> = { es: "'es'", en: "'en'" };

/**
 * Full-text search of the knowledge base in one language: the question is folded and stemmed with the language's
 * configuration, any article sharing a term is a candidate (a GIN index per language on published articles), and
 * each is scored by how much of the question it covers (see {@link KbHit.score}); ties go to `ts_rank`, then the
 * id. Short queries: the question's terms, then the articles (those holding every term first, when that settles it).
 * Same SQL, same answers on PGlite and PostgreSQL.
 *
 * @example
 * const { hits } = await searchKb(db, { text: '¿Cuál es el horario de atención?', lang: 'es', minScore: 0.5 });
 */
export async function searchKb(db: Db, input: KbSearchInput): Promise<KbSearchResult> {
  const o = KbSearchInput.parse(input);
  const query = questionTerms(o.text.slice(0, MAX_QUESTION), o.lang);
  if (!/[\p{L}\p{N}]/u.test(query)) return { lang: o.lang, query, terms: 0, hits: [] };
  const { terms, all, any } = await questionQueries(db, query, o.lang);
  if (terms.length === 0 || o.ids?.length === 0) return { lang: o.lang, query, terms: terms.length, hits: [] };
  // Per term: 1 when the title or tags hold it, 0.75 when only the body does.
  const covered = sql.join(
    terms.map(
      (t) =>
        sql`(case when a.search_title @@ ${t}::tsquery then 1.0 when a.search @@ ${t}::tsquery then 0.75 else 0 end)`,
    ),
    sql` + `,
  );
  const status = sql.raw(o.includeDrafts ? "a.status in ('draft', 'published')" : "a.status = 'published'");
  const only = o.ids
    ? sql`and a.id in (${sql.join(
        o.ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const articles = (match: string) =>
    queryRows<Row>(
      db,
      sql`select a.id, a.lang, a.title, a.body, a.tags, a.status, a.updated_at,
            (${covered}) / ${terms.length} as score,
            ts_rank(a.search, ${any}::tsquery, 1) as rank
          from kb_articles a
          where a.lang = ${sql.raw(LANG_SQL[o.lang])} and ${status} and a.search @@ ${match}::tsquery ${only}
          order by score desc, rank desc, a.id
          limit ${o.limit}`,
    );
  // A short question answered by enough articles holding all its terms needs no other candidate (see ALL_TERMS_WIN):
  // the index intersects the terms' lists, and the many articles sharing one common word are never scored.
  let rows = terms.length <= ALL_TERMS_WIN ? await articles(all) : [];
  if (rows.length < o.limit) rows = await articles(any);
  const hits = rows
    .map(
      (r): KbHit => ({
        id: r.id,
        lang: r.lang,
        title: r.title,
        answer: firstParagraph(r.body),
        tags: r.tags,
        status: r.status,
        score: Math.round(Number(r.score) * 1000) / 1000,
        rank: Number(r.rank),
        updatedAt: new Date(r.updated_at),
      }),
    )
    .filter((h) => h.score >= o.minScore);
  return { lang: o.lang, query, terms: terms.length, hits };
}

/** An article given to {@link searchKbAmong}: searched as if published, never stored. */
export interface ScratchArticle {
  id?: string;
  lang: Locale;
  title: string;
  body: string;
  tags?: string[];
}

class Rollback extends Error {}

/**
 * Searches only the given articles, as if they were the published knowledge base, with the very SQL of
 * {@link searchKb}: they are inserted and searched inside a transaction that is then rolled back, so nothing is
 * stored and nobody else sees them. Simulations use it (a scenario brings its own articles). Hits carry the given
 * ids (or `article-<n>` for articles without one).
 */
export async function searchKbAmong(
  db: Db,
  articles: readonly ScratchArticle[],
  input: Omit<KbSearchInput, 'ids' | 'includeDrafts'>,
): Promise<KbSearchResult> {
  if (articles.length === 0) return searchKb(db, { ...input, ids: [] });
  const run = randomBytes(6).toString('hex');
  const scratch = articles.map((a, i) => ({ a, id: `kb_scratch_${run}_${i}`, given: a.id ?? `article-${i + 1}` }));
  let result: KbSearchResult | undefined;
  try {
    await db.transaction(async (tx) => {
      await tx.insert(kbArticles).values(
        scratch.map(({ a, id }) => ({
          id,
          lang: a.lang,
          title: a.title,
          body: a.body,
          tags: a.tags ?? [],
          status: 'published' as const,
        })),
      );
      result = await searchKb(tx as unknown as Db, { ...input, ids: scratch.map((s) => s.id) });
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const given = new Map(scratch.map((s) => [s.id, s.given]));
  const found = result!;
  return { ...found, hits: found.hits.map((h) => ({ ...h, id: given.get(h.id) ?? h.id })) };
}
