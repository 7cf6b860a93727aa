import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dottedPath, fieldErrors } from './zod-issues';

describe('fieldErrors', () => {
  it('names nested fields with dotted paths and says plainly when one is missing', () => {
    const schema = z.object({ items: z.array(z.object({ id: z.string(), n: z.number() })) });
    const r = schema.safeParse({ items: [{ id: 'a', n: 1 }, { n: 'x' }] });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!.issues)).toEqual([
      { path: 'items.1.id', message: 'Required (string)', code: 'required' },
      { path: 'items.1.n', message: expect.stringContaining('expected number'), code: 'invalid_type' },
    ]);
  });

  it('reports the closest branch of a union: the right shape with the fewest problems', () => {
    const one = z.object({ kind: z.literal('a'), x: z.string() });
    const two = z.object({ y: z.string(), z: z.string() });
    const schema = z.union([one.or(two), z.array(one).max(1)]);
    const asObject = schema.safeParse({ y: 'ok' });
    expect(fieldErrors(asObject.error!.issues)).toEqual([
      { path: 'z', message: 'Required (string)', code: 'required' },
    ]);
    const asArray = schema.safeParse([
      { kind: 'a', x: '1' },
      { kind: 'a', x: '2' },
    ]);
    expect(fieldErrors(asArray.error!.issues)).toEqual([
      { path: '', message: expect.stringContaining('1'), code: 'too_big', limit: 1 },
    ]);
  });

  it('prefixes paths', () => {
    expect(dottedPath(['query', 'limit'])).toBe('query.limit');
    const r = z.object({ a: z.string() }).safeParse({});
    expect(fieldErrors(r.error!.issues, ['document'])).toEqual([
      { path: 'document.a', message: 'Required (string)', code: 'required' },
    ]);
  });
});
