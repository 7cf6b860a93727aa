import type { OpenAPIHono } from '@hono/zod-openapi';
import { flowDocumentJsonSchema, NODE_KINDS, type NodeKindSpec } from '@ruta/flow';
import { activityJsonSchemas } from '@ruta/sdk';
import { z } from 'zod';
import type { AppEnv } from '../context';
import { ActivitiesResult } from '../schemas/catalog';
import { json } from '../schemas/common';
import { TemplateList } from '../schemas/flows';
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
export function catalogRoutes(app: OpenAPIHono<AppEnv>, rt: Runtime, guard: Guard): void {
  let activities: z.infer<typeof ActivitiesResult> | undefined;
  app.openapi(
    secure(guard, 'flows:read', {
      method: 'get',
      path: '/v1/activities',
      tags: ['Catalog'],
      summary: 'Node kinds and custom activities, with the JSON Schema of their params',
      responses: { 200: json(ActivitiesResult, 'The catalog') },
    }),
    (c) => {
      activities ??= {
        kinds: NODE_KINDS.map((k) => kindInfo(k as unknown as NodeKindSpec)),
        custom: rt.customActivities.map((d) => {
          const schemas = activityJsonSchemas(d);
          return {
            name: d.name,
            label: d.label,
            description: d.description,
            input: schemas.input as Schema,
            output: schemas.output as Schema,
            startToCloseTimeoutMs: d.startToCloseTimeoutMs,
            retry: d.retry,
          };
        }),
        flowDocument: flowDocumentJsonSchema() as Schema,
      };
      return c.json(activities, 200);
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
