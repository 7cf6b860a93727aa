import { describe, expect, it } from 'vitest';
import { BoundedCache } from './cache';
import { CONTEXT_TYPES, contextVariables, type ExprScope, toJson, typeAtPath, zeroValue } from './index';
import { conformer, parseTypeName } from './types';

describe('zeroValue', () => {
  it.each([
    ['string', ''],
    ['double', 0],
    ['int', 0],
    ['bool', false],
    ['list<string>', []],
    ['map<string, dyn>', {}],
    ['dyn', null],
    ['timestamp', '1970-01-01T00:00:00.000Z'],
  ])('%s → %j', (type, zero) => {
    expect(zeroValue(type)).toEqual(zero);
  });

  it('fills nested records', () => {
    expect(zeroValue(CONTEXT_TYPES.sentiment)).toEqual({
      score: 0,
      label: '',
      escalate: false,
      reasons: [],
      signals: [],
      sensitivity: '',
      explanation: { es: '', en: '' },
      confidence: 0,
      lang: '',
      emotions: { anger: 0, frustration: 0, urgency: 0, joy: 0 },
    });
  });
});

describe('declared types', () => {
  it('parses generic names and normalizes aliases', () => {
    expect(parseTypeName('map<string, list<int>>')).toEqual({
      kind: 'map',
      value: { kind: 'list', of: { kind: 'int' } },
    });
    expect(parseTypeName('number')).toEqual({ kind: 'double' });
    expect(parseTypeName('something odd')).toEqual({ kind: 'dyn' });
  });

  it('converts declared ints to BigInt for CEL and back to numbers for JSON', () => {
    const toCel = conformer(parseTypeName('list<int>'));
    expect(toCel([1, 2.9, 'x'])).toEqual([1n, 2n, 0n]);
    expect(toJson(toCel([1, 2]))).toEqual([1, 2]);
  });

  it('converts Maps and nested values to plain JSON', () => {
    expect(
      toJson(
        new Map<string, unknown>([
          ['a', 1n],
          ['b', [new Date(0)]],
        ]),
      ),
    ).toEqual({
      a: 1,
      b: ['1970-01-01T00:00:00.000Z'],
    });
  });
});

describe('contextVariables', () => {
  const scope: ExprScope = { vars: { attempts: 'double' }, nodes: { n_csat: { score: 'int', comment: 'string' } } };
  const list = contextVariables(scope);
  const byPath = new Map(list.map((v) => [v.path, v]));

  it('lists every root and field with its type', () => {
    expect(byPath.get('customer.name')).toEqual({
      path: 'customer.name',
      type: 'string',
      description: { es: 'Nombre del cliente', en: "Customer's name" },
    });
    expect(byPath.get('event.data')?.type).toBe('map<string, dyn>');
    expect(byPath.get('customer.tags')?.type).toBe('list<string>');
    expect(byPath.get('sentiment.emotions.anger')?.type).toBe('double');
    expect(byPath.get('journey.flowVersion')?.type).toBe('int');
    expect(byPath.get('sentiment')?.type).toBe('object');
  });

  it('lists the scope variables and node outputs', () => {
    expect(byPath.get('vars.attempts')).toMatchObject({
      type: 'double',
      description: { en: 'Journey variable attempts' },
    });
    expect(byPath.get('nodes.n_csat.score')).toMatchObject({
      type: 'int',
      description: { es: 'Dato score del bloque n_csat' },
    });
  });

  it('describes everything in both languages', () => {
    for (const v of list) {
      expect(v.description.es, v.path).not.toBe('');
      expect(v.description.en, v.path).not.toBe('');
    }
  });

  it('finds the declared type at a path', () => {
    expect(typeAtPath(scope, ['nodes', 'n_csat', 'score'])).toBe('int');
    expect(typeAtPath(scope, ['customer', 'constructor'])).toBeUndefined();
    expect(typeAtPath(scope, ['constructor'])).toBeUndefined();
  });
});

describe('BoundedCache', () => {
  it('drops the least recently used entry when full', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(2);
  });
});
