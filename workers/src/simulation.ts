import type { SimSendPolicy, SimulateOptions } from '@ruta/flow';
import { type AnalyzeRequest, analyzeRequest } from '@ruta/sentiment';
import { contactRulesFromEnv, decideSend, frequencyWindowStart } from './policy';

/** The offline analyzer, as the activity calls it, so simulated sentiment is the one production computes. */
export const simulationHandlers = {
  'sentiment.analyze': (input: unknown) => analyzeRequest(input as AnalyzeRequest),
};

/** The deployment's contact rules on the virtual clock: a 23:30 send waits for the morning, as for real. */
export function simulationSendPolicy(customer: {
  timeZone?: string;
  consent?: Record<string, boolean>;
}): SimSendPolicy {
  const rules = contactRulesFromEnv();
  return (request, now) => {
    const decision = decideSend({
      now,
      customer: {
        ...(customer.timeZone ? { timeZone: customer.timeZone } : {}),
        ...(customer.consent ? { consent: customer.consent } : {}),
      },
      channel: request.channel as never,
      ...(request.fallbackChannel ? { fallbackChannel: request.fallbackChannel as never } : {}),
      transactional: request.transactional,
      recentProactiveSends: request.sentSince(frequencyWindowStart(now, rules)),
      rules,
    });
    if (decision.action === 'send') return { action: 'send', channel: decision.channel };
    if (decision.action === 'defer') return { action: 'defer', until: decision.until, reason: decision.reason.code };
    return { action: 'suppress', reason: decision.reason.code };
  };
}

/**
 * How the CLI, the API and the tests simulate: the offline analyzer and the deployment's contact rules, so a
 * simulated path, its messages and its deferrals are the ones production takes.
 */
export function simulationOptions(): SimulateOptions {
  return { handlers: simulationHandlers, sendPolicy: simulationSendPolicy };
}
