import { promiseHooks } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { chain, Later } from './later';

/** Promises created while `fn` runs synchronously. */
function promisesMadeBy(fn: () => void): number {
  let made = 0;
  const stop = promiseHooks.onInit(() => {
    made++;
  });
  try {
    fn();
  } finally {
    stop();
  }
  return made;
}

describe('Later', () => {
  it('composes what follows without a promise of its own, and resolves through the composition', async () => {
    const awaited = Promise.resolve(2);
    let later!: Later<string>;
    const made = promisesMadeBy(() => {
      later = new Later(awaited, (v) => (v as number) * 10).map((n) => n + 1).map((n) => `n=${n}`);
    });
    expect(made).toBe(0);
    await expect(later.promise()).resolves.toBe('n=21');
  });

  it('maps a failure through `failed`, and rethrows when there is none', async () => {
    const failing = () => Promise.reject(new Error('down'));
    const handled = new Later(
      failing(),
      () => 'ok',
      (err) => `failed: ${(err as Error).message}`,
    ).map((s) => s.length);
    await expect(handled.promise()).resolves.toBe('failed: down'.length);
    await expect(new Later(failing(), () => 'ok').map((s) => s).promise()).rejects.toThrow('down');
  });

  it('waits for a step that is itself a promise, and only then', async () => {
    expect(chain(3, (n) => n * 2)).toBe(6);
    await expect(chain(Promise.resolve(3), (n) => n * 2)).resolves.toBe(6);
    const later = Later.of(Promise.resolve(1))
      .map((n) => Promise.resolve(n + 1))
      .map((n) => n * 3);
    await expect(later.promise()).resolves.toBe(6);
  });
});
