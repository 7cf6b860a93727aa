import { z } from 'zod';
import { Duration } from '../catalog/fields';

const Json: z.ZodType<unknown> = z.unknown();

/** Something that happens to the journey at a moment after it starts. */
export const ScenarioInput = z.union([
  z.object({
    after: Duration.or(z.literal('0s')),
    reply: z.string().min(1),
    channel: z.string().default('whatsapp'),
  }),
  z.object({
    after: Duration.or(z.literal('0s')),
    event: z.string().min(1),
    data: z.record(z.string(), Json).default({}),
  }),
  z.object({
    after: Duration.or(z.literal('0s')),
    handoff: z.string().min(1).describe('The resolution, e.g. resolved'),
    agent: z.string().optional(),
  }),
]);
export type ScenarioInput = z.infer<typeof ScenarioInput>;

/** A scripted activity answer: an output object, a list used call by call, or a failure. */
export const ScriptedResult = z.union([
  z.object({ $fail: z.string() }),
  z.array(z.record(z.string(), Json)),
  z.record(z.string(), Json),
]);

/**
 * A knowledge-base article given to a simulation: the bot's search runs over these (as published articles) instead
 * of the deployment's knowledge base. Searching needs PostgreSQL's text search, so the Node drivers (CLI, API, tests)
 * and the designer (through the API) honour it; the simulator itself only carries it.
 */
export const ScenarioArticle = z.object({
  id: z.string().optional(),
  lang: z.enum(['es', 'en']),
  title: z.string().min(1),
  body: z.string().min(1),
  tags: z.array(z.string()).default([]),
});
export type ScenarioArticle = z.infer<typeof ScenarioArticle>;

/** A scripted run of a flow: the triggering event, the customer, what they do and when, and what to expect. */
export const Scenario = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  /** When the journey starts (ISO 8601 with offset). Default: Monday 2026-03-02 10:00 in Santiago. */
  start: z.string().datetime({ offset: true }).default('2026-03-02T10:00:00-03:00'),
  event: z.object({
    id: z.string().optional(),
    type: z.string().min(1),
    data: z.record(z.string(), Json).default({}),
  }),
  customer: z.object({
    id: z.string().min(1),
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    locale: z.enum(['es', 'en']).optional(),
    timeZone: z.string().optional(),
    tier: z.string().optional(),
    tags: z.array(z.string()).optional(),
    consent: z.record(z.string(), z.boolean()).optional(),
    attributes: z.record(z.string(), Json).optional(),
  }),
  /** Replies, events and handoff outcomes, each `after` the journey starts. */
  inputs: z.array(ScenarioInput).default([]),
  /** Articles the knowledge-base search sees in this simulation (see {@link ScenarioArticle}). */
  knowledge: z.array(ScenarioArticle).max(200).optional(),
  /** Scripted activity results, by node id (the node's own activity) or by activity name. */
  activities: z.record(z.string(), ScriptedResult).default({}),
  /** How much virtual time the simulation may cover. */
  horizon: Duration.default('120d'),
  expect: z
    .object({
      path: z.array(z.string()).optional(),
      status: z.enum(['running', 'completed', 'failed', 'cancelled']).optional(),
      outcome: z.string().optional(),
      messages: z.number().int().optional(),
    })
    .optional(),
});
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInputDoc = z.input<typeof Scenario>;
