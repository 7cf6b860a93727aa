import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import {
  createFlow,
  currentVersion,
  deleteFlow,
  getFlow,
  listFlows,
  listVersions,
  nodeCounts,
  rollback,
  unpublishFlow,
  upsertJourney,
} from '@ruta/db';
import { type FlowDocument, type Json, type Plan, type SimulationResult, simulate } from '@ruta/flow';
import { simulationOptions } from '@ruta/policy/simulation';
import { startJourney } from '@ruta/temporal';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { ApiError } from '../errors/api-error';
import { diffFlows } from '../lib/flow-diff';
import { actorOf } from '../middleware/auth';
import { intParam, json, jsonBody, text } from '../schemas/common';
import { JourneyTouch } from '../schemas/events';
import {
  CreateFlowBody,
  Flow,
  FlowDiff,
  FlowDocumentBody,
  FlowIdParam,
  FlowList,
  FlowStats,
  PublishBody,
  PublishResult,
  RollbackBody,
  SimulateBody,
  SimulateResult,
  StartJourneyBody,
  UpdateFlowBody,
  ValidateResult,
  Version,
  VersionList,
  VersionNumberParam,
  VersionParam,
  VersionSummary,
} from '../schemas/flows';
import { profileFor } from '../services/customers';
import { assertEventsFit } from '../services/events';
import {
  compileDocument,
  createFlowFrom,
  documentOr404,
  flowHasErrors,
  flowOr404,
  parseDocument,
  publishDraft,
  saveDraft,
  versionOr404,
  versionOr409,
} from '../services/flows';
import type { Runtime } from '../services/runtime';
import { scheduleOf, syncFlowSchedule } from '../services/schedules';
import { flowDto, flowSummaryDto, versionDto, versionSummaryDto } from '../services/serialize';
import { type Guard, secure } from './define';

const IdParams = z.object({ id: FlowIdParam });
const VersionQuery = z.object({
  version: VersionNumberParam.optional().openapi({ description: 'A published version (default: all / the draft)' }),
});
/** Who is calling, as versions and the audit log name them. */
const actor = (c: Context<AppEnv>) => actorOf(c.get('principal'));

function simulationDto(r: SimulationResult): z.infer<typeof SimulateResult>['results'][number] {
  return {
    scenario: r.scenario,
    status: r.status,
    outcome: r.outcome,
    path: r.path,
    moves: r.moves,
    messages: r.messages,
    timers: r.timers,
    waiting: r.waiting,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    errors: r.errors,
    ...(r.expectation ? { expectation: r.expectation } : {}),
  };
}

/** Drafts, validation, simulation, publishing, versions, diff, rollback, stats, import/export and manual starts. */
export function flowRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/flows',
      tags: ['Flows'],
      summary: 'List flows (newest change first)',
      request: {
        query: z.object({
          search: text({ max: 200 }).optional().openapi({ description: 'Matches id, name or description' }),
          limit: intParam(1, 1000).optional(),
        }),
      },
      responses: { 200: json(FlowList, 'Flows, without documents') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await listFlows(rt.db, {
        ...(q.search ? { search: q.search } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      });
      return c.json({ flows: rows.map(flowSummaryDto) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:write',
      {
        method: 'post',
        path: '/v1/flows',
        tags: ['Flows'],
        summary: 'Create a flow from a document or a sample flow',
        description:
          'The document is the draft; it may have compile errors (see validate). Its id becomes the flow id, made unique with a suffix when taken (409 if you pass `id` and it is taken).',
        request: { body: jsonBody(CreateFlowBody) },
        responses: { 201: json(Flow, 'Created') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const body = c.req.valid('json');
      const row = await createFlowFrom(rt, body, actor(c));
      c.header('Location', `/v1/flows/${row.id}`);
      c.header('ETag', `"${row.revision}"`);
      return c.json(flowDto(row), 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:write',
      {
        method: 'post',
        path: '/v1/flows/import',
        tags: ['Flows'],
        summary: 'Import a flow document (as exported)',
        description:
          "Creates the flow with the document's id; with `?replace=true` an existing flow's draft is replaced.",
        request: {
          query: z.object({ replace: z.enum(['true', 'false']).optional() }),
          body: jsonBody(FlowDocumentBody),
        },
        responses: { 200: json(Flow, 'Draft replaced'), 201: json(Flow, 'Imported') },
      },
      { problems: [409] },
    ),
    async (c) => {
      const document = c.req.valid('json');
      const existing = await getFlow(rt.db, document.id);
      if (existing) {
        if (c.req.valid('query').replace !== 'true') {
          throw new ApiError(
            'flow-exists',
            `Flow ${document.id} exists; import with ?replace=true to replace its draft`,
          );
        }
        return c.json(flowDto(await saveDraft(rt, existing, { document }, actor(c))), 200);
      }
      const row = await createFlow(rt.db, {
        id: document.id,
        name: document.name,
        description: document.description ?? null,
        document,
        actor: actor(c),
        imported: true,
      });
      return c.json(flowDto(row), 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}',
        tags: ['Flows'],
        summary: 'A flow with its draft document',
        request: { params: IdParams },
        responses: { 200: json(Flow, 'The flow (ETag: its revision)') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const row = await flowOr404(rt, c.req.valid('param').id);
      c.header('ETag', `"${row.revision}"`);
      return c.json(flowDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:write',
      {
        method: 'put',
        path: '/v1/flows/{id}',
        tags: ['Flows'],
        summary: 'Replace the draft',
        description:
          'Send the revision you edited as `revision` (or `If-Match: "<revision>"`) to be told (409) when someone saved in between; without it the draft is replaced.',
        request: { params: IdParams, body: jsonBody(UpdateFlowBody) },
        responses: { 200: json(Flow, 'Saved') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const flow = await flowOr404(rt, c.req.valid('param').id);
      const body = c.req.valid('json');
      const ifMatch = c.req.header('if-match')?.replace(/^W\//, '').replace(/"/g, '');
      const revision = body.revision ?? (ifMatch && /^\d+$/.test(ifMatch) ? Number(ifMatch) : undefined);
      const row = await saveDraft(rt, flow, { ...body, ...(revision ? { revision } : {}) }, actor(c));
      c.header('ETag', `"${row.revision}"`);
      return c.json(flowDto(row), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:write',
      {
        method: 'delete',
        path: '/v1/flows/{id}',
        tags: ['Flows'],
        summary: 'Delete a flow',
        description: 'No new journeys start on it; running journeys finish on their version; versions are kept.',
        request: { params: IdParams },
        responses: { 204: { description: 'Deleted' } },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deleteFlow(rt.db, id, { actor: actor(c) })))
        throw new ApiError('not-found', `Flow ${id} does not exist`);
      rt.triggers.invalidate();
      await syncFlowSchedule(rt, id, null);
      return c.body(null, 204);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:publish',
      {
        method: 'post',
        path: '/v1/flows/{id}/unpublish',
        tags: ['Flows'],
        summary: 'Unpublish: no new journeys start (its schedule, if any, is deleted)',
        description:
          'Running journeys finish on their version; versions and the draft are kept. Publishing again makes a new version current (and creates the schedule again). 409 `not-published` when it is not published.',
        request: { params: IdParams },
        responses: { 200: json(Flow, 'The flow, now unpublished') },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await flowOr404(rt, id);
      const was = await unpublishFlow(rt.db, id, { actor: actor(c) });
      if (was === null) throw new ApiError('not-published', `Flow ${id} is not published`);
      rt.triggers.invalidate();
      await syncFlowSchedule(rt, id, null);
      return c.json(flowDto(await flowOr404(rt, id)), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/export',
        tags: ['Flows'],
        summary: 'Export the draft (or a version) as a flow document',
        request: { params: IdParams, query: VersionQuery },
        responses: { 200: json(FlowDocumentBody, 'The flow document (a file to keep in git)') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const document = await documentOr404(rt, id, version);
      c.header('Content-Disposition', `attachment; filename="${id}${version ? `.v${version}` : ''}.json"`);
      return c.json(document, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'post',
        path: '/v1/flows/{id}/validate',
        tags: ['Flows'],
        summary: 'Compile the draft and list its diagnostics',
        request: { params: IdParams },
        responses: { 200: json(ValidateResult, 'Diagnostics (ok is false while there are errors)') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const flow = await flowOr404(rt, c.req.valid('param').id);
      const compiled = await compileDocument(rt, parseDocument(flow.draft, ['draft']));
      const errors = compiled.diagnostics.filter((d) => d.severity === 'error').length;
      return c.json(
        {
          ok: compiled.ok,
          errors,
          warnings: compiled.diagnostics.length - errors,
          diagnostics: compiled.diagnostics,
          hash: compiled.ok ? compiled.plan.hash : null,
        },
        200,
      );
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'post',
        path: '/v1/flows/{id}/simulate',
        tags: ['Flows'],
        summary: 'Play scripted scenarios on the draft (or a version) on virtual time',
        description:
          'The same interpreter as production on a virtual clock: a 14-day journey plays in milliseconds. Returns the path, the messages and the timers of each scenario.',
        request: { params: IdParams, body: jsonBody(SimulateBody) },
        responses: { 200: json(SimulateResult, 'One result per scenario') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const doc = body.version
        ? ((await versionOr409(rt, id, body.version)).document as FlowDocument)
        : parseDocument((await flowOr404(rt, id)).draft, ['draft']);
      const compiled = await compileDocument(rt, doc);
      if (!compiled.ok) throw flowHasErrors(compiled.diagnostics);
      const scenarios = body.scenarios ?? [body.scenario!];
      const results: z.infer<typeof SimulateResult>['results'] = [];
      for (const scenario of scenarios) {
        results.push(
          simulationDto(await simulate(compiled.plan, scenario, simulationOptions({ scenario, db: rt.db }))),
        );
      }
      return c.json({ hash: compiled.plan.hash, results }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:publish',
      {
        method: 'post',
        path: '/v1/flows/{id}/publish',
        tags: ['Flows'],
        summary: 'Publish the draft as a new immutable version',
        description:
          'Refused (409 `flow-has-errors`, with `diagnostics[]`) while the draft has errors. New journeys take the new version; running ones keep theirs. Publishing a draft equal to the current version creates nothing (200, `created: false`).',
        request: { params: IdParams, body: jsonBody(PublishBody, undefined, false) },
        responses: { 200: json(PublishResult, 'Unchanged'), 201: json(PublishResult, 'Published') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const flow = await flowOr404(rt, c.req.valid('param').id);
      const { note } = c.req.valid('json');
      const { version, created, diagnostics } = await publishDraft(rt, flow, note, actor(c));
      const body = { ...versionSummaryDto({ ...version, isCurrent: true }), created, diagnostics };
      return created ? c.json(body, 201) : c.json(body, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/versions',
        tags: ['Flows'],
        summary: 'Published versions, newest first',
        request: { params: IdParams },
        responses: { 200: json(VersionList, 'Versions') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await flowOr404(rt, id);
      return c.json({ versions: (await listVersions(rt.db, id)).map(versionSummaryDto) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/versions/{version}',
        tags: ['Flows'],
        summary: 'One published version with its document and plan',
        request: { params: z.object({ id: FlowIdParam, version: VersionNumberParam }) },
        responses: { 200: json(Version, 'The version') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id, version } = c.req.valid('param');
      const row = await versionOr404(rt, id, version);
      const flow = await getFlow(rt.db, id, { includeDeleted: true });
      return c.json(versionDto(row, flow?.currentVersion === version), 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/versions/{a}/diff/{b}',
        tags: ['Flows'],
        summary: 'What changed from version a to version b (either may be "draft")',
        request: { params: z.object({ id: FlowIdParam, a: VersionParam, b: VersionParam }) },
        responses: { 200: json(FlowDiff, 'Nodes and edges added, removed and changed, by id') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id, a, b } = c.req.valid('param');
      const load = (v: number | 'draft') => documentOr404(rt, id, v === 'draft' ? undefined : v);
      const [from, to] = await Promise.all([load(a), load(b)]);
      return c.json({ from: a, to: b, ...diffFlows(from, to) }, 200);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:publish',
      {
        method: 'post',
        path: '/v1/flows/{id}/rollback',
        tags: ['Flows'],
        summary: 'Make an earlier version current again',
        description:
          'Publishes a copy of that version as a new version (versions only grow); the draft is left as it is.',
        request: { params: IdParams, body: jsonBody(RollbackBody) },
        responses: { 201: json(VersionSummary, 'The new current version') },
      },
      { problems: [404, 409] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await flowOr404(rt, id);
      const target = await versionOr409(rt, id, body.version);
      scheduleOf(target.plan as Plan, target.version);
      const row = await rollback(rt.db, id, { toVersion: body.version, actor: actor(c), note: body.note ?? null });
      rt.triggers.invalidate();
      await syncFlowSchedule(rt, id, { version: row.version, plan: row.plan as Plan });
      return c.json(versionSummaryDto({ ...row, isCurrent: true }), 201);
    },
  );

  app.openapi(
    secure(
      guard,
      'flows:read',
      {
        method: 'get',
        path: '/v1/flows/{id}/stats',
        tags: ['Flows'],
        summary: 'Journeys per node and per edge (the canvas overlay)',
        request: { params: IdParams, query: VersionQuery },
        responses: { 200: json(FlowStats, 'Counts') },
      },
      { problems: [404] },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const doc = await documentOr404(rt, id, version);
      const counts = await nodeCounts(rt.db, id, version);
      const edgeId = new Map(doc.edges.map((e) => [`${e.from}\u0000${e.port}\u0000${e.to}`, e.id]));
      return c.json(
        {
          flowId: id,
          version: version ?? null,
          nodes: counts.nodes,
          edges: counts.edges.map((e) => ({
            edgeId: edgeId.get(`${e.from}\u0000${e.port}\u0000${e.to}`) ?? null,
            ...e,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    secure(
      guard,
      'journeys:write',
      {
        method: 'post',
        path: '/v1/flows/{id}/start',
        tags: ['Flows'],
        summary: 'Start a journey on the current version for one customer (manual / API trigger)',
        description:
          "Honours the flow's re-entry rule like an event would. Use it for `trigger.manual` flows and to try a flow.",
        request: { params: IdParams, body: jsonBody(StartJourneyBody) },
        responses: { 202: json(JourneyTouch, 'Started (or skipped, with the reason)') },
      },
      { problems: [404, 409], temporal: true },
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      assertEventsFit([body.data], rt.config.eventMaxBytes, false);
      await flowOr404(rt, id);
      const current = await currentVersion(rt.db, id);
      if (!current) throw new ApiError('not-published', `Flow ${id} has no published version; publish it first`);
      const entry = await rt.plans.get(id, current.version);
      const plan = entry!.plan;
      const eventType = plan.trigger.kind === 'trigger.event' ? String(plan.trigger.params.eventType) : 'manual';
      const event = {
        id: body.eventId ?? `manual-${randomUUID()}`,
        type: eventType,
        customerId: body.customerId,
        time: new Date().toISOString(),
        data: body.data as Record<string, Json>,
      };
      const r = await startJourney(rt.client, {
        plan,
        flowVersion: current.version,
        event,
        customer: await profileFor(rt.db, body.customerId),
        taskQueue: rt.taskQueue,
        searchAttributes: rt.config.searchAttributes,
      });
      const base = { flowId: id, version: current.version, workflowId: r.workflowId };
      if (!r.started) return c.json({ ...base, action: 'skipped' as const, reason: r.reason }, 202);
      await upsertJourney(rt.db, {
        id: r.workflowId,
        runId: r.runId,
        flowId: id,
        flowVersion: current.version,
        customerId: body.customerId,
        eventId: event.id,
      });
      return c.json({ ...base, action: 'started' as const }, 202);
    },
  );
}
