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
