/**
 * The knowledge base through Ruta's API (`/v1/kb/…`). Only the HTTP backend has one: offline, the designer keeps
 * flows in the browser but cannot search articles (PostgreSQL does the searching).
 */
import { api, call, type Schemas } from '../api/http';

export type KbLang = 'es' | 'en';
export type KbStatus = 'draft' | 'published';

/** An article as the API returns it. */
export type KbArticle = {
  id: string;
  lang: KbLang;
  title: string;
  body: string;
  tags: string[];
  status: KbStatus;
  revision: number;
  author: string | null;
  updatedAt: string;
  publishedAt: string | null;
};

/** What a person edits; `revision` is the one they started from (a newer stored one answers 409). */
export type KbDraft = {
  lang: KbLang;
  title: string;
  body: string;
  tags: string[];
  status: KbStatus;
  revision?: number;
};

export type KbHit = {
  id: string;
  lang: KbLang;
  title: string;
  answer: string;
  tags: string[];
  status?: KbStatus;
  score: number;
};

/** What the bot's search returns (the `kb.search` activity's output). */
export type KbBotResult = Schemas['KbActivityResult'];

const byId = (id: string) => ({ params: { path: { id } } });

/** The knowledge-base calls, through the typed client as the signed-in person (see ../api/http). */
export class KbApi {
  list(filter: { lang?: KbLang; status?: KbStatus } = {}): Promise<{ articles: KbArticle[]; total: number }> {
    return call(api.GET('/v1/kb/articles', { params: { query: { limit: 500, ...filter } } }));
  }
  get(id: string): Promise<KbArticle> {
    return call(api.GET('/v1/kb/articles/{id}', byId(id)));
  }
  create(draft: KbDraft): Promise<KbArticle> {
    const { revision: _revision, ...body } = draft;
    return call(api.POST('/v1/kb/articles', { body }));
  }
  save(id: string, draft: KbDraft): Promise<KbArticle> {
    return call(api.PUT('/v1/kb/articles/{id}', { ...byId(id), body: draft }));
  }
  async remove(id: string): Promise<void> {
    await call(api.DELETE('/v1/kb/articles/{id}', byId(id)));
  }
  /** The editors' search: drafts included, both languages unless one is given. */
  search(q: string, lang?: KbLang): Promise<{ hits: KbHit[] }> {
    return call(
      api.GET('/v1/kb/search', { params: { query: { q, drafts: 'true', limit: 50, ...(lang ? { lang } : {}) } } }),
    );
  }
  /** Exactly what a journey's bot gets for a question (over a scenario's own articles when given). */
  ask(
    input: { text: string; lang?: KbLang; limit?: number; minScore?: number },
    articles?: { id?: string; lang: KbLang; title: string; body: string; tags?: string[] }[],
  ): Promise<KbBotResult> {
    return call(api.POST('/v1/kb/search', { body: { ...input, ...(articles ? { articles } : {}) } }));
  }
}
