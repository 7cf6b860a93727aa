/**
 * Audience segments: who a scheduled flow reaches, as a structured filter over customer fields, tags and
 * attributes (`tags contains "vip"`, `attributes.plan eq "pro"`, `attributes.balance gt 1000`).
 *
 * One shape, three readers: the compiler checks it (`segmentProblems`, Spanish and English), the database turns it
 * into a parameterized query (`@ruta/db`), and `matchesSegment` is the reference meaning both are held to in tests.
 */
import { z } from 'zod';
import { isTimeZone } from '../catalog/fields';
import type { Localized } from '../i18n';
import type { CustomerProfile, Json } from '../journey';

/** How a condition compares the customer's value with the condition's value. */
export const SEGMENT_OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'exists',
  'not_exists',
] as const;
export const SegmentOperator = z.enum(SEGMENT_OPERATORS);
export type SegmentOperator = z.infer<typeof SegmentOperator>;

const Scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);
/** A scalar or a list of scalars (for `in` / `not_in`). */
export const SegmentValue = z.union([Scalar, z.array(Scalar).max(100)]);
export type SegmentValue = z.infer<typeof SegmentValue>;

/** One condition: a customer field, an operator and (except for exists / not_exists) a value. */
export const SegmentCondition = z
  .object({
    field: z.string().min(1).max(120),
    op: SegmentOperator,
    value: SegmentValue.optional(),
  })
  .strict();
export type SegmentCondition = z.infer<typeof SegmentCondition>;

/** The customers a schedule reaches: all conditions (`all`) or any of them (`any`); none means every customer. */
export const Audience = z
  .object({
    match: z.enum(['all', 'any']).default('all'),
    conditions: z.array(SegmentCondition).max(20).default([]),
  })
  .strict()
  .meta({ format: 'segment' });
export type Audience = z.infer<typeof Audience>;

/** Channels whose consent a segment can read. */
export const CONSENT_CHANNELS = ['whatsapp', 'sms', 'email', 'voice'] as const;
type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** What a condition's `field` names, resolved: the only way a field reaches SQL (never as text). */
export type SegmentField =
  | { kind: 'tags' }
  | { kind: 'text'; column: 'tier' | 'locale' | 'timeZone' }
  | { kind: 'contact'; column: 'name' | 'email' | 'phone' }
  | { kind: 'consent'; channel: ConsentChannel }
  | { kind: 'attribute'; path: string[] };

/** Operators each kind of field accepts. */
export const SEGMENT_OPERATORS_BY_KIND: Record<SegmentField['kind'], readonly SegmentOperator[]> = {
  tags: ['contains', 'not_contains'],
  text: ['eq', 'neq', 'in', 'not_in', 'exists', 'not_exists'],
  contact: ['exists', 'not_exists'],
  consent: ['eq', 'neq', 'exists', 'not_exists'],
  attribute: SEGMENT_OPERATORS,
};

const ATTRIBUTE_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const TEXT_COLUMNS = new Set(['tier', 'locale', 'timeZone']);
const CONTACT_COLUMNS = new Set(['name', 'email', 'phone']);

/** The fields a condition may name (attributes take any key after `attributes.`), for lists and suggestions. */
export const SEGMENT_FIELDS = [
  'tags',
  'tier',
  'locale',
  'timeZone',
  'name',
  'email',
  'phone',
  ...CONSENT_CHANNELS.map((c) => `consent.${c}`),
  'attributes.',
] as const;

/** Resolves a condition's field, or undefined when it names nothing a customer has. */
export function segmentField(field: string): SegmentField | undefined {
  if (field === 'tags') return { kind: 'tags' };
  if (TEXT_COLUMNS.has(field)) return { kind: 'text', column: field as 'tier' | 'locale' | 'timeZone' };
  if (CONTACT_COLUMNS.has(field)) return { kind: 'contact', column: field as 'name' | 'email' | 'phone' };
  if (field.startsWith('consent.')) {
    const channel = field.slice('consent.'.length);
    return (CONSENT_CHANNELS as readonly string[]).includes(channel)
      ? { kind: 'consent', channel: channel as ConsentChannel }
      : undefined;
  }
  if (field.startsWith('attributes.')) {
    const path = field.slice('attributes.'.length).split('.');
    return path.length <= 3 && path.every((p) => ATTRIBUTE_KEY.test(p)) ? { kind: 'attribute', path } : undefined;
  }
  return undefined;
}

/** A problem in a segment, with its path inside the audience (e.g. `['conditions', 0, 'value']`). */
export interface SegmentProblem {
  path: (string | number)[];
  message: Localized;
}

const OPERATOR_WORDS: Record<SegmentOperator, Localized> = {
  eq: { es: 'es igual a', en: 'equals' },
  neq: { es: 'es distinto de', en: 'is not' },
  gt: { es: 'es mayor que', en: 'is greater than' },
  gte: { es: 'es mayor o igual a', en: 'is at least' },
  lt: { es: 'es menor que', en: 'is less than' },
  lte: { es: 'es menor o igual a', en: 'is at most' },
  in: { es: 'es uno de', en: 'is one of' },
  not_in: { es: 'no es ninguno de', en: 'is none of' },
  contains: { es: 'contiene', en: 'contains' },
  not_contains: { es: 'no contiene', en: 'does not contain' },
  exists: { es: 'tiene valor', en: 'has a value' },
  not_exists: { es: 'no tiene valor', en: 'has no value' },
};

/** How an operator reads in a sentence, in Spanish or English. */
export const operatorWords = (op: SegmentOperator, lang: 'es' | 'en'): string => OPERATOR_WORDS[op][lang];

const q = { es: (s: string) => `«${s}»`, en: (s: string) => `"${s}"` };
const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** What the value of a condition must be, or null when it fits. */
function valueProblem(field: SegmentField, c: SegmentCondition): Localized | null {
  const { op, value } = c;
  if (op === 'exists' || op === 'not_exists') return null;
  if (value === undefined) return { es: 'Falta el valor con que comparar', en: 'The value to compare with is missing' };
  if (op === 'in' || op === 'not_in') {
    if (!Array.isArray(value) || value.length === 0)
      return {
        es: 'Escribe una lista de valores (por ejemplo gold, platinum)',
        en: 'Write a list of values (for example gold, platinum)',
      };
    if (field.kind === 'text' && value.some((v) => typeof v !== 'string'))
      return { es: 'Los valores de la lista deben ser textos', en: 'The values of the list must be text' };
    if (field.kind === 'text' && field.column === 'timeZone') {
      const bad = value.find((v) => !isTimeZone(String(v)));
      if (bad !== undefined) return timeZoneProblem(String(bad));
    }
    return null;
  }
  if (Array.isArray(value))
    return {
      es: `Con ${q.es(OPERATOR_WORDS[op].es)} se compara con un solo valor, no con una lista`,
      en: `${q.en(OPERATOR_WORDS[op].en)} compares with one value, not a list`,
    };
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
    return typeof value === 'number'
      ? null
      : {
          es: `Para comparar con ${q.es(OPERATOR_WORDS[op].es)} el valor debe ser un número, no ${q.es(shown(value))}`,
          en: `To compare with ${q.en(OPERATOR_WORDS[op].en)} the value must be a number, not ${q.en(shown(value))}`,
        };
  }
  switch (field.kind) {
    case 'tags':
      return typeof value === 'string' && value.trim() !== ''
        ? null
        : { es: 'Escribe la etiqueta, por ejemplo vip', en: 'Write the tag, for example vip' };
    case 'text':
      if (typeof value !== 'string') return { es: 'El valor debe ser un texto', en: 'The value must be text' };
      return field.column === 'timeZone' && !isTimeZone(value) ? timeZoneProblem(value) : null;
    case 'consent':
      return typeof value === 'boolean'
        ? null
        : {
            es: 'El consentimiento es sí o no: usa true o false',
            en: 'Consent is yes or no: use true or false',
          };
    case 'contact':
      return null;
    case 'attribute':
      return isScalar(value) ? null : { es: 'El valor no es válido', en: 'The value is not valid' };
  }
}

function timeZoneProblem(tz: string): Localized {
  return {
    es: `${q.es(tz)} no es una zona horaria; usa una como America/Santiago`,
    en: `${q.en(tz)} is not a time zone; use one such as America/Santiago`,
  };
}

/** Every problem of a segment (unknown fields, operators that do not fit the field, values of the wrong kind). */
export function segmentProblems(audience: Audience): SegmentProblem[] {
  const problems: SegmentProblem[] = [];
  audience.conditions.forEach((c, i) => {
    const field = segmentField(c.field);
    if (!field) {
      problems.push({
        path: ['conditions', i, 'field'],
        message: {
          es: `${q.es(c.field)} no es un dato del cliente. Usa tags, tier, locale, timeZone, name, email, phone, consent.whatsapp (o sms, email, voice) o attributes.<dato> (por ejemplo attributes.plan)`,
          en: `${q.en(c.field)} is not a customer field. Use tags, tier, locale, timeZone, name, email, phone, consent.whatsapp (or sms, email, voice) or attributes.<key> (for example attributes.plan)`,
        },
      });
      return;
    }
    const allowed = SEGMENT_OPERATORS_BY_KIND[field.kind];
    if (!allowed.includes(c.op)) {
      problems.push({
        path: ['conditions', i, 'op'],
        message: {
          es: `${q.es(c.field)} no se puede comparar con ${q.es(OPERATOR_WORDS[c.op].es)}; usa ${allowed.map((o) => q.es(OPERATOR_WORDS[o].es)).join(', ')}`,
          en: `${q.en(c.field)} cannot be compared with ${q.en(OPERATOR_WORDS[c.op].en)}; use ${allowed.map((o) => q.en(OPERATOR_WORDS[o].en)).join(', ')}`,
        },
      });
      return;
    }
    const problem = valueProblem(field, c);
    if (problem) problems.push({ path: ['conditions', i, 'value'], message: problem });
  });
  return problems;
}

/** A segment in one line, for the canvas: `tags contiene «vip» y attributes.plan es igual a «pro»`. */
export function describeSegment(audience: Audience, lang: 'es' | 'en'): string {
  if (audience.conditions.length === 0) return lang === 'es' ? 'todos los clientes' : 'every customer';
  const join = audience.match === 'all' ? (lang === 'es' ? ' y ' : ' and ') : lang === 'es' ? ' o ' : ' or ';
  return audience.conditions
    .map((c) => {
      const value =
        c.op === 'exists' || c.op === 'not_exists'
          ? ''
          : ` ${Array.isArray(c.value) ? c.value.map(shown).join(', ') : shown(c.value)}`;
      return `${c.field} ${OPERATOR_WORDS[c.op][lang]}${value}`;
    })
    .join(join);
}

// ── The reference meaning ─────────────────────────────────────────────────────

/** JSON equality as PostgreSQL's jsonb compares scalars (numbers by value). */
function same(a: Json | undefined, b: Json | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a !== typeof b || Array.isArray(a) || Array.isArray(b)) return false;
  return a === b;
}

/** The customer's value for a field; missing values and JSON null are undefined. */
function customerValue(customer: CustomerProfile, field: SegmentField): Json | undefined {
  switch (field.kind) {
    case 'tags':
      return customer.tags ?? [];
    case 'text':
    case 'contact':
      return customer[field.column] ?? undefined;
    case 'consent':
      return customer.consent?.[field.channel] ?? undefined;
    case 'attribute': {
      let v: Json | undefined = customer.attributes ?? {};
      for (const key of field.path) {
        if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, key)) return undefined;
        v = v[key];
      }
      return v === null ? undefined : v;
    }
  }
}

function holds(customer: CustomerProfile, c: SegmentCondition): boolean {
  const field = segmentField(c.field);
  if (!field) return false;
  const v = customerValue(customer, field);
  const value = c.value as Json | undefined;
  if (field.kind === 'tags') {
    const has = (v as string[]).includes(value as string);
    return c.op === 'contains' ? has : c.op === 'not_contains' ? !has : false;
  }
  const list = Array.isArray(value) ? value : [];
  switch (c.op) {
    case 'eq':
      return same(v, value);
    case 'neq':
      return !same(v, value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof v !== 'number' || typeof value !== 'number') return false;
      return c.op === 'gt' ? v > value : c.op === 'gte' ? v >= value : c.op === 'lt' ? v < value : v <= value;
    }
    case 'in':
      return list.some((x) => same(v, x));
    case 'not_in':
      return !list.some((x) => same(v, x));
    case 'contains':
      return Array.isArray(v) && v.some((x) => same(x, value));
    case 'not_contains':
      return !(Array.isArray(v) && v.some((x) => same(x, value)));
    case 'exists':
      return v !== undefined;
    case 'not_exists':
      return v === undefined;
  }
}

/**
 * Whether a customer belongs to a segment: the meaning the database's query must have. A condition on a value the
 * customer does not have is false, except the negative ones (`neq`, `not_in`, `not_contains`, `not_exists`).
 */
export function matchesSegment(customer: CustomerProfile, audience: Audience): boolean {
  if (audience.conditions.length === 0) return true;
  return audience.match === 'all'
    ? audience.conditions.every((c) => holds(customer, c))
    : audience.conditions.some((c) => holds(customer, c));
}
