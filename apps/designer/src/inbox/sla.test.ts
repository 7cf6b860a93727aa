import { describe, expect, it } from 'vitest';
import { clockText, inboxOrder, slaClock } from './sla';

const NOW = Date.parse('2026-03-02T13:00:00Z');
const MIN = 60_000;

describe('the SLA clock', () => {
  it('is on time, warns inside the window, and is breached at the deadline', () => {
    expect(slaClock(null, NOW, 30 * MIN)).toEqual({ state: 'none', leftMs: 0 });
    expect(slaClock(new Date(NOW + 2 * 60 * MIN).toISOString(), NOW, 30 * MIN).state).toBe('ok');
    expect(slaClock(new Date(NOW + 30 * MIN).toISOString(), NOW, 30 * MIN).state).toBe('warning');
    expect(slaClock(new Date(NOW).toISOString(), NOW, 30 * MIN)).toEqual({ state: 'breached', leftMs: 0 });
    expect(slaClock(new Date(NOW - 5 * MIN).toISOString(), NOW, 30 * MIN).leftMs).toBe(-5 * MIN);
  });

  it('reads like a clock', () => {
    expect(clockText(45_000)).toBe('45 s');
    expect(clockText(12 * MIN)).toBe('12 min');
    expect(clockText(65 * MIN)).toBe('1 h 05 min');
    expect(clockText(-(26 * 60 * MIN))).toBe('1 d 2 h');
  });

  it('orders the inbox by priority, then the nearest deadline, then age', () => {
    const c = (id: string, priority: string, sla: number | null, age: number) => ({
      id,
      priority,
      slaDeadline: sla === null ? null : new Date(NOW + sla * MIN).toISOString(),
      createdAt: new Date(NOW - age * MIN).toISOString(),
    });
    const order = inboxOrder([
      c('late-normal', 'normal', 5, 1),
      c('no-sla', 'normal', null, 50),
      c('urgent', 'urgent', 90, 1),
      c('old-normal', 'normal', 5, 9),
    ]).map((x) => x.id);
    expect(order).toEqual(['urgent', 'old-normal', 'late-normal', 'no-sla']);
  });
});
