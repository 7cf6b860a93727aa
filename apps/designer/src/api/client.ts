/**
 * Every call the designer makes to Ruta's HTTP API, in one typed module, so adapting to the API's
 * shapes happens here only. Without a server (vite preview, a static file) the same interface is
 * served by {@link LocalBackend}: drafts and versions in localStorage, the samples bundled in.
 */
import { FlowDocument, type FlowDocumentInput, NODE_KINDS } from '@ruta/flow';
import { z } from 'zod';
import { bundledTemplates } from '../catalog/samples';
import { KbApi } from '../kb/api';
import type {
  ActivitiesInfo,
  FlowRecord,
  FlowStats,
  FlowSummary,
  JourneyDetail,
  JourneyStatus,
  JourneySummary,
  Problem,
  TemplateInfo,
  VersionInfo,
} from './types';

/** An error answer of the API (problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface JourneyFilter {
  flowId?: string;
  version?: number;
  status?: JourneyStatus;
  customerId?: string;
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
  rollback(id: string, version: number): Promise<FlowRecord>;
  stats(id: string, version?: number): Promise<FlowStats>;
  journeys(filter: JourneyFilter): Promise<JourneySummary[]>;
  journey(id: string): Promise<JourneyDetail>;
  cancelJourney(id: string): Promise<void>;
  skipWait(id: string): Promise<void>;
  sandboxReply(input: { customerId: string; text: string; channel?: string }): Promise<void>;
  resolveHandoff(id: string, resolution: string): Promise<void>;
}

const KEY_STORAGE = 'ruta.apiKey';

/** The stored API key, after taking a `?key=` from the address once (and removing it from the address). */
export function takeApiKey(): string | null {
  try {
    const url = new URL(location.href);
    const fromUrl = url.searchParams.get('key');
    if (fromUrl) {
      localStorage.setItem(KEY_STORAGE, fromUrl);
      url.searchParams.delete('key');
      history.replaceState(null, '', url.toString());
      return fromUrl;
    }
    return localStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function storeApiKey(key: string | null): void {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
}

/** Whether a Ruta API answers at this origin (a static server answers HTML or 404 instead). */
export async function probeApi(base = ''): Promise<'ok' | 'unauthorized' | 'absent'> {
  try {
    const res = await fetch(`${base}/v1/activities`, { headers: { accept: 'application/json' } });
    const type = res.headers.get('content-type') ?? '';
    if (!type.includes('json')) return 'absent';
    if (res.status === 401 || res.status === 403) return 'unauthorized';
    return res.ok ? 'ok' : 'absent';
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
  return { ...toSummary(raw), document: FlowDocument.parse(doc) };
}

function toVersion(raw: Json): VersionInfo {
  const doc = raw.document as unknown;
  const parsed = doc ? FlowDocument.safeParse(doc) : undefined;
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
    status: (raw.status ?? 'running') as JourneyStatus,
    startedAt: String(raw.startedAt ?? raw.createdAt ?? ''),
    endedAt: (raw.endedAt as string | null | undefined) ?? null,
    currentNodeId: (raw.currentNodeId ?? raw.current ?? (raw.state as Json | undefined)?.current ?? null) as
      | string
      | null,
    outcome: (raw.outcome ?? null) as string | null,
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
  }));
  const messages = arr<Json>(raw.messages, 'messages').map((m) => ({
    at: iso(m.at ?? m.createdAt),
    direction: (m.direction === 'in' || m.direction === 'inbound' ? 'in' : 'out') as 'in' | 'out',
    channel: String(m.channel ?? ''),
    text: String(m.text ?? m.body ?? ''),
    ...(m.subject ? { subject: String(m.subject) } : {}),
    ...(m.nodeId ? { nodeId: String(m.nodeId) } : {}),
    ...(m.status ? { status: String(m.status) } : {}),
  }));
  const timer = (t: Json) => ({
    nodeId: String(t.nodeId ?? ''),
    ...(t.kind ? { kind: String(t.kind) } : {}),
    ...(t.since !== undefined ? { since: iso(t.since) } : {}),
    deadline: t.deadline === null || t.deadline === undefined ? null : iso(t.deadline),
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

/** The real API over HTTP with a bearer key. */
export class HttpBackend implements Backend {
  readonly kind = 'http' as const;
  readonly kb = new KbApi((method, path, body) => this.call(method, path, body));
  constructor(
    private readonly key: string | null,
    private readonly base = '',
    private readonly onUnauthorized?: () => void,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.base}/v1${path}`, {
        method,
        headers: {
          accept: 'application/json, application/problem+json',
          ...(this.key ? { authorization: `Bearer ${this.key}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (err) {
      throw new ApiError({ title: 'Network error', status: 0, detail: (err as Error).message });
    }
    if (res.status === 401) this.onUnauthorized?.();
    const text = await res.text();
    const data = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const p = (data ?? {}) as Partial<Problem>;
      throw new ApiError({ ...p, title: p.title ?? res.statusText, status: res.status });
    }
    return data as T;
  }

  async activities(): Promise<ActivitiesInfo> {
    const raw = await this.call<Json>('GET', '/activities');
    return { kinds: arr(raw, 'kinds'), custom: arr(raw, 'custom') };
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
    return FlowDocument.parse(raw.document ?? raw);
  }
  /** Makes an earlier version current again (the API publishes a copy of it) and loads it as the draft. */
  async rollback(id: string, version: number): Promise<FlowRecord> {
    await this.call('POST', `/flows/${enc(id)}/rollback`, { version });
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
  async skipWait(id: string): Promise<void> {
    await this.call('POST', `/journeys/${enc(id)}/skip-wait`, {});
  }
  async sandboxReply(input: { customerId: string; text: string; channel?: string }): Promise<void> {
    await this.call('POST', '/sandbox/reply', input);
  }
  async resolveHandoff(id: string, resolution: string): Promise<void> {
    await this.call('POST', `/handoffs/${enc(id)}/resolve`, { resolution });
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
  private get(id: string): LocalFlow {
    const f = this.load()[id];
    if (!f) throw new ApiError({ title: 'Flow not found', status: 404, detail: id });
    return f;
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
    const doc = FlowDocument.parse(input);
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
  async rollback(id: string, version: number): Promise<FlowRecord> {
    const doc = await this.versionDocument(id, version);
    await this.saveFlow(id, doc);
    await this.publish(id, `rollback to v${version}`);
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
  async skipWait(): Promise<void> {
    unavailable();
  }
  async sandboxReply(): Promise<void> {
    unavailable();
  }
  async resolveHandoff(): Promise<void> {
    unavailable();
  }
}
