import { type Db, type KbSearchResult, type ScratchArticle, searchKb, searchKbAmong } from '@ruta/db';
import { type KbSearchOutput, kbSearch } from '@ruta/sdk';
import { analyze } from '@ruta/sentiment';
import type { z } from 'zod';

/** What a knowledge-base search asks: the text, its language, how many hits and how good. */
export interface KnowledgeQuery {
  text: string;
  lang: 'es' | 'en';
  limit: number;
  minScore: number;
}

/**
 * The language to search in: the one the question is written in, else the customer's, else Spanish. A customer
 * whose profile says Spanish but who writes in English gets English articles (and an English follow-up).
 */
export function questionLanguage(text: string, hint?: 'es' | 'en'): 'es' | 'en' {
  const detected = analyze(text).lang;
  if (detected === 'es' || detected === 'en') return detected;
  return hint ?? 'es';
}

/** The store's query for a `kb.search` input: the language decided, limits as given. */
export function knowledgeQuery(input: z.output<typeof kbSearch.input>): KnowledgeQuery {
  return {
    text: input.text,
    lang: questionLanguage(input.text, input.lang),
    limit: input.limit,
    minScore: input.minScore,
  };
}

/** A database search result as the `kb.search` contract returns it (plain JSON, no dates). */
export function kbSearchOutput(found: KbSearchResult): KbSearchOutput {
  return {
    lang: found.lang,
    query: found.query,
    terms: found.terms,
    hits: found.hits.map((h) => ({
      id: h.id,
      lang: h.lang,
      title: h.title,
      answer: h.answer,
      tags: h.tags,
      score: h.score,
    })),
  };
}

/**
 * `kb.search` on a database: its published articles, or only `articles` when given (a simulation's own knowledge
 * base, searched with the same SQL and never stored).
 */
export async function searchKnowledgeIn(
  db: Db,
  input: unknown,
  articles?: readonly ScratchArticle[],
): Promise<KbSearchOutput> {
  const query = knowledgeQuery(kbSearch.input.parse(input));
  return kbSearchOutput(articles ? await searchKbAmong(db, articles, query) : await searchKb(db, query));
}
