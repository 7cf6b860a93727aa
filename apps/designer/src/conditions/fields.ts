/**
 * The fields a condition can test, for the builder: every value the journey context offers that has a simple
 * kind (text, number, yes/no, list), with words in Spanish and English and, where they are known, the values it
 * takes (sentiment labels, channels, languages, an event field's learned values, a split's variants).
 */
import { contextVariables, type EventSchema, type ExprScope, eventFieldCelType } from '@ruta/flow';
import type { FieldKind, Literal } from './cel';

type L = { es: string; en: string };

export interface ConditionField {
  path: string;
  kind: FieldKind;
  label: L;
  values?: { value: Literal; label: L }[];
}

const v = (value: Literal, es: string, en: string) => ({ value, label: { es, en } });

const CHANNELS = [
  v('whatsapp', 'WhatsApp', 'WhatsApp'),
  v('sms', 'SMS', 'SMS'),
  v('email', 'Correo', 'Email'),
  v('voice', 'Llamada', 'Call'),
];
const LANGS = [v('es', 'Español', 'Spanish'), v('en', 'Inglés', 'English')];

/** Values the product itself defines, by path. */
export const KNOWN_VALUES: Record<string, { value: Literal; label: L }[]> = {
  'sentiment.label': [
    v('negative', 'Negativo', 'Negative'),
    v('neutral', 'Neutral', 'Neutral'),
    v('positive', 'Positivo', 'Positive'),
  ],
  'sentiment.lang': LANGS,
  'customer.locale': LANGS,
  'reply.channel': CHANNELS,
};

/** Friendlier words than the autocomplete's descriptions for the fields people test most. */
const LABELS: Record<string, L> = {
  'sentiment.label': { es: 'Tono de la respuesta', en: 'Tone of the reply' },
  'sentiment.score': { es: 'Puntaje del tono (−1 a 1)', en: 'Tone score (−1 to 1)' },
  'sentiment.escalate': { es: 'Conviene pasar a una persona', en: 'Should go to a person' },
  'reply.text': { es: 'Texto de la respuesta', en: 'Text of the reply' },
};

function kindOf(type: string): FieldKind | undefined {
  if (type === 'string') return 'text';
  if (type === 'double' || type === 'int' || type === 'uint') return 'number';
  if (type === 'bool') return 'boolean';
  if (type.startsWith('list<')) return 'list';
  return undefined;
}

/**
 * The fields of a flow for the builder. `eventSchema` is the trigger event's declared fields; `nodeNames` gives
 * each node's name for `nodes.<id>.…` fields; `nodeValues` the values a node output takes (a split's variants).
 */
export function conditionFields(
  scope: ExprScope,
  eventSchema: EventSchema | undefined,
  nodeNames: Record<string, L> = {},
  nodeValues: Record<string, { value: Literal; label: L }[]> = {},
): ConditionField[] {
  const out: ConditionField[] = [];
  for (const x of contextVariables(scope)) {
    const kind = kindOf(x.type);
    if (!kind || x.path.startsWith('journey.')) continue;
    const [root, id, ...rest] = x.path.split('.');
    let label: L = LABELS[x.path] ?? x.description;
    if (root === 'nodes' && id) {
      const name = nodeNames[id] ?? { es: id, en: id };
      label = { es: `${name.es} · ${rest.join('.')}`, en: `${name.en} · ${rest.join('.')}` };
    }
    const values = KNOWN_VALUES[x.path] ?? nodeValues[x.path];
    out.push({ path: x.path, kind, label, ...(values ? { values } : {}) });
  }
  for (const [name, field] of Object.entries(eventSchema?.fields ?? {})) {
    const kind = kindOf(eventFieldCelType(field.type));
    if (!kind) continue;
    out.push({
      path: `event.data.${name}`,
      kind,
      label: field.description
        ? { es: field.description, en: field.description }
        : { es: `Evento: ${name}`, en: `Event: ${name}` },
      ...(field.values?.length
        ? { values: field.values.map((x) => ({ value: x, label: { es: String(x), en: String(x) } })) }
        : {}),
    });
  }
  return out;
}
