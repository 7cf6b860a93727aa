import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineActivity } from '../define';
import { nonRetryable, retryAfter, retryable } from '../errors';
import { testActivityContext } from './context';
import { runActivity } from './run';

/** Pages through a slow listing, heartbeating the next page so a retry resumes there. */
const pager = defineActivity({
  name: 'test.pager',
  input: z.object({
    pages: z.number().int().min(1),
    fail: z.enum(['none', 'retry', 'final', 'later']).default('none'),
  }),
  output: z.object({ read: z.array(z.number()), attempt: z.number(), customerId: z.string(), key: z.string() }),
  heartbeatTimeoutMs: 10_000,
  handler: async ({ pages, fail }, ctx) => {
    if (fail === 'retry') throw retryable('The service answered 503', 'ServiceUnavailable');
    if (fail === 'final') throw nonRetryable('No such order', 'OrderNotFound', { orderId: 'A-1' });
    if (fail === 'later') throw retryAfter(7_000, 'Rate limited', 'RateLimited');
    const from = typeof ctx.heartbeatDetails === 'object' ? (ctx.heartbeatDetails as { next: number }).next : 1;
    const read: number[] = [];
    for (let page = from; page <= pages; page++) {
      if (ctx.signal.aborted) throw new Error('cancelled');
      read.push(page);
      ctx.logger.info({ page, email: 'camila@example.cl' }, 'page read');
      ctx.heartbeat({ next: page + 1 });
      await new Promise((r) => setTimeout(r, 1));
    }
    return { read, attempt: ctx.attempt, customerId: ctx.customerId, key: ctx.idempotencyKey };
  },
});

describe('an activity run alone in Temporal’s mock environment', () => {
  it('gets the journey’s ids, heartbeats, and resumes from the details of the previous attempt', async () => {
    const first = await runActivity(pager, { pages: 3 }, { meta: { customerId: 'c_42' } });
    expect(first.output).toEqual({
      read: [1, 2, 3],
      attempt: 1,
      customerId: 'c_42',
      key: 'journey:f_test:c_test:e_test:n_test:1',
    });
    expect(first.heartbeats).toEqual([{ next: 2 }, { next: 3 }, { next: 4 }]);
    const resumed = await runActivity(pager, { pages: 3 }, { attempt: 2, heartbeatDetails: { next: 3 } });
    expect(resumed.output).toMatchObject({ read: [3], attempt: 2 });
  });

  it('turns faults into Temporal failures: retryable, final, and retry after a delay', async () => {
    const retry = await runActivity(pager, { pages: 1, fail: 'retry' });
    expect(retry.failure).toMatchObject({ type: 'ServiceUnavailable', nonRetryable: false });
    const final = await runActivity(pager, { pages: 1, fail: 'final' });
    expect(final.failure).toMatchObject({ type: 'OrderNotFound', nonRetryable: true, details: [{ orderId: 'A-1' }] });
    const later = await runActivity(pager, { pages: 1, fail: 'later' });
    expect(later.failure).toMatchObject({ type: 'RateLimited', nonRetryable: false });
    expect(Number(later.failure?.nextRetryDelay)).toBe(7_000);
  });

  it('refuses bad input at once, naming the field, without a retry', async () => {
    const bad = await runActivity(pager, { pages: 0 });
    expect(bad.failure).toMatchObject({ type: 'InvalidActivityInput', nonRetryable: true });
    expect(bad.failure?.message).toContain('pages');
  });

  it('stops when Temporal cancels it', async () => {
    const run = await runActivity(pager, { pages: 50 }, { cancelAfterHeartbeats: 2 });
    expect(run.output).toBeUndefined();
    expect(run.failure).toBeDefined();
    expect(run.heartbeats.length).toBeLessThan(50);
  });
});

describe('a test context', () => {
  it('logs like the worker: personal data redacted, the journey and node on every line', async () => {
    const ctx = testActivityContext({ customerId: 'c_7' });
    const out = await pager.handler({ pages: 2, fail: 'none' }, ctx);
    expect(out.customerId).toBe('c_7');
    expect(ctx.heartbeats).toEqual([{ next: 2 }, { next: 3 }]);
    expect(ctx.logs).toHaveLength(2);
    expect(ctx.logs[0]).toMatchObject({ msg: 'page read', page: 1, email: '[redacted]', nodeId: 'n_test' });
    expect(JSON.stringify(ctx.logs)).not.toContain('camila@');
  });

  it('aborts its signal on cancel', () => {
    const ctx = testActivityContext();
    expect(ctx.signal.aborted).toBe(false);
    ctx.cancel();
    expect(ctx.signal.aborted).toBe(true);
  });
});
