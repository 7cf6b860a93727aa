import {
  type Actor,
  createFlow,
  currentVersion,
  type FlowRow,
  type FlowVersionRow,
  getFlow,
  getVersion,
  publishVersion,
  queueStaffing,
  resolveFlowFlags,
  updateDraft,
} from '@ruta/db';
import { type CompileResult, compile, type Diagnostic, FlowDocument, migrateDocument, type Plan } from '@ruta/flow';
import { ApiError, validationError } from '../errors/api-error';
import { fieldErrors } from '../errors/zod-issues';
import type { Runtime } from './runtime';
import { syncFlowSchedule } from './schedules';
import { loadTemplates } from './templates';

/** A flow, or 404. */
export async function flowOr404(rt: Runtime, id: string): Promise<FlowRow> {
  const flow = await getFlow(rt.db, id);
  if (!flow) throw new ApiError('not-found', `Flow ${id} does not exist`);
  return flow;
}

/** A version named in a request body (rollback, simulate): it must exist, else 409 (the flow is not in that state). */
export async function versionOr409(rt: Runtime, id: string, version: number): Promise<FlowVersionRow> {
  const row = await getVersion(rt.db, id, version);
  if (!row) throw new ApiError('conflict', `Flow ${id} has no version ${version}`);
  return row;
}

/** A published version, or 404. */
export async function versionOr404(rt: Runtime, id: string, version: number): Promise<FlowVersionRow> {
  const row = await getVersion(rt.db, id, version);
  if (!row) throw new ApiError('not-found', `Flow ${id} has no version ${version}`);
  return row;
}

/** The draft of a flow, or one of its published versions when `version` is given; 404 when either is missing. */
export async function documentOr404(rt: Runtime, id: string, version?: number): Promise<FlowDocument> {
  const doc = version === undefined ? (await flowOr404(rt, id)).draft : (await versionOr404(rt, id, version)).document;
  return doc as FlowDocument;
}

/** A document of any known schema version, upgraded and checked; field errors are prefixed with `prefix`. */
export function parseDocument(input: unknown, prefix: (string | number)[] = ['document']): FlowDocument {
  const parsed = FlowDocument.safeParse(migrateDocument(input));
  if (!parsed.success) throw validationError(fieldErrors(parsed.error.issues, prefix));
  return parsed.data;
}

/** Compiles a document against the activity catalog workers published. */
export async function compileDocument(rt: Runtime, doc: FlowDocument): Promise<CompileResult> {
  const [options, staffing] = await Promise.all([
    rt.activities.compileOptions(rt.compileOptions),
    queueStaffing(rt.db),
  ]);
  // The queues as they are now: a hand-off to one nobody works is a warning (publishing still goes ahead).
  const queues = Object.fromEntries(staffing.map((q) => [q.id, { people: q.people }]));
  return compile(doc, { ...options, queues });
}

/** The problem answered when a flow does not compile: every diagnostic, plus its errors as field errors. */
export function flowHasErrors(diagnostics: Diagnostic[]): ApiError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return new ApiError(
    'flow-has-errors',
    `The flow has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message.en ?? ''}`,
    {
      extensions: {
        diagnostics,
        errors: errors.map((d) => ({ path: diagnosticPath(d), message: d.message.en })),
      },
    },
  );
}

/** Where a diagnostic points, as a dotted path into the document. */
function diagnosticPath(d: Diagnostic): string {
  const head = d.edgeId ? ['edges', d.edgeId] : d.nodeId ? ['nodes', d.nodeId] : [];
  return [...head, ...d.path].join('.');
}

const ID_MAX = 66;

/** The flow id to create: the one asked for (409 if taken), else the document's, made unique with a suffix. */
async function freeId(rt: Runtime, wanted: string, explicit: boolean): Promise<string> {
  if (explicit || !(await getFlow(rt.db, wanted, { includeDeleted: true }))) return wanted;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${wanted.slice(0, ID_MAX - String(n).length - 1)}_${n}`;
    if (!(await getFlow(rt.db, candidate, { includeDeleted: true }))) return candidate;
  }
  throw new ApiError('conflict', `No free id near ${wanted}; pass an id`);
}

/** Creates a flow from a document or a template. The document's id becomes the flow's id. */
export async function createFlowFrom(
  rt: Runtime,
  body: { document?: FlowDocument; template?: string; id?: string; name?: string; description?: string },
  actor: Actor,
  imported = false,
): Promise<FlowRow> {
  let doc: FlowDocument;
  if (body.template !== undefined) {
    const template = (await loadTemplates(rt.config.templatesDir)).find((t) => t.id === body.template);
    if (!template) throw new ApiError('not-found', `There is no template "${body.template}" (see GET /v1/templates)`);
    doc = parseDocument(template.document, ['template']);
  } else {
    doc = body.document!;
  }
  const id = await freeId(rt, body.id ?? doc.id, body.id !== undefined);
  const document: FlowDocument = {
    ...doc,
    id,
    ...(body.name ? { name: body.name } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
  };
  return createFlow(rt.db, {
    id,
    name: document.name,
    description: document.description ?? null,
    document,
    actor,
    imported,
  });
}

/** Replaces a draft, at `revision` when given (409 if the flow moved on), else unconditionally. */
export async function saveDraft(
  rt: Runtime,
  flow: FlowRow,
  body: { document: FlowDocument; name?: string; description?: string | null; revision?: number },
  actor: Actor,
): Promise<FlowRow> {
  if (body.document.id !== flow.id) {
    // The body is well formed; it names another flow than the one it is sent to.
    throw new ApiError('conflict', `The document's id (${body.document.id}) is not this flow's id (${flow.id})`, {
      extensions: { errors: [{ path: 'document.id', message: `Must be ${flow.id}` }] },
    });
  }
  const document: FlowDocument = {
    ...body.document,
    ...(body.name ? { name: body.name } : {}),
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
  };
  const result = await updateDraft(rt.db, flow.id, {
    document,
    name: document.name,
    description: document.description ?? null,
    expectedRevision: body.revision ?? flow.revision,
    actor,
  });
  if (result.ok) return result.flow;
  if (result.reason === 'not_found') throw new ApiError('not-found', `Flow ${flow.id} does not exist`);
  throw new ApiError(
    'stale-draft',
    `The draft changed meanwhile (revision ${result.current.revision}, you edited ${body.revision ?? flow.revision}); reload and edit again`,
    { extensions: { currentRevision: result.current.revision } },
  );
}

/**
 * Publishes the draft: refused with the diagnostics when it has errors; a draft equal to the current version
 * publishes nothing new (`created: false`).
 */
export async function publishDraft(
  rt: Runtime,
  flow: FlowRow,
  note: string | undefined,
  actor: Actor,
): Promise<{ version: FlowVersionRow; created: boolean; diagnostics: Diagnostic[] }> {
  const doc = parseDocument(flow.draft, ['draft']);
  const compiled = await compileDocument(rt, doc);
  if (!compiled.ok) throw flowHasErrors(compiled.diagnostics);
  const current = await currentVersion(rt.db, flow.id);
  if (current && current.hash === compiled.plan.hash) {
    // Nothing new, but a schedule a failed publish left behind is brought in line.
    await syncFlowSchedule(rt, flow.id, { version: current.version, plan: current.plan as Plan });
    return { version: current, created: false, diagnostics: compiled.diagnostics };
  }
  const version = await publishVersion(rt.db, flow.id, {
    document: doc,
    plan: compiled.plan,
    hash: compiled.plan.hash,
    actor,
    note: note ?? null,
  });
  rt.triggers.invalidate();
  // Published against the current catalog: what flagged its earlier versions no longer holds.
  await resolveFlowFlags(rt.db, flow.id, version.version);
  await syncFlowSchedule(rt, flow.id, { version: version.version, plan: compiled.plan });
  return { version, created: true, diagnostics: compiled.diagnostics };
}
