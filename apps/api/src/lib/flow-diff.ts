import { canonicalJson, type FlowDocument } from '@ruta/flow';

type Doc = Pick<FlowDocument, 'nodes' | 'edges'> & Partial<Pick<FlowDocument, 'name' | 'settings' | 'description'>>;

/** One field of a node that differs between two versions. */
export interface FieldChange {
  field: 'kind' | 'label' | 'params' | 'retry';
  from: unknown;
  to: unknown;
}

/** What changed from one flow document to another, by stable node and edge ids. */
export interface FlowDiff {
  nodes: {
    added: { id: string; kind: string; label?: string }[];
    removed: { id: string; kind: string; label?: string }[];
    changed: { id: string; kind: string; changes: FieldChange[] }[];
    /** Only the position on the canvas changed. */
    moved: string[];
  };
  edges: {
    added: { id: string; from: string; port: string; to: string }[];
    removed: { id: string; from: string; port: string; to: string }[];
    /** Same edge id, different endpoints or port. */
    changed: {
      id: string;
      from: { from: string; port: string; to: string };
      to: { from: string; port: string; to: string };
    }[];
  };
  /** Document-level fields that differ (name, description, settings). */
  document: { field: 'name' | 'description' | 'settings'; from: unknown; to: unknown }[];
  /** True when nothing but positions changed. */
  same: boolean;
}

const eq = (a: unknown, b: unknown) => canonicalJson((a ?? null) as never) === canonicalJson((b ?? null) as never);
const brief = (n: Doc['nodes'][number]) => ({ id: n.id, kind: n.kind, ...(n.label ? { label: n.label } : {}) });
const ends = (e: Doc['edges'][number]) => ({ from: e.from, port: e.port, to: e.to });

/**
 * Compares two flow documents by node and edge ids (a pure function, used by the versions diff).
 *
 * @example
 * diffFlows(v1.document, v2.document).nodes.added // [{ id: 'n_sms', kind: 'message.send' }]
 */
export function diffFlows(a: Doc, b: Doc): FlowDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const diff: FlowDiff = {
    nodes: { added: [], removed: [], changed: [], moved: [] },
    edges: { added: [], removed: [], changed: [] },
    document: [],
    same: true,
  };
  for (const n of b.nodes) if (!before.has(n.id)) diff.nodes.added.push(brief(n));
  for (const n of a.nodes) if (!after.has(n.id)) diff.nodes.removed.push(brief(n));
  for (const n of b.nodes) {
    const old = before.get(n.id);
    if (!old) continue;
    const changes: FieldChange[] = [];
    for (const field of ['kind', 'label', 'params', 'retry'] as const) {
      if (!eq(old[field], n[field])) changes.push({ field, from: old[field] ?? null, to: n[field] ?? null });
    }
    if (changes.length > 0) diff.nodes.changed.push({ id: n.id, kind: n.kind, changes });
    else if (!eq(old.position, n.position)) diff.nodes.moved.push(n.id);
  }
  const edgesBefore = new Map(a.edges.map((e) => [e.id, e]));
  const edgesAfter = new Map(b.edges.map((e) => [e.id, e]));
  for (const e of b.edges) {
    const old = edgesBefore.get(e.id);
    if (!old) diff.edges.added.push({ id: e.id, ...ends(e) });
    else if (!eq(ends(old), ends(e))) diff.edges.changed.push({ id: e.id, from: ends(old), to: ends(e) });
  }
  for (const e of a.edges) if (!edgesAfter.has(e.id)) diff.edges.removed.push({ id: e.id, ...ends(e) });
  for (const field of ['name', 'description', 'settings'] as const) {
    if (!eq(a[field], b[field])) diff.document.push({ field, from: a[field] ?? null, to: b[field] ?? null });
  }
  diff.same =
    diff.nodes.added.length + diff.nodes.removed.length + diff.nodes.changed.length === 0 &&
    diff.edges.added.length + diff.edges.removed.length + diff.edges.changed.length === 0 &&
    diff.document.length === 0;
  return diff;
}
