/**
 * Words for diagnostics: how a node, a field and a zod issue are said to a CX manager, in Spanish and English.
 * Issue descriptions are whole sentences about one field, to follow «Paso»: revisa el campo «x».
 */
import type { z } from 'zod';
import type { Localized } from '../i18n';

export type Path = (string | number)[];

/** Spanish quotes for Spanish text, English quotes for English text. */
export const q = {
  es: (s: string | number) => `«${s}»`,
  en: (s: string | number) => `"${s}"`,
};

/** Lists items the way people write them: `a, b y c` / `a, b and c`. */
export function listOf(items: string[], lang: 'es' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'es' ? 'y' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Friendly names of the params and document fields, by key. */
const FIELD_NAMES: Record<string, Localized> = {
  eventType: { es: 'tipo de evento', en: 'event type' },
  filter: { es: 'filtro', en: 'filter' },
  cron: { es: 'horario (cron)', en: 'schedule (cron)' },
  timeZone: { es: 'zona horaria', en: 'time zone' },
  segment: { es: 'segmento', en: 'segment' },
  every: { es: 'cada', en: 'every' },
  overlap: { es: 'si la anterior sigue en curso', en: 'if the previous run is still going' },
  audience: { es: 'audiencia', en: 'audience' },
  match: { es: 'cumplir', en: 'match' },
  conditions: { es: 'condiciones', en: 'conditions' },
  field: { es: 'dato', en: 'field' },
  op: { es: 'comparación', en: 'comparison' },
  channel: { es: 'canal', en: 'channel' },
  template: { es: 'mensaje', en: 'message' },
  subject: { es: 'asunto', en: 'subject' },
  fallbackChannel: { es: 'canal alternativo', en: 'fallback channel' },
  duration: { es: 'duración', en: 'duration' },
  window: { es: 'horario', en: 'window' },
  days: { es: 'días', en: 'days' },
  start: { es: 'hora de inicio', en: 'start time' },
  end: { es: 'hora de término', en: 'end time' },
  holidays: { es: 'feriados', en: 'holidays' },
  timeout: { es: 'plazo', en: 'timeout' },
  options: { es: 'opciones', en: 'options' },
  port: { es: 'nombre de la salida', en: 'output name' },
  branches: { es: 'condiciones', en: 'conditions' },
  condition: { es: 'condición', en: 'condition' },
  label: { es: 'etiqueta', en: 'label' },
  variants: { es: 'variantes', en: 'variants' },
  percent: { es: 'porcentaje', en: 'percentage' },
  times: { es: 'veces', en: 'times' },
  name: { es: 'nombre', en: 'name' },
  value: { es: 'valor', en: 'value' },
  outcome: { es: 'resultado', en: 'outcome' },
  text: { es: 'texto', en: 'text' },
  by: { es: 'buscar por', en: 'look up by' },
  action: { es: 'acción', en: 'action' },
  priority: { es: 'prioridad', en: 'priority' },
  queue: { es: 'cola', en: 'queue' },
  status: { es: 'estado', en: 'status' },
  sla: { es: 'SLA', en: 'SLA' },
  hours: { es: 'horario hábil', en: 'business hours' },
  summary: { es: 'resumen para el agente', en: 'summary for the agent' },
  question: { es: 'pregunta', en: 'question' },
  scale: { es: 'escala', en: 'scale' },
  activity: { es: 'actividad', en: 'activity' },
  input: { es: 'datos de entrada', en: 'input' },
  es: { es: 'texto en español', en: 'Spanish text' },
  en: { es: 'texto en inglés', en: 'English text' },
  retry: { es: 'reintentos', en: 'retries' },
  maximumAttempts: { es: 'intentos máximos', en: 'maximum attempts' },
  initialInterval: { es: 'espera inicial', en: 'initial interval' },
  maximumInterval: { es: 'espera máxima', en: 'maximum interval' },
  backoffCoefficient: { es: 'factor de espera', en: 'backoff coefficient' },
  nodes: { es: 'pasos', en: 'steps' },
  edges: { es: 'conexiones', en: 'connections' },
  notes: { es: 'notas', en: 'notes' },
  settings: { es: 'configuración', en: 'settings' },
  reentry: { es: 'reingreso', en: 're-entry' },
  transactional: { es: 'transaccional', en: 'transactional' },
  kind: { es: 'tipo', en: 'type' },
  id: { es: 'identificador', en: 'id' },
  from: { es: 'origen', en: 'from' },
  to: { es: 'destino', en: 'to' },
  position: { es: 'posición', en: 'position' },
};

/** A field path in words: `params.branches.1.condition` → «condiciones › n.º 2 › condición». */
export function fieldName(path: Path, lang: 'es' | 'en'): string {
  const parts = path[0] === 'params' && path.length > 1 ? path.slice(1) : path;
  const words = parts.map((p) =>
    typeof p === 'number' ? (lang === 'es' ? `n.º ${p + 1}` : `#${p + 1}`) : (FIELD_NAMES[p]?.[lang] ?? p),
  );
  return words.join(' › ');
}

/** `revisa el campo «plazo»` / `check the "timeout" field`. */
export function checkTheField(path: Path, lang: 'es' | 'en'): string {
  const name = fieldName(path, lang);
  if (!name) return lang === 'es' ? 'revisa el paso' : 'check the step';
  return lang === 'es' ? `revisa el campo ${q.es(name)}` : `check the ${q.en(name)} field`;
}

/** Ends a sentence with a period unless it already ends with punctuation. */
export const sentence = (text: string): string => (/[.!?)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** `el campo «plazo»` / `the "timeout" field`. */
export function theField(path: Path, lang: 'es' | 'en'): string {
  const name = fieldName(path, lang);
  if (!name) return lang === 'es' ? 'el paso' : 'the step';
  return lang === 'es' ? `el campo ${q.es(name)}` : `the ${q.en(name)} field`;
}

/**
 * The catalog's own validation messages (written in English in the schemas), with their Spanish.
 * A message not listed here is shown as is in English and with a general sentence in Spanish.
 */
const SCHEMA_MESSAGES_ES: Record<string, string> = {
  'Write an expression': 'Escribe una expresión',
  'Write the message': 'Escribe el mensaje',
  'Write the message in Spanish or English': 'Escribe el mensaje en español o en inglés',
  'Use lowercase letters, digits and _ (e.g. angry, variant_a)':
    'Usa minúsculas, dígitos y _ (por ejemplo angry, variant_a)',
  'Use an event type such as payment.failed': 'Usa un tipo de evento como payment.failed',
  'Use a time zone such as America/Santiago': 'Usa una zona horaria como America/Santiago',
  'Pick at least one day': 'Elige al menos un día',
  'Use a time such as 09:00': 'Usa una hora como 09:00',
  'The window must end after it starts': 'El horario debe terminar después de empezar',
  'Add at least one condition': 'Agrega al menos una condición',
  'Add at least two variants': 'Agrega al menos dos variantes',
  'Repeat at least once': 'Repite al menos una vez',
  'Repeat at most 100 times': 'Repite como máximo 100 veces',
  'Use a name such as attempts or lastScore': 'Usa un nombre como intentos o ultimaNota (letras, dígitos y _)',
  'Use a cron expression with 5 fields, e.g. 0 9 * * 1 (Mondays at 09:00)':
    'Usa una expresión cron de 5 campos, por ejemplo 0 9 * * 1 (los lunes a las 09:00)',
  'Use a duration such as 30m, 24h, 2d or PT24H (at least 1s)':
    'Usa una duración como 30m, 24h, 2d o PT24H (al menos 1s)',
  'Add at least one event to wait for': 'Agrega al menos un evento que esperar',
  'Pick an activity': 'Elige una actividad',
  'Node ids look like n_ followed by letters, digits or _':
    'Los identificadores de paso son n_ seguido de letras, dígitos o _',
  'Edge ids look like e_ followed by letters, digits or _':
    'Los identificadores de conexión son e_ seguido de letras, dígitos o _',
  'Flow ids look like f_ followed by letters, digits, _ or -':
    'Los identificadores de flujo son f_ seguido de letras, dígitos, _ o -',
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { es: 'un texto', en: 'text' },
  number: { es: 'un número', en: 'a number' },
  int: { es: 'un número entero', en: 'a whole number' },
  bigint: { es: 'un número entero', en: 'a whole number' },
  boolean: { es: 'sí o no (true / false)', en: 'yes or no (true / false)' },
  array: { es: 'una lista', en: 'a list' },
  object: { es: 'un grupo de campos', en: 'a group of fields' },
  record: { es: 'un grupo de campos', en: 'a group of fields' },
  date: { es: 'una fecha', en: 'a date' },
  null: { es: 'vacío (null)', en: 'empty (null)' },
};

const typeName = (t: string, lang: 'es' | 'en') => TYPE_NAMES[t]?.[lang] ?? t;

function received(value: unknown, lang: 'es' | 'en'): string {
  if (value === null) return typeName('null', lang);
  if (Array.isArray(value)) return typeName('array', lang);
  if (typeof value === 'number' && !Number.isInteger(value)) return lang === 'es' ? 'un decimal' : 'a decimal';
  return typeName(typeof value, lang);
}

const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** A zod issue as the schema wrote it, translated when it is one of the catalog's messages. */
function schemaMessage(message: string): Localized | undefined {
  const es = SCHEMA_MESSAGES_ES[message];
  return es ? { es, en: message } : undefined;
}

/** What zod writes when nobody gave a message: recognised so it is replaced with a friendlier sentence. */
const isDefaultMessage = (m: string) =>
  /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)\b/.test(m) || m === '';

/** The value at a path inside a plain value, or undefined. */
export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

const MISSING: Localized = {
  es: 'Falta, y es obligatorio: complétalo',
  en: 'It is missing, and it is required: fill it in',
};

/**
 * One zod issue as a sentence about the field (without the node's name): "is required",
 * "must be one of whatsapp, sms…", "must be at least 1", or the schema's own message.
 * `value` is the value at the issue's path in the input.
 */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): Localized {
  const custom = schemaMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return MISSING;
      const exp = issue.expected as string;
      return {
        es: `Debe ser ${typeName(exp, 'es')}, pero tiene ${received(value, 'es')} (${shown(value)})`,
        en: `It must be ${typeName(exp, 'en')}, but it is ${received(value, 'en')} (${shown(value)})`,
      };
    }
    case 'too_small':
    case 'too_big': {
      if (custom) return custom;
      if (!isDefaultMessage(issue.message)) return { es: `No es válido: ${issue.message}`, en: issue.message };
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') {
        if (small && limit <= 1) return { es: 'No puede quedar vacío', en: 'It cannot be empty' };
        return small
          ? { es: `Debe tener al menos ${limit} caracteres`, en: `It needs at least ${limit} characters` }
          : { es: `Debe tener como máximo ${limit} caracteres`, en: `It can have at most ${limit} characters` };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        if (small && limit <= 1) return { es: 'Debe tener al menos un elemento', en: 'It needs at least one item' };
        return small
          ? { es: `Debe tener al menos ${limit} elementos`, en: `It needs at least ${limit} items` }
          : { es: `Debe tener como máximo ${limit} elementos`, en: `It can have at most ${limit} items` };
      }
      if (small) {
        return inclusive
          ? {
              es: `Debe ser ${limit} o más (ahora es ${shown(value)})`,
              en: `It must be ${limit} or more (now ${shown(value)})`,
            }
          : {
              es: `Debe ser mayor que ${limit} (ahora es ${shown(value)})`,
              en: `It must be more than ${limit} (now ${shown(value)})`,
            };
      }
      return inclusive
        ? {
            es: `Debe ser ${limit} o menos (ahora es ${shown(value)})`,
            en: `It must be ${limit} or less (now ${shown(value)})`,
          }
        : {
            es: `Debe ser menor que ${limit} (ahora es ${shown(value)})`,
            en: `It must be less than ${limit} (now ${shown(value)})`,
          };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => shown(v));
      if (value === undefined) {
        return {
          es: `Falta, y es obligatorio: elige entre ${listOf(values.map(q.es), 'es')}`,
          en: `It is missing, and it is required: pick one of ${listOf(values.map(q.en), 'en')}`,
        };
      }
      return {
        es: `${q.es(shown(value))} no es una opción válida; elige entre ${listOf(values.map(q.es), 'es')}`,
        en: `${q.en(shown(value))} is not a valid option; pick one of ${listOf(values.map(q.en), 'en')}`,
      };
    }
    case 'invalid_format': {
      if (custom) return custom;
      if (!isDefaultMessage(issue.message)) {
        return { es: `No tiene el formato esperado (${issue.message})`, en: issue.message };
      }
      const fmt = issue.format === 'regex' && issue.pattern ? issue.pattern : issue.format;
      return {
        es: `${q.es(shown(value))} no tiene el formato esperado (${fmt})`,
        en: `${q.en(shown(value))} does not have the expected format (${fmt})`,
      };
    }
    case 'unrecognized_keys':
      return {
        es: `Tiene campos que no corresponden: ${listOf(issue.keys.map(q.es), 'es')}; bórralos`,
        en: `It has fields that do not belong: ${listOf(issue.keys.map(q.en), 'en')}; remove them`,
      };
    case 'invalid_union': {
      if (value === undefined) return MISSING;
      const firsts = issue.errors.map((branch) => branch[0]).filter((i): i is z.core.$ZodIssue => i !== undefined);
      if (firsts.length > 0 && firsts.every((i) => i.code === 'invalid_value' && i.path.length === 0)) {
        const values = firsts.flatMap((i) => (i.code === 'invalid_value' ? i.values.map((v) => shown(v)) : []));
        return {
          es: `${q.es(shown(value))} no es una opción válida; elige entre ${listOf(values.map(q.es), 'es')}`,
          en: `${q.en(shown(value))} is not a valid option; pick one of ${listOf(values.map(q.en), 'en')}`,
        };
      }
      if (firsts.length > 0 && firsts.every((i) => i.code === 'invalid_type' && i.path.length === 0)) {
        const types = firsts.map((i) => (i.code === 'invalid_type' ? (i.expected as string) : ''));
        const or = (lang: 'es' | 'en') => types.map((t) => typeName(t, lang)).join(lang === 'es' ? ' o ' : ' or ');
        return {
          es: `Debe ser ${or('es')}, pero tiene ${received(value, 'es')}`,
          en: `It must be ${or('en')}, but it is ${received(value, 'en')}`,
        };
      }
      return { es: 'No es válido', en: 'It is not valid' };
    }
    case 'not_multiple_of':
      return {
        es: `Debe ser múltiplo de ${String(issue.divisor)}`,
        en: `It must be a multiple of ${String(issue.divisor)}`,
      };
    default: {
      if (custom) return custom;
      if (!isDefaultMessage(issue.message)) return { es: `No es válido: ${issue.message}`, en: issue.message };
      return { es: 'No es válido', en: 'It is not valid' };
    }
  }
}

/** Levenshtein distance, for "did you mean …?" on kinds and ports (short strings only). */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min(tmp + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] as number;
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Friendly names of CEL types, for variable type conflicts. */
export function celTypeName(type: unknown, lang: 'es' | 'en'): string {
  if (typeof type !== 'string') return lang === 'es' ? 'un grupo de campos' : 'a group of fields';
  if (type === 'string') return lang === 'es' ? 'texto' : 'text';
  if (type === 'int' || type === 'uint') return lang === 'es' ? 'número entero' : 'whole number';
  if (type === 'double') return lang === 'es' ? 'número decimal' : 'decimal number';
  if (type === 'bool') return lang === 'es' ? 'sí/no' : 'yes/no';
  if (type === 'timestamp') return lang === 'es' ? 'fecha y hora' : 'date and time';
  if (type === 'duration') return lang === 'es' ? 'duración' : 'duration';
  if (type.startsWith('list')) return lang === 'es' ? `lista (${type})` : `list (${type})`;
  if (type.startsWith('map')) return lang === 'es' ? `grupo de campos (${type})` : `group of fields (${type})`;
  return type;
}
