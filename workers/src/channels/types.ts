import type { Channel } from '@ruta/policy';

export { CHANNELS, type Channel } from '@ruta/policy';

/** The providers Ruta ships; `RUTA_CHANNEL_PROVIDER_<CHANNEL>` picks one per channel. */
export type ProviderName = 'sandbox' | 'smtp' | 'twilio' | 'whatsapp-cloud';

/** A message for a provider to deliver, with the engine's idempotency key. */
export interface OutgoingMessage {
  /** `<journey id>:<node id>:<visit>`: sent to providers as their idempotency header where they have one. */
  idempotencyKey: string;
  channel: Channel;
  /** Phone number (E.164) or email address. */
  to: string;
  text: string;
  subject?: string;
  locale: 'es' | 'en';
  customerId: string;
  customerName?: string;
  /** Proactive messages get an unsubscribe note where the channel has a convention for it (email). */
  transactional: boolean;
}

/** What the provider answered when it accepted a message. */
export interface SendReceipt {
  providerMessageId: string;
  /** The provider's own status word (e.g. Twilio's `queued`), for logs. */
  providerStatus?: string;
}

/** A delivery status reported by a provider's callback, in Ruta's words. */
export interface DeliveryUpdate {
  provider: ProviderName;
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** The provider's error code or status word when it failed. */
  reason?: string;
  /** When the provider says it happened (ISO), if it says. */
  at?: string;
}

/** A customer's message as a provider's webhook delivered it. */
export interface InboundMessage {
  provider: ProviderName;
  providerMessageId: string;
  channel: Channel;
  /** Phone number (E.164, without a `whatsapp:` prefix), email address, or the sandbox's customer id. */
  from: string;
  to: string;
  text: string;
  subject?: string;
  /** Set by the sandbox, whose tester writes as a known customer. */
  customerId?: string;
  receivedAt: string;
  /** The sender's display name, when the provider gives one. */
  name?: string;
}

/** A webhook request as the API received it: the raw body matters for signatures. */
export interface WebhookRequest {
  /** The full public URL the provider called (Twilio signs it). */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  rawBody: string;
}

/** What a provider knows about a message sent under an idempotency key (for a send interrupted mid-way). */
export type LookupResult = { found: true; receipt: SendReceipt } | { found: false };

/** Options for one provider call. */
export interface SendOptions {
  /** Aborted when Temporal cancels the activity or the worker shuts down. */
  signal?: AbortSignal;
  /** When the send was claimed (ms since epoch): a lookup only considers messages from then on. */
  since?: number;
}

/**
 * One interface for every channel provider. `send` is the only required part; the webhook helpers are plain
 * functions the API calls (exported from `channels/index.ts`), and `lookup` lets the send path resolve a
 * message whose send was interrupted after the provider had it.
 */
export interface ChannelProvider {
  readonly name: ProviderName;
  readonly channels: readonly Channel[];
  /** Delivers one message. Throws a `ProviderError` saying whether it may be retried and whether it went out. */
  send(message: OutgoingMessage, options?: SendOptions): Promise<SendReceipt>;
  /** Finds a message already accepted for this key/recipient, when the provider can be asked. */
  lookup?(message: OutgoingMessage, options?: SendOptions): Promise<LookupResult>;
  /** Whether `to` can be used at all on this provider (a phone number for SMS, an address for email). */
  accepts?(channel: Channel, to: string): boolean;
  /**
   * The outbox row is the delivery (the sandbox: the phone simulator reads the outbox). `send` then only names the
   * message, calls nothing outside, and the send path writes the row once, as sent, instead of claiming it
   * `sending` before an outside call and moving it to `sent` after.
   */
  readonly deliversByOutbox?: boolean;
  close?(): Promise<void>;
}
