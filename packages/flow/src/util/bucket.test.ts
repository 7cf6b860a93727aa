import { describe, expect, it } from 'vitest';
import { bucket } from './bucket';

describe('bucket', () => {
  it('is stable: fixed keys give fixed buckets', () => {
    expect(KNOWN.map(([key, buckets]) => bucket(key, buckets))).toEqual(KNOWN.map(([, , expected]) => expected));
  });

  it('stays in range', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(bucket(`k${i}`, 7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(bucket('anything', 1)).toBe(0);
  });

  it('spreads 10k customer keys roughly evenly over 100 buckets', () => {
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const b = bucket(`customer-${i}`);
      counts[b] = (counts[b] as number) + 1;
    }
    // Expected 100 per bucket, standard deviation ~10: allow ±45 (4.5 sigma).
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...counts)).toBeLessThanOrEqual(145);
    // Chi-square with 99 degrees of freedom: mean 99; 160 is far in the tail (p < 0.0001).
    const chi2 = counts.reduce((sum, c) => sum + (c - 100) ** 2 / 100, 0);
    expect(chi2).toBeLessThan(160);
  });

  it('splits a 50/50 A/B test close to half', () => {
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (bucket(`+5691234${String(i).padStart(4, '0')}`) < 50) a++;
    expect(a).toBeGreaterThan(4800);
    expect(a).toBeLessThan(5200);
  });

  it('rejects bad bucket counts', () => {
    expect(() => bucket('x', 0)).toThrow(RangeError);
    expect(() => bucket('x', 2.5)).toThrow(RangeError);
  });
});

// [key, buckets, expected bucket]: first 32 bits of SHA-256 (checked with node:crypto) scaled onto the range.
const KNOWN: [string, number, number][] = [
  ['', 100, 88],
  ['customer-1', 100, 90],
  ['customer-2', 100, 38],
  ['+56912345678', 100, 45],
  ['ana@example.cl', 100, 56],
  ['señora-ñandú-🎉', 100, 91],
  ['customer-1', 2, 1],
  ['customer-1', 1000, 907],
];
