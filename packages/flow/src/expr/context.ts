/**
 * What an expression can read: the fixed roots (event, customer, reply, sentiment, journey), plus
 * `vars` and `nodes`, whose fields depend on the flow being compiled.
 */
import type { ValueType } from '../catalog/types';
import type { CustomerProfile, JourneyEvent, Json } from '../journey';
import { typeName, typeNode } from './values';

/** Which variables and node outputs exist in a flow, with their types; the compiler builds it per flow. */
export interface ExprScope {
  vars: Record<string, ValueType>;
  nodes: Record<string, ValueType>;
}

/** The values an expression is evaluated against, as the journey holds them (plain JSON). */
export interface ExprContext {
  event: Pick<JourneyEvent, 'id' | 'type' | 'time' | 'data'>;
  customer: CustomerProfile;
  vars: Record<string, Json>;
  reply: { text: string; channel: string; at: string } | null;
  sentiment: Json | null;
  nodes: Record<string, Json>;
  journey: { id: string; flowId: string; flowVersion: number; startedAt: string };
}

/** Root names, in the order the designer lists them. */
export const ROOTS = ['customer', 'event', 'vars', 'nodes', 'reply', 'sentiment', 'journey'] as const;
export type Root = (typeof ROOTS)[number];

/** The types of the fixed roots, for the type checker and the designer's autocomplete. */
export const CONTEXT_TYPES = {
  event: { id: 'string', type: 'string', time: 'string', data: 'map<string, dyn>' },
  customer: {
    id: 'string',
    name: 'string',
    email: 'string',
    phone: 'string',
    locale: 'string',
    timeZone: 'string',
    tier: 'string',
    tags: 'list<string>',
    attributes: 'map<string, dyn>',
  },
  reply: { text: 'string', channel: 'string', at: 'string' },
  sentiment: {
    score: 'double',
    label: 'string',
    escalate: 'bool',
    reasons: 'list<string>',
    signals: 'list<string>',
    sensitivity: 'string',
    explanation: { es: 'string', en: 'string' },
    confidence: 'double',
    lang: 'string',
    emotions: { anger: 'double', frustration: 'double', urgency: 'double', joy: 'double' },
  },
  journey: { id: 'string', flowId: 'string', flowVersion: 'int', startedAt: 'string' },
} as const satisfies Record<Exclude<Root, 'vars' | 'nodes'>, ValueType>;

/** Every root with its type for a given scope. */
export function rootTypes(scope: ExprScope): Record<Root, ValueType> {
  return { ...CONTEXT_TYPES, vars: scope.vars, nodes: scope.nodes };
}

type Text = { es: string; en: string };
const t = (es: string, en: string): Text => ({ es, en });

const DESCRIPTIONS: Record<string, Text> = {
  customer: t('El cliente del recorrido', 'The customer of the journey'),
  'customer.id': t('Identificador del cliente', 'Customer id'),
  'customer.name': t('Nombre del cliente', "Customer's name"),
  'customer.email': t('Correo del cliente', "Customer's email"),
  'customer.phone': t('Teléfono del cliente', "Customer's phone"),
  'customer.locale': t('Idioma del cliente (es o en)', "Customer's language (es or en)"),
  'customer.timeZone': t('Zona horaria del cliente', "Customer's time zone"),
  'customer.tier': t('Segmento o nivel del cliente', "Customer's tier or segment"),
  'customer.tags': t('Etiquetas del cliente', "Customer's tags"),
  'customer.attributes': t('Otros datos del cliente (del CRM)', 'Other customer data (from the CRM)'),
  event: t('El evento que inició el recorrido', 'The event that started the journey'),
  'event.id': t('Identificador del evento', 'Event id'),
  'event.type': t('Tipo de evento, por ejemplo payment.failed', 'Event type, e.g. payment.failed'),
  'event.time': t('Cuándo ocurrió el evento', 'When the event happened'),
  'event.data': t('Datos del evento, por ejemplo event.data.amount', 'Event data, e.g. event.data.amount'),
  vars: t('Variables guardadas en el recorrido', 'Variables stored in the journey'),
  nodes: t('Resultados de los bloques anteriores', 'Results of earlier blocks'),
  reply: t('La última respuesta del cliente', "The customer's last reply"),
  'reply.text': t('Texto de la última respuesta', 'Text of the last reply'),
  'reply.channel': t('Canal por el que respondió', 'Channel the reply came on'),
  'reply.at': t('Cuándo respondió', 'When the customer replied'),
  sentiment: t('El tono de la última respuesta', 'The tone of the last reply'),
  'sentiment.score': t(
    'Puntaje de -1 (muy negativo) a 1 (muy positivo)',
    'Score from -1 (very negative) to 1 (very positive)',
  ),
  'sentiment.label': t('negative, neutral o positive', 'negative, neutral or positive'),
  'sentiment.escalate': t('Si conviene pasar a una persona', 'Whether to hand over to a person'),
  'sentiment.reasons': t(
    'Por qué conviene pasar a una persona, con la sensibilidad elegida (p. ej. money_lost, no_show)',
    'Why to hand over to a person at the chosen sensitivity (e.g. money_lost, no_show)',
  ),
  'sentiment.signals': t(
    'Todas las señales encontradas, cuenten o no con la sensibilidad elegida',
    'Every signal found, whether or not it counts at the chosen sensitivity',
  ),
  'sentiment.sensitivity': t(
    'La sensibilidad usada: anger, strong o any',
    'The sensitivity used: anger, strong or any',
  ),
  'sentiment.explanation': t(
    'Por qué se escala o no, en español y en inglés',
    'Why it escalates or not, in Spanish and English',
  ),
  'sentiment.explanation.es': t('La explicación en español', 'The explanation in Spanish'),
  'sentiment.explanation.en': t('La explicación en inglés', 'The explanation in English'),
  'sentiment.confidence': t('Qué tan seguro es el resultado (0 a 1)', 'How sure the result is (0 to 1)'),
  'sentiment.lang': t('Idioma detectado', 'Detected language'),
  'sentiment.emotions': t('Emociones, de 0 a 1', 'Emotions, from 0 to 1'),
  'sentiment.emotions.anger': t('Enojo, de 0 a 1', 'Anger, from 0 to 1'),
  'sentiment.emotions.frustration': t('Frustración, de 0 a 1', 'Frustration, from 0 to 1'),
  'sentiment.emotions.urgency': t('Urgencia, de 0 a 1', 'Urgency, from 0 to 1'),
  'sentiment.emotions.joy': t('Alegría, de 0 a 1', 'Joy, from 0 to 1'),
  journey: t('Este recorrido', 'This journey'),
  'journey.id': t('Identificador del recorrido', 'Journey id'),
  'journey.flowId': t('Identificador del flujo', 'Flow id'),
  'journey.flowVersion': t('Versión del flujo', 'Flow version'),
  'journey.startedAt': t('Cuándo empezó el recorrido', 'When the journey started'),
};

function describe(path: string[]): Text {
  const known = DESCRIPTIONS[path.join('.')];
  if (known) return known;
  const [root, first, ...rest] = path;
  if (root === 'vars' && first) return t(`Variable ${first} del recorrido`, `Journey variable ${first}`);
  if (root === 'nodes' && first) {
    return rest.length === 0
      ? t(`Resultado del bloque ${first}`, `Result of block ${first}`)
      : t(`Dato ${rest.join('.')} del bloque ${first}`, `${rest.join('.')} from block ${first}`);
  }
  const field = path.at(-1) ?? '';
  return t(`Dato ${field}`, `${field} field`);
}

/** One entry of the autocomplete list. */
export interface ContextVariable {
  path: string;
  type: string;
  description: Text;
}

/** Every readable path with its type and a description, for the designer's autocomplete. */
export function contextVariables(scope: ExprScope): ContextVariable[] {
  const out: ContextVariable[] = [];
  const types = rootTypes(scope);
  const visit = (path: string[], type: ValueType) => {
    const node = typeNode(type);
    out.push({ path: path.join('.'), type: typeName(node), description: describe(path) });
    if (typeof type === 'object') for (const [k, v] of Object.entries(type)) visit([...path, k], v);
  };
  for (const root of ROOTS) visit([root], types[root]);
  return out;
}

/** The declared type at a path of roots and fields, or undefined when there is none. */
export function typeAtPath(scope: ExprScope, path: readonly string[]): ValueType | undefined {
  const types = rootTypes(scope);
  const root = path[0];
  if (root === undefined || !Object.hasOwn(types, root)) return undefined;
  let type: ValueType | undefined = types[root as Root];
  for (const key of path.slice(1)) {
    if (typeof type !== 'object' || !Object.hasOwn(type, key)) return undefined;
    type = type[key];
  }
  return type;
}
