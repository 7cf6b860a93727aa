import { describeDuration } from '@ruta/flow';
import { nodeName, portName } from '../canvas/names';
import { paramsSchema } from '../catalog/palette';
import { widgetFor } from '../forms/schema';
import type { DescribeOptions } from '../graph/diff';
import type { Doc } from '../graph/types';
import { translate } from '../i18n';
import { enumLabel, fieldLabel } from '../i18n/fields';
import type { Lang } from '../i18n/types';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** How a diff names blocks, fields, values and ports for the reader, in their language. */
export function changeWords(lang: Lang, docs: Doc[]): DescribeOptions {
  const edges = docs.flatMap((d) => d.edges);
  return {
    name: (n) => nodeName(n, lang),
    field: (_kind, key) => (key === 'label' ? translate(lang, 'inspector.label') : fieldLabel(key, lang)),
    port: (n, p) => portName(n, p, edges, lang),
    value(kind, key, value) {
      const schema = kind === 'flow' ? undefined : paramsSchema(kind)?.properties?.[key];
      const widget = schema ? widgetFor(schema) : undefined;
      if (widget === 'duration' && typeof value === 'string') return describeDuration(value, lang);
      if (typeof value === 'boolean') return translate(lang, value ? 'form.yes' : 'form.no');
      if (typeof value === 'string') return clip(widget === 'enum' || kind === 'flow' ? enumLabel(value, lang) : value);
      if (typeof value === 'number') return value.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US');
      if (value && typeof value === 'object' && !Array.isArray(value) && ('es' in value || 'en' in value)) {
        const v = value as { es?: string; en?: string };
        return clip([v.es ? `ES: ${v.es}` : '', v.en ? `EN: ${v.en}` : ''].filter(Boolean).join(' · '));
      }
      return clip(JSON.stringify(value));
    },
  };
}
