import {
  type CatalogEntryLike,
  type CustomActivitySpec,
  compilerSpecs,
  type Localized,
  NODE_KINDS,
  type NodeGroup,
  nodeKind,
} from '@ruta/flow';
import { z } from 'zod';
import type { CustomActivityInfo } from '../api/types';
import type { JsonSchema } from '../forms/schema';

export const GROUPS: NodeGroup[] = [
  'triggers',
  'messages',
  'waits',
  'logic',
  'intelligence',
  'crm',
  'people',
  'custom',
];

/** One entry of the palette: a node kind, or a custom activity (kind `custom` with its activity preset). */
export interface PaletteItem {
  key: string;
  kind: string;
  group: NodeGroup;
  label: Localized;
  description: Localized;
  params: Record<string, unknown>;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Starting params of a new node: valid where a sensible default exists, empty where the user must decide. */
const STARTERS: Record<string, Record<string, unknown>> = {
  'trigger.event': { eventType: '' },
  'trigger.schedule': {
    cron: '0 9 * * 1',
    timeZone: 'America/Santiago',
    overlap: 'skip',
    audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
  },
  'trigger.manual': {},
  'message.send': { channel: 'whatsapp', template: '' },
  'wait.duration': { duration: '1d' },
  'wait.window': { window: { days: WEEKDAYS, start: '09:00', end: '18:00' } },
  'wait.reply': { timeout: '24h' },
  'wait.event': { eventType: '', timeout: '3d' },
  'wait.first': { options: [{ port: 'replied', eventType: 'reply' }], timeout: '1d' },
  'logic.branch': { branches: [{ port: 'yes', condition: '' }] },
  'logic.split': {
    variants: [
      { port: 'a', percent: 50 },
      { port: 'b', percent: 50 },
    ],
  },
  'logic.loop': { times: 3 },
  'logic.set': { name: '', value: '' },
  goal: { name: '' },
  end: { outcome: 'completed' },
  'ai.sentiment': {},
  'kb.answer': { threshold: 0.6, maxArticles: 1, timeout: '30m' },
  'crm.lookup': { by: 'id' },
  'crm.ticket': { action: 'create', subject: '', priority: 'normal', queue: 'support', status: 'open' },
  'crm.note': { text: '' },
  handoff: { queue: 'support', priority: 'normal', sla: '4h', hours: { days: WEEKDAYS, start: '09:00', end: '18:00' } },
  'survey.csat': { channel: 'whatsapp', question: '', scale: 5, timeout: '24h' },
  custom: { activity: '', input: {} },
};

/** Default values of a JSON Schema object's properties (for a custom activity's input). */
export function schemaDefaults(schema: JsonSchema | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(schema?.properties ?? {})) if (p.default !== undefined) out[k] = p.default;
  return out;
}

/** Starting values that are words people read (a queue's name), in the language the flow is drawn in. */
const WORDS: Record<'es' | 'en', { queue: string }> = { es: { queue: 'soporte' }, en: { queue: 'support' } };

function starter(kind: string, lang: 'es' | 'en'): Record<string, unknown> {
  const params = structuredClone(STARTERS[kind] ?? {});
  if ('queue' in params) params.queue = WORDS[lang].queue;
  return params;
}

/**
 * The palette: every built-in kind (the generic custom kind only when no custom activity is registered) plus
 * each custom activity, with starting params in the user's language.
 */
export function paletteItems(custom: readonly CustomActivityInfo[], lang: 'es' | 'en' = 'es'): PaletteItem[] {
  const items: PaletteItem[] = NODE_KINDS.filter((k) => k.kind !== 'custom' || custom.length === 0).map((k) => ({
    key: k.kind,
    kind: k.kind,
    group: k.group,
    label: k.label,
    description: k.description,
    params: starter(k.kind, lang),
  }));
  for (const a of custom) {
    const spec = nodeKind('custom')!;
    items.push({
      key: `custom:${a.name}`,
      kind: 'custom',
      group: 'custom',
      label: a.label ?? { es: a.name, en: a.name },
      description: a.description ?? spec.description,
      params: { activity: a.name, input: schemaDefaults(a.input as JsonSchema) },
    });
  }
  return items;
}

const schemaCache = new Map<string, JsonSchema>();

/** The params JSON Schema of a node kind, derived from the same zod schema the compiler uses. */
export function paramsSchema(kind: string): JsonSchema | undefined {
  const cached = schemaCache.get(kind);
  if (cached) return cached;
  const spec = nodeKind(kind);
  if (!spec) return undefined;
  const schema = z.toJSONSchema(spec.params, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  schemaCache.set(kind, schema);
  return schema;
}

/**
 * Custom activities as the browser compiler needs them: the same `compilerSpecs` the API compiles with, from the same
 * catalog entries, so a flow's diagnostics and plan hash in the designer are the API's.
 */
export function customSpecs(custom: readonly CustomActivityInfo[]): Record<string, CustomActivitySpec> {
  return compilerSpecs(
    custom.map((a) => {
      const { activity, version, ...rest } = a;
      return { ...rest, name: activity ?? a.name, ...(version ? { version } : {}) } as CatalogEntryLike;
    }),
  );
}

/** A short glyph per group for the canvas and palette (plain text, no icon font). */
export const GROUP_ICON: Record<NodeGroup, string> = {
  triggers: '⚡',
  messages: '✉',
  waits: '⏱',
  logic: '⑂',
  intelligence: '✦',
  crm: '☰',
  people: '☺',
  custom: '⚙',
};

/** Icons per kind where the group's is too vague. */
export const KIND_ICON: Record<string, string> = {
  'trigger.schedule': '🗓',
  'trigger.manual': '▶',
  'wait.reply': '💬',
  'wait.event': '⏳',
  'wait.first': '⇶',
  'wait.window': '🕘',
  'logic.split': '⚖',
  'logic.loop': '↻',
  'logic.set': '𝑥',
  goal: '◎',
  end: '■',
  'crm.ticket': '🎫',
  'crm.note': '✎',
  handoff: '🙋',
  'survey.csat': '★',
};
