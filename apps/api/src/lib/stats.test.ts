import { describe, expect, it } from 'vitest';
import { compareProportions, MIN_TRIALS, normalCdf, verdict, wilson } from './stats';

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644853627)).toBeCloseTo(0.05, 6);
    expect(normalCdf(3)).toBeCloseTo(0.998650102, 6);
  });
});

describe('wilson', () => {
  it('gives the textbook interval', () => {
    // 20 of 50: 0.40, Wilson 95% [0.2760, 0.5381] (Newcombe 1998, method 3).
    const p = wilson(20, 50);
    expect(p.rate).toBe(0.4);
    expect(p.low).toBeCloseTo(0.276, 3);
    expect(p.high).toBeCloseTo(0.5381, 3);
  });
  it('stays within 0..1 at the edges and is empty without trials', () => {
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBe(1);
    expect(wilson(0, 0)).toMatchObject({ rate: 0, low: 0, high: 0 });
  });
});

describe('compareProportions', () => {
  it('computes the pooled z and two-sided p-value', () => {
    // A 30/100 vs B 45/100: pooled 0.375, z = 0.15 / sqrt(0.375·0.625·0.02) = 2.1909, p = 0.02846.
    const c = compareProportions({ successes: 30, trials: 100 }, { successes: 45, trials: 100 });
    expect(c.difference).toBeCloseTo(0.15, 10);
    expect(c.z).toBeCloseTo(2.1909, 4);
    expect(c.pValue).toBeCloseTo(0.02846, 4);
    // Unpooled interval: 0.15 ± 1.96·sqrt(0.3·0.7/100 + 0.45·0.55/100) = [0.0172, 0.2828].
    expect(c.low).toBeCloseTo(0.0172, 3);
    expect(c.high).toBeCloseTo(0.2828, 3);
    expect(c.enoughData).toBe(true);
  });
  it('is symmetric', () => {
    const ab = compareProportions({ successes: 12, trials: 40 }, { successes: 20, trials: 40 });
    const ba = compareProportions({ successes: 20, trials: 40 }, { successes: 12, trials: 40 });
    expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
    expect(ab.z).toBeCloseTo(-ba.z, 12);
  });
  it('has no verdict without enough journeys or conversions', () => {
    expect(compareProportions({ successes: 2, trials: 10 }, { successes: 8, trials: 10 }).enoughData).toBe(false);
    expect(compareProportions({ successes: 0, trials: 100 }, { successes: 3, trials: 100 }).enoughData).toBe(false);
    expect(compareProportions({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toMatchObject({
      pValue: 1,
      enoughData: false,
    });
  });
});

describe('verdict', () => {
  it('names the better variant at 95% confidence, in Spanish and English', () => {
    const v = verdict('A', 'B', compareProportions({ successes: 30, trials: 100 }, { successes: 45, trials: 100 }));
    expect(v).toEqual({
      kind: 'better',
      winner: 'B',
      es: 'B es mejor con 95% de confianza.',
      en: 'B is better with 95% confidence.',
    });
    expect(
      verdict('A', 'B', compareProportions({ successes: 45, trials: 100 }, { successes: 30, trials: 100 })),
    ).toMatchObject({
      winner: 'A',
    });
  });
  it('says when the difference is not clear yet, or when data is missing', () => {
    expect(
      verdict('A', 'B', compareProportions({ successes: 30, trials: 100 }, { successes: 35, trials: 100 })).kind,
    ).toBe('no_difference');
    const few = verdict('A', 'B', compareProportions({ successes: 1, trials: 5 }, { successes: 4, trials: 5 }));
    expect(few.kind).toBe('not_enough_data');
    expect(few.es).toContain('Aún no hay datos suficientes');
    expect(few.en).toContain(`${MIN_TRIALS} journeys`);
  });
});
