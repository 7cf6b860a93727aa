import type { Plan } from '@ruta/flow';

/** What a plan's journeys can wait for: business event types, and customer replies. */
export interface PlanWaits {
  events: ReadonlySet<string>;
  replies: boolean;
}

/**
 * The events and replies a plan waits for anywhere (`wait.event`, `wait.first`, `wait.reply`, `survey.csat`,
 * `kb.answer`).
 * A journey of the plan gets an event or reply delivered even when it waits elsewhere right now: the journey keeps
 * it in its inbox until the wait that wants it comes up.
 */
export function planWaits(plan: Plan): PlanWaits {
  const events = new Set<string>();
  let replies = false;
  for (const node of Object.values(plan.nodes)) {
    const p = node.params as Record<string, unknown>;
    switch (node.kind) {
      case 'wait.event':
        events.add(String(p.eventType));
        break;
      case 'wait.first':
        for (const o of (p.options as { eventType: string }[] | undefined) ?? []) {
          if (o.eventType === 'reply') replies = true;
          else events.add(o.eventType);
        }
        break;
      case 'wait.reply':
      case 'survey.csat':
      case 'kb.answer':
        replies = true;
        break;
      default:
        break;
    }
  }
  return { events, replies };
}
