import { randomUUID } from 'node:crypto';
import { getCustomer, getJourney, lastInbound, type TicketRow } from '@ruta/db';
import {
  CASE_REPLY_WORKFLOW,
  type CaseReplyInput,
  type CaseReplyResult,
  lastSendQuery,
} from '@ruta/workflows/definitions';
import { WorkflowExecutionAlreadyStartedError, WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ApiError } from '../errors/api-error';
import { openHandoff } from './cases';
import type { Runtime } from './runtime';

type Channel = CaseReplyInput['send']['channel'];

/** How long the API waits for the send before answering 202 (the reply then goes out from its workflow). */
const ANSWER_WITHIN_MS = 10_000;
/** How often, meanwhile, the API asks the reply's workflow whether the policy deferred it (bounded by the above). */
const DEFERRAL_POLL_MS = 300;

export interface ReplyRequest {
  text: string;
  /** The channel to answer on; the customer's newest message's channel by default. */
  channel?: Channel;
  subject?: string;
  /** The client's id for this reply: sending the same request again sends nothing new. */
  requestId?: string;
}

export interface ReplyAnswer {
  /** `pending`: accepted, not settled yet (deferred by quiet hours or still being retried). */
  status: CaseReplyResult['status'] | 'pending';
  channel: Channel;
  messageId: string;
  reason: string | null;
  retryAt: string | null;
  requestId: string;
  /** Whether the reply answers the customer's own message inside WhatsApp's 24-hour window. */
  inReplyTo: { channel: Channel; at: string } | null;
}

/**
 * An agent answers the customer from a case, on the customer's channel, through the journeys' own send path: a
 * `caseReply` workflow runs `channel.send` (contact rules, outbox, at-most-once per request id). The answer comes when
 * the provider took the message, or as `pending` when it waits (quiet hours) or is being retried.
 */
export async function replyToCustomer(rt: Runtime, ticket: TicketRow, req: ReplyRequest): Promise<ReplyAnswer> {
  openHandoff(ticket);
  const customer = await getCustomer(rt.db, ticket.customerId);
  if (customer?.erasedAt) throw new ApiError('customer-erased', `Customer ${ticket.customerId} was erased`);
  const last = await lastInbound(rt.db, ticket.customerId);
  // The channel the customer last wrote on; else the first their profile reaches (the contact rules still decide).
  const profileChannel: Channel | undefined = customer?.phone ? 'whatsapp' : customer?.email ? 'email' : undefined;
  const channel = req.channel ?? (last?.channel as Channel | undefined) ?? profileChannel;
  if (!channel) {
    throw new ApiError(
      'no-reply-channel',
      'The customer has not written and their profile has no phone or email: say which channel to answer on',
    );
  }
  const inReplyTo = last && last.channel === channel ? { channel, at: last.at.toISOString() } : null;
  const journey = ticket.journeyId ? await getJourney(rt.db, ticket.journeyId) : null;
  const requestId = req.requestId ?? randomUUID();
  const workflowId = `case-reply:${ticket.id}:${requestId}`;
  const input: CaseReplyInput = {
    idempotencyKey: workflowId,
    journeyId: ticket.journeyId ?? ticket.id,
    nodeId: `case:${ticket.id}`,
    send: {
      customerId: ticket.customerId,
      flowId: journey?.flowId ?? '',
      channel,
      text: req.text,
      ...(req.subject ? { subject: req.subject } : {}),
      locale: customer?.locale === 'en' ? 'en' : 'es',
      transactional: false,
      kind: 'message',
      ...(inReplyTo ? { inReplyTo } : {}),
    },
  };
  let handle = rt.client.workflow.getHandle(workflowId);
  try {
    handle = await rt.client.workflow.start(CASE_REPLY_WORKFLOW, {
      workflowId,
      taskQueue: rt.taskQueue,
      args: [input],
    });
  } catch (err) {
    // The same request again: answer with the first one's outcome.
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  let timer: NodeJS.Timeout | undefined;
  let polling = true;
  // A deferred send does not end the workflow (it sleeps until morning): its query says so sooner than the timeout.
  const deferred = (async (): Promise<CaseReplyResult | null> => {
    while (polling) {
      await new Promise((r) => setTimeout(r, DEFERRAL_POLL_MS));
      const last = polling ? await handle.query(lastSendQuery).catch(() => null) : null;
      if (last?.status === 'deferred') return last;
    }
    return null;
  })();
  const waited = await Promise.race([
    deferred,
    (handle.result() as Promise<CaseReplyResult>).catch((err: unknown): CaseReplyResult => {
      // Refused for good (opted out, a wrong address): the outbox row says failed; the agent reads why.
      if (!(err instanceof WorkflowFailedError)) throw err;
      let cause: unknown = err.cause;
      while (cause instanceof Error && !(cause instanceof ApplicationFailure) && cause.cause) cause = cause.cause;
      const type = cause instanceof ApplicationFailure ? (cause.type ?? 'SendFailed') : 'SendFailed';
      return { messageId: '', channel, status: 'failed', reason: type, deduped: false };
    }),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ANSWER_WITHIN_MS);
    }),
  ]).finally(() => {
    polling = false;
    clearTimeout(timer);
  });
  return {
    status: waited === null ? 'pending' : waited.status,
    channel: waited?.channel ?? channel,
    messageId: waited?.messageId ?? '',
    reason: waited?.reason ?? null,
    retryAt: waited?.retryAt ? new Date(waited.retryAt).toISOString() : null,
    requestId,
    inReplyTo,
  };
}
