/**
 * Every call the designer makes to Ruta's HTTP API, in one typed module, so adapting to the API's
 * shapes happens here only. Without a server (vite preview, a static file) the same interface is
 * served by {@link LocalBackend}: drafts and versions in localStorage, the samples bundled in.
 */
import { EventSchema, FlowDocument, type FlowDocumentInput, migrateDocument, NODE_KINDS, Scenario } from '@ruta/flow';
import { z } from 'zod';
import { bundledTemplates } from '../catalog/samples';
import { KbApi } from '../kb/api';
import { ApiError } from './errors';
import { api, call, type Schemas } from './http';
import type {
  ActivitiesInfo,
  FlowRecord,
  FlowStats,
  FlowSummary,
  JourneyDetail,
  JourneyStatus,
  JourneySummary,
  JourneyTimer,
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
  sandboxReply(input: Schemas['SandboxReply']): Promise<void>;
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
export async function probeApi(): Promise<'ok' | 'absent'> {
  try {
    const { data, response } = await api.GET('/healthz');
    const json = response.headers.get('content-type')?.includes('json') === true;
    return json && data?.status === 'ok' ? 'ok' : 'absent';
  } catch {
    // A static server's HTML page does not parse as JSON.
    return 'absent';
  }
}

// ---------------------------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

/** The list's view of a flow. */
function toSummary(raw: Schemas['FlowSummary']): FlowSummary {
  return {
    id: raw.id,
    name: raw.name,
    ...(raw.description ? { description: raw.description } : {}),
    updatedAt: raw.updatedAt,
    publishedVersion: raw.publishedVersion,
  };
}

/** A flow with its draft, brought to the designer's schema version (a stored draft may predate it). */
function toRecord(raw: Schemas['Flow']): FlowRecord {
  return { ...toSummary(raw), document: FlowDocument.parse(migrateDocument(raw.document)) };
}

/** A published version; `document` only where the API includes one (`GET …/versions/{version}`). */
function toVersion(raw: Schemas['VersionSummary'] & { document?: unknown }): VersionInfo {
  const parsed = raw.document ? FlowDocument.safeParse(migrateDocument(raw.document)) : undefined;
  return {
    version: raw.version,
    note: raw.note ?? '',
    publishedAt: raw.publishedAt,
    hash: raw.hash,
    ...(parsed?.success ? { document: parsed.data } : {}),
  };
}

function toJourney(raw: Schemas['JourneySummary'], current = raw.currentNodeId): JourneySummary {
  return {
    id: raw.id,
    workflowId: raw.workflowId,
    flowId: raw.flowId,
    version: raw.version,
    customerId: raw.customerId,
    customerName: raw.customerName,
    status: raw.status,
    startedAt: raw.startedAt,
    endedAt: raw.endedAt,
    currentNodeId: current,
    outcome: raw.outcome,
    endReason: raw.endReason,
    attention: raw.attention,
  };
}

type Wait = NonNullable<Schemas['JourneyDetail']['wait']>;

/** A timer or the current wait, as the watch panel shows it (why it waits, what is missing, a parked step's words). */
function toTimer(t: Wait): JourneyTimer {
  return {
    nodeId: t.nodeId,
    kind: t.kind,
    since: t.since,
    deadline: t.deadline,
    ...(t.reason !== undefined ? { reason: t.reason } : {}),
    ...(t.missing !== undefined ? { missing: t.missing } : {}),
    ...(t.message !== undefined ? { message: { es: t.message.es, en: t.message.en } } : {}),
  };
}

function toJourneyDetail(raw: Schemas['JourneyDetail']): JourneyDetail {
  const state = raw.state;
  return {
    // The live state knows the current node before the store does.
    ...toJourney(raw, state?.current ?? raw.currentNodeId),
    steps: raw.steps.map((s) => ({
      nodeId: s.nodeId,
      type: s.type,
      port: s.port,
      at: s.at,
      detail: s.detail && typeof s.detail === 'object' ? (s.detail as Json) : null,
    })),
    messages: raw.messages.map((m) => ({
      at: m.at,
      direction: m.direction,
      channel: m.channel,
      text: m.text ?? '',
      ...(m.subject ? { subject: m.subject } : {}),
      ...(m.nodeId ? { nodeId: m.nodeId } : {}),
      ...(m.status ? { status: m.status } : {}),
      ...(m.statusReason ? { statusReason: m.statusReason } : {}),
    })),
    timers: raw.timers.map(toTimer),
    wait: raw.wait ? toTimer(raw.wait) : null,
    ...(state?.vars ? { vars: state.vars } : {}),
  };
}

/**
 * The real API over HTTP as the signed-in person: the session cookie goes along (same origin) and changes carry the
 * session's CSRF token (see ./auth). A 401 sends the app back to the sign-in page.
 */
export class HttpBackend implements Backend {
  readonly kind = 'http' as const;
  readonly kb = new KbApi();

  async activities(): Promise<ActivitiesInfo> {
    const raw = await call(api.GET('/v1/activities'));
    return { kinds: raw.kinds, custom: raw.custom, flags: raw.flags, queues: raw.queues };
  }
  async templates(): Promise<TemplateInfo[]> {
    const { templates } = await call(api.GET('/v1/templates'));
    // Sample files the API serves as they are on disk: checked here, once.
    return templates.map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.description ? { description: t.description } : {}),
      document: FlowDocument.parse(migrateDocument(t.document)),
      scenarios: z.array(Scenario).parse(t.scenarios),
    }));
  }
  async listFlows(): Promise<FlowSummary[]> {
    return (await call(api.GET('/v1/flows'))).flows.map(toSummary);
  }
  async getFlow(id: string): Promise<FlowRecord> {
    return toRecord(await call(api.GET('/v1/flows/{id}', byId(id))));
  }
  async createFlow(doc: FlowDocumentInput): Promise<FlowRecord> {
    return toRecord(await call(api.POST('/v1/flows', { body: { document: doc } })));
  }
  async saveFlow(id: string, doc: FlowDocument): Promise<FlowRecord> {
    return toRecord(await call(api.PUT('/v1/flows/{id}', { ...byId(id), body: { document: doc } })));
  }
  async deleteFlow(id: string): Promise<void> {
    await call(api.DELETE('/v1/flows/{id}', byId(id)));
  }
  async publish(id: string, note: string): Promise<VersionInfo> {
    return toVersion(await call(api.POST('/v1/flows/{id}/publish', { ...byId(id), body: { note } })));
  }
  async versions(id: string): Promise<VersionInfo[]> {
    return (await call(api.GET('/v1/flows/{id}/versions', byId(id)))).versions.map(toVersion);
  }
  async versionDocument(id: string, version: number): Promise<FlowDocument> {
    const raw = await call(api.GET('/v1/flows/{id}/versions/{version}', { params: { path: { id, version } } }));
    return FlowDocument.parse(migrateDocument(raw.document));
  }
  /** Makes an earlier version current again (the API publishes a copy of it) and loads it as the draft. */
  async rollback(id: string, version: number, note: string): Promise<FlowRecord> {
    await call(api.POST('/v1/flows/{id}/rollback', { ...byId(id), body: { version, note } }));
    return this.saveFlow(id, await this.versionDocument(id, version));
  }
  async stats(id: string, version?: number): Promise<FlowStats> {
    const raw = await call(
      api.GET('/v1/flows/{id}/stats', { params: { path: { id }, query: version ? { version } : {} } }),
    );
    return toStats(raw);
  }
  async journeys(filter: JourneyFilter): Promise<JourneySummary[]> {
    const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== ''));
    return (await call(api.GET('/v1/journeys', { params: { query } }))).journeys.map((j) => toJourney(j));
  }
  async journey(id: string): Promise<JourneyDetail> {
    return toJourneyDetail(await call(api.GET('/v1/journeys/{id}', byId(id))));
  }
  async cancelJourney(id: string): Promise<void> {
    await call(api.POST('/v1/journeys/{id}/cancel', { ...byId(id), body: {} }));
  }
  async terminateJourney(id: string, reason: string): Promise<void> {
    await call(api.POST('/v1/journeys/{id}/terminate', { ...byId(id), body: { reason } }));
  }
  async skipWait(id: string): Promise<void> {
    await call(api.POST('/v1/journeys/{id}/skip-wait', { ...byId(id), body: {} }));
  }
  async sandboxReply(input: Schemas['SandboxReply']): Promise<void> {
    await call(api.POST('/v1/sandbox/reply', { body: input }));
  }
  async resolveHandoff(id: string, resolution: string): Promise<void> {
    await call(api.POST('/v1/handoffs/{id}/resolve', { ...byId(id), body: { resolution } }));
  }
  async eventSchema(type: string): Promise<LearnedEventSchema> {
    const raw = await call(api.GET('/v1/event-types/{type}/schema', { params: { path: { type } } }));
    // The API leaves out what a field's defaults say (a type of text, not required): filled in here.
    return { type: raw.type, samples: raw.samples, fields: EventSchema.shape.fields.parse(raw.fields ?? {}) };
  }
  async schedule(id: string): Promise<ScheduleInfo | null> {
    try {
      return await call(api.GET('/v1/flows/{id}/schedule', byId(id)));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) return null;
      throw err;
    }
  }
  async setSchedulePaused(id: string, paused: boolean, note?: string): Promise<ScheduleInfo> {
    const init = { ...byId(id), body: note ? { note } : {} };
    return call(
      paused ? api.POST('/v1/flows/{id}/schedule/pause', init) : api.POST('/v1/flows/{id}/schedule/resume', init),
    );
  }
  async runSchedule(id: string): Promise<void> {
    await call(api.POST('/v1/flows/{id}/schedule/trigger', byId(id)));
  }
}

const byId = (id: string) => ({ params: { path: { id } } });

/** The canvas overlay's counts: moves by edge id when the API knows it, and always by from/port/to. */
function toStats(raw: Schemas['FlowStats']): FlowStats {
  const edges: Record<string, number> = {};
  for (const e of raw.edges) {
    if (e.edgeId) edges[e.edgeId] = (edges[e.edgeId] ?? 0) + e.count;
    const key = edgeKey(e.from, e.port ?? '', e.to);
    edges[key] = (edges[key] ?? 0) + e.count;
  }
  return { version: raw.version, nodes: raw.nodes, edges };
}

/** How stats and highlights name an edge when its id is not known: `from`, `port`, `to`. */
export const edgeKey = (from: string, port: string, to: string): string => `${from}\u0000${port}\u0000${to}`;

// ---------------------------------------------------------------------------------------------------------------

const LOCAL_FLOWS = 'ruta.local.flows';

interface LocalFlow {
  record: FlowRecord;
  versions: (VersionInfo & { document: FlowDocument })[];
}

function unavailable(): never {
  throw new ApiError({ title: 'Not available without the Ruta server', code: 'offline', status: 0 });
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
    if (!f) throw new ApiError({ title: 'Flow not found', code: 'not-found', status: 404, detail: id });
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
    if (!v) throw new ApiError({ title: 'Version not found', code: 'not-found', status: 404 });
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
