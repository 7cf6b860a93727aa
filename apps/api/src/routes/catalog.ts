import type { OpenAPIHono } from '@hono/zod-openapi';
import { type ActivityCatalogRow, type ActivityFlagRow, listOpenActivityFlags, queueStaffing } from '@ruta/db';
import { activityRef, flowDocumentJsonSchema, NODE_KINDS, type NodeKindSpec } from '@ruta/flow';
import { CatalogPublication } from '@ruta/sdk';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { actorOf } from '../middleware/auth';
import { ActivitiesResult, FlagList, FlagQuery, PublicationResultSchema } from '../schemas/catalog';
import { json, jsonBody } from '../schemas/common';
import { TemplateList } from '../schemas/flows';
import { publishActivities } from '../services/activity-catalog';
import type { Runtime } from '../services/runtime';
import { loadTemplates } from '../services/templates';
import { type Guard, secure } from './define';

type Schema = Record<string, unknown>;

/** A node kind with the JSON Schema of its params (for the designer's forms). */
function kindInfo(spec: NodeKindSpec) {
  let ports: ReturnType<NodeKindSpec['ports']> = [];
  try {
    const defaults = spec.params.safeParse({});
    ports = spec.ports((defaults.success ? defaults.data : {}) as never);
  } catch {
    // ports that need params (branches, split variants) come from the params themselves
  }
  return {
    kind: spec.kind,
    group: spec.group,
    label: spec.label,
    description: spec.description,
    ports,
    params: z.toJSONSchema(spec.params, { io: 'input', unrepresentable: 'any' }) as Schema,
    activity: spec.activity ?? null,
    waits: spec.waits ?? false,
  };
}

/** The node catalog, custom activities and sample flows: what the designer's palette and gallery show. */
/** A catalog row as the designer reads it. */
function customInfo(row: ActivityCatalogRow) {
  const e = row.entry;
  return {
    name: activityRef(e.name, e.version),
    activity: e.name,
    version: e.version,
    label: e.label,
    description: e.description,
    input: e.input,
    output: e.output,
    startToCloseTimeoutMs: e.startToCloseTimeoutMs,
    retry: e.retry,
    heartbeatTimeoutMs: e.heartbeatTimeoutMs,
    taskQueue: e.taskQueue,
    worker: { identity: row.worker.identity, ...(row.worker.sdk ? { sdk: row.worker.sdk } : {}) },
    seenAt: row.seenAt.toISOString(),
  };
}

const flagDto = (f: ActivityFlagRow) => ({
  id: f.id,
  activity: f.activity,
  flowId: f.flowId,
  flowVersion: f.flowVersion,
  nodeId: f.nodeId,
  changes: f.changes,
  diagnostics: f.diagnostics as unknown as Record<string, unknown>[],
  flaggedAt: f.flaggedAt.toISOString(),
});

/**
 * The node catalog, custom activities and sample flows: what the designer's palette and gallery show. Custom
 * activities come from the store, where workers publish what they serve (POST /v1/activities/catalog), so a new
 * worker's activities appear without restarting the API.
 */
export function catalogRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  let kinds: z.infer<typeof ActivitiesResult>['kinds'] | undefined;
  let flowDocument: Schema | undefined;
  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/activities',
      tags: ['Catalog'],
      summary: 'Node kinds and custom activities, with the JSON Schema of their params',
      responses: { 200: json(ActivitiesResult, 'The catalog') },
    }),
    async (c) => {
      kinds ??= NODE_KINDS.map((k) => kindInfo(k as unknown as NodeKindSpec));
      flowDocument ??= flowDocumentJsonSchema() as Schema;
      const { rows } = await rt.activities.current();
      const [flags, queues] = await Promise.all([listOpenActivityFlags(rt.db), queueStaffing(rt.db)]);
      return c.json({ kinds, custom: rows.map(customInfo), flags: flags.map(flagDto), flowDocument, queues }, 200);
    },
  );

  app.openapi(
    secure(guard, 'activities:publish', {
      method: 'post',
      path: '/v1/activities/catalog',
      tags: ['Catalog'],
      summary: 'Publish the activities a worker serves',
      description:
        'A worker calls this at start-up with its catalog entries (JSON Schema of input and output, timeouts, retry, ' +
        'task queue). New activities appear in the palette at once; an incompatible change to an activity (a field ' +
        'removed or newly required, a type changed) flags every published flow node that uses it. Publish an ' +
        'incompatible change as a new version (`name@2`) to leave flows on the old one untouched.',
      request: { body: jsonBody(CatalogPublication) },
      responses: { 200: json(PublicationResultSchema, 'What changed, and the flows flagged') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const result = await publishActivities(
        rt.db,
        rt.activities,
        body,
        actorOf(c.get('principal')).id,
        rt.compileOptions,
      );
      return c.json({ activities: result.activities, flags: result.flags.map(flagDto) }, 200);
    },
  );

  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/activities/flags',
      tags: ['Catalog'],
      summary: 'Published flows an incompatible activity change affects',
      request: { query: FlagQuery },
      responses: { 200: json(FlagList, 'Open flags, oldest first') },
    }),
    async (c) => {
      const { flowId } = c.req.valid('query');
      const flags = await listOpenActivityFlags(rt.db, flowId ? { flowId } : {});
      return c.json({ flags: flags.map(flagDto) }, 200);
    },
  );

  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/templates',
      tags: ['Catalog'],
      summary: 'The sample flows, with the scenarios that show how each behaves',
      description: 'Create a flow from one with POST /v1/flows { "template": "<id>" }.',
      responses: { 200: json(TemplateList, 'Sample flows') },
    }),
    async (c) => c.json({ templates: await loadTemplates(rt.config.templatesDir) }, 200),
  );
}
