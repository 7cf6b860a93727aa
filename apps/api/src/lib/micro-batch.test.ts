import { describe, expect, it } from 'vitest';
import { MicroBatcher } from './micro-batch';

describe('MicroBatcher', () => {
  it('groups calls made together into one bulk call and answers each in order', async () => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher(async (items: number[]) => {
      calls.push(items);
      return items.map((i) => i * 10);
    });
    expect(await Promise.all([1, 2, 3].map((i) => batcher.add(i)))).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('queues items while a bulk call runs, and sends them together next', async () => {
    const calls: string[][] = [];
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const batcher = new MicroBatcher(async (items: string[]) => {
      calls.push(items);
      if (calls.length === 1) await gate;
      return items;
    });
    const first = batcher.add('a');
    await new Promise((r) => setImmediate(r));
    const later = [batcher.add('b'), batcher.add('c')];
    release();
    expect(await Promise.all([first, ...later])).toEqual(['a', 'b', 'c']);
    expect(calls).toEqual([['a'], ['b', 'c']]);
  });

  it('rejects every call when every item fails', async () => {
    const batcher = new MicroBatcher(async (_: number[]): Promise<number[]> => {
      throw new Error('down');
    });
    const results = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('fails only the bad item of a failed bulk call: the others are run again alone and answered', async () => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher(async (items: number[]) => {
      calls.push(items);
      if (items.includes(13)) throw new Error('13 is refused');
      return items.map((i) => i * 10);
    });
    const results = await Promise.allSettled([1, 13, 3].map((i) => batcher.add(i)));
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('13 is refused') },
      { status: 'fulfilled', value: 30 },
    ]);
    expect(calls).toEqual([[1, 13, 3], [1], [13], [3]]);
  });

  it('runs up to inFlight bulk calls at once, and queues the rest for the next free one', async () => {
    const calls: string[][] = [];
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const batcher = new MicroBatcher(
      async (items: string[]) => {
        calls.push(items);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((r) => gates.push(r));
        running -= 1;
        return items;
      },
      500,
      2,
    );
    const turn = () => new Promise((r) => setImmediate(r));
    const all = [batcher.add('a')];
    await turn();
    all.push(batcher.add('b'));
    await turn();
    all.push(batcher.add('c'), batcher.add('d'));
    await turn();
    // Two calls run; c and d wait for one of them to end.
    expect(calls).toEqual([['a'], ['b']]);
    gates.shift()!();
    while (calls.length < 3) await turn();
    expect(calls[2]).toEqual(['c', 'd']);
    for (let g = gates.shift(); g; g = gates.shift()) g();
    while (gates.length > 0 || running > 0) {
      for (let g = gates.shift(); g; g = gates.shift()) g();
      await turn();
    }
    expect(await Promise.all(all)).toEqual(['a', 'b', 'c', 'd']);
    expect(most).toBe(2);
  });

  it('defers an item to the next bulk call that runs anyway, or runs it alone once its time is up', async () => {
    const calls: string[][] = [];
    const batcher = new MicroBatcher(async (items: string[]) => {
      calls.push(items);
      return items;
    });
    const deferred = batcher.defer('later', 60_000);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([]);
    // An urgent item takes the deferred one along (long before its minute is up).
    expect(await Promise.all([batcher.add('now'), deferred])).toEqual(['now', 'later']);
    expect(calls).toEqual([['later', 'now']]);
    // Alone, it goes when its time is up.
    expect(await batcher.defer('alone', 5)).toBe('alone');
    expect(calls).toEqual([['later', 'now'], ['alone']]);
  });

  /** A batcher whose bulk call holding `slow` waits until released. */
  function gated(calls: string[][], slow: string) {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const batcher = new MicroBatcher(async (items: string[]) => {
      calls.push(items);
      if (items.includes(slow)) await gate;
      return items;
    });
    return { batcher, release };
  }

  it('starts no bulk call for deferred items alone when one ends, but goes with the next urgent item or on time', async () => {
    const calls: string[][] = [];
    const first = gated(calls, 'slow');
    const slow = first.batcher.add('slow');
    await new Promise((r) => setImmediate(r));
    // Deferred while a call runs: when it ends, nothing urgent waits, so no call of their own follows.
    const confirmations = [first.batcher.defer('c1', 60_000), first.batcher.defer('c2', 60_000)];
    first.release();
    await slow;
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([['slow']]);
    // The next urgent item takes them along.
    expect(await Promise.all([first.batcher.add('claim'), ...confirmations])).toEqual(['claim', 'c1', 'c2']);
    expect(calls).toEqual([['slow'], ['c1', 'c2', 'claim']]);
    // Deferred during a call, with nothing urgent after it: they still go once their time is up.
    const second = gated(calls, 'slow2');
    const slow2 = second.batcher.add('slow2');
    await new Promise((r) => setImmediate(r));
    const late = second.batcher.defer('late', 5);
    // Its time is up while the call still runs: it goes right after.
    await new Promise((r) => setTimeout(r, 30));
    second.release();
    expect(await Promise.all([slow2, late])).toEqual(['slow2', 'late']);
    expect(calls.slice(2)).toEqual([['slow2'], ['late']]);
  });
});
