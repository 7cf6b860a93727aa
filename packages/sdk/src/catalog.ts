import { ActivityCatalogEntry, TaskQueueName } from '@ruta/flow';
import { z } from 'zod';
import { type ActivityContract, activityJsonSchemas } from './define';

export {
  ActivityCatalogEntry,
  activityRef,
  parseActivityRef,
  TaskQueueName,
} from '@ruta/flow';

/** What a worker sends at start-up: who it is and the activities it serves. */
export const CatalogPublication = z.object({
  worker: z.object({
    /** A name for the worker (`orders-team@host-1`), for the catalog's "published by". */
    identity: z.string().min(1).max(200),
    /** The queue it polls for these activities (null: the journeys' queue). */
    taskQueue: TaskQueueName.nullable(),
    /** The Temporal SDK and language, for people reading the catalog (`typescript`, `python`, `go`…). */
    sdk: z.string().max(60).optional(),
  }),
  activities: z.array(ActivityCatalogEntry).min(1).max(500),
});
export type CatalogPublication = z.infer<typeof CatalogPublication>;

/** An activity's catalog entry, as its worker publishes it (`taskQueue` null: served on the journeys' queue). */
export function catalogEntry(contract: ActivityContract, taskQueue: string | null): ActivityCatalogEntry {
  const schemas = activityJsonSchemas(contract);
  return {
    name: contract.name,
    version: contract.version,
    label: contract.label,
    description: contract.description,
    input: schemas.input as Record<string, unknown>,
    output: schemas.output as Record<string, unknown>,
    startToCloseTimeoutMs: contract.startToCloseTimeoutMs,
    heartbeatTimeoutMs: contract.heartbeatTimeoutMs ?? null,
    retry: { ...contract.retry },
    nonRetryableErrorTypes: [...contract.nonRetryableErrorTypes],
    taskQueue,
  };
}
