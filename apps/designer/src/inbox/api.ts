import type { CaseInfo } from '../api/auth';
import { api, call, type Schemas } from '../api/http';

/** The workspace's calls to the API (`/v1/handoffs/…`, `/v1/cases/…`, the customer's profile and timeline). */
export type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';

export type CaseNote = CaseInfo['notes'][number];

/** A case with its notes and the context the flow handed over (`detail`). */
export type CaseFull = CaseInfo;

export type CaseContext = Schemas['CaseContext'];

export type Customer = Schemas['Customer'];

export type TimelineMessage = Schemas['Message'];

/** What the case view shows of the suggestions (none when they could not be had). */
export type Suggestions = Pick<Schemas['HandoffSuggestions'], 'articles' | 'reply'>;

export type ReplyResult = Schemas['CaseReplyResult'];

export type Overview = Schemas['CasesOverview'];

/** How many cases the inbox lists at once, most urgent first. */
export const INBOX_LIMIT = 200;

const byId = (id: string) => ({ params: { path: { id } } });

/** Each answer is checked by the compiler against the view type the workspace reads (the API's schema may say more). */
export const inboxApi = {
  /** The most urgent open cases of one's queues (the inbox shows at most this many). */
  list: async (): Promise<CaseFull[]> =>
    (await call(api.GET('/v1/handoffs', { params: { query: { limit: INBOX_LIMIT } } }))).handoffs,
  context: (id: string): Promise<CaseContext> => call(api.GET('/v1/handoffs/{id}/context', byId(id))),
  customer: (id: string): Promise<Customer> => call(api.GET('/v1/customers/{id}', byId(id))),
  timeline: async (id: string): Promise<TimelineMessage[]> =>
    (await call(api.GET('/v1/customers/{id}/timeline', byId(id)))).messages,
  suggestions: (id: string): Promise<Suggestions> => call(api.GET('/v1/handoffs/{id}/suggestions', byId(id))),
  claim: (id: string): Promise<CaseFull> => call(api.POST('/v1/handoffs/{id}/claim', byId(id))),
  note: (id: string, body: string): Promise<CaseFull> =>
    call(api.POST('/v1/handoffs/{id}/notes', { ...byId(id), body: { body } })),
  transfer: (id: string, queue: string, note?: string): Promise<CaseFull> =>
    call(api.POST('/v1/handoffs/{id}/transfer', { ...byId(id), body: { queue, ...(note ? { note } : {}) } })),
  reply: (id: string, text: string, requestId: string): Promise<ReplyResult> =>
    call(api.POST('/v1/handoffs/{id}/reply', { ...byId(id), body: { text, requestId } })),
  resolve: (id: string, resolution: string, note?: string): Promise<CaseFull> =>
    call(api.POST('/v1/handoffs/{id}/resolve', { ...byId(id), body: { resolution, ...(note ? { note } : {}) } })),
  assign: (id: string, assignee: string | null): Promise<CaseFull> =>
    call(api.POST('/v1/handoffs/{id}/assign', { ...byId(id), body: { assignee } })),
  overview: (): Promise<Overview> => call(api.GET('/v1/cases/overview')),
  queues: async (): Promise<{ id: string; name: string }[]> => (await call(api.GET('/v1/queues'))).queues,
};
