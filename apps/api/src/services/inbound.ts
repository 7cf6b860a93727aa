import { createHash } from 'node:crypto';
import { putInbound } from '@ruta/db';
import { normalizeEmail, normalizePhone } from '../lib/addresses';
import { customerByAddress } from './customers';
import { type Delivered, deliverReply, waitingJourneys } from './delivery';
import { ingestEvent } from './events';
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
  /** Journeys the reply was delivered to, or (when none waited for it) started by it as a `message.received` event. */
  journeys: (Omit<Delivered, 'action'> & { action: Delivered['action'] | 'started' })[];
}

/** The event a customer's own message becomes when no journey waits for it: flows triggered by it start. */
export const MESSAGE_RECEIVED = 'message.received';

/**
 * The id of the `message.received` event a message becomes: `msg:<provider>:<message id>`, hashed when a long provider
 * id would pass the 200 characters every event id keeps to (so it can be looked up like any other event).
 */
export function messageEventId(provider: string, providerMessageId: string): string {
  const plain = `msg:${provider}:${providerMessageId}`;
  if (plain.length <= 200) return plain;
  return `msg:${provider}:sha256:${createHash('sha256').update(providerMessageId).digest('hex')}`;
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
 * An unknown sender or a message nobody waits for is stored and visible, never an error. A known customer's message
 * that no journey waits for also becomes a `message.received` event (`{ text, channel }`, its id from the provider's
 * message id, so a redelivery starts nothing twice): the knowledge-base bot and any flow triggered by a customer
 * writing first start from it.
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
  const result = { messageId: stored.message.id, customerId, known: customer !== null, duplicate: !stored.inserted };
  // A message that first arrived when nobody waited for it started journeys (below); its redelivery must not reach
  // them as an answer to their own first question.
  const nobodyWaited = stored.inserted ? targets.length === 0 : stored.message.journeyId === null;
  if (!customer || !nobodyWaited) {
    const journeys = await deliverReply(rt, targets, {
      id: `${message.provider}:${message.providerMessageId}`,
      text: message.text,
      channel: message.channel,
      at: message.at,
    });
    return { ...result, journeys };
  }
  const { result: started } = await ingestEvent(rt, {
    id: messageEventId(message.provider, message.providerMessageId),
    type: MESSAGE_RECEIVED,
    customerId,
    time: message.at,
    data: { text: message.text, channel: message.channel },
    source: message.provider,
  });
  return { ...result, journeys: started.journeys };
}
