import { describe, expect, it } from 'vitest';
import { decideSend, frequencyWindowStart, type SendContext } from './decide';
import { quietUntil } from './quiet-hours';
import { ContactRules, contactRulesFromEnv, DEFAULT_CONTACT_RULES } from './rules';

const SANTIAGO = 'America/Santiago';
const HOUR = 3_600_000;

/** Local wall time of an instant in a zone, as "YYYY-MM-DD HH:MM". */
function local(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(at);
}

function ctx(over: Partial<SendContext> & { now: number }): SendContext {
  return {
    customer: { timeZone: SANTIAGO },
    channel: 'whatsapp',
    transactional: false,
    recentProactiveSends: 0,
    rules: DEFAULT_CONTACT_RULES,
    ...over,
  };
}

describe('quiet hours in the customer’s time zone', () => {
  it('a proactive send at 23:30 in Santiago waits until 09:00 the next morning, with its reason in es and en', () => {
    const now = Date.parse('2026-06-10T03:30:00Z'); // 23:30 on 9 June in Santiago (UTC-4)
    expect(local(now, SANTIAGO)).toBe('2026-06-09 23:30');
    const d = decideSend(ctx({ now }));
    if (d.action !== 'defer') throw new Error(`expected defer, got ${d.action}`);
    expect(local(d.until, SANTIAGO)).toBe('2026-06-10 09:00');
    expect(d.until - now).toBe(9.5 * HOUR);
    expect(d.reason.code).toBe('quiet_hours');
    expect(d.reason.text.es).toContain('Horario de descanso');
    expect(d.reason.text.es).toContain('09:00');
    expect(d.reason.text.en).toContain('quiet hours');
  });

  it('the boundaries: 08:59:59 waits one second, 09:00 sends, 20:59 sends, 21:00 waits', () => {
    const at = (iso: string) => Date.parse(iso);
    const d1 = decideSend(ctx({ now: at('2026-06-10T12:59:59Z') }));
    expect(d1).toMatchObject({ action: 'defer', until: at('2026-06-10T13:00:00Z') });
    expect(decideSend(ctx({ now: at('2026-06-10T13:00:00Z') }))).toEqual({ action: 'send', channel: 'whatsapp' });
    expect(decideSend(ctx({ now: at('2026-06-11T00:59:00Z') }))).toEqual({ action: 'send', channel: 'whatsapp' });
    const d4 = decideSend(ctx({ now: at('2026-06-11T01:00:00Z') }));
    expect(d4.action).toBe('defer');
    if (d4.action === 'defer') expect(local(d4.until, SANTIAGO)).toBe('2026-06-11 09:00');
  });

  it('the night Santiago moves its clocks forward (6 Sep 2026, 00:00 → 01:00): 09:00 is 8.5 hours after 23:30', () => {
    const now = Date.parse('2026-09-06T03:30:00Z'); // 23:30 on Saturday 5 September (UTC-4)
    expect(local(now, SANTIAGO)).toBe('2026-09-05 23:30');
    const d = decideSend(ctx({ now }));
    if (d.action !== 'defer') throw new Error('expected defer');
    expect(local(d.until, SANTIAGO)).toBe('2026-09-06 09:00');
    expect(d.until - now).toBe(8.5 * HOUR);
    expect(new Date(d.until).toISOString()).toBe('2026-09-06T12:00:00.000Z'); // 09:00 at UTC-3
  });

  it('the night Santiago moves its clocks back (5 Apr 2026, 00:00 → 23:00): both 23:30s wait until 09:00', () => {
    const first = Date.parse('2026-04-05T02:30:00Z'); // 23:30 at UTC-3
    const second = Date.parse('2026-04-05T03:30:00Z'); // 23:30 again, at UTC-4
    expect(local(first, SANTIAGO)).toBe('2026-04-04 23:30');
    expect(local(second, SANTIAGO)).toBe('2026-04-04 23:30');
    for (const [now, hours] of [
      [first, 10.5],
      [second, 9.5],
    ] as const) {
      const d = decideSend(ctx({ now }));
      if (d.action !== 'defer') throw new Error('expected defer');
      expect(local(d.until, SANTIAGO)).toBe('2026-04-05 09:00');
      expect(d.until - now).toBe(hours * HOUR);
    }
  });

  it('across the year end: 22:00 on 31 December waits until 09:00 on 1 January', () => {
    const now = Date.parse('2027-01-01T01:00:00Z'); // 22:00 on 31 Dec 2026 in Santiago (UTC-3)
    const d = decideSend(ctx({ now }));
    if (d.action !== 'defer') throw new Error('expected defer');
    expect(local(d.until, SANTIAGO)).toBe('2027-01-01 09:00');
    expect(d.reason.text.en).toContain('01/01');
  });

  it('quiet hours within one day whose end falls in a DST gap end at the jump (New York, 8 Mar 2026)', () => {
    const quiet = { start: '01:00', end: '02:30' };
    const now = Date.parse('2026-03-08T06:30:00Z'); // 01:30 EST
    const until = quietUntil(now, quiet, 'America/New_York');
    expect(until).toBe(Date.parse('2026-03-08T07:00:00Z')); // 03:00 EDT: 02:30 never happens that night
    expect(quietUntil(Date.parse('2026-03-08T05:59:00Z'), quiet, 'America/New_York')).toBeNull();
  });

  it('uses the customer’s zone, and the deployment default when the customer has none', () => {
    const now = Date.parse('2026-06-10T03:30:00Z'); // 23:30 Santiago, 05:30 Madrid
    const madrid = decideSend(ctx({ now, customer: { timeZone: 'Europe/Madrid' } }));
    if (madrid.action !== 'defer') throw new Error('expected defer');
    expect(local(madrid.until, 'Europe/Madrid')).toBe('2026-06-10 09:00');
    const unknown = decideSend(ctx({ now, customer: undefined }));
    if (unknown.action !== 'defer') throw new Error('expected defer');
    expect(local(unknown.until, SANTIAGO)).toBe('2026-06-10 09:00');
    // 12:30 in Tokyo: a deployment whose default zone is Tokyo sends at once.
    const tokyo = { ...DEFAULT_CONTACT_RULES, defaultTimeZone: 'Asia/Tokyo' };
    expect(decideSend(ctx({ now, customer: {}, rules: tokyo })).action).toBe('send');
  });

  it('a transactional flow skips quiet hours', () => {
    const now = Date.parse('2026-06-10T03:30:00Z');
    expect(decideSend(ctx({ now, transactional: true }))).toEqual({ action: 'send', channel: 'whatsapp' });
  });
});

describe("answering the customer's own WhatsApp message", () => {
  const now = Date.parse('2026-06-10T03:30:00Z'); // 23:30 in Santiago: quiet hours
  const inReplyTo = (hoursAgo: number, channel: 'whatsapp' | 'sms' = 'whatsapp') => ({
    channel,
    at: now - hoursAgo * HOUR,
  });

  it('inside the 24-hour window goes out through quiet hours and frequency caps', () => {
    expect(decideSend(ctx({ now, inReplyTo: inReplyTo(1) }))).toEqual({ action: 'send', channel: 'whatsapp' });
    expect(decideSend(ctx({ now, inReplyTo: inReplyTo(23.9), recentProactiveSends: 9 })).action).toBe('send');
  });

  it('after the window, on another channel, or with a message from the future, the usual rules hold', () => {
    expect(decideSend(ctx({ now, inReplyTo: inReplyTo(24) })).action).toBe('defer');
    expect(decideSend(ctx({ now, channel: 'sms', inReplyTo: inReplyTo(1, 'sms') })).action).toBe('defer');
    expect(decideSend(ctx({ now, inReplyTo: inReplyTo(1, 'sms') })).action).toBe('defer');
    expect(decideSend(ctx({ now, inReplyTo: inReplyTo(-1) })).action).toBe('defer');
  });

  it('never overrides an opt-out', () => {
    const d = decideSend(ctx({ now, inReplyTo: inReplyTo(1), customer: { consent: { whatsapp: false } } }));
    expect(d).toMatchObject({ action: 'suppress', reason: { code: 'opted_out' } });
  });
});

describe('frequency caps across flows', () => {
  const now = Date.parse('2026-06-10T15:00:00Z'); // 11:00 in Santiago

  it('the fourth proactive message in 7 days is suppressed with its reason; a transactional one is not', () => {
    expect(decideSend(ctx({ now, recentProactiveSends: 2 })).action).toBe('send');
    const capped = decideSend(ctx({ now, recentProactiveSends: 3 }));
    expect(capped).toMatchObject({ action: 'suppress', reason: { code: 'frequency_cap' } });
    if (capped.action === 'suppress') expect(capped.reason.text.es).toContain('3 mensajes proactivos en 7 días');
    expect(decideSend(ctx({ now, recentProactiveSends: 3, transactional: true })).action).toBe('send');
  });

  it('the window starts perDays before now; a cap set to null is off', () => {
    expect(frequencyWindowStart(now, DEFAULT_CONTACT_RULES)).toBe(now - 7 * 24 * HOUR);
    const off = { ...DEFAULT_CONTACT_RULES, frequencyCap: null };
    expect(decideSend(ctx({ now, recentProactiveSends: 99, rules: off })).action).toBe('send');
  });

  it('a capped send at night is suppressed, not deferred to a morning that would still be capped', () => {
    const night = Date.parse('2026-06-10T03:30:00Z');
    expect(decideSend(ctx({ now: night, recentProactiveSends: 3 })).action).toBe('suppress');
  });
});

describe('consent per channel and the fallback channel', () => {
  const now = Date.parse('2026-06-10T15:00:00Z');

  it('an opted-out channel is suppressed, or replaced by the fallback channel', () => {
    const customer = { timeZone: SANTIAGO, consent: { whatsapp: false } };
    expect(decideSend(ctx({ now, customer }))).toMatchObject({
      action: 'suppress',
      reason: { code: 'opted_out', channel: 'whatsapp' },
    });
    const d = decideSend(ctx({ now, customer, fallbackChannel: 'sms' }));
    expect(d).toMatchObject({ action: 'send', channel: 'sms', fallbackFrom: { channel: 'whatsapp' } });
    if (d.action === 'send') expect(d.fallbackFrom?.reason.text.es).toContain('WhatsApp');
  });

  it('opted out of both: suppressed with the first channel’s reason; transactional never overrides an opt-out', () => {
    const customer = { consent: { whatsapp: false, sms: false } };
    expect(decideSend(ctx({ now, customer, fallbackChannel: 'sms' }))).toMatchObject({
      action: 'suppress',
      reason: { code: 'opted_out', channel: 'whatsapp' },
    });
    expect(decideSend(ctx({ now, customer, transactional: true })).action).toBe('suppress');
  });

  it('opt_in rules need an explicit yes for proactive messages (missing consent → fallback or no_consent)', () => {
    const rules = ContactRules.parse({ consent: 'opt_in' });
    const customer = { timeZone: SANTIAGO, consent: { email: true } };
    expect(decideSend(ctx({ now, rules, customer }))).toMatchObject({
      action: 'suppress',
      reason: { code: 'no_consent' },
    });
    expect(decideSend(ctx({ now, rules, customer, fallbackChannel: 'email' }))).toMatchObject({
      action: 'send',
      channel: 'email',
      fallbackFrom: { reason: { code: 'no_consent' } },
    });
    expect(decideSend(ctx({ now, rules, customer, transactional: true })).action).toBe('send');
  });

  it('a customer with no address for the channel: no_address, or the fallback', () => {
    const reachable = (c: string) => c === 'email';
    expect(decideSend(ctx({ now, reachable }))).toMatchObject({ action: 'suppress', reason: { code: 'no_address' } });
    expect(decideSend(ctx({ now, reachable, fallbackChannel: 'email' }))).toMatchObject({
      action: 'send',
      channel: 'email',
    });
  });
});

describe('rules from the environment', () => {
  it('defaults: quiet 21:00–09:00, 3 per 7 days, opt_out, America/Santiago', () => {
    expect(contactRulesFromEnv({})).toEqual({
      quietHours: { start: '21:00', end: '09:00' },
      frequencyCap: { max: 3, perDays: 7 },
      consent: 'opt_out',
      defaultTimeZone: 'America/Santiago',
    });
  });

  it('RUTA_CONTACT_RULES overrides fields and turns rules off with null; bad JSON names the field', () => {
    const rules = contactRulesFromEnv({
      RUTA_CONTACT_RULES: '{"quietHours":{"start":"22:00","end":"08:30"},"frequencyCap":null}',
    });
    expect(rules.quietHours).toEqual({ start: '22:00', end: '08:30' });
    expect(rules.frequencyCap).toBeNull();
    expect(() => contactRulesFromEnv({ RUTA_CONTACT_RULES: '{"quietHours":{"start":"25:00","end":"08:00"}}' })).toThrow(
      /quietHours/,
    );
    expect(() => contactRulesFromEnv({ RUTA_CONTACT_RULES: '{nope' })).toThrow(/not JSON/);
  });
});
