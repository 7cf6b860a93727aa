import type { ExprContext } from '../expr';
import type { JourneyInput, JourneyState, Json } from '../journey';

/** The values expressions and templates see at this point of the journey. */
export function exprContext(input: JourneyInput, state: JourneyState, journeyId: string): ExprContext {
  const c = input.customer;
  return {
    event: { id: input.event.id, type: input.event.type, time: input.event.time, data: input.event.data },
    customer: {
      id: c.id,
      name: c.name ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      locale: c.locale ?? 'es',
      timeZone: c.timeZone ?? '',
      tier: c.tier ?? '',
      tags: c.tags ?? [],
      attributes: (c.attributes ?? {}) as Record<string, Json>,
    },
    vars: state.vars,
    reply: state.reply,
    sentiment: state.sentiment,
    nodes: state.outputs,
    journey: {
      id: journeyId,
      flowId: input.plan.flowId,
      flowVersion: input.flowVersion,
      startedAt: new Date(state.startedAt).toISOString(),
    },
  };
}
