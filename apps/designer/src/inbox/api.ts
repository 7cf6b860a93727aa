import { type CaseInfo, request } from '../api/auth';

/** The workspace's calls to the API (`/v1/handoffs/…`, `/v1/cases/…`, the customer's profile and timeline). */
export type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';

export interface CaseNote {
  id: number;
  author: string | null;
  body: string;
  createdAt: string;
}

/** A case with its notes and the context the flow handed over. */
export interface CaseFull extends CaseInfo {
  notes: CaseNote[];
  detail: { context?: { reply?: { text?: string; channel?: string } | null; bot?: unknown } & Record<string, unknown> };
  resolution: string | null;
  assignedTo: string | null;
  journeyId: string | null;
}

export interface CaseContext {
  case: CaseFull;
  path: { nodeId: string; kind: string | null; port: string | null; at: string }[];
  sentiment: { at: string; label: string | null; score: number | null; escalate: boolean | null }[];
  reasons: string[];
  earlier: CaseFull[];
}

export interface Customer {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  locale: 'es' | 'en' | null;
  timeZone: string | null;
  tier: string | null;
  tags: string[];
}

export interface TimelineMessage {
  id: string;
  direction: 'in' | 'out';
  channel: string;
  text: string | null;
  status: string;
  statusReason: string | null;
  nodeId: string | null;
  at: string;
}

export interface Suggestions {
  articles: { id: string; title: string; answer: string; score: number }[];
  reply: { articleId: string; text: string } | null;
}

export interface ReplyResult {
  status: 'sent' | 'queued' | 'deferred' | 'suppressed' | 'failed' | 'pending';
  channel: Channel;
  reason: string | null;
  retryAt: string | null;
}

export interface Overview {
  queues: {
    queue: string;
    name: string;
    assignment: string;
    open: number;
    unassigned: number;
    oldestWaitingSince: string | null;
    nearBreach: number;
  }[];
  agents: { id: string; displayName: string; queues: string[]; open: number }[];
  atRisk: CaseFull[];
  warnMinutes: number;
}

/** How many cases the inbox lists at once, most urgent first. */
export const INBOX_LIMIT = 200;

const h = (id: string) => `/v1/handoffs/${encodeURIComponent(id)}`;

export const inboxApi = {
  /** The most urgent open cases of one's queues (the inbox shows at most this many). */
  list: async () => (await request<{ handoffs: CaseFull[] }>('GET', `/v1/handoffs?limit=${INBOX_LIMIT}`)).handoffs,
  context: (id: string) => request<CaseContext>('GET', `${h(id)}/context`),
  customer: (id: string) => request<Customer>('GET', `/v1/customers/${encodeURIComponent(id)}`),
  timeline: async (id: string) =>
    (await request<{ messages: TimelineMessage[] }>('GET', `/v1/customers/${encodeURIComponent(id)}/timeline`))
      .messages,
  suggestions: (id: string) => request<Suggestions>('GET', `${h(id)}/suggestions`),
  claim: (id: string) => request<CaseFull>('POST', `${h(id)}/claim`),
  note: (id: string, body: string) => request<CaseFull>('POST', `${h(id)}/notes`, { body }),
  transfer: (id: string, queue: string, note?: string) =>
    request<CaseFull>('POST', `${h(id)}/transfer`, { queue, ...(note ? { note } : {}) }),
  reply: (id: string, text: string, requestId: string) =>
    request<ReplyResult>('POST', `${h(id)}/reply`, { text, requestId }),
  resolve: (id: string, resolution: string, note?: string) =>
    request<CaseFull>('POST', `${h(id)}/resolve`, { resolution, ...(note ? { note } : {}) }),
  assign: (id: string, assignee: string | null) => request<CaseFull>('POST', `${h(id)}/assign`, { assignee }),
  overview: () => request<Overview>('GET', '/v1/cases/overview'),
  queues: async () => (await request<{ queues: { id: string; name: string }[] }>('GET', '/v1/queues')).queues,
};
