/**
 * Every call the designer makes to Ruta's HTTP API, in one typed module, so adapting to the API's
 * shapes happens here only. Without a server (vite preview, a static file) the same interface is
 * served by {@link LocalBackend}: drafts and versions in localStorage, the samples bundled in.
 */
import { FlowDocument, type FlowDocumentInput, migrateDocument, NODE_KINDS } from '@ruta/flow';
import { z } from 'zod';
import { bundledTemplates } from '../catalog/samples';
import { KbApi } from '../kb/api';
import { request } from './auth';
import { ApiError } from './errors';
import type {
  ActivitiesInfo,
  FlowRecord,
  FlowStats,
  FlowSummary,
  JourneyAttention,
  JourneyDetail,
  JourneyStatus,
  JourneySummary,
  LearnedEventSchema,
  ScheduleInfo,
  TemplateInfo,
  VersionInfo,
} from './types';

export { ApiError };

export interface JourneyFilter {
  flowId?: string;
  version?: number;
  status?: JourneyStatus;
  customerId?: string;
  /** Only running journeys that need a person. */
  attention?: boolean;
  /** Part of the customer's name or id. */
  q?: string;
}

/** What the designer needs from a backend. */
export interface Backend {
  readonly kind: 'http' | 'local';
  /** The knowledge base: only the API has one. */
  readonly kb?: KbApi;
  activities(): Promise<ActivitiesInfo>;
  templates(): Promise<TemplateInfo[]>;
  listFlows(): Promise<FlowSummary[]>;
  getFlow(id: string): Promise<FlowRecord>;
  createFlow(doc: FlowDocumentInput): Promise<FlowRecord>;
  saveFlow(id: string, doc: FlowDocument): Promise<FlowRecord>;
  deleteFlow(id: string): Promise<void>;
  publish(id: string, note: string): Promise<VersionInfo>;
  versions(id: string): Promise<VersionInfo[]>;
  versionDocument(id: string, version: number): Promise<FlowDocument>;
  /** Makes an earlier version current again, with a note in the user's language. */
  rollback(id: string, version: number, note: string): Promise<FlowRecord>;
  stats(id: string, version?: number): Promise<FlowStats>;
  journeys(filter: JourneyFilter): Promise<JourneySummary[]>;
  journey(id: string): Promise<JourneyDetail>;
  cancelJourney(id: string): Promise<void>;
  /** Ends a journey in Temporal with a reason (the last resort, for a stuck journey). */
  terminateJourney(id: string, reason: string): Promise<void>;
  skipWait(id: string): Promise<void>;
  sandboxReply(input: { customerId: string; text: string; channel?: string }): Promise<void>;
  resolveHandoff(id: string, resolution: string): Promise<void>;
  /** The fields of an event type learned from the events received (only with the server). */
  eventSchema(type: string): Promise<LearnedEventSchema>;
  /** The flow's schedule, or null when it has none (not published, or not started by a schedule). */
  schedule(id: string): Promise<ScheduleInfo | null>;
  setSchedulePaused(id: string, paused: boolean, note?: string): Promise<ScheduleInfo>;
  runSchedule(id: string): Promise<void>;
}

/**
 * Whether a Ruta API answers at this origin (a static server answers HTML or 404 instead). It asks the public
 * health route, so a first visit without a key shows the sign-in without a 401 in the console.
 */
export async function probeApi(base = ''): Promise<'ok' | 'absent'> {
  try {
    const res = await fetch(`${base}/healthz`, { headers: { accept: 'application/json' } });
    const type = res.headers.get('content-type') ?? '';
    if (!type.includes('json') || !res.ok) return 'absent';
    const body = (await res.json()) as { status?: unknown };
    return body.status === 'ok' ? 'ok' : 'absent';
  } catch {
    return 'absent';
  }
}

// ---------------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;
const arr = <T>(v: unknown, key: string): T[] =>
  (Array.isArray(v) ? v : Array.isArray((v as Json | null)?.[key]) ? (v as Json)[key] : []) as T[];

/** Reads the API's flow shapes leniently (field names may differ slightly between versions of the API). */
function toSummary(raw: Json): FlowSummary {
  const doc = (raw.document ?? raw.draft ?? {}) as Json;
  const published = raw.publishedVersion ?? raw.latestVersion ?? raw.version ?? null;
  return {
    id: String(raw.id ?? doc.id),
    name: String(raw.name ?? doc.name ?? raw.id),
    ...(typeof (raw.description ?? doc.description) === 'string'
      ? { description: String(raw.description ?? doc.description) }
      : {}),
    updatedAt: String(raw.updatedAt ?? raw.createdAt ?? new Date(0).toISOString()),
    publishedVersion: typeof published === 'number' ? published : null,
  };
}

function toRecord(raw: Json): FlowRecord {
  const doc = (raw.document ?? raw.draft) as unknown;
  return { ...toSummary(raw), document: FlowDocument.parse(migrateDocument(doc)) };
}

function toVersion(raw: Json): VersionInfo {
  const doc = raw.document as unknown;
  const parsed = doc ? FlowDocument.safeParse(migrateDocument(doc)) : undefined;
  return {
    version: Number(raw.version),
    note: String(raw.note ?? ''),
    publishedAt: String(raw.publishedAt ?? raw.createdAt ?? ''),
    ...(typeof raw.hash === 'string' ? { hash: raw.hash } : {}),
    ...(parsed?.success ? { document: parsed.data } : {}),
  };
}

function toJourney(raw: Json): JourneySummary {
  return {
    id: String(raw.id ?? raw.journeyId ?? raw.workflowId),
    workflowId: String(raw.workflowId ?? raw.id),
    flowId: String(raw.flowId ?? ''),
    version: Number(raw.version ?? raw.flowVersion ?? 0),
    customerId: String(raw.customerId ?? (raw.customer as Json | undefined)?.id ?? ''),
    customerName: typeof raw.customerName === 'string' ? raw.customerName : null,
    status: (raw.status ?? 'running') as JourneyStatus,
    startedAt: String(raw.startedAt ?? raw.createdAt ?? ''),
    endedAt: (raw.endedAt as string | null | undefined) ?? null,
    currentNodeId: (raw.currentNodeId ?? raw.current ?? (raw.state as Json | undefined)?.current ?? null) as
      | string
      | null,
    outcome: (raw.outcome ?? null) as string | null,
    endReason: (raw.endReason ?? null) as string | null,
    attention: (raw.attention ?? null) as JourneyAttention | null,
  };
}

const iso = (v: unknown): string =>
  typeof v === 'number' ? new Date(v).toISOString() : typeof v === 'string' ? v : new Date(0).toISOString();

function toJourneyDetail(raw: Json): JourneyDetail {
  const row = (raw.journey ?? raw.row ?? raw) as Json;
  const state = (raw.state ?? raw.live ?? {}) as Json;
  const steps = arr<Json>(raw.steps ?? raw.path, 'steps').map((s) => ({
    nodeId: (s.nodeId ?? null) as string | null,
    type: String(s.type ?? 'leave'),
    port: (s.port ?? null) as string | null,
    at: iso(s.at),
    detail: (s.detail && typeof s.detail === 'object' ? s.detail : null) as Record<string, unknown> | null,
  }));
  const messages = arr<Json>(raw.messages, 'messages').map((m) => ({
    at: iso(m.at ?? m.createdAt),
    direction: (m.direction === 'in' || m.direction === 'inbound' ? 'in' : 'out') as 'in' | 'out',
    channel: String(m.channel ?? ''),
    text: String(m.text ?? m.body ?? ''),
    ...(m.subject ? { subject: String(m.subject) } : {}),
    ...(m.nodeId ? { nodeId: String(m.nodeId) } : {}),
    ...(m.status ? { status: String(m.status) } : {}),
    ...(m.statusReason ? { statusReason: String(m.statusReason) } : {}),
  }));
  const timer = (t: Json) => ({
    nodeId: String(t.nodeId ?? ''),
    ...(t.kind ? { kind: String(t.kind) } : {}),
    ...(t.since !== undefined ? { since: iso(t.since) } : {}),
    deadline: t.deadline === null || t.deadline === undefined ? null : iso(t.deadline),
    // Why it waits (quiet hours, missing data) and what is missing: the watch panel says so.
    ...(typeof t.reason === 'string' ? { reason: t.reason } : {}),
    ...(Array.isArray(t.missing) ? { missing: t.missing.map(String) } : {}),
    // Parked at a failed step: why, in words (es/en), as the API words it.
    ...(t.message && typeof t.message === 'object'
      ? { message: { es: String((t.message as Json).es ?? ''), en: String((t.message as Json).en ?? '') } }
      : {}),
  });
  const timers = arr<Json>(raw.timers, 'timers').map(timer);
  const waitRaw = (raw.wait ?? state.wait ?? null) as Json | null;
  return {
    ...toJourney({ ...row, state }),
    steps,
    messages,
    timers,
    wait: waitRaw ? timer(waitRaw) : null,
    ...(state.vars ? { vars: state.vars as Record<string, unknown> } : {}),
  };
}

/**
 * The real API over HTTP as the signed-in person: the session cookie goes along (same origin) and changes carry the
 * session's CSRF token (see ./auth). A 401 sends the app back to the sign-in page.
 */
export class HttpBackend implements Backend {
  readonly kind = 'http' as const;
  readonly kb = new KbApi((method, path, body) => this.call(method, path, body));
  constructor(private readonly base = '') {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return request<T>(method, `${this.base}/v1${path}`, body);
  }
  async activities(): Promise<ActivitiesInfo> {
    const raw = await this.call<Json>('GET', '/activities');
    return { kinds: arr(raw, 'kinds'), custom: arr(raw, 'custom'), flags: arr(raw, 'flags') };
  }
  async templates(): Promise<TemplateInfo[]> {
    const raw = await this.call<unknown>('GET', '/templates');
    return arr<Json>(raw, 'templates').map((t) => ({
      id: String(t.id ?? (t.document as Json | undefined)?.id),
      name: String(t.name ?? (t.document as Json | undefined)?.name),
      ...(t.description ? { description: String(t.description) } : {}),
      document: (t.document ?? t.flow) as FlowDocumentInput,
      scenarios: arr(t.scenarios, 'scenarios'),
    }));
  }
  async listFlows(): Promise<FlowSummary[]> {
    return arr<Json>(await this.call('GET', '/flows'), 'flows').map(toSummary);
  }
  async getFlow(id: string): Promise<FlowRecord> {
    return toRecord(await this.call('GET', `/flows/${enc(id)}`));
  }
  async createFlow(doc: FlowDocumentInput): Promise<FlowRecord> {
    return toRecord(await this.call('POST', '/flows', { document: doc }));
  }
  async saveFlow(id: string, doc: FlowDocument): Promise<FlowRecord> {
    return toRecord(await this.call('PUT', `/flows/${enc(id)}`, { document: doc }));
  }
  async deleteFlow(id: string): Promise<void> {
    await this.call('DELETE', `/flows/${enc(id)}`);
  }
  async publish(id: string, note: string): Promise<VersionInfo> {
    return toVersion(await this.call('POST', `/flows/${enc(id)}/publish`, { note }));
  }
  async versions(id: string): Promise<VersionInfo[]> {
    return arr<Json>(await this.call('GET', `/flows/${enc(id)}/versions`), 'versions').map(toVersion);
  }
  async versionDocument(id: string, version: number): Promise<FlowDocument> {
    const raw = await this.call<Json>('GET', `/flows/${enc(id)}/versions/${version}`);
    return FlowDocument.parse(migrateDocument(raw.document ?? raw));
  }
  /** Makes an earlier version current again (the API publishes a copy of it) and loads it as the draft. */
  async rollback(id: string, version: number, note: string): Promise<FlowRecord> {
    await this.call('POST', `/flows/${enc(id)}/rollback`, { version, note });
    return this.saveFlow(id, await this.versionDocument(id, version));
  }
  async stats(id: string, version?: number): Promise<FlowStats> {
    const raw = await this.call<Json>('GET', `/flows/${enc(id)}/stats${version ? `?version=${version}` : ''}`);
    const nodes = (raw.nodes ?? {}) as FlowStats['nodes'] | Json[];
    const edges = (raw.edges ?? []) as Json[] | Record<string, number>;
    const edgeCounts: Record<string, number> = {};
    if (Array.isArray(edges)) {
      // The API counts moves by edge id when it knows it, and always by from/port/to.
      for (const e of edges) {
        const n = Number(e.count ?? 0);
        if (e.edgeId) edgeCounts[String(e.edgeId)] = (edgeCounts[String(e.edgeId)] ?? 0) + n;
        const key = edgeKey(String(e.from), String(e.port ?? ''), String(e.to));
        edgeCounts[key] = (edgeCounts[key] ?? 0) + n;
      }
    } else Object.assign(edgeCounts, edges);
    return {
      version: typeof raw.version === 'number' ? raw.version : (version ?? null),
      nodes: Array.isArray(nodes)
        ? Object.fromEntries(nodes.map((n) => [String(n.nodeId ?? n.id), n as never]))
        : nodes,
      edges: edgeCounts,
    };
  }
  async journeys(filter: JourneyFilter): Promise<JourneySummary[]> {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') q.set(k, String(v));
    return arr<Json>(await this.call('GET', `/journeys?${q}`), 'journeys').map(toJourney);
  }
  async journey(id: string): Promise<JourneyDetail> {
    return toJourneyDetail(await this.call('GET', `/journeys/${enc(id)}`));
  }
  async cancelJourney(id: string): Promise<void> {
    await this.call('POST', `/journeys/${enc(id)}/cancel`, {});
  }
  async terminateJourney(id: string, reason: string): Promise<void> {
    await this.call('POST', `/journeys/${enc(id)}/terminate`, { reason });
  }
  async skipWait(id: string): Promise<void> {
    await this.call('POST', `/journeys/${enc(id)}/skip-wait`, {});
  }
  async sandboxReply(input: { customerId: string; text: string; channel?: string }): Promise<void> {
    await this.call('POST', '/sandbox/reply', input);
  }
  async resolveHandoff(id: string, resolution: string): Promise<void> {
    await this.call('POST', `/handoffs/${enc(id)}/resolve`, { resolution });
  }
  async eventSchema(type: string): Promise<LearnedEventSchema> {
    const raw = await this.call<Json>('GET', `/event-types/${enc(type)}/schema`);
    return {
      type: String(raw.type ?? type),
      samples: Number(raw.samples ?? 0),
      fields: (raw.fields ?? {}) as LearnedEventSchema['fields'],
    };
  }
  async schedule(id: string): Promise<ScheduleInfo | null> {
    try {
      return await this.call<ScheduleInfo>('GET', `/flows/${enc(id)}/schedule`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) return null;
      throw err;
    }
  }
  async setSchedulePaused(id: string, paused: boolean, note?: string): Promise<ScheduleInfo> {
    return this.call('POST', `/flows/${enc(id)}/schedule/${paused ? 'pause' : 'resume'}`, note ? { note } : {});
  }
  async runSchedule(id: string): Promise<void> {
    await this.call('POST', `/flows/${enc(id)}/schedule/trigger`);
  }
}

const enc = encodeURIComponent;

/** How stats and highlights name an edge when its id is not known: `from`, `port`, `to`. */
export const edgeKey = (from: string, port: string, to: string): string => `${from}\u0000${port}\u0000${to}`;

// ---------------------------------------------------------------------------------------------------------------

const LOCAL_FLOWS = 'ruta.local.flows';

interface LocalFlow {
  record: FlowRecord;
  versions: (VersionInfo & { document: FlowDocument })[];
}

function unavailable(): never {
  throw new ApiError({ title: 'Not available without the Ruta server', status: 0 });
}

/** The designer without a server: drafts and versions in this browser, samples bundled in. */
export class LocalBackend implements Backend {
  readonly kind = 'local' as const;

  private load(): Record<string, LocalFlow> {
    try {
      return JSON.parse(localStorage.getItem(LOCAL_FLOWS) ?? '{}') as Record<string, LocalFlow>;
    } catch {
      return {};
    }
  }
  private store(all: Record<string, LocalFlow>): void {
    localStorage.setItem(LOCAL_FLOWS, JSON.stringify(all));
  }
  /** A stored flow, its documents brought to the current schema version (drafts may predate it). */
  private get(id: string): LocalFlow {
    const f = this.load()[id];
    if (!f) throw new ApiError({ title: 'Flow not found', status: 404, detail: id });
    const current = (doc: unknown) => FlowDocument.parse(migrateDocument(doc));
    return {
      record: { ...f.record, document: current(f.record.document) },
      versions: f.versions.map((v) => ({ ...v, document: current(v.document) })),
    };
  }
  private put(f: LocalFlow): void {
    const all = this.load();
    all[f.record.id] = f;
    this.store(all);
  }

  async activities(): Promise<ActivitiesInfo> {
    return {
      kinds: NODE_KINDS.map((k) => ({
        kind: k.kind,
        group: k.group,
        label: k.label,
        description: k.description,
        params: z.toJSONSchema(k.params as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json,
      })),
      custom: [],
      flags: [],
    };
  }
  async templates(): Promise<TemplateInfo[]> {
    return bundledTemplates();
  }
  async listFlows(): Promise<FlowSummary[]> {
    return Object.values(this.load())
      .map((f) => {
        const { document: _d, ...summary } = f.record;
        return summary;
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  async getFlow(id: string): Promise<FlowRecord> {
    return this.get(id).record;
  }
  async createFlow(input: FlowDocumentInput): Promise<FlowRecord> {
    const all = this.load();
    const doc = FlowDocument.parse(migrateDocument(input));
    let id = doc.id;
    for (let i = 2; all[id]; i++) id = `${doc.id}_${i}`;
    const record: FlowRecord = {
      id,
      name: doc.name,
      ...(doc.description ? { description: doc.description } : {}),
      updatedAt: new Date().toISOString(),
      publishedVersion: null,
      document: { ...doc, id },
    };
    this.put({ record, versions: [] });
    return record;
  }
  async saveFlow(id: string, doc: FlowDocument): Promise<FlowRecord> {
    const f = this.get(id);
    f.record = { ...f.record, name: doc.name, document: doc, updatedAt: new Date().toISOString() };
    this.put(f);
    return f.record;
  }
  async deleteFlow(id: string): Promise<void> {
    const all = this.load();
    delete all[id];
    this.store(all);
  }
  async publish(id: string, note: string): Promise<VersionInfo> {
    const f = this.get(id);
    const version = (f.versions.at(-1)?.version ?? 0) + 1;
    const v = { version, note, publishedAt: new Date().toISOString(), document: f.record.document };
    f.versions.push(v);
    f.record = { ...f.record, publishedVersion: version };
    this.put(f);
    return v;
  }
  async versions(id: string): Promise<VersionInfo[]> {
    return [...this.get(id).versions].reverse();
  }
  async versionDocument(id: string, version: number): Promise<FlowDocument> {
    const v = this.get(id).versions.find((x) => x.version === version);
    if (!v) throw new ApiError({ title: 'Version not found', status: 404 });
    return v.document;
  }
  async rollback(id: string, version: number, note: string): Promise<FlowRecord> {
    const doc = await this.versionDocument(id, version);
    await this.saveFlow(id, doc);
    await this.publish(id, note);
    return this.get(id).record;
  }
  async stats(): Promise<FlowStats> {
    return { version: null, nodes: {}, edges: {} };
  }
  async journeys(): Promise<JourneySummary[]> {
    return [];
  }
  async journey(): Promise<JourneyDetail> {
    return unavailable();
  }
  async cancelJourney(): Promise<void> {
    unavailable();
  }
  async terminateJourney(): Promise<void> {
    unavailable();
  }
  async skipWait(): Promise<void> {
    unavailable();
  }
  async sandboxReply(): Promise<void> {
    unavailable();
  }
  async resolveHandoff(): Promise<void> {
    unavailable();
  }
  async eventSchema(): Promise<LearnedEventSchema> {
    return unavailable();
  }
  async schedule(): Promise<ScheduleInfo | null> {
    return unavailable();
  }
  async setSchedulePaused(): Promise<ScheduleInfo> {
    return unavailable();
  }
  async runSchedule(): Promise<void> {
    unavailable();
  }
}
