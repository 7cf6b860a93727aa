import { closeJourney, eraseCustomer, type JourneyRow, listJourneys } from '@ruta/db';
import type { Localized } from '@ruta/flow';
import { EncryptionCodec } from '@ruta/temporal';
import { WorkflowNotFoundError } from '@temporalio/common';
import { fromTemporalError } from '../errors/temporal';
import type { Runtime } from './runtime';

/** The reason kept on journeys that an erasure stopped. */
export const ERASURE_REASON = 'customer data erased';

/** What an erasure did in Temporal, where the customer's journeys kept their history. */
export interface TemporalErasure {
  /** The customer's journeys Ruta knows (one workflow id each). */
  journeys: number;
  /** Running journeys terminated first, so no message goes out with the data being erased. */
  terminated: number;
  /** Workflow executions (runs, continue-as-new included) deleted from Temporal, history and visibility. */
  deleted: number;
  /** Journeys whose executions Temporal would not delete (e.g. no permission); the reason for each. */
  failed: { journeyId: string; error: string }[];
  /** Whether payloads are encrypted (RUTA_ENCRYPTION_KEY): what was not deleted is readable only with the key. */
  encrypted: boolean;
  /** The namespace's retention of closed histories in days (null when it could not be read). */
  retentionDays: number | null;
  /** What this means, for the person who asked. */
  note: Localized;
}

async function customerJourneys(rt: Runtime, customerId: string): Promise<JourneyRow[]> {
  const rows: JourneyRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await listJourneys(rt.db, { customerId, limit: 500, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

const reason = (err: unknown) => fromTemporalError(err)?.message ?? (err instanceof Error ? err.message : String(err));

/** Deletes every run of a journey (a continued-as-new journey has several), found by its workflow id. */
async function deleteRuns(rt: Runtime, workflowId: string): Promise<number> {
  const namespace = rt.client.options.namespace;
  const runIds: (string | undefined)[] = [];
  try {
    const quoted = `'${workflowId.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    for await (const run of rt.client.workflow.list({ query: `WorkflowId = ${quoted}` })) runIds.push(run.runId);
  } catch {
    // No visibility (or no right to it): the latest run at least.
  }
  if (runIds.length === 0) runIds.push(undefined);
  let deleted = 0;
  for (const runId of runIds) {
    try {
      await rt.client.workflowService.deleteWorkflowExecution({
        namespace,
        workflowExecution: { workflowId, ...(runId ? { runId } : {}) },
      });
      deleted += 1;
    } catch (err) {
      const notFound = err instanceof WorkflowNotFoundError || fromTemporalError(err)?.slug === 'not-found';
      if (!notFound) throw err;
    }
  }
  return deleted;
}

async function retentionDays(rt: Runtime): Promise<number | null> {
  try {
    const ns = await rt.client.workflowService.describeNamespace({ namespace: rt.client.options.namespace });
    const ttl = ns.config?.workflowExecutionRetentionTtl;
    return ttl?.seconds != null ? Math.round((Number(ttl.seconds) / 86_400) * 100) / 100 : null;
  } catch {
    return null;
  }
}

function note(t: Omit<TemporalErasure, 'note'>): Localized {
  const days = t.retentionDays === null ? null : `${t.retentionDays}`;
  if (t.failed.length === 0) {
    return {
      es: `Se borraron los datos del cliente en Ruta y ${t.deleted} ejecuciones de sus recorridos en Temporal (historial incluido).`,
      en: `The customer's data was erased in Ruta, and ${t.deleted} executions of their journeys were deleted from Temporal (history included).`,
    };
  }
  const es = [
    `Se borraron los datos del cliente en Ruta. Temporal no borró ${t.failed.length} de sus recorridos.`,
    t.encrypted
      ? 'Sus datos en ese historial están cifrados y solo se leen con la clave de cifrado.'
      : 'Sus datos en ese historial siguen legibles (el cifrado está desactivado).',
    days
      ? `El historial cerrado caduca con la retención del namespace (${days} días).`
      : 'El historial cerrado caduca con la retención del namespace.',
    'Repite la solicitud cuando Temporal lo permita.',
  ];
  const en = [
    `The customer's data was erased in Ruta. Temporal did not delete ${t.failed.length} of their journeys.`,
    t.encrypted
      ? 'Their data in that history is encrypted and readable only with the encryption key.'
      : 'Their data in that history is still readable (encryption is off).',
    days
      ? `Closed history expires with the namespace retention (${days} days).`
      : 'Closed history expires with the namespace retention.',
    'Repeat the request once Temporal allows it.',
  ];
  return { es: es.join(' '), en: en.join(' ') };
}

/**
 * Erases a customer everywhere Ruta keeps their data: running journeys are terminated first (reason `customer data
 * erased`), then the store is erased (profile cleared, message bodies, event payloads, step details and ticket texts
 * redacted), then every execution of their journeys is deleted from Temporal (history and visibility; asynchronous on
 * the server). What Temporal would not delete is reported: with encryption on it is readable only with the key, and it
 * expires with the namespace retention. Repeating the request is harmless.
 */
export async function eraseCustomerEverywhere(rt: Runtime, customerId: string, actor: string) {
  const journeys = await customerJourneys(rt, customerId);
  let terminated = 0;
  for (const j of journeys.filter((row) => row.status === 'running')) {
    try {
      await rt.client.workflow.getHandle(j.id).terminate(`${ERASURE_REASON} (by ${actor} through Ruta)`);
      terminated += 1;
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) rt.log('erasure: could not terminate a journey', err);
    }
    await closeJourney(rt.db, j.id, { status: 'terminated', reason: ERASURE_REASON, by: actor });
  }
  const erased = await eraseCustomer(rt.db, customerId);
  let deleted = 0;
  const failed: TemporalErasure['failed'] = [];
  for (const j of journeys) {
    try {
      deleted += await deleteRuns(rt, j.id);
    } catch (err) {
      failed.push({ journeyId: j.id, error: reason(err) });
    }
  }
  const t = {
    journeys: journeys.length,
    terminated,
    deleted,
    failed,
    // Encrypted only with an encryption codec: the claim check and compression codecs are always there.
    encrypted: rt.client.options.loadedDataConverter.payloadCodecs.some((c) => c instanceof EncryptionCodec),
    retentionDays: await retentionDays(rt),
  };
  return { customerId, erased, temporal: { ...t, note: note(t) } satisfies TemporalErasure };
}
