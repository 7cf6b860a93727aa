import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text whatever the insertion order', () => {
    const one = { id: 'n1', kind: 'message.send', config: { channel: 'sms', text: 'Hola' } };
    const two = { config: { text: 'Hola', channel: 'sms' }, kind: 'message.send', id: 'n1' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('sorts keys by UTF-16 code units', () => {
    expect(canonicalJson({ b: 1, B: 2, á: 3, a: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"B":2,"a":4,"b":1,"á":3}');
  });

  it('drops undefined, functions and symbols in objects; nulls them in arrays', () => {
    expect(canonicalJson({ a: undefined, b: null, c: () => 1, d: Symbol('x'), e: 1 })).toBe('{"b":null,"e":1}');
    expect(canonicalJson([undefined, () => 1, null, 1])).toBe('[null,null,null,1]');
    expect(canonicalJson({ [Symbol('k')]: 1, k: 2 })).toBe('{"k":2}');
  });

  it('writes numbers the stable shortest way', () => {
    expect(canonicalJson([0, -0, 1, -1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 5e-324])).toBe(
      '[0,0,1,-1.5,0.30000000000000004,1e+21,1e-7,123456789012345680000,5e-324]',
    );
  });

  it('rejects values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: [1, Number.POSITIVE_INFINITY] })).toThrow(/\$\.a\[1\]/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/BigInt/);
    expect(() => canonicalJson(new Map())).toThrow(/Map/);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/circular/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it('escapes strings like JSON and honours toJSON', () => {
    expect(canonicalJson({ s: 'línea\n"uno"\u0001', e: '🎉' })).toBe('{"e":"🎉","s":"línea\\n\\"uno\\"\\u0001"}');
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 8, 18, 12)) })).toBe('{"at":"2026-09-18T12:00:00.000Z"}');
  });

  it('round-trips through JSON.parse', () => {
    const value = { z: [1, 'two', { three: 3, four: [true, false, null] }], a: 'ñ' };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});
