/**
 * The knowledge base through Ruta's API (`/v1/kb/…`). Only the HTTP backend has one: offline, the designer keeps
 * flows in the browser but cannot search articles (PostgreSQL does the searching).
 */
export type KbLang = 'es' | 'en';
export type KbStatus = 'draft' | 'published';

/** An article as the API returns it. */
export interface KbArticle {
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
}

/** What a person edits; `revision` is the one they started from (a newer stored one answers 409). */
export interface KbDraft {
  lang: KbLang;
  title: string;
  body: string;
  tags: string[];
  status: KbStatus;
  revision?: number;
}

export interface KbHit {
  id: string;
  lang: KbLang;
  title: string;
  answer: string;
  tags: string[];
  status?: KbStatus;
  score: number;
}

/** What the bot's search returns (the `kb.search` activity). */
export interface KbBotResult {
  lang: KbLang;
  query: string;
  terms: number;
  hits: KbHit[];
}

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** The knowledge-base calls, over the HTTP backend's authenticated `call`. */
export class KbApi {
  constructor(private readonly call: Call) {}

  list(filter: { lang?: KbLang; status?: KbStatus } = {}): Promise<{ articles: KbArticle[]; total: number }> {
    const q = new URLSearchParams({ limit: '500', ...filter });
    return this.call('GET', `/kb/articles?${q}`);
  }
  get(id: string): Promise<KbArticle> {
    return this.call('GET', `/kb/articles/${encodeURIComponent(id)}`);
  }
  create(draft: KbDraft): Promise<KbArticle> {
    const { revision: _revision, ...body } = draft;
    return this.call('POST', '/kb/articles', body);
  }
  save(id: string, draft: KbDraft): Promise<KbArticle> {
    return this.call('PUT', `/kb/articles/${encodeURIComponent(id)}`, draft);
  }
  remove(id: string): Promise<void> {
    return this.call('DELETE', `/kb/articles/${encodeURIComponent(id)}`);
  }
  /** The editors' search: drafts included, both languages unless one is given. */
  search(q: string, lang?: KbLang): Promise<{ hits: KbHit[] }> {
    const params = new URLSearchParams({ q, drafts: 'true', limit: '50', ...(lang ? { lang } : {}) });
    return this.call('GET', `/kb/search?${params}`);
  }
  /** Exactly what a journey's bot gets for a question (over a scenario's own articles when given). */
  ask(
    input: { text: string; lang?: KbLang; limit?: number; minScore?: number },
    articles?: { id?: string; lang: KbLang; title: string; body: string; tags?: string[] }[],
  ) {
    return this.call<KbBotResult>('POST', '/kb/search', { ...input, ...(articles ? { articles } : {}) });
  }
}
