import { canonicalJson } from '@ruta/flow';
import type { Doc, DocNode } from './types';

export type DiffStatus = 'added' | 'removed' | 'changed' | 'same';

/** How two versions of a flow differ, node by node and edge by edge (ids are stable across versions). */
export interface FlowDiff {
  nodes: Map<string, DiffStatus>;
  edges: Map<string, DiffStatus>;
  /** Nodes only in the older version, to draw as ghosts on the newer one. */
  removedNodes: DocNode[];
  counts: { added: number; removed: number; changed: number };
}

/** What a node is, for comparison: position does not count as a change, everything else does. */
const essence = (n: DocNode): string =>
  canonicalJson({ kind: n.kind, params: n.params, label: n.label ?? null, retry: n.retry ?? null });
const edgeKey = (e: { from: string; port: string; to: string }): string => `${e.from}\u0000${e.port}\u0000${e.to}`;

/** Compares an older version `a` with a newer `b`. */
export function diffDocs(a: Doc, b: Doc): FlowDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, DiffStatus>();
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const n of b.nodes) {
    const old = before.get(n.id);
    const status: DiffStatus = !old ? 'added' : essence(old) === essence(n) ? 'same' : 'changed';
    nodes.set(n.id, status);
    if (status !== 'same') counts[status]++;
  }
  const removedNodes = a.nodes.filter((n) => !after.has(n.id));
  for (const n of removedNodes) {
    nodes.set(n.id, 'removed');
    counts.removed++;
  }
  const oldEdges = new Set(a.edges.map(edgeKey));
  const newEdges = new Set(b.edges.map(edgeKey));
  const edges = new Map<string, DiffStatus>();
  for (const e of b.edges) edges.set(e.id, oldEdges.has(edgeKey(e)) ? 'same' : 'added');
  for (const e of a.edges) if (!newEdges.has(edgeKey(e))) edges.set(`removed:${e.id}`, 'removed');
  return { nodes, edges, removedNodes, counts };
}

/** The older version's edges that are gone in the newer one (drawn dashed red on the diff). */
export function removedEdges(a: Doc, b: Doc): Doc['edges'] {
  const newEdges = new Set(b.edges.map(edgeKey));
  return a.edges.filter((e) => !newEdges.has(edgeKey(e))).map((e) => ({ ...e, id: `removed:${e.id}` }));
}

/** Whether a draft differs from a published version in anything that changes what journeys do or read. */
export function hasChanges(published: Doc, draft: Doc): boolean {
  const d = diffDocs(published, draft);
  if (d.counts.added + d.counts.removed + d.counts.changed > 0) return true;
  if ([...d.edges.values()].some((s) => s !== 'same')) return true;
  const meta = (x: Doc) => canonicalJson({ name: x.name, settings: x.settings, events: x.events } as never);
  return meta(published) !== meta(draft);
}

/** One change between two versions, in words: what, where, and the text before and after. */
export interface ChangeLine {
  kind: 'added' | 'removed' | 'changed' | 'connected' | 'disconnected' | 'settings';
  /** The block's name (or the flow's, for settings). */
  where: string;
  /** The field that changed, in words (changed blocks and settings). */
  field?: string;
  before?: string;
  after?: string;
}

export interface DescribeOptions {
  /** Name of a block for the reader. */
  name(node: DocNode): string;
  /** A field's name in words. */
  field(kind: string, key: string): string;
  /** A value in words (durations spelled out, enums translated, templates as text). */
  value(kind: string, key: string, value: unknown): string;
  /** A port's name in words. */
  port(node: DocNode | undefined, port: string): string;
}

/** Every change from version `a` to version `b`, as lines with before and after text, in flow order. */
export function describeChanges(a: Doc, b: Doc, o: DescribeOptions): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const nodeOf = (id: string) => after.get(id) ?? before.get(id);
  for (const n of b.nodes) {
    const old = before.get(n.id);
    if (!old) {
      lines.push({ kind: 'added', where: o.name(n) });
      continue;
    }
    if ((old.label ?? '') !== (n.label ?? '')) {
      lines.push({
        kind: 'changed',
        where: o.name(n),
        field: o.field(n.kind, 'label'),
        before: old.label ?? '',
        after: n.label ?? '',
      });
    }
    const keys = [...new Set([...Object.keys(old.params), ...Object.keys(n.params)])];
    for (const k of keys) {
      const x = old.params[k];
      const y = n.params[k];
      if (canonicalJson((x ?? null) as never) === canonicalJson((y ?? null) as never)) continue;
      lines.push({
        kind: 'changed',
        where: o.name(n),
        field: o.field(n.kind, k),
        before: x === undefined ? '—' : o.value(n.kind, k, x),
        after: y === undefined ? '—' : o.value(n.kind, k, y),
      });
    }
  }
  for (const n of a.nodes) if (!after.has(n.id)) lines.push({ kind: 'removed', where: o.name(n) });
  const key = (e: { from: string; port: string; to: string }) => `${e.from}\u0000${e.port}\u0000${e.to}`;
  const oldEdges = new Set(a.edges.map(key));
  const newEdges = new Set(b.edges.map(key));
  const edgeText = (e: { from: string; port: string; to: string }) => {
    const from = nodeOf(e.from);
    const to = nodeOf(e.to);
    return `${from ? o.name(from) : e.from} (${o.port(from, e.port)}) → ${to ? o.name(to) : e.to}`;
  };
  for (const e of b.edges) if (!oldEdges.has(key(e))) lines.push({ kind: 'connected', where: edgeText(e) });
  for (const e of a.edges) if (!newEdges.has(key(e))) lines.push({ kind: 'disconnected', where: edgeText(e) });
  for (const k of ['reentry', 'transactional', 'missingData'] as const) {
    const x = a.settings[k];
    const y = b.settings[k];
    if (x === y) continue;
    lines.push({
      kind: 'settings',
      where: b.name,
      field: o.field('flow', k),
      before: o.value('flow', k, x),
      after: o.value('flow', k, y),
    });
  }
  if (a.name !== b.name)
    lines.push({ kind: 'settings', where: b.name, field: o.field('flow', 'name'), before: a.name, after: b.name });
  return lines;
}
