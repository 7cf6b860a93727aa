import { z } from 'zod';
import { EventSchemas } from './event-schema';
import { migrateScheduleParams } from './schedule/params';
import { Scenario } from './simulator/scenario';

/** The flow document version this package writes. Older documents are upgraded by `migrateDocument`. */
export const SCHEMA_VERSION = 3;

/** Node ids are stable and prefixed (`n_…`): edges, diagnostics and journeys refer to them, never to labels. */
export const NodeId = z
  .string()
  .regex(/^n_[A-Za-z0-9_]{1,64}$/, 'Node ids look like n_ followed by letters, digits or _');
export const EdgeId = z
  .string()
  .regex(/^e_[A-Za-z0-9_]{1,64}$/, 'Edge ids look like e_ followed by letters, digits or _');

export const Position = z.object({ x: z.number(), y: z.number() });

/** Per-node overrides of how Temporal retries and times out the node's activity. */
export const RetryOverride = z
  .object({
    maximumAttempts: z.number().int().min(1).max(100).optional(),
    initialInterval: z.string().optional(),
    maximumInterval: z.string().optional(),
    backoffCoefficient: z.number().min(1).max(10).optional(),
    timeout: z.string().optional(),
  })
  .strict();
export type RetryOverride = z.infer<typeof RetryOverride>;

/** One step of the flow as drawn. `params` is checked against the node kind's schema by the compiler. */
export const FlowNode = z.object({
  id: NodeId,
  kind: z.string().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  position: Position.default({ x: 0, y: 0 }),
  label: z.string().max(120).optional(),
  retry: RetryOverride.optional(),
});
export type FlowNode = z.infer<typeof FlowNode>;

/** A connection from one node's output port to another node. */
export const FlowEdge = z.object({
  id: EdgeId,
  from: z.string(),
  port: z.string().min(1).default('out'),
  to: z.string(),
});
export type FlowEdge = z.infer<typeof FlowEdge>;

/** A sticky-note comment on the canvas; not part of the journey. */
export const FlowNote = z.object({
  id: z.string().regex(/^c_[A-Za-z0-9_]{1,64}$/),
  text: z.string().max(2000),
  position: Position,
  color: z.string().optional(),
});

/** What happens when a trigger matches a customer who already has (or had) a journey in this flow. */
export const Reentry = z.enum(['every_time', 'one_at_a_time', 'once']);
export type Reentry = z.infer<typeof Reentry>;

/**
 * What a send does when a `{{ placeholder }}` has no value and no fallback of its own:
 * `fallback` sends it with the gap (flagged on the step and warned about by the compiler),
 * `hold` keeps the message and the journey at the block, flagged, until someone skips or cancels,
 * `skip` does not send it and moves on (by the `failed` port when connected).
 */
export const MissingDataRule = z.enum(['fallback', 'hold', 'skip']);
export type MissingDataRule = z.infer<typeof MissingDataRule>;

export const FlowSettings = z
  .object({
    reentry: Reentry.default('one_at_a_time'),
    /** Transactional flows (payment links, delivery notices) are exempt from frequency caps and quiet hours. */
    transactional: z.boolean().default(false),
    /** What a send does when a message would go out with a blank (see MissingDataRule). */
    missingData: MissingDataRule.default('hold'),
    /** History length at which a journey continues as new; lowered in tests. */
    continueAsNewAfterEvents: z.number().int().min(20).max(50_000).optional(),
  })
  .default({ reentry: 'one_at_a_time', transactional: false, missingData: 'hold' });
export type FlowSettings = z.infer<typeof FlowSettings>;

/** The flow document: plain JSON that the designer edits, git stores and the compiler reads. */
export const FlowDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^f_[A-Za-z0-9_-]{1,64}$/, 'Flow ids look like f_ followed by letters, digits, _ or -'),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  settings: FlowSettings,
  nodes: z.array(FlowNode),
  edges: z.array(FlowEdge).default([]),
  notes: z.array(FlowNote).default([]),
  /** The fields each business event carries, by event type (declared by hand or learned from samples). */
  events: EventSchemas.default({}),
  /** Simulator scenarios saved with the flow; not part of the plan. */
  scenarios: z.array(Scenario).max(50).default([]),
});
export type FlowDocument = z.infer<typeof FlowDocument>;
/** A document as written by hand, before defaults are filled in. */
export type FlowDocumentInput = z.input<typeof FlowDocument>;

/** JSON Schema of the flow document, derived from the same zod schema (forms, API). */
export function flowDocumentJsonSchema(): unknown {
  return z.toJSONSchema(FlowDocument, { io: 'input', unrepresentable: 'any' });
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades, one version at a time. v1 documents keyed edges as
 * `{ source, sourceHandle, target }` (the canvas's words); v2 uses `{ from, port, to }`.
 * v3 adds event schemas, saved scenarios and the missing-data rule (a v2 flow keeps sending messages with gaps as it
 * did: `fallback`, now flagged, while new flows hold such messages); and schedule triggers, which named their
 * audience by one tag (`segment`), get an `audience` segment (see `migrateScheduleParams`).
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    edges: ((doc.edges as Record<string, unknown>[] | undefined) ?? []).map((e) => ({
      id: e.id,
      from: e.source,
      port: e.sourceHandle ?? 'out',
      to: e.target,
    })),
  }),
  2: (doc) => {
    const settings = (typeof doc.settings === 'object' && doc.settings !== null ? doc.settings : {}) as Record<
      string,
      unknown
    >;
    return {
      ...doc,
      schemaVersion: 3,
      settings: { ...settings, missingData: settings.missingData ?? 'fallback' },
      events: doc.events ?? {},
      scenarios: doc.scenarios ?? [],
      nodes: Array.isArray(doc.nodes)
        ? doc.nodes.map((n: unknown) => {
            if (typeof n !== 'object' || n === null) return n;
            const node = n as Record<string, unknown>;
            const params = node.params;
            if (node.kind !== 'trigger.schedule' || typeof params !== 'object' || params === null) return n;
            return { ...node, params: migrateScheduleParams(params as Record<string, unknown>) };
          })
        : doc.nodes,
    };
  },
};

/** Brings a document of any known schema version to the current one; unknown versions are returned unchanged for the compiler to report. */
export function migrateDocument(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  let doc = input as Record<string, unknown>;
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : undefined;
  while (version !== undefined && version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    doc = step(doc);
    version = doc.schemaVersion as number;
  }
  return doc;
}
