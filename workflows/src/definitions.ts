import type {
  AudienceProgress,
  InboxItem,
  JourneyState,
  Json,
  PathStep,
  PendingWait,
  RetryRequest,
} from '@ruta/flow/runtime';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

/** A customer's reply on any channel; `id` is the provider's message id, so redeliveries are ignored. */
export type ReplySignal = Omit<Extract<InboxItem, { kind: 'reply' }>, 'kind'>;
/** A business event for a journey that waits for it; `id` is the event's id. */
export type EventSignal = Omit<Extract<InboxItem, { kind: 'event' }>, 'kind'>;
/** An agent resolved (or closed) a handoff. */
export type HandoffSignal = Omit<Extract<InboxItem, { kind: 'handoff' }>, 'kind'>;

export const replySignal = defineSignal<[ReplySignal]>('reply');
export const eventSignal = defineSignal<[EventSignal]>('event');
export const handoffSignal = defineSignal<[HandoffSignal]>('handoff');

/** What a journey looks like right now, for the API and the designer. */
export interface LiveState {
  flowId: string;
  flowVersion: number;
  planHash: string;
  customerId: string;
  status: JourneyState['status'];
  outcome: string | null;
  current: string | null;
  wait: (Omit<PendingWait, 'since' | 'deadline'> & { since: string; deadline: string | null }) | null;
  vars: Record<string, Json>;
  outputs: Record<string, Json>;
  reply: JourneyState['reply'];
  sentiment: Json | null;
  goals: string[];
  visits: Record<string, number>;
  path: PathStep[];
  steps: number;
  run: number;
  inbox: number;
  error: JourneyState['error'];
}
export const stateQuery = defineQuery<LiveState>('state');

/** Ends a running journey; it records why and stops at once, even mid-wait. */
export const cancelUpdate = defineUpdate<{ cancelled: true }, [{ reason?: string }]>('cancel');
/** Ends the current wait now, as if its time had run out (a reply wait leaves by `timeout`). */
export const skipWaitUpdate = defineUpdate<{ skipped: string }, [{ nodeId?: string }]>('skipWait');
/**
 * Tries the step a journey waits at again: the activity of a journey parked at a failed step (reason
 * `activity_failed`, same idempotency key), or the send of a journey holding a message for missing data (reason
 * `missing_data`), which renders its text again with `customer`, the customer's profile as it is now, when given
 * (it replaces the journey's copy, also across continue-as-new). Skip is skipWait, cancel is cancel.
 */
export const retryStepUpdate = defineUpdate<{ retried: string }, [RetryRequest]>('retryStep');

/** What a finished journey returns. */
export interface JourneyResult {
  status: JourneyState['status'];
  outcome: string | null;
  goals: string[];
  steps: number;
  runs: number;
  path: string[];
  vars: Record<string, Json>;
}

/** The workflow type name journeys run under. */
export const JOURNEY_WORKFLOW = 'journey';

/** Where an audience run is: batches done, customers seen, journeys started and skipped. */
export const progressQuery = defineQuery<AudienceProgress>('progress');

/** The workflow type name audience runs run under. */
export const AUDIENCE_WORKFLOW = 'audienceRun';

/** An agent's reply to a customer from a case: what `channel.send` gets, and whose outbox row it is. */
export interface CaseReplyInput {
  /** The outbox key: one per reply the agent wrote (a repeated request finds the same row). */
  idempotencyKey: string;
  /** The journey the case belongs to (the message shows on its timeline), or the case id when it has none. */
  journeyId: string;
  /** Names the sender on the timeline: `case:<id>`. */
  nodeId: string;
  send: {
    customerId: string;
    flowId: string;
    channel: 'whatsapp' | 'sms' | 'email' | 'voice';
    text: string;
    subject?: string;
    locale: 'es' | 'en';
    transactional: false;
    kind: 'message';
    inReplyTo?: { channel: 'whatsapp' | 'sms' | 'email' | 'voice'; at: string };
  };
}

/** How the reply went: `channel.send`'s answer (sent, suppressed with a reason, or still deferred). */
export interface CaseReplyResult {
  messageId: string;
  channel: 'whatsapp' | 'sms' | 'email' | 'voice';
  status: 'sent' | 'queued' | 'deferred' | 'suppressed' | 'failed';
  reason?: string;
  retryAt?: number;
  deduped: boolean;
}

/** The workflow type name agents' replies run under. */
export const CASE_REPLY_WORKFLOW = 'caseReply';

/** The newest answer of `channel.send` inside a case reply (null before the first): a deferral shows here. */
export const lastSendQuery = defineQuery<CaseReplyResult | null>('lastSend');
