import { z } from '@hono/zod-openapi';
import { FlowDocument, migrateDocument, Scenario } from '@ruta/flow';
import { id, int32, intParam, JsonObject, Localized, text } from './common';

/**
 * A flow id in a path. Ids are checked where they are minted (`f_` then letters, digits, `_` or `-`, in the document
 * and in CreateFlow); a lookup by any other id simply finds no flow (404), as the URL names no resource.
 */
export const FlowIdParam = id(80).openapi({
  param: { name: 'id', in: 'path' },
  example: 'f_failed_payment',
  description: 'The flow id (f_…)',
});

/** A flow document in any known schema version; older versions are upgraded before validation. */
export const FlowDocumentBody = z.preprocess(migrateDocument, FlowDocument).openapi('FlowDocument', {
  description: 'A flow document (see GET /v1/activities for node kinds and their params)',
});

export const FlowSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    revision: z.number().int().openapi({ description: 'Bumped on every draft change (send it back as `revision`)' }),
    publishedVersion: z.number().int().nullable().openapi({ description: 'The version new journeys take' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    createdBy: z.string().nullable().openapi({ description: 'Who: `user:<id>` for a person, `key:<id>` for a system' }),
    createdByName: z.string().nullable().openapi({ description: 'The person’s display name, or the key’s name' }),
    updatedBy: z.string().nullable(),
    updatedByName: z.string().nullable(),
  })
  .openapi('FlowSummary');

export const Flow = FlowSummary.extend({ document: FlowDocument }).openapi('Flow');

export const FlowList = z.object({ flows: z.array(FlowSummary) }).openapi('FlowList');

export const CreateFlowBody = z
  .object({
    document: FlowDocumentBody.optional(),
    template: id(100).optional().openapi({ description: 'Start from a sample flow (id from GET /v1/templates)' }),
    id: z
      .string()
      .regex(/^f_[A-Za-z0-9_-]{1,64}$/, 'Flow ids look like f_ followed by letters, digits, _ or -')
      .optional()
      .openapi({ description: "The flow's id; default: the document's id (made unique with a suffix)" }),
    name: text({ min: 1, max: 200, nonBlank: true }).optional(),
    description: text({ max: 2000 }).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.document === undefined) === (b.template === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['document'], message: 'Send either document or template' });
    }
  })
  .openapi('CreateFlow', {
    description: 'Exactly one of `document` and `template`.',
    oneOf: [{ required: ['document'] }, { required: ['template'] }],
  });

export const UpdateFlowBody = z
  .object({
    document: FlowDocumentBody,
    name: text({ min: 1, max: 200, nonBlank: true }).optional(),
    description: text({ max: 2000 }).nullish(),
    revision: int32()
      .optional()
      .openapi({ description: 'The revision you edited (or If-Match); a newer stored draft answers 409' }),
  })
  .openapi('UpdateFlow');

export const Diagnostic = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    path: z.array(z.union([z.string(), z.number()])),
    message: Localized,
    nodes: z.array(z.string()).optional(),
    nodeLabel: Localized.optional(),
  })
  .openapi('Diagnostic');

export const ValidateResult = z
  .object({
    ok: z.boolean(),
    errors: z.number().int(),
    warnings: z.number().int(),
    diagnostics: z.array(Diagnostic),
    hash: z.string().nullable().openapi({ description: "The compiled plan's hash when the flow compiles" }),
  })
  .openapi('ValidateResult');

export const VersionSummary = z
  .object({
    flowId: z.string(),
    version: z.number().int(),
    hash: z.string(),
    note: z.string().nullable(),
    publishedAt: z.string(),
    publishedBy: z
      .string()
      .nullable()
      .openapi({ description: 'Who: `user:<id>` for a person, `key:<id>` for a system' }),
    publishedByName: z.string().nullable().openapi({ description: 'The person’s display name, or the key’s name' }),
    rolledBackFrom: z.number().int().nullable(),
    isCurrent: z.boolean(),
  })
  .openapi('VersionSummary');

export const Version = VersionSummary.extend({
  document: FlowDocument,
  plan: z.record(z.string(), z.unknown()).openapi({ description: 'The compiled plan journeys run' }),
}).openapi('Version');

export const VersionList = z.object({ versions: z.array(VersionSummary) }).openapi('VersionList');

export const PublishBody = z.object({ note: text({ max: 2000 }).optional() }).openapi('Publish');

export const PublishResult = VersionSummary.extend({
  created: z
    .boolean()
    .openapi({ description: 'False when the draft equals the current version (nothing new published)' }),
  diagnostics: z.array(Diagnostic).openapi({ description: 'Warnings' }),
}).openapi('PublishResult');

export const RollbackBody = z.object({ version: int32(), note: text({ max: 2000 }).optional() }).openapi('Rollback');

/** A published version number in a path or query parameter. */
export const VersionNumberParam = intParam();

/** A version number or `draft`. */
export const VersionParam = z
  .union([z.literal('draft'), VersionNumberParam])
  .openapi({ param: { in: 'path' }, example: '1', description: 'A version number or "draft"' });

export const FlowDiff = z
  .object({
    from: z.union([z.number().int(), z.literal('draft')]),
    to: z.union([z.number().int(), z.literal('draft')]),
    same: z.boolean(),
    nodes: z.object({
      added: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string().optional() })),
      removed: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string().optional() })),
      changed: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          changes: z.array(
            z.object({ field: z.enum(['kind', 'label', 'params', 'retry']), from: z.unknown(), to: z.unknown() }),
          ),
        }),
      ),
      moved: z.array(z.string()),
    }),
    edges: z.object({
      added: z.array(z.object({ id: z.string(), from: z.string(), port: z.string(), to: z.string() })),
      removed: z.array(z.object({ id: z.string(), from: z.string(), port: z.string(), to: z.string() })),
      changed: z.array(
        z.object({
          id: z.string(),
          from: z.object({ from: z.string(), port: z.string(), to: z.string() }),
          to: z.object({ from: z.string(), port: z.string(), to: z.string() }),
        }),
      ),
    }),
    document: z.array(
      z.object({ field: z.enum(['name', 'description', 'settings']), from: z.unknown(), to: z.unknown() }),
    ),
  })
  .openapi('FlowDiff');

export const SimulateBody = z
  .object({
    scenario: Scenario.optional(),
    scenarios: z.array(Scenario).min(1).max(50).optional(),
    version: int32().optional().openapi({ description: 'Simulate a published version instead of the draft' }),
  })
  .superRefine((b, ctx) => {
    if ((b.scenario === undefined) === (b.scenarios === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'Send either scenario or scenarios' });
    }
  })
  .openapi('Simulate', {
    description: 'Exactly one of `scenario` and `scenarios`.',
    oneOf: [{ required: ['scenario'] }, { required: ['scenarios'] }],
  });

export const SimulationResult = z
  .object({
    scenario: z.string(),
    status: z.enum(['running', 'completed', 'failed', 'cancelled']),
    outcome: z.string().nullable(),
    path: z.array(z.string()),
    moves: z.array(z.object({ nodeId: z.string(), port: z.string().nullable(), at: z.string() })),
    messages: z.array(
      z.object({
        at: z.string(),
        direction: z.enum(['in', 'out']),
        channel: z.string(),
        text: z.string(),
        subject: z.string().optional(),
        nodeId: z.string().optional(),
      }),
    ),
    timers: z.array(
      z.object({
        nodeId: z.string(),
        visit: z.number().int(),
        since: z.string(),
        deadline: z.string().nullable(),
        ended: z.enum(['ready', 'timeout', 'pending']),
        at: z.string().nullable(),
      }),
    ),
    waiting: z.object({ nodeId: z.string(), deadline: z.string().nullable() }).nullable(),
    startedAt: z.string(),
    endedAt: z.string(),
    errors: z.array(z.string()),
    expectation: z.object({ ok: z.boolean(), problems: z.array(z.string()) }).optional(),
  })
  .openapi('SimulationResult');

export const SimulateResult = z
  .object({ hash: z.string(), results: z.array(SimulationResult) })
  .openapi('SimulateResult');

export const StartJourneyBody = z
  .object({
    customerId: id(200),
    data: JsonObject.default({}),
    eventId: id(200)
      .optional()
      .openapi({ description: 'Id of the start (default: generated); with every_time flows one journey per id' }),
  })
  .openapi('StartJourney');

export const FlowStats = z
  .object({
    flowId: z.string(),
    version: z.number().int().nullable().openapi({ description: 'null: all versions' }),
    nodes: z.record(
      z.string(),
      z.object({
        entered: z.number().int(),
        waitingNow: z.number().int(),
        completed: z.number().int(),
        failed: z.number().int(),
      }),
    ),
    edges: z.array(
      z.object({
        edgeId: z.string().nullable(),
        from: z.string(),
        port: z.string().nullable(),
        to: z.string(),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('FlowStats');

export const Template = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().optional(),
    document: z.record(z.string(), z.unknown()),
    scenarios: z.array(z.unknown()),
  })
  .openapi('Template');

export const TemplateList = z.object({ templates: z.array(Template) }).openapi('TemplateList');
