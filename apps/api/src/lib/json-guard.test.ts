import { describe, expect, it } from 'vitest';
import { jsonProblems, MAX_JSON_DEPTH, textProblem } from './json-guard';

describe('textProblem', () => {
  it('refuses NUL and unpaired surrogates, and keeps every other text as it is', () => {
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('\ud800')).toMatch(/surrogate/);
    expect(textProblem('x\udc00')).toMatch(/surrogate/);
    for (const ok of ['', 'hola', '😀 emoji pair', '\t\n\u202e', 'مرحبا', '\u007f']) expect(textProblem(ok)).toBeNull();
  });
});

describe('jsonProblems', () => {
  it('names the path of each bad string, key and number', () => {
    const value = { a: [{ b: 'ok' }, 'x\u0000'], ['k\u0000']: 1, n: Number.POSITIVE_INFINITY };
    expect(jsonProblems(value)).toEqual(
      expect.arrayContaining([
        { path: ['a', 1], message: expect.stringMatching(/NUL/) },
        { path: [], message: expect.stringMatching(/^A key: NUL/) },
        { path: ['n'], message: expect.stringMatching(/finite/) },
      ]),
    );
    expect(jsonProblems({ a: [1, 'two', { three: null }] })).toEqual([]);
  });

  it('bounds depth without recursion: 100,000 deep is one problem, not a stack overflow', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = jsonProblems({ deep });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toHaveLength(MAX_JSON_DEPTH);
    let fine: unknown = 0;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) fine = [fine];
    expect(jsonProblems(fine)).toEqual([]);
  });

  it('stops after `max` problems', () => {
    expect(
      jsonProblems(
        Array.from({ length: 1000 }, () => '\u0000'),
        MAX_JSON_DEPTH,
        5,
      ),
    ).toHaveLength(5);
  });
});
