/**
 * The runtime shapes of a journey: what starts it, what arrives while it runs, what it remembers.
 * Everything here is plain JSON so it crosses Temporal payloads and continue-as-new unchanged.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The customer a journey is about, as known when it starts. */
export interface CustomerProfile {
  id: string;
  name?: string;
  email?: string;
  phone?: string;
  locale?: 'es' | 'en';
  timeZone?: string;
  tier?: string;
  tags?: string[];
  consent?: Partial<Record<'whatsapp' | 'sms' | 'email' | 'voice', boolean>>;
  attributes?: Record<string, Json>;
}

/** A business event as the engine sees it (from Ruta's simple form or a CloudEvent). */
export interface JourneyEvent {
  id: string;
  type: string;
  customerId: string;
  /** ISO 8601 time the event happened. */
  time: string;
  data: Record<string, Json>;
}

/** Something that arrives while a journey runs: a customer reply, a business event, or a handoff outcome. */
export type InboxItem =
  | { kind: 'reply'; id: string; text: string; channel: string; at: string }
  | { kind: 'event'; id: string; type: string; data: Record<string, Json>; at: string }
  | { kind: 'handoff'; id: string; handoffId?: string; resolution: string; agent?: string; at: string };

/** What starts a journey. `state` is present when a journey continues as new. */
export interface JourneyInput {
  plan: import('./plan').Plan;
  flowVersion: number;
  event: JourneyEvent;
  customer: CustomerProfile;
  state?: JourneyState;
}

export type JourneyStatus = 'running' | 'completed' | 'failed' | 'cancelled';

/** A wait in progress; its deadline is absolute so it survives continue-as-new unchanged. */
export interface PendingWait {
  nodeId: string;
  visit: number;
  kind: string;
  since: number;
  deadline: number | null;
  /** For a handoff: the handoff opened before the wait. */
  handoffId?: string;
  /** For a send held by the contact policy or the missing-data rule: why (`quiet_hours`, `missing_data`). */
  reason?: string;
  /** For a send held because placeholders had no value: those placeholders. */
  missing?: string[];
}

/** One move along the flow: the node, which port it left by, and when. */
export interface PathStep {
  nodeId: string;
  visit: number;
  port: string | null;
  enteredAt: number;
  leftAt: number;
}

/** How a knowledge-base bot's attempt ended (`pending` while it sends or waits for the customer's answer). */
export type BotOutcome = 'pending' | 'solved' | 'no_match' | 'declined' | 'unclear' | 'timeout' | 'not_sent' | 'failed';

/**
 * What a `kb.answer` node tried: the question, the articles it found with their scores, what it offered, and the
 * customer's answer. Kept in the journey (across continue-as-new) and passed to a later hand-off, so the agent sees it.
 */
export interface BotAttempt {
  nodeId: string;
  visit: number;
  question: string;
  /** The language searched and answered in. */
  lang: 'es' | 'en';
  threshold: number;
  /** Articles found, best first, offered or not (a near miss helps the agent too). */
  articles: { id: string; title: string; score: number; offered: boolean }[];
  /** Where the attempt is: searched, answer being sent, waiting for the customer's yes or no, or done. */
  stage: 'sending' | 'waiting' | 'done';
  channel: string;
  /** The message being sent (the answer and the follow-up question); dropped once the attempt is done. */
  text?: string;
  /** When the answer went out (ms): only replies from then on answer the follow-up. Dropped once done. */
  askedAt?: number;
  /** The customer's answer to "did that solve it?". */
  reply: string | null;
  outcome: BotOutcome;
}

/** Everything a journey remembers; carried over continue-as-new. */
export interface JourneyState {
  status: JourneyStatus;
  outcome: string | null;
  current: string | null;
  visits: Record<string, number>;
  vars: Record<string, Json>;
  outputs: Record<string, Json>;
  reply: { text: string; channel: string; at: string } | null;
  sentiment: Json | null;
  goals: string[];
  /** The ticket the journey opened last, so later ticket and note nodes act on it. */
  ticketId: string | null;
  inbox: InboxItem[];
  /** Ids of every item ever delivered, so a redelivered signal is ignored. Kept to the newest 1000. */
  seen: string[];
  /** The newest steps (the full path goes to the step sink, outside history). */
  path: PathStep[];
  /** How many steps were taken in all, across runs. */
  steps: number;
  wait: PendingWait | null;
  /**
   * Set when an activity failed for good, or an expression could not be computed, on a node without a failed
   * port. `message` is English; an expression's problem also carries its `code` and Spanish text.
   */
  error: { nodeId: string; message: string; code?: string; es?: string } | null;
  /** The last knowledge-base bot attempt (absent in journeys that never met a `kb.answer` node). */
  bot?: BotAttempt | null;
  startedAt: number;
  run: number;
}

/** Interrupts a person can send to a running journey. */
export interface Controls {
  cancelRequested: boolean;
  /** The wait to skip, by node id and visit, so a late skip cannot hit the next wait. */
  skip: { nodeId: string; visit: number } | null;
}

/**
 * A step as written to the step store: `enter` and `leave` for every node, `wait` when a node starts waiting
 * (with its deadline and reason, e.g. a send deferred by quiet hours), `end` when the journey ends.
 */
export interface StepRecord {
  journeyId: string;
  seq: number;
  type: 'enter' | 'wait' | 'leave' | 'end';
  nodeId: string | null;
  kind: string | null;
  visit: number;
  port: string | null;
  at: number;
  status: JourneyStatus;
  detail?: Json;
}
