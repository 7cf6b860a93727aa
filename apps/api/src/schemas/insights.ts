import { z } from '@hono/zod-openapi';
import { Localized } from './common';

const Outcomes = z.object({
  entered: z.number().int(),
  running: z.number().int(),
  completed: z.number().int(),
  goalReached: z.number().int(),
  escalated: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
});

/** CSAT answers of one day, flow, queue, channel or agent (null: not known). */
const Grouped = z.object({ key: z.string().nullable(), answers: z.number().int(), average: z.number().nullable() });

/** What `GET /v1/insights` answers: the figures of one date range, per flow and version. */
export const Insights = z
  .object({
    range: Localized.extend({ from: z.string(), to: z.string(), lastDay: z.string(), tz: z.string() }).openapi({
      description: 'The range asked for, and how to say it (es/en)',
    }),
    flowId: z.string().nullable(),
    version: z.number().int().nullable(),
    total: Outcomes,
    versions: z.array(Outcomes.extend({ flowId: z.string(), version: z.number().int() })),
    waits: z.array(
      z.object({
        nodeId: z.string(),
        kind: z.string().nullable(),
        waits: z.number().int(),
        avgSeconds: z.number(),
        medianSeconds: z.number(),
        p90Seconds: z.number(),
      }),
    ),
    dropOff: z.array(
      z.object({
        nodeId: z.string(),
        kind: z.string().nullable(),
        entered: z.number().int(),
        continued: z.number().int(),
        completedHere: z.number().int(),
        droppedHere: z.number().int(),
        waitingHere: z.number().int(),
        dropRate: z.number(),
      }),
    ),
    splits: z.array(
      z.object({
        nodeId: z.string(),
        variants: z.array(
          z.object({
            variant: z.string(),
            journeys: z.number().int(),
            converted: z.number().int(),
            rate: z.number(),
            low: z.number(),
            high: z.number(),
          }),
        ),
        comparisons: z.array(
          z.object({
            a: z.string(),
            b: z.string(),
            difference: z.number(),
            low: z.number(),
            high: z.number(),
            pValue: z.number(),
            verdict: Localized.extend({ kind: z.string() }),
          }),
        ),
      }),
    ),
    csat: z.object({
      answers: z.number().int(),
      average: z.number().nullable(),
      byDay: z.array(Grouped),
      byFlow: z.array(Grouped),
      byQueue: z.array(Grouped),
      byChannel: z.array(Grouped),
      byAgent: z.array(Grouped),
      comments: z.array(
        z.object({
          journeyId: z.string(),
          day: z.string(),
          score: z.number(),
          channel: z.string().nullable(),
          agent: z.string().nullable(),
          comment: z.string(),
          sentiment: z.object({ label: z.string(), score: z.number() }),
        }),
      ),
    }),
    escalations: z.object({
      total: z.number().int(),
      byReason: z.array(z.object({ reason: z.string(), label: Localized, count: z.number().int() })),
      byDay: z.array(z.object({ day: z.string(), reason: z.string(), count: z.number().int() })),
      topics: z.object({
        es: z.array(z.object({ phrase: z.string(), count: z.number().int(), examples: z.array(z.string()) })),
        en: z.array(z.object({ phrase: z.string(), count: z.number().int(), examples: z.array(z.string()) })),
      }),
    }),
    names: z
      .object({
        flows: z.record(z.string(), z.string()),
        queues: z.record(z.string(), z.string()),
        agents: z.record(z.string(), z.string()),
      })
      .openapi({
        description:
          'Names of the flows, queues and agents (display names) the figures mention, by id: what a table shows instead of the id',
      }),
  })
  .openapi('Insights');

/** What `POST /v1/insights/example` wrote. */
export const ExampleData = z
  .object({
    journeys: z.number().int(),
    flows: z.array(z.string()),
    range: z.object({ from: z.string(), to: z.string(), tz: z.string() }),
  })
  .openapi('InsightsExampleData');
