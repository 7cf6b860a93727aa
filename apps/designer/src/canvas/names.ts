import { nodeKind } from '@ruta/flow';
import { portsOf } from '../graph/ports';
import type { Doc, DocEdge, DocNode, DocNote } from '../graph/types';
import { pickText } from '../i18n';
import type { Lang } from '../i18n/types';

/** How a block is called: its label, else its kind's name (never its internal id). */
export function nodeName(node: DocNode | undefined, lang: Lang): string {
  if (!node) return '';
  if (node.label) return node.label;
  const spec = nodeKind(node.kind);
  return spec ? pickText(spec.label, lang) : node.kind;
}

/** The name of a block's port in the user's language (`sent` → «enviado»). */
export function portName(node: DocNode | undefined, port: string, edges: readonly DocEdge[], lang: Lang): string {
  if (!node) return port;
  const spec = portsOf(node, edges).find((p) => p.name === port);
  return spec ? pickText(spec.label, lang) : port;
}

/** What a screen reader says for a block or a note. */
export function describeNode(item: DocNode | DocNote, type: 'step' | 'note', lang: Lang): string {
  if (type === 'note') {
    const text = (item as DocNote).text.trim();
    return `${lang === 'es' ? 'Nota' : 'Note'}${text ? `: ${text.slice(0, 80)}` : ''}`;
  }
  const node = item as DocNode;
  const spec = nodeKind(node.kind);
  const kind = spec ? pickText(spec.label, lang) : node.kind;
  const name = nodeName(node, lang);
  return name === kind
    ? `${lang === 'es' ? 'Bloque' : 'Block'} ${name}`
    : `${lang === 'es' ? 'Bloque' : 'Block'} ${name} (${kind})`;
}

/** What a screen reader says for an edge: where it comes from, by which port, and where it goes. */
export function describeEdge(doc: Doc, edge: DocEdge, lang: Lang): string {
  const from = doc.nodes.find((n) => n.id === edge.from);
  const to = doc.nodes.find((n) => n.id === edge.to);
  const word = lang === 'es' ? 'Conexión' : 'Connection';
  return `${word}: ${nodeName(from, lang)} (${portName(from, edge.port, doc.edges, lang)}) → ${nodeName(to, lang)}`;
}
