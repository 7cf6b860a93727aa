import {
  type AttentionFilter,
  type AttentionGroup,
  type AttentionReason,
  attentionGroups,
  attentionJourneys,
  type BulkActionRow,
  createBulkAction,
  getBulkAction,
  recordBulkProgress,
  runningBulkActions,
  unconfirmedMessages,
} from '@ruta/db';
import { ApiError } from '../errors/api-error';
import {
  attentionActions,
  attentionMessage,
  heldMessage,
  type ParkedFailure,
  parkedMessage,
  reasonLabel,
} from './attention';
import { cancelJourney, retryStep, skipStep } from './journeys';
import type { Runtime } from './runtime';

/** The controls a group offers, most fitting first. */
function actionsFor(reason: AttentionReason): string[] {
  switch (reason) {
    case 'activity_failed':
    case 'missing_data':
      return ['retry', 'skip', 'cancel'];
    case 'workflow_task_failing':
    case 'activity_failing':
      return attentionActions(reason);
  }
}

/** What a person reads about a group: the reason and, from its journeys, why in words (es/en). */
function groupMessage(g: AttentionGroup) {
  switch (g.reason) {
    case 'activity_failed':
      return parkedMessage(
        g.kind,
        g.example ? ({ activity: g.activity ?? '', message: g.example } as ParkedFailure) : null,
      );
    case 'missing_data':
      return heldMessage(g.missing ?? []);
    case 'workflow_task_failing':
    case 'activity_failing':
      return attentionMessage({ kind: g.reason, attempts: 0, activity: g.activity, failure: g.example });
  }
}

/**
 * The "Needs attention" view: journeys that need a person grouped by flow version, node and reason, each group with
 * its words (es/en) and controls, and the messages left unconfirmed. All from the store.
 */
export async function attentionOverview(rt: Runtime, flowId?: string) {
  const [groups, unconfirmed] = await Promise.all([
    attentionGroups(rt.db, flowId ? { flowId } : {}),
    unconfirmedMessages(rt.db, flowId ? { flowId } : {}),
  ]);
  return {
    groups: groups.map((g) => ({
      flowId: g.flowId,
      version: g.flowVersion,
      nodeId: g.nodeId,
      kind: g.kind,
      reason: g.reason,
      reasonLabel: reasonLabel(g.reason),
      activity: g.activity,
      failureType: g.failureType,
      example: g.example,
      missing: g.missing,
      count: g.count,
      since: g.since.toISOString(),
      message: groupMessage(g),
      actions: actionsFor(g.reason),
    })),
    total: groups.reduce((n, g) => n + g.count, 0),
    unconfirmed: {
      total: unconfirmed.total,
      message: {
        es: 'Mensajes cuyo envío se interrumpió después de entregarlos al proveedor: no se reenvían para no duplicarlos. Revisa con el proveedor si llegaron.',
        en: 'Messages whose send was interrupted after the provider had them: they are not resent, to avoid duplicates. Check with the provider whether they arrived.',
      },
      items: unconfirmed.items.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    },
  };
}

/** The journeys of one group (longest waiting first). */
export async function attentionGroupJourneys(rt: Runtime, filter: AttentionFilter, limit: number) {
  const rows = await attentionJourneys(rt.db, filter, limit);
  return rows.map((r) => ({ ...r, since: r.since.toISOString() }));
}

export function bulkDto(row: BulkActionRow) {
  return {
    id: row.id,
    action: row.action,
    status: row.status,
    filter: row.filter,
    total: row.total,
    done: row.done,
    succeeded: row.succeeded,
    failed: row.failed,
    heldAgain: row.heldAgain,
    errors: row.errors,
    requestedBy: row.requestedBy,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** How many journeys a bulk action handles at once (each is a few Temporal calls). */
const CHUNK = 8;
/** Bulk actions this process works on now (so a poll or a resume does not start one twice). */
const working = new Map<string, Promise<void>>();

/** How one journey of a bulk action went: done, failed (`error`), or its message held again for missing data. */
type Outcome = { error: string | null; heldAgain?: boolean };
const OK: Outcome = { error: null };

/** One journey of a bulk action: retried, skipped or cancelled through the same services as the single controls. */
async function actOn(rt: Runtime, row: BulkActionRow, journeyId: string): Promise<Outcome> {
  const actor = row.requestedBy;
  try {
    switch (row.action) {
      case 'retry': {
        const r = await retryStep(rt, journeyId, actor);
        // A held message that is still missing a value held again: not a failure, but that journey still needs
        // someone (its profile filled in), so it is counted apart.
        return 'heldAgain' in r && r.heldAgain ? { error: r.message.en, heldAgain: true } : OK;
      }
      case 'skip':
        await skipStep(rt, journeyId);
        return OK;
      case 'cancel':
        await cancelJourney(rt, journeyId, { reason: row.reason ?? `bulk cancel by ${actor}`, actor });
        return OK;
    }
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** Works through a bulk action from where it stands, chunk by chunk, recording progress after each. */
function work(rt: Runtime, id: string): Promise<void> {
  const existing = working.get(id);
  if (existing) return existing;
  const run = (async () => {
    for (;;) {
      const row = await getBulkAction(rt.db, id);
      if (row?.status !== 'running') return;
      const ids = row.journeyIds.slice(row.done, row.done + CHUNK);
      const results = await Promise.all(
        ids.map(async (journeyId) => ({ journeyId, ...(await actOn(rt, row, journeyId)) })),
      );
      await recordBulkProgress(rt.db, id, row.done, results);
    }
  })()
    .catch((err) => rt.log(`bulk action ${id} stopped`, err))
    .finally(() => working.delete(id));
  working.set(id, run);
  return run;
}

/**
 * Starts a bulk action over the journeys of a group (or the ones listed, when they are in the group): the journeys
 * are chosen now, then handled in the background in chunks; the answer is the action with its progress (202).
 */
export async function startBulkAction(
  rt: Runtime,
  input: { action: 'retry' | 'skip' | 'cancel'; filter: AttentionFilter; ids?: string[]; reason?: string },
  actor: string,
) {
  const inGroup = await attentionJourneys(rt.db, input.filter, 50_000);
  let ids = inGroup.map((j) => j.id);
  if (input.ids) {
    const chosen = new Set(input.ids);
    const outside = input.ids.filter((id) => !ids.includes(id));
    if (outside.length > 0) {
      throw new ApiError(
        'conflict',
        `${outside.length} of the journeys chosen (${outside.slice(0, 3).join(', ')}) are not in this group any more; reload the list`,
      );
    }
    ids = ids.filter((id) => chosen.has(id));
  }
  const row = await createBulkAction(rt.db, {
    action: input.action,
    filter: input.filter,
    journeyIds: ids,
    requestedBy: actor,
    reason: input.reason ?? null,
  });
  void work(rt, row.id);
  return bulkDto(row);
}

/** A bulk action's progress; 404 when there is no such action. */
export async function bulkActionStatus(rt: Runtime, id: string) {
  const row = await getBulkAction(rt.db, id);
  if (!row) throw new ApiError('not-found', `Bulk action ${id} does not exist`);
  return bulkDto(row);
}

/** Picks up the bulk actions a stopped API left running. */
export async function resumeBulkActions(rt: Runtime): Promise<number> {
  const rows = await runningBulkActions(rt.db);
  for (const row of rows) void work(rt, row.id);
  return rows.length;
}

/** Waits for the bulk actions this process works on (tests, shutdown). */
export async function settleBulkActions(): Promise<void> {
  await Promise.all([...working.values()]);
}
