import type { OutboundStatus, WorkerStore } from '../store/types';
import type { DeliveryUpdate, InboundMessage } from './types';

/**
 * Applies providers' delivery receipts to the outbox (and so to the conversation timeline). Receipts only move a
 * message forward, so a late `delivered` after `read` changes nothing. Returns how many changed a message.
 */
export async function applyDeliveryUpdates(
  store: Pick<WorkerStore, 'updateOutboundByProviderId'>,
  updates: DeliveryUpdate[],
): Promise<number> {
  let changed = 0;
  for (const u of updates) {
    const r = await store.updateOutboundByProviderId(u.provider, u.providerMessageId, {
      status: u.status satisfies OutboundStatus,
      ...(u.reason ? { reason: u.reason } : {}),
    });
    if (r.updated) changed++;
  }
  return changed;
}

/**
 * Stores a customer's message in the timeline, finding the customer by id (sandbox), phone or email. Returns the
 * customer id, or undefined when nobody matches (the API decides what to do with strangers).
 */
export async function recordInbound(
  store: Pick<WorkerStore, 'findCustomer' | 'putInbound'>,
  message: InboundMessage,
): Promise<{ customerId: string; inserted: boolean } | undefined> {
  const customer = message.customerId
    ? await store.findCustomer('id', message.customerId)
    : await store.findCustomer(message.channel === 'email' ? 'email' : 'phone', message.from);
  const customerId = customer?.id ?? message.customerId;
  if (!customerId) return undefined;
  const { inserted } = await store.putInbound({
    customerId,
    channel: message.channel,
    provider: message.provider,
    providerMessageId: message.providerMessageId,
    from: message.from,
    text: message.text,
    ...(message.subject ? { subject: message.subject } : {}),
    receivedAt: message.receivedAt,
  });
  return { customerId, inserted };
}
