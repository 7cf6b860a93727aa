import type { Doc } from './types';

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 24) || 'node';

/** A fresh, readable node id for a kind (`n_wait_reply_2`), unique in the document. */
export function newNodeId(kind: string, taken: ReadonlySet<string>): string {
  const base = `n_${slug(kind)}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** A fresh edge id, unique in the document. */
export function newEdgeId(from: string, port: string, taken: ReadonlySet<string>): string {
  const base = `e_${from.replace(/^n_/, '')}_${slug(port)}`.slice(0, 60);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`)) return `${base}_${i}`;
}

/** A fresh note id. */
export function newNoteId(taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) if (!taken.has(`c_note_${i}`)) return `c_note_${i}`;
}

/** Every id used in a document (nodes, edges, notes). */
export function idsOf(doc: Doc): Set<string> {
  return new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id), ...doc.notes.map((n) => n.id)]);
}
