/**
 * Words for the enum-like values a message template may show. `{{ sentiment.label }}` holds `negative`, a machine
 * value; inside a Spanish template it should read «negativo». A placeholder that is exactly a path listed here renders
 * its value (or each item of a list) in the template's language; any other value, and any expression that computes
 * something, renders as it is.
 */
import { POLARITY_LABELS, REASON_LABELS } from '@ruta/sentiment/sensitivity';
import type { Json } from '../journey';

type Text = { es: string; en: string };
/** The languages a template is written in. */
export type TemplateLang = 'es' | 'en';

const CHANNEL_WORDS: Record<string, Text> = {
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp' },
  email: { es: 'correo', en: 'email' },
  sms: { es: 'SMS', en: 'SMS' },
};

/** The words of the sentiment result's enum-like fields, the same under `sentiment` and under a sentiment node's output. */
const SENTIMENT_WORDS: Record<string, Record<string, Text>> = {
  label: POLARITY_LABELS,
  reasons: REASON_LABELS,
  signals: REASON_LABELS,
};

/** Words by the path a placeholder reads (`sentiment.label`, `reply.channel`). */
export const VALUE_WORDS: Record<string, Record<string, Text>> = {
  ...Object.fromEntries(Object.entries(SENTIMENT_WORDS).map(([field, words]) => [`sentiment.${field}`, words])),
  'reply.channel': CHANNEL_WORDS,
};

/** How the knowledge-base bot's attempt ended (a `kb.answer` node's `outcome`), as a hand-off subject says it. */
const BOT_OUTCOME_WORDS: Record<string, Text> = {
  solved: { es: 'resuelto por el bot', en: 'solved by the bot' },
  no_match: { es: 'sin artículo que responda', en: 'no article answers it' },
  declined: { es: 'la respuesta no le sirvió', en: 'the answer did not help' },
  unclear: { es: 'respuesta poco clara', en: 'unclear answer' },
  timeout: { es: 'sin respuesta del cliente', en: 'no answer from the customer' },
  not_sent: { es: 'no se pudo enviar', en: 'could not be sent' },
  failed: { es: 'el bot falló', en: 'the bot failed' },
};

/** Words of node outputs by node kind and field: a sentiment node's `nodes.<id>.label` reads like `sentiment.label`. */
const NODE_WORDS: Record<string, Record<string, Record<string, Text>>> = {
  'ai.sentiment': SENTIMENT_WORDS,
  'kb.answer': { outcome: BOT_OUTCOME_WORDS },
};

const PATH = /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*$/;

/**
 * How a placeholder's value reads in `lang`: the words of its path when it has some (a list word by word), else the
 * very same value (so a caller can tell whether anything was worded). `kindOf` names the kind of a node of the plan,
 * for `nodes.<id>.<field>`.
 */
export function valueInWords(
  expr: string,
  value: Json,
  lang: TemplateLang,
  kindOf: (nodeId: string) => string | undefined = () => undefined,
): Json {
  const path = PATH.exec(expr)?.[1];
  if (!path) return value;
  const node = /^nodes\.(\w+)\.(\w+)$/.exec(path);
  const words = node ? NODE_WORDS[kindOf(node[1]!) ?? '']?.[node[2]!] : VALUE_WORDS[path];
  if (!words) return value;
  const say = (v: Json): Json => (typeof v === 'string' && Object.hasOwn(words, v) ? words[v]![lang] : v);
  if (!Array.isArray(value)) return say(value);
  const said = value.map(say);
  return said.some((v, i) => v !== value[i]) ? said : value;
}
