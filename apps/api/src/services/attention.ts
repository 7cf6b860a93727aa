import {
  type AttentionDetail,
  type AttentionInput,
  closeJourney,
  type JourneyRow,
  type JourneyStatus,
  journeysToCheck,
  setAttention,
} from '@ruta/db';
import { type Localized, nodeKind } from '@ruta/flow';
import type { WorkflowExecutionDescription } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import type { Runtime } from './runtime';

/** A pending activity as Temporal describes it. */
type PendingActivity = temporal.api.workflow.v1.IPendingActivityInfo;
/** A workflow task that failed this many times (attempt ≥ 2: one failed and Temporal is trying again) is failing. */
const WORKFLOW_TASK_FAILING_ATTEMPT = 2;
/** An activity on its third attempt (two failed in a row) needs a person to look at it. */
const ACTIVITY_FAILING_ATTEMPT = 3;
/** A run closed in Temporal this long ago whose row still says running lost its final step: the row is closed. */
const CLOSED_GRACE_MS = 60_000;

/** The activity a running journey calls now, with its attempts. */
export interface ActivityNow {
  activity: string;
  attempt: number;
  maximumAttempts: number;
  lastFailure: string | null;
  nextAttemptAt: string | null;
}

/** What the API learnt of a journey in Temporal (and wrote to its row). */
export type Inspection =
  | {
      kind: 'running';
      row: JourneyRow;
      runId: string;
      attention: AttentionInput | null;
      activity: ActivityNow | null;
      /** The pending activities as Temporal reports them (retry-step and skip-step act on them). */
      pending: PendingActivity[];
    }
  | { kind: 'closed'; row: JourneyRow; temporalStatus: string }
  | { kind: 'unreachable'; row: JourneyRow; error: string };

const time = (t: { seconds?: unknown; nanos?: number | null } | null | undefined) =>
  t?.seconds != null ? new Date(Number(t.seconds) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString() : null;

/** The activity a journey is calling now, as the API shows it. */
export function activityNow(a: PendingActivity | undefined): ActivityNow | null {
  if (!a) return null;
  return {
    activity: a.activityType?.name ?? '',
    attempt: a.attempt ?? 1,
    maximumAttempts: a.maximumAttempts ?? 0,
    lastFailure: a.lastFailure?.message ?? null,
    nextAttemptAt: time(a.nextAttemptScheduleTime),
  };
}

/**
 * Why a running journey needs a person, from Temporal's description of it (pure): its workflow task keeps failing
 * (nothing but terminate ends it), or an activity failed several attempts in a row. `failure` is the last workflow
 * task failure's message when the caller could read it from the history.
 */
export function attentionFrom(
  description: Pick<WorkflowExecutionDescription, 'raw'>,
  workflowTaskFailure: string | null = null,
): AttentionInput | null {
  const task = description.raw.pendingWorkflowTask;
  if (task && (task.attempt ?? 1) >= WORKFLOW_TASK_FAILING_ATTEMPT) {
    return { kind: 'workflow_task_failing', attempts: (task.attempt ?? 2) - 1, failure: workflowTaskFailure };
  }
  const failing = (description.raw.pendingActivities ?? []).find((a) => (a.attempt ?? 1) >= ACTIVITY_FAILING_ATTEMPT);
  if (failing) {
    return {
      kind: 'activity_failing',
      attempts: (failing.attempt ?? 2) - 1,
      activity: failing.activityType?.name ?? null,
      failure: failing.lastFailure?.message ?? null,
    };
  }
  return null;
}

/** Whether a workflow task is failing now (so an update such as cancel cannot be delivered). */
export function workflowTaskFailing(description: Pick<WorkflowExecutionDescription, 'raw'>): boolean {
  return (description.raw.pendingWorkflowTask?.attempt ?? 1) >= WORKFLOW_TASK_FAILING_ATTEMPT;
}

/** What a person reads about a journey that needs attention, in Spanish and English. */
export function attentionMessage(detail: AttentionDetail): Localized {
  const n = detail.attempts;
  switch (detail.kind) {
    case 'workflow_task_failing': {
      const es = detail.failure ? `; último error: ${detail.failure}` : '';
      const en = detail.failure ? `; last error: ${detail.failure}` : '';
      return {
        es: `El recorrido está atascado: falla cada vez que intenta avanzar (${n} ${n === 1 ? 'intento fallido' : 'intentos fallidos'}${es}). No puede recibir una cancelación: termínalo indicando el motivo.`,
        en: `The journey is stuck: it fails every time it tries to move on (${n} failed ${n === 1 ? 'attempt' : 'attempts'}${en}). It cannot take a cancel: terminate it, giving a reason.`,
      };
    }
    case 'activity_failing': {
      const step = detail.activity ?? '?';
      const es = detail.failure ? `; último error: ${detail.failure}` : '';
      const en = detail.failure ? `; last error: ${detail.failure}` : '';
      return {
        es: `El paso ${step} falla una y otra vez (${n} ${n === 1 ? 'intento fallido' : 'intentos fallidos'}${es}). Reinténtalo ahora o cancela el recorrido.`,
        en: `Step ${step} keeps failing (${n} failed ${n === 1 ? 'attempt' : 'attempts'}${en}). Retry it now or cancel the journey.`,
      };
    }
  }
}

/** The controls that help a journey that needs attention, most fitting first. */
export function attentionActions(kind: AttentionDetail['kind']): string[] {
  switch (kind) {
    case 'workflow_task_failing':
      return ['terminate'];
    case 'activity_failing':
      return ['retry-step', 'cancel', 'terminate'];
  }
}

/** The message of the most recent failed workflow task of a run, read from the end of its history. */
async function lastWorkflowTaskFailure(rt: Runtime, workflowId: string, runId: string): Promise<string | null> {
  const history = await rt.client.workflowService.getWorkflowExecutionHistoryReverse({
    namespace: rt.client.options.namespace,
    execution: { workflowId, runId },
    maximumPageSize: 50,
  });
  for (const e of history.history?.events ?? []) {
    const failed = e.workflowTaskFailedEventAttributes;
    if (failed) return failed.failure?.message ?? null;
  }
  return null;
}

/** Why Temporal closed a run, from the end of its history (the terminate reason, when it was terminated). */
async function closeReason(rt: Runtime, workflowId: string, runId: string): Promise<string | null> {
  const history = await rt.client.workflowService.getWorkflowExecutionHistoryReverse({
    namespace: rt.client.options.namespace,
    execution: { workflowId, runId },
    maximumPageSize: 5,
  });
  for (const e of history.history?.events ?? []) {
    if (e.workflowExecutionTerminatedEventAttributes)
      return e.workflowExecutionTerminatedEventAttributes.reason ?? null;
    if (e.workflowExecutionTimedOutEventAttributes) return 'timed out in Temporal';
    if (e.workflowExecutionCanceledEventAttributes) return 'cancelled in Temporal';
  }
  return null;
}

const CLOSED_AS: Record<string, Exclude<JourneyStatus, 'running'> | undefined> = {
  TERMINATED: 'terminated',
  CANCELLED: 'cancelled',
  TIMED_OUT: 'failed',
  FAILED: 'failed',
  COMPLETED: 'completed',
};

/**
 * Looks at a running journey in Temporal and writes what it learnt to the row: the attention it needs (or none), and,
 * when Temporal already closed the run without the journey's final step reaching the store (terminated or cancelled
 * from Temporal's UI, timed out), the terminal status with Temporal's reason. Never throws for Temporal's sake:
 * an unreachable Temporal is an answer too.
 */
export async function inspectJourney(rt: Runtime, row: JourneyRow, deadlineMs = 3_000): Promise<Inspection> {
  let description: WorkflowExecutionDescription;
  try {
    description = await rt.client.connection.withDeadline(Date.now() + deadlineMs, () =>
      rt.client.workflow.getHandle(row.id).describe(),
    );
  } catch (err) {
    return { kind: 'unreachable', row, error: err instanceof Error ? err.message : String(err) };
  }
  const status = description.status.name;
  if (status !== 'RUNNING') {
    const closedAs = CLOSED_AS[status];
    const closedLongAgo = (description.closeTime?.getTime() ?? Date.now()) < Date.now() - CLOSED_GRACE_MS;
    // Terminated or cancelled from outside Ruta: no final step will ever come. Completed or failed: the worker writes
    // the final step itself, so only a row still running well after the close lost it.
    if (
      closedAs &&
      (closedAs === 'terminated' || closedAs === 'cancelled' || status === 'TIMED_OUT' || closedLongAgo)
    ) {
      const reason = await closeReason(rt, row.id, description.runId).catch(() => null);
      const closed = await closeJourney(rt.db, row.id, { status: closedAs, reason, by: 'temporal' });
      return { kind: 'closed', row: closed ?? row, temporalStatus: status };
    }
    return { kind: 'closed', row, temporalStatus: status };
  }
  let failure: string | null = null;
  if (workflowTaskFailing(description)) {
    failure = await lastWorkflowTaskFailure(rt, row.id, description.runId).catch(() => null);
  }
  const attention = attentionFrom(description, failure);
  const updated = sameAsStored(row, attention) ? row : ((await setAttention(rt.db, row.id, attention)) ?? row);
  const pending = description.raw.pendingActivities ?? [];
  return {
    kind: 'running',
    row: updated,
    runId: description.runId,
    attention,
    activity: activityNow(pending[0]),
    pending,
  };
}

/** How long a check stays fresh: an open drawer polls every few seconds, and need not write each time. */
const FRESH_MS = 15_000;

/** Whether the row already says this, and was checked recently (so nothing needs writing). */
function sameAsStored(row: JourneyRow, attention: AttentionInput | null): boolean {
  if (!row.checkedAt || Date.now() - row.checkedAt.getTime() > FRESH_MS) return false;
  const d = row.attentionDetail;
  if (attention === null) return row.attention === null;
  return (
    row.attention === attention.kind &&
    d?.attempts === attention.attempts &&
    (d?.failure ?? null) === (attention.failure ?? null) &&
    (d?.activity ?? null) === (attention.activity ?? null)
  );
}

/** The background check: a bounded round of inspections, repeated on an interval. */
export interface AttentionCheck {
  /** Inspects the next `batch` running journeys (never checked first, then the longest unchecked); returns how many. */
  runOnce(): Promise<number>;
  /** Stops the interval and waits for a round in progress. */
  stop(): Promise<void>;
}

/**
 * Finds journeys that need a person without anyone asking: every `intervalMs`, inspects at most `batch` running
 * journeys in Temporal (DescribeWorkflowExecution, one at a time), oldest check first, so the cost is bounded
 * whatever the number of journeys, and listing the ones that need attention stays a database query. Safe to run in
 * every API process (each round's writes are idempotent).
 */
export function startAttentionCheck(rt: Runtime, options: { intervalMs: number; batch: number }): AttentionCheck {
  let round: Promise<number> | null = null;
  const runOnce = (): Promise<number> => {
    round ??= (async () => {
      try {
        const rows = await journeysToCheck(rt.db, { limit: options.batch, minAgeMs: options.intervalMs });
        for (const row of rows) await inspectJourney(rt, row);
        return rows.length;
      } finally {
        round = null;
      }
    })();
    return round;
  };
  const timer =
    options.intervalMs > 0
      ? setInterval(() => {
          runOnce().catch((err) => rt.log('attention check failed', err));
        }, options.intervalMs)
      : null;
  timer?.unref();
  return {
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      await round?.catch(() => 0);
    },
  };
}

/** The failure a parked journey remembers (the flow package's ActivityFailureInfo, as stored in its wait step). */
export interface ParkedFailure {
  activity: string;
  message: string;
  type?: string;
}

/**
 * What a person reads about a journey parked at a failed step, in Spanish and English: which step, that it failed
 * after its retries, the activity's own error (as it gave it), and what can be done.
 */
export function parkedMessage(kind: string | null, failure: ParkedFailure | null): Localized {
  const label = (kind ? nodeKind(kind)?.label : undefined) ?? { es: kind ?? '?', en: kind ?? '?' };
  const es = failure ? ` Error: ${failure.message}.` : '';
  const en = failure ? ` Error: ${failure.message}.` : '';
  return {
    es: `El paso «${label.es}» falló después de todos sus reintentos y el recorrido quedó detenido ahí.${es} Reinténtalo cuando el problema esté resuelto, sáltalo para seguir con el resto del flujo, o cancela el recorrido.`,
    en: `The step “${label.en}” failed after all its retries and the journey stopped there.${en} Retry it once the problem is fixed, skip it to go on with the rest of the flow, or cancel the journey.`,
  };
}

/** `a`, `a y b`, `a, b y c` (and the English). */
function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * What a person reads about a journey holding a message because placeholders have no value, in Spanish and English:
 * the customer's profile to fill in (then retry: the message is written again with it) for `customer.*` values, and
 * for values from elsewhere (the event, earlier steps), that a retry cannot fill them in; skip and cancel are there too.
 */
export function heldMessage(missing: readonly string[]): Localized {
  const profile = missing.filter((m) => m.startsWith('customer.'));
  const other = missing.filter((m) => !m.startsWith('customer.'));
  const es: string[] = ['El mensaje quedó retenido porque le faltan datos.'];
  const en: string[] = ['The message is held because it lacks values.'];
  if (profile.length > 0) {
    es.push(
      `Completa el perfil del cliente (${profile.length === 1 ? 'falta' : 'faltan'} ${listed(profile, 'y')}) y reintenta.`,
    );
    en.push(
      `Fill in the customer's profile (${listed(profile, 'and')} ${profile.length === 1 ? 'is' : 'are'} missing), then retry.`,
    );
  }
  if (other.length > 0) {
    es.push(
      `${other.length === 1 ? 'Falta' : 'Faltan'} ${listed(other, 'y')}, que no viene del perfil: un reintento no lo completa.`,
    );
    en.push(
      `${listed(other, 'and')} ${other.length === 1 ? 'is' : 'are'} missing and not part of the profile: a retry cannot fill it in.`,
    );
  }
  es.push('También puedes saltarlo (no se envía) o cancelar el recorrido.');
  en.push('You can also skip it (it is not sent) or cancel the journey.');
  return { es: es.join(' '), en: en.join(' ') };
}

/** The reasons of "Needs attention", as a person reads them (es/en). */
export function reasonLabel(reason: 'activity_failed' | 'missing_data' | AttentionDetail['kind']): Localized {
  switch (reason) {
    case 'activity_failed':
      return { es: 'Paso fallido: detenido', en: 'Failed step: parked' };
    case 'missing_data':
      return { es: 'Mensaje retenido: faltan datos', en: 'Message held: missing data' };
    case 'workflow_task_failing':
      return { es: 'Atascado: falla al avanzar', en: 'Stuck: fails to move on' };
    case 'activity_failing':
      return { es: 'Paso reintentándose', en: 'Step being retried' };
  }
}
