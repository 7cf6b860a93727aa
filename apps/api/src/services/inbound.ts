import { putInbound } from '@ruta/db';
import { normalizeEmail, normalizePhone } from '../lib/addresses';
import { customerByAddress } from './customers';
import { type Delivered, deliverReply, waitingJourneys } from './delivery';
import type { Runtime } from './runtime';

type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';

/** A customer's message as a channel provider reported it. */
export interface InboundMessage {
  provider: string;
  channel: Channel;
  /** The sender's phone or email as the provider gives it. */
  from: string;
  /** The customer, when the provider knows it (the sandbox does). */
  customerId?: string;
  text: string;
  /** The provider's id of the message: a redelivered webhook has the same one. */
  providerMessageId: string;
  at: string;
  metadata?: Record<string, string | number | boolean | null>;
}

/** What became of an inbound message. */
export interface InboundResult {
  messageId: string;
  customerId: string;
  known: boolean;
  duplicate: boolean;
  journeys: Delivered[];
}

/** Where the messages of senders Ruta does not know are kept (visible in that id's timeline). */
export function unknownSenderId(from: string): string {
  const address = normalizeEmail(from) ?? normalizePhone(from) ?? from.trim();
  return `unknown:${address}`;
}

/**
 * Stores a customer's message and delivers it as a `reply` signal to their running journeys that wait for
 * replies. Idempotent on the provider's message id: a redelivered webhook is stored once, and delivered again
 * harmlessly (the journey ignores a reply id it has seen), which also covers a crash between store and deliver.
 * An unknown sender or a message nobody waits for is stored and visible, never an error.
 */
export async function receiveInbound(rt: Runtime, message: InboundMessage): Promise<InboundResult> {
  const customer = message.customerId ? { id: message.customerId } : await customerByAddress(rt.db, message.from);
  const customerId = customer?.id ?? unknownSenderId(message.from);
  const targets = customer ? await waitingJourneys(rt, customerId, (w) => w.replies) : [];
  const first = targets[0];
  const stored = await putInbound(rt.db, {
    customerId,
    channel: message.channel,
    provider: message.provider,
    providerMessageId: message.providerMessageId,
    journeyId: first?.id ?? null,
    flowId: first?.flowId ?? null,
    body: message.text,
    receivedAt: message.at,
    metadata: { from: message.from, known: customer !== null, ...message.metadata },
  });
  const journeys = await deliverReply(rt, targets, {
    id: `${message.provider}:${message.providerMessageId}`,
    text: message.text,
    channel: message.channel,
    at: message.at,
  });
  return { messageId: stored.message.id, customerId, known: customer !== null, duplicate: !stored.inserted, journeys };
}
