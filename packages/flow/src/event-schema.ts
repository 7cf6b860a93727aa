/**
 * What a business event carries: a schema per event type, declared in the flow document (and learned from
 * sample events). Templates and conditions read `event.data.<field>`; the compiler checks those reads against
 * the declared fields, the designer offers them in autocomplete, the condition builder and the simulator.
 */
import { z } from 'zod';
import type { ContextVariable } from './expr';
import type { Json } from './journey';

/** The kinds of value an event field holds, in words a CX manager knows. */
export const EventFieldType = z.enum(['text', 'number', 'boolean', 'date', 'list', 'object']);
export type EventFieldType = z.infer<typeof EventFieldType>;

/** A field name as it appears in `event.data.<name>`. */
export const EventFieldName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'Use letters, digits and _ (e.g. eta, order_id)');

const KnownValue = z.union([z.string().max(200), z.number(), z.boolean()]);

/** One field of an event's `data`. */
export const EventField = z
  .object({
    type: EventFieldType.default('text'),
    /** Every event of this type carries it (no fallback needed in messages). */
    required: z.boolean().default(false),
    /** The values it takes, when it takes a few (offered by the condition builder). */
    values: z.array(KnownValue).max(50).optional(),
    description: z.string().max(300).optional(),
    /** A value seen in a sample, for the simulator's form. */
    example: z.unknown().optional(),
  })
  .strict();
export type EventField = z.infer<typeof EventField>;

/** The fields of one event type, by name. */
export const EventSchema = z
  .object({
    fields: z.record(EventFieldName, EventField).default({}),
    /** How many sample events the fields were learned from (absent when written by hand). */
    samples: z.number().int().min(0).optional(),
  })
  .strict();
export type EventSchema = z.infer<typeof EventSchema>;

/** Event schemas of a flow, by event type. */
export const EventSchemas = z.record(z.string().min(1).max(100), EventSchema);
export type EventSchemas = z.infer<typeof EventSchemas>;

/** At most this many distinct values make a field "enumerable" (its values are offered as choices). */
const MAX_VALUES = 12;
/** A value that looks like a code (`dhl`, `gold`, `alta`), not free text, a date or a link. */
const TOKEN = /^[\p{L}\p{N}_.-]{1,24}$/u;

function typeOf(value: Json): EventFieldType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'object';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return 'date';
  return 'text';
}

/**
 * Learns an event type's fields from sample `data` objects: the type each field has (text when samples
 * disagree), whether every sample has it, an example, and its values when few distinct short values repeat.
 *
 * @example
 * inferEventSchema([{ eta: 'mañana 14:00', carrier: 'dhl' }, { eta: 'hoy', carrier: 'dhl' }])
 * // { fields: { eta: { type: 'text', required: true, … }, carrier: { …, values: ['dhl'] } }, samples: 2 }
 */
export function inferEventSchema(samples: readonly Record<string, Json>[]): EventSchema {
  const seen = new Map<
    string,
    { types: Set<EventFieldType>; count: number; values: Set<string | number | boolean>; example: Json }
  >();
  for (const data of samples) {
    for (const [name, value] of Object.entries(data ?? {})) {
      if (!EventFieldName.safeParse(name).success || value === null || value === undefined) continue;
      const entry = seen.get(name) ?? { types: new Set(), count: 0, values: new Set(), example: value };
      entry.types.add(typeOf(value));
      entry.count += 1;
      if ((typeof value === 'string' && TOKEN.test(value)) || typeof value === 'boolean') entry.values.add(value);
      else if (typeof value === 'number' && Number.isInteger(value)) entry.values.add(value);
      seen.set(name, entry);
    }
  }
  const fields: Record<string, EventField> = {};
  for (const [name, e] of [...seen.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const type: EventFieldType = e.types.size === 1 ? [...e.types][0]! : 'text';
    // Values are offered only when they repeat: a field with a new value in every sample is free text.
    const enumerable =
      e.values.size > 0 && e.values.size <= MAX_VALUES && e.count >= 2 * e.values.size && type !== 'date';
    fields[name] = {
      type,
      required: e.count === samples.length && samples.length > 0,
      ...(enumerable && type !== 'number'
        ? { values: [...e.values].sort((a, b) => String(a).localeCompare(String(b))) }
        : {}),
      example: e.example,
    };
  }
  return { fields, samples: samples.length };
}

/** The CEL type the checker and the autocomplete show for an event field. */
export function eventFieldCelType(type: EventFieldType): string {
  switch (type) {
    case 'text':
    case 'date':
      return 'string';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'list':
      return 'list<dyn>';
    case 'object':
      return 'map<string, dyn>';
  }
}

/** Autocomplete entries for `event.data.<field>` of one event type. */
export function eventDataVariables(schema: EventSchema | undefined): ContextVariable[] {
  if (!schema) return [];
  return Object.entries(schema.fields).map(([name, field]) => ({
    path: `event.data.${name}`,
    type: eventFieldCelType(field.type),
    description: field.description
      ? { es: field.description, en: field.description }
      : {
          es: `Dato ${name} del evento${field.required ? '' : ' (puede faltar)'}`,
          en: `Event field ${name}${field.required ? '' : ' (may be missing)'}`,
        },
  }));
}

const EVENT_DATA =
  /(?<![\w.$"'])event\s*\.\s*data\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(?:"([^"]*)"|'([^']*)')\s*\])/g;

/** The `event.data` fields an expression reads (`event.data.eta`, `event.data["eta"]`), in order of appearance. */
export function eventDataReads(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(EVENT_DATA)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name) out.add(name);
  }
  return [...out];
}
