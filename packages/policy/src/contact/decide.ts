import type { Channel } from '../channel';
import { quietUntil } from './quiet-hours';
import { type PolicyReason, reason } from './reasons';
import type { ContactRules } from './rules';

const DAY_MS = 86_400_000;

/** What the policy knows about the customer. */
export interface PolicyCustomer {
  timeZone?: string;
  /** true: may contact; false: refused; missing: unknown. */
  consent?: Partial<Record<Channel, boolean>>;
}

/** Everything a send decision depends on; nothing else (no clock, no I/O). */
export interface SendContext {
  now: number;
  /** Undefined when the customer is not in the store. */
  customer: PolicyCustomer | undefined;
  channel: Channel;
  fallbackChannel?: Channel;
  /** Declared by the flow: payment links, delivery notices. Skips quiet hours and frequency caps, never consent. */
  transactional: boolean;
  /** Proactive messages the customer got within the cap's window (see `frequencyWindowStart`). */
  recentProactiveSends: number;
  rules: ContactRules;
  /** Whether the customer can be reached on a channel (has a phone or email); every channel when absent. */
  reachable?: (channel: Channel) => boolean;
  /** A person answering the customer's own message: its channel and when it arrived (ms since the epoch). */
  inReplyTo?: { channel: Channel; at: number };
}

/** WhatsApp lets a business answer freely within 24 hours of the customer's last message. */
export const WHATSAPP_REPLY_WINDOW_MS = 24 * 3_600_000;

/**
 * Whether this send answers the customer's own WhatsApp message inside WhatsApp's 24-hour window: a conversation the
 * customer is having now, which quiet hours and frequency caps (rules for messages the business starts) do not hold.
 */
export function repliesInWindow(ctx: Pick<SendContext, 'inReplyTo' | 'now'>, channel: Channel): boolean {
  const r = ctx.inReplyTo;
  return (
    r !== undefined &&
    channel === 'whatsapp' &&
    r.channel === 'whatsapp' &&
    r.at <= ctx.now &&
    ctx.now - r.at < WHATSAPP_REPLY_WINDOW_MS
  );
}

/**
 * Whether a send on `channel` is one the business starts, so the frequency cap and quiet hours hold it: neither
 * declared transactional nor an answer inside WhatsApp's reply window. A store that re-checks the cap as it writes
 * does so exactly for these.
 */
export function isProactive(ctx: Pick<SendContext, 'transactional' | 'inReplyTo' | 'now'>, channel: Channel): boolean {
  return !ctx.transactional && !repliesInWindow(ctx, channel);
}

/** Send now (possibly on the fallback channel), try again at `until`, or do not send. */
export type SendDecision =
  | { action: 'send'; channel: Channel; fallbackFrom?: { channel: Channel; reason: PolicyReason } }
  | { action: 'defer'; until: number; reason: PolicyReason }
  | { action: 'suppress'; reason: PolicyReason };

/** The start of the frequency cap's rolling window (what `recentProactiveSends` counts from). */
export function frequencyWindowStart(now: number, rules: ContactRules): number {
  return now - (rules.frequencyCap?.perDays ?? 0) * DAY_MS;
}

/** Why a channel cannot be used for this customer, if it cannot. */
function channelBlock(ctx: SendContext, channel: Channel): PolicyReason | undefined {
  const consent = ctx.customer?.consent?.[channel];
  if (consent === false) return reason('opted_out', { channel });
  if (consent !== true && ctx.rules.consent === 'opt_in' && !ctx.transactional) {
    return reason('no_consent', { channel });
  }
  if (ctx.reachable && !ctx.reachable(channel)) return reason('no_address', { channel });
  return undefined;
}

/**
 * The contact policy for one send, as a pure function: consent per channel (with the fallback channel), then —
 * unless the flow declared itself transactional — the frequency cap across all flows, then quiet hours in the
 * customer's time zone (deferred to when they end, never dropped).
 *
 * @example
 * decideSend({ now, customer: { timeZone: 'America/Santiago' }, channel: 'whatsapp', transactional: false,
 *   recentProactiveSends: 0, rules: DEFAULT_CONTACT_RULES })
 * // at 23:30 in Santiago → { action: 'defer', until: <09:00 next morning>, reason: { code: 'quiet_hours', … } }
 */
export function decideSend(ctx: SendContext): SendDecision {
  let channel = ctx.channel;
  let fallbackFrom: { channel: Channel; reason: PolicyReason } | undefined;
  const blocked = channelBlock(ctx, channel);
  if (blocked) {
    const fb = ctx.fallbackChannel;
    if (!fb || fb === channel || channelBlock(ctx, fb)) return { action: 'suppress', reason: blocked };
    fallbackFrom = { channel, reason: blocked };
    channel = fb;
  }
  const send: SendDecision = { action: 'send', channel, ...(fallbackFrom ? { fallbackFrom } : {}) };
  if (!isProactive(ctx, channel)) return send;

  const cap = ctx.rules.frequencyCap;
  if (cap && ctx.recentProactiveSends >= cap.max) {
    return {
      action: 'suppress',
      reason: reason('frequency_cap', { cap: { ...cap, sent: ctx.recentProactiveSends } }),
    };
  }
  const quiet = ctx.rules.quietHours;
  if (quiet) {
    const timeZone = ctx.customer?.timeZone ?? ctx.rules.defaultTimeZone;
    const until = quietUntil(ctx.now, quiet, timeZone);
    if (until !== null && until > ctx.now) {
      return { action: 'defer', until, reason: reason('quiet_hours', { until, timeZone, quiet }) };
    }
  }
  return send;
}
