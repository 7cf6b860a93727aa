/**
 * The statistics behind the insights page: proportions with Wilson score intervals, and the two-proportion z-test
 * that decides an A/B verdict. Pure functions.
 */

/** Standard normal cumulative distribution, by the complementary error function (|error| < 1.2e-7). */
export function normalCdf(z: number): number {
  return 1 - 0.5 * erfc(z / Math.SQRT2);
}

/** Complementary error function (Numerical Recipes' erfcc, fractional error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** A proportion with its 95% Wilson score interval (good with small counts, never outside 0..1). */
export interface Proportion {
  successes: number;
  trials: number;
  rate: number;
  low: number;
  high: number;
}

export function wilson(successes: number, trials: number, z = Z95): Proportion {
  if (trials <= 0) return { successes, trials, rate: 0, low: 0, high: 0 };
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  // At the edges the interval ends exactly at 0 or 1 (rounding would leave 0.9999999999999999).
  const low = successes === 0 ? 0 : Math.max(0, centre - half);
  const high = successes === trials ? 1 : Math.min(1, centre + half);
  return { successes, trials, rate: p, low, high };
}

/** Two-proportion z-test of B against A (pooled variance), with the 95% interval of the difference (B − A). */
export interface Comparison {
  difference: number;
  low: number;
  high: number;
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Each group has at least MIN_TRIALS journeys and five successes and five failures (the normal approximation holds). */
  enoughData: boolean;
}

/** Fewest journeys per variant before a verdict is given. */
export const MIN_TRIALS = 30;

export function compareProportions(
  a: { successes: number; trials: number },
  b: { successes: number; trials: number },
): Comparison {
  const p1 = a.trials ? a.successes / a.trials : 0;
  const p2 = b.trials ? b.successes / b.trials : 0;
  const difference = p2 - p1;
  const enough = (g: { successes: number; trials: number }) =>
    g.trials >= MIN_TRIALS && g.successes >= 5 && g.trials - g.successes >= 5;
  const enoughData = enough(a) && enough(b);
  if (!a.trials || !b.trials) return { difference, low: 0, high: 0, z: 0, pValue: 1, enoughData: false };
  const pooled = (a.successes + b.successes) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  const z = se === 0 ? 0 : difference / se;
  const pValue = se === 0 ? 1 : 2 * (1 - normalCdf(Math.abs(z)));
  const seDiff = Math.sqrt((p1 * (1 - p1)) / a.trials + (p2 * (1 - p2)) / b.trials);
  return { difference, low: difference - Z95 * seDiff, high: difference + Z95 * seDiff, z, pValue, enoughData };
}

/** The verdict of a split, as a person reads it. */
export type Verdict =
  | { kind: 'not_enough_data'; es: string; en: string }
  | { kind: 'better'; winner: string; es: string; en: string }
  | { kind: 'no_difference'; es: string; en: string };

/**
 * The plain-language verdict of B against A at 95% confidence: which is better, no clear difference yet, or not
 * enough data to say.
 */
export function verdict(nameA: string, nameB: string, c: Comparison, confidence = 0.95): Verdict {
  const pct = Math.round(confidence * 100);
  if (!c.enoughData) {
    return {
      kind: 'not_enough_data',
      es: `Aún no hay datos suficientes para comparar ${nameB} con ${nameA} (hacen falta al menos ${MIN_TRIALS} recorridos por variante, con 5 conversiones y 5 sin conversión).`,
      en: `Not enough data yet to compare ${nameB} with ${nameA} (each variant needs at least ${MIN_TRIALS} journeys, with 5 conversions and 5 without).`,
    };
  }
  if (c.pValue < 1 - confidence) {
    const winner = c.difference > 0 ? nameB : nameA;
    return {
      kind: 'better',
      winner,
      es: `${winner} es mejor con ${pct}% de confianza.`,
      en: `${winner} is better with ${pct}% confidence.`,
    };
  }
  return {
    kind: 'no_difference',
    es: `Sin diferencia clara entre ${nameA} y ${nameB} con ${pct}% de confianza: sigue midiendo.`,
    en: `No clear difference between ${nameA} and ${nameB} at ${pct}% confidence: keep measuring.`,
  };
}
