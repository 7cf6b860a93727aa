import { proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import { type CaseReplyInput, type CaseReplyResult, lastSendQuery } from './definitions';

interface SendActivities {
  'channel.send'(
    input: CaseReplyInput['send'],
    meta: { idempotencyKey: string; journeyId: string; nodeId: string; visit: number },
  ): Promise<CaseReplyResult>;
}

// The same retry policy as the channel.send contract (packages/sdk); a refusal for good is not retried.
const acts = proxyActivities<SendActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    maximumAttempts: 8,
    initialInterval: '2 seconds',
    backoffCoefficient: 2,
    maximumInterval: '5 minutes',
    nonRetryableErrorTypes: ['InvalidRecipient', 'OptedOut', 'TemplateRejected', 'InvalidActivityInput'],
  },
});

/** Deferrals a reply may go through (quiet hours end every morning; this bounds a misconfigured policy). */
const MAX_DEFERRALS = 30;

/**
 * An agent's reply to a customer, sent by the journeys' own `channel.send`: the contact policy, the outbox row under
 * one idempotency key (the workflow id: a repeated request starts nothing new) and the provider call, at most once. A
 * reply the policy defers (quiet hours outside WhatsApp's 24-hour window) sleeps on a durable timer and goes out then.
 */
export async function caseReply(input: CaseReplyInput): Promise<CaseReplyResult> {
  let result: CaseReplyResult | undefined;
  setHandler(lastSendQuery, () => result ?? null);
  for (let i = 0; i < MAX_DEFERRALS; i++) {
    result = await acts['channel.send'](input.send, {
      idempotencyKey: input.idempotencyKey,
      journeyId: input.journeyId,
      nodeId: input.nodeId,
      visit: 1,
    });
    if (result.status !== 'deferred' || result.retryAt === undefined) return result;
    await sleep(Math.max(1_000, result.retryAt - Date.now()));
  }
  return result!;
}
