import type { CustomerProfile } from '@ruta/flow';
import { metrics } from '@ruta/log';
import { type ContactRules, contactRulesFromEnv, decideSend, frequencyWindowStart, isProactive } from '@ruta/policy';
import { type ActivityContext, channelSend, implement } from '@ruta/sdk';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import { channelsConfigFromEnv, createProviders, type Providers } from '../channels/config';
import { ProviderError } from '../channels/errors';
import type { Channel, ChannelProvider, OutgoingMessage } from '../channels/types';
import {
  type CapLimit,
  type CapReached,
  isCapReached,
  type OutboundMessage,
  type OutboundPatch,
  type WorkerStore,
} from '../store/types';

type SendInput = z.output<typeof channelSend.input>;
type SendOutput = z.input<typeof channelSend.output>;

/** What the send path is built from; everything defaults to the environment. */
export interface ChannelSendOptions {
  /** Providers per channel (default: built from `channelsConfigFromEnv()`). */
  providers?: Providers;
  /** Contact rules (default: `contactRulesFromEnv()`). */
  rules?: ContactRules;
  /** The policy's clock (default: the activity's, see `activityNow`). */
  now?: () => number;
  /** Called right after a provider accepted a message, before the outbox says so (the crash test's hook). */
  afterProviderAccepted?: (idempotencyKey: string) => void;
}

/** The customer's address on a channel: phone for WhatsApp, SMS and calls, email for email. */
export function addressFor(customer: CustomerProfile | undefined, channel: Channel): string | undefined {
  if (!customer) return undefined;
  return channel === 'email' ? customer.email : customer.phone;
}

/**
 * The time the contact policy decides at: the wall clock, or the time Temporal scheduled this attempt if that is
 * later. They are the same in production; on the time-skipping test server the schedule time is the server's
 * skipped-ahead clock, which the journey's timers (a send deferred to 09:00) follow too.
 */
export function activityNow(): number {
  try {
    return Math.max(Date.now(), Context.current().info.currentAttemptScheduledTimestampMs);
  } catch {
    return Date.now();
  }
}

/**
 * The crash test's hook, from `RUTA_TEST_CRASH_AFTER_PROVIDER=<part of an idempotency key>`: the worker process
 * kills itself (SIGKILL, no cleanup) right after the provider accepted that message. Test-only; unset, it is a no-op.
 */
export function crashHookFromEnv(env: NodeJS.ProcessEnv = process.env): ((key: string) => void) | undefined {
  const part = env.RUTA_TEST_CRASH_AFTER_PROVIDER;
  if (!part) return undefined;
  return (key) => {
    if (key.includes(part)) process.kill(process.pid, 'SIGKILL');
  };
}

/** The failed-for-good reasons a fallback channel may be tried after. */
const FALLBACK_AFTER = new Set(['InvalidRecipient', 'OptedOut', 'TemplateRejected']);

/** How many times the path re-reads a row that another attempt moved under it. */
const MAX_RACES = 3;

function failure(err: ProviderError): ApplicationFailure {
  return ApplicationFailure.create({
    type: err.type,
    message: err.message,
    nonRetryable: !err.retryable,
    ...(err.retryable && err.retryAfterMs !== undefined ? { nextRetryDelay: err.retryAfterMs } : {}),
    details: [{ providerCode: err.providerCode ?? null, httpStatus: err.httpStatus ?? null }],
  });
}

/**
 * The send path of `channel.send`, at most once per idempotency key:
 *
 * 1. a row already settled for the key (sent, suppressed, failed) is answered from the outbox, without the provider;
 * 2. the contact policy decides: defer (row `deferred` with `retryAt`: the journey sleeps and calls again),
 *    suppress (row `suppressed`), or send, maybe on the fallback channel;
 * 3. the row is claimed `sending` by compare-and-set, so two racing attempts cannot both go on; the claim also
 *    re-checks the frequency cap under the customer's cap lock (the decision is made as if under the cap, and a
 *    claim that finds it reached is decided again with the count: suppressed), so of two sends racing for a
 *    customer's last slot one goes out;
 * 4. the provider is called with the key as its idempotency header (Twilio: `I-Twilio-Idempotency-Token`);
 * 5. the row becomes `sent` with the provider's message id.
 *
 * A row found in `sending` means an attempt died between 3 and 5: the provider may have the message. It is
 * resolved by asking the provider (Twilio: list messages to the customer) or, when the provider cannot be asked
 * or does not know it, recorded as sent with reason `unconfirmed` — never sent again: a customer must not get a
 * message twice, and a lost message is visible in the outbox while a duplicate cannot be taken back.
 * A provider error that certainly sent nothing (4xx/5xx answer, connection refused) returns the row to `queued`
 * and lets Temporal retry (429: after Retry-After); a refusal for good fails the row and tries the fallback.
 */
class SendPath {
  constructor(
    private readonly store: WorkerStore,
    private readonly providers: Providers,
    private readonly rules: ContactRules,
    private readonly now: number,
    private readonly input: SendInput,
    private readonly ctx: ActivityContext,
    private readonly afterAccepted: ((key: string) => void) | undefined,
  ) {}

  async run(key: string, channel: Channel, fallback: Channel | undefined): Promise<SendOutput> {
    for (let race = 0; race < MAX_RACES; race++) {
      // The reads a decision needs, at once: one round trip on the database store. When the row turns out settled,
      // the customer was read for nothing (a retry, rare).
      const { existing, customer } = await this.read(key);
      if (existing && existing.status !== 'queued' && existing.status !== 'deferred') {
        return this.settled(existing, fallback);
      }
      let result = await this.decideAndSend(key, channel, fallback, existing, customer, undefined);
      // The cap was reached: the same decision with the count the claim found (suppressed, reason frequency_cap).
      if (isCapReached(result))
        result = await this.decideAndSend(key, channel, fallback, existing, customer, result.capped);
      if (result && !isCapReached(result)) return result;
    }
    throw ApplicationFailure.create({
      type: 'OutboxContention',
      message: `The outbox row ${key} kept changing under this attempt; retrying`,
    });
  }

  /** Answers from a row another attempt already took past the decision. */
  private async settled(row: OutboundMessage, fallback: Channel | undefined): Promise<SendOutput> {
    const common = { messageId: row.providerMessageId ?? '', channel: row.channel as Channel, deduped: true };
    switch (row.status) {
      case 'sent':
      case 'delivered':
      case 'read':
        return { ...common, status: 'sent', ...(row.reason ? { reason: row.reason } : {}) };
      case 'suppressed':
        return { ...common, status: 'suppressed', ...(row.reason ? { reason: row.reason } : {}) };
      case 'failed':
        if (fallback && row.reason && FALLBACK_AFTER.has(row.reason)) {
          return this.fallback(row.idempotencyKey, fallback, row.reason);
        }
        throw ApplicationFailure.create({
          type: row.reason && FALLBACK_AFTER.has(row.reason) ? row.reason : 'SendFailed',
          message: `The message ${row.idempotencyKey} failed for good (${row.reason ?? 'unknown'})`,
          nonRetryable: true,
        });
      case 'sending':
        return this.resolveInterrupted(row);
      default:
        throw new Error(`Unexpected outbox status ${row.status}`);
    }
  }

  /** A send interrupted after the claim: ask the provider, else record it as sent-unconfirmed. Never resend. */
  private async resolveInterrupted(row: OutboundMessage): Promise<SendOutput> {
    const provider = this.providers.for(row.channel as Channel);
    let patch: OutboundPatch = { status: 'sent', reason: 'unconfirmed' };
    if (provider.lookup && provider.name === row.provider) {
      const since = Date.parse(row.history?.find((h) => h.status === 'sending')?.at ?? row.updatedAt);
      let found: Awaited<ReturnType<NonNullable<ChannelProvider['lookup']>>>;
      try {
        found = await provider.lookup(this.outgoing(row.idempotencyKey, row.channel as Channel, row.to), {
          signal: this.ctx.signal,
          since,
        });
      } catch (err) {
        // The provider cannot be asked now: leave the row in `sending` and let Temporal retry the question.
        if (err instanceof ProviderError) throw failure(new ProviderError('ProviderUnavailable', err.message));
        throw err;
      }
      if (found.found) patch = { status: 'sent', providerMessageId: found.receipt.providerMessageId };
    }
    const updated = await this.store.transitionOutbound(row.idempotencyKey, ['sending'], patch);
    const final = updated ?? (await this.store.getOutbound(row.idempotencyKey)) ?? row;
    return {
      messageId: final.providerMessageId ?? '',
      channel: final.channel as Channel,
      status: 'sent',
      ...(final.reason ? { reason: final.reason } : {}),
      deduped: true,
    };
  }

  private outgoing(key: string, channel: Channel, to: string, customer?: CustomerProfile): OutgoingMessage {
    return {
      idempotencyKey: key,
      channel,
      to,
      text: this.input.text,
      ...(this.input.subject ? { subject: this.input.subject } : {}),
      locale: this.input.locale,
      customerId: this.input.customerId,
      ...(customer?.name ? { customerName: customer.name } : {}),
      transactional: this.input.transactional,
    };
  }

  /**
   * Writes a row in `status` (creating it, or moving it on from queued/deferred), unless `cap` is reached; false if
   * another attempt won.
   */
  private async put(
    key: string,
    existing: OutboundMessage | undefined,
    row: OutboundMessage,
    cap: CapLimit | null,
  ): Promise<boolean | CapReached> {
    if (!existing) {
      const claimed = await this.store.claimOutbound(row, { cap });
      return isCapReached(claimed) ? claimed : claimed.inserted;
    }
    const { status, reason, channel, provider, to, retryAt } = row;
    // A reason left by an earlier attempt (say RateLimited) is cleared, not kept.
    const patch: OutboundPatch = { status, channel, provider, to, reason: reason ?? null };
    if (retryAt !== undefined) patch.retryAt = retryAt;
    const moved = await this.store.transitionOutbound(key, ['queued', 'deferred'], patch, { cap });
    return isCapReached(moved) ? moved : moved !== undefined;
  }

  /** The outbox row of `key` and the customer: in one statement on the database store, else two reads at once. */
  private async read(key: string) {
    const { store, input } = this;
    if (store.readForSend) return store.readForSend(key, input.customerId);
    const [existing, customer] = await Promise.all([store.getOutbound(key), store.getCustomer(input.customerId)]);
    return { existing, customer };
  }

  /**
   * Steps 2–5; undefined when another attempt moved the row first (the caller reads it again). `recent` is the
   * customer's count of proactive messages when known; unknown, the decision is made as if under the cap and the
   * write re-checks it, answering `CapReached` (with the count) if it is reached.
   */
  private async decideAndSend(
    key: string,
    primary: Channel,
    fallback: Channel | undefined,
    existing: OutboundMessage | undefined,
    customer: CustomerProfile | undefined,
    recent: number | undefined,
  ): Promise<SendOutput | CapReached | undefined> {
    const { store, rules, now, input } = this;
    const inReplyTo = input.inReplyTo
      ? { inReplyTo: { channel: input.inReplyTo.channel, at: Date.parse(input.inReplyTo.at) } }
      : {};
    const addressOn = (channel: Channel): string | undefined => {
      if (input.to && channel === input.channel) return input.to;
      const address = addressFor(customer, channel);
      if (this.providers.for(channel).name === 'sandbox') return address ?? input.customerId;
      return address;
    };
    const decision = decideSend({
      now,
      customer,
      channel: primary,
      ...(fallback ? { fallbackChannel: fallback } : {}),
      transactional: input.transactional,
      recentProactiveSends: recent ?? 0,
      rules,
      ...inReplyTo,
      reachable: (channel) => {
        const address = addressOn(channel);
        const provider = this.providers.for(channel);
        return address !== undefined && (provider.accepts?.(channel, address) ?? true);
      },
    });
    const channel = decision.action === 'send' ? decision.channel : primary;
    // The cap the write re-checks: when the count was not known and the decision went past the cap (a deferral
    // only comes after it; a send when it is proactive on its channel).
    const capRule = recent === undefined ? rules.frequencyCap : null;
    const cap =
      capRule &&
      (decision.action === 'defer' ||
        (decision.action === 'send' && isProactive({ now, transactional: input.transactional, ...inReplyTo }, channel)))
        ? { sinceMs: frequencyWindowStart(now, rules), atMost: capRule.max }
        : null;
    const provider = this.providers.for(channel);
    const at = new Date(now).toISOString();
    const row: OutboundMessage = {
      idempotencyKey: key,
      journeyId: this.ctx.journeyId,
      nodeId: this.ctx.nodeId,
      customerId: input.customerId,
      flowId: input.flowId,
      channel,
      provider: provider.name,
      to: addressOn(channel) ?? '',
      text: input.text,
      ...(input.subject ? { subject: input.subject } : {}),
      transactional: input.transactional,
      status: 'queued',
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };

    if (decision.action === 'defer') {
      const code = decision.reason.code;
      const put = await this.put(
        key,
        existing,
        { ...row, status: 'deferred', reason: code, retryAt: decision.until },
        cap,
      );
      if (put !== true) return put || undefined;
      return { messageId: '', channel, status: 'deferred', reason: code, retryAt: decision.until, deduped: false };
    }
    if (decision.action === 'suppress') {
      const code = decision.reason.code;
      if (!(await this.put(key, existing, { ...row, status: 'suppressed', reason: code }, null))) return;
      return { messageId: '', channel, status: 'suppressed', reason: code, deduped: false };
    }

    const fallbackReason = decision.fallbackFrom?.reason.code;
    if (provider.deliversByOutbox && !existing)
      return this.deliverByOutbox(key, row, provider, customer, fallbackReason, cap);
    const claimed: OutboundMessage = {
      ...row,
      status: 'sending',
      ...(fallbackReason ? { reason: fallbackReason } : {}),
    };
    const put = await this.put(key, existing, claimed, cap);
    if (put !== true) return put || undefined;

    const message = this.outgoing(key, channel, claimed.to, customer);
    let receipt: Awaited<ReturnType<ChannelProvider['send']>>;
    try {
      receipt = await provider.send(message, { signal: this.ctx.signal, since: now });
    } catch (err) {
      return this.providerFailed(key, channel, fallback, customer, err);
    }
    this.afterAccepted?.(key);
    const sent: OutboundPatch = { status: 'sent', providerMessageId: receipt.providerMessageId };
    if (!(await store.transitionOutbound(key, ['sending'], sent))) {
      // A concurrent attempt took this one for dead and recorded the message as sent-unconfirmed: confirm it.
      const row = await store.getOutbound(key);
      if (row?.status === 'sent' && !row.providerMessageId) {
        await store.transitionOutbound(key, ['sent'], { ...sent, reason: fallbackReason ?? null });
      }
    }
    return {
      messageId: receipt.providerMessageId,
      channel,
      status: 'sent',
      ...(fallbackReason ? { reason: fallbackReason } : {}),
      deduped: false,
    };
  }

  /**
   * A provider whose delivery is the outbox row (the sandbox): the row is written once, already sent, with the same
   * history a two-step send leaves (`sending`, then `sent`). Undefined when another attempt wrote it first.
   */
  private async deliverByOutbox(
    key: string,
    row: OutboundMessage,
    provider: ChannelProvider,
    customer: CustomerProfile | undefined,
    fallbackReason: string | undefined,
    cap: CapLimit | null,
  ): Promise<SendOutput | CapReached | undefined> {
    const channel = row.channel as Channel;
    const receipt = await provider.send(this.outgoing(key, channel, row.to, customer), {
      signal: this.ctx.signal,
      since: this.now,
    });
    const reason = fallbackReason ? { reason: fallbackReason } : {};
    const sent: OutboundMessage = {
      ...row,
      ...reason,
      status: 'sent',
      providerMessageId: receipt.providerMessageId,
      history: [
        { status: 'sending', ...reason, at: row.createdAt },
        { status: 'sent', at: row.createdAt },
      ],
    };
    const claimed = await this.store.claimOutbound(sent, { cap });
    if (isCapReached(claimed)) return claimed;
    if (!claimed.inserted) return undefined;
    this.afterAccepted?.(key);
    return { messageId: receipt.providerMessageId, channel, status: 'sent', ...reason, deduped: false };
  }

  private async providerFailed(
    key: string,
    channel: Channel,
    fallback: Channel | undefined,
    customer: CustomerProfile | undefined,
    err: unknown,
  ): Promise<SendOutput> {
    const { store } = this;
    if (!(err instanceof ProviderError) || err.accepted === 'unknown') {
      // The provider may have the message: keep `sending`; the retry resolves it without resending.
      const e = err instanceof ProviderError ? err : new ProviderError('ProviderTimeout', String(err));
      throw failure(new ProviderError('ProviderTimeout', e.message, { accepted: 'unknown' }));
    }
    if (err.retryable) {
      await store.transitionOutbound(key, ['sending'], { status: 'queued', reason: err.type });
      throw failure(err);
    }
    await store.transitionOutbound(key, ['sending'], { status: 'failed', reason: err.type });
    if (err.type === 'OptedOut' && customer) {
      await store.upsertCustomer({ ...customer, consent: { ...customer.consent, [channel]: false } });
    }
    if (fallback && fallback !== channel && FALLBACK_AFTER.has(err.type)) return this.fallback(key, fallback, err.type);
    throw failure(err);
  }

  /**
   * The fallback channel after the first failed for good: its own outbox row (`<key>:fallback`), through the same
   * policy and the same at-most-once path, with no further fallback. The answer's reason names the first failure.
   */
  private async fallback(key: string, channel: Channel, firstFailure: string): Promise<SendOutput> {
    const result = await this.run(`${key}:fallback`, channel, undefined);
    return { ...result, reason: result.reason ?? firstFailure };
  }
}

/**
 * `channel.send` on the configured providers and contact rules: the policy decision, the outbox claim under the
 * idempotency key, the provider call, and the delivery recorded, at most once (see `SendPath`). The environment's
 * configuration is read here, so a worker with a wrong channel setting fails at start, naming the variable.
 */
export function channelSendActivity(store: WorkerStore, options: ChannelSendOptions = {}) {
  const providers = options.providers ?? createProviders(channelsConfigFromEnv());
  const rules = options.rules ?? contactRulesFromEnv();
  const afterAccepted = options.afterProviderAccepted ?? crashHookFromEnv();
  return implement(channelSend, async (input, ctx) => {
    const now = (options.now ?? activityNow)();
    const path = new SendPath(store, providers, rules, now, input, ctx, afterAccepted);
    const counters = metrics();
    try {
      const out = await path.run(ctx.idempotencyKey, input.channel, input.fallbackChannel);
      // A repeat answered from the outbox was counted by the attempt that settled it.
      if (!out.deduped) {
        counters.sends.inc({ channel: out.channel, outcome: out.status });
        if (out.status === 'suppressed') counters.suppressions.inc({ reason: out.reason ?? 'unknown' });
      }
      return out;
    } catch (err) {
      counters.sends.inc({ channel: input.channel, outcome: 'failed' });
      throw err;
    }
  });
}
