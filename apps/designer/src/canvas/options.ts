import type { Doc } from '../graph/types';
import type { Lang } from '../i18n/types';
import { nodeName } from './names';

/** Every block as a choice in a list: its name, numbered when two share one («Fin», «Fin (2)»). */
export function canvasOptions(doc: Doc, lang: Lang): { id: string; name: string; trigger: boolean }[] {
  const seen = new Map<string, number>();
  return doc.nodes.map((n) => {
    const base = nodeName(n, lang);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return { id: n.id, name: k === 1 ? base : `${base} (${k})`, trigger: n.kind.startsWith('trigger.') };
  });
}
