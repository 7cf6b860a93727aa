import type { CustomerProfile } from '@ruta/flow';
import { channelSend, implement } from '@ruta/sdk';
import type { WorkerStore } from '../store/types';

type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';

/** The customer's address on a channel: phone for WhatsApp, SMS and calls, email for email. */
export function addressFor(customer: CustomerProfile | undefined, channel: Channel): string | undefined {
  if (!customer) return undefined;
  return channel === 'email' ? customer.email : customer.phone;
}

/**
 * The sandbox channel: messages land in the outbox (and so in the conversation timeline) instead of a
 * provider. Consent per channel is honoured, with the fallback channel when consent is missing.
 * At most once: the outbox row is claimed under the idempotency key before anything is delivered.
 */
export function sandboxSend(store: WorkerStore) {
  return implement(channelSend, async (input, ctx) => {
    const customer = await store.getCustomer(input.customerId);
    let channel: Channel = input.channel;
    let reason: string | undefined;
    if (customer?.consent?.[channel] === false) {
      if (input.fallbackChannel && customer.consent?.[input.fallbackChannel] !== false) {
        reason = `no_consent:${channel}`;
        channel = input.fallbackChannel;
      } else {
        return {
          messageId: '',
          channel,
          status: 'suppressed' as const,
          reason: `no_consent:${channel}`,
          deduped: false,
        };
      }
    }
    const now = new Date().toISOString();
    const { inserted, message } = await store.claimOutbound({
      idempotencyKey: ctx.idempotencyKey,
      journeyId: ctx.journeyId,
      nodeId: ctx.nodeId,
      customerId: input.customerId,
      channel,
      provider: 'sandbox',
      to: input.to ?? addressFor(customer, channel) ?? input.customerId,
      text: input.text,
      ...(input.subject ? { subject: input.subject } : {}),
      status: 'queued',
      ...(reason ? { reason } : {}),
      createdAt: now,
      updatedAt: now,
    });
    const messageId = `sbx-${ctx.idempotencyKey}`;
    if (message.status === 'queued') {
      await store.updateOutbound(ctx.idempotencyKey, { status: 'sent', providerMessageId: messageId });
    }
    return {
      messageId,
      channel: message.channel as Channel,
      status: 'sent' as const,
      ...(message.reason ? { reason: message.reason } : {}),
      deduped: !inserted,
    };
  });
}
