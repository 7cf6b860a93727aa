const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const SHORT = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/;
const COMPOUND = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses a duration written by a person: `90s`, `15m`, `24h`, `2d`, `1w`, `1d12h`, or ISO 8601 (`PT24H`, `P2D`).
 * Returns milliseconds, or `undefined` when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const short = SHORT.exec(text);
  if (short) return Math.round(Number(short[1]) * (UNIT_MS[short[2] as string] as number));
  const compact = text.replace(/\s+/g, '');
  if (COMPOUND.test(compact)) {
    let total = 0;
    for (const m of compact.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) {
      total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    }
    return Math.round(total);
  }
  const iso = ISO.exec(text);
  if (iso && text !== 'P' && text !== 'PT') {
    const [, w, d, h, m, s] = iso;
    return Math.round(
      Number(w ?? 0) * UNIT_MS.w! +
        Number(d ?? 0) * UNIT_MS.d! +
        Number(h ?? 0) * UNIT_MS.h! +
        Number(m ?? 0) * UNIT_MS.m! +
        Number(s ?? 0) * 1000,
    );
  }
  return undefined;
}

/** Formats milliseconds the short way (`1d12h`, `45m`), for people and for summaries. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit] as number;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  if (rest > 0) out += `${rest}ms`;
  return out;
}

type Lang = 'es' | 'en';

const UNIT_WORDS: Record<Lang, Record<'w' | 'd' | 'h' | 'm' | 's', [string, string]>> = {
  es: {
    w: ['semana', 'semanas'],
    d: ['día', 'días'],
    h: ['hora', 'horas'],
    m: ['minuto', 'minutos'],
    s: ['segundo', 'segundos'],
  },
  en: {
    w: ['week', 'weeks'],
    d: ['day', 'days'],
    h: ['hour', 'hours'],
    m: ['minute', 'minutes'],
    s: ['second', 'seconds'],
  },
};

/** `1 día`, `24 horas`: a count with its unit, singular or plural by the language's rule. */
export function countUnit(n: number, unit: 'w' | 'd' | 'h' | 'm' | 's', lang: Lang): string {
  const [one, other] = UNIT_WORDS[lang][unit];
  return `${n.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US')} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : other}`;
}

/**
 * A duration in words, in the units it was written in when it has one (`24h` → «24 horas», not «1 día»), else
 * in the largest units that fit (`1d12h` → «1 día y 12 horas»). For summaries and the designer.
 *
 * @example
 * describeDuration('24h', 'es') // '24 horas'
 * describeDuration('1d12h', 'en') // '1 day and 12 hours'
 */
export function describeDuration(text: string, lang: Lang): string {
  const single = /^\s*(\d+)\s*([smhdw])\s*$/.exec(text);
  if (single) return countUnit(Number(single[1]), single[2] as 'w' | 'd' | 'h' | 'm' | 's', lang);
  const ms = parseDuration(text);
  if (ms === undefined) return text;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000) * 1000;
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const n = Math.floor(rest / (UNIT_MS[unit] as number));
    if (n > 0) parts.push(countUnit(n, unit, lang));
    rest -= n * (UNIT_MS[unit] as number);
  }
  if (parts.length === 0) return countUnit(0, 's', lang);
  const and = lang === 'es' ? ' y ' : ' and ';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}
