import { z } from 'zod';
import type { CustomActivitySpec } from '../compiler/types';
import { type ActivityCatalogEntry, activityRef } from './entry';

/** What the compiler needs of a catalog entry (the API and the CLI have whole entries, the designer its API's). */
export type CatalogEntryLike = Pick<ActivityCatalogEntry, 'name' | 'input'> &
  Partial<Omit<ActivityCatalogEntry, 'name' | 'input'>>;

/**
 * The compiler's view of catalog entries, by reference (`name`, `name@2`): JSON Schemas turned back into zod, so the
 * compiler checks a node's input and types `nodes.<id>.…` from the output exactly as from the activity's own zod
 * schemas (tested: zod → JSON Schema → zod give the same types). A schema zod cannot read accepts any object.
 */
export function compilerSpecs(entries: readonly CatalogEntryLike[]): Record<string, CustomActivitySpec> {
  const out: Record<string, CustomActivitySpec> = {};
  for (const e of entries) {
    const ref = activityRef(e.name, e.version ?? 1);
    const spec: CustomActivitySpec = {
      name: ref,
      input: fromJsonSchema(e.input) ?? z.record(z.string(), z.unknown()),
      ...(e.label ? { label: e.label } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...(e.startToCloseTimeoutMs ? { startToCloseTimeoutMs: e.startToCloseTimeoutMs } : {}),
      ...(e.heartbeatTimeoutMs ? { heartbeatTimeoutMs: e.heartbeatTimeoutMs } : {}),
      ...(e.retry ? { retry: e.retry } : {}),
      ...(e.taskQueue ? { taskQueue: e.taskQueue } : {}),
    };
    const output = e.output ? fromJsonSchema(e.output) : undefined;
    if (output) spec.output = output;
    out[ref] = spec;
  }
  return out;
}

function fromJsonSchema(schema: Record<string, unknown>): z.ZodType | undefined {
  try {
    return z.fromJSONSchema(schema as never);
  } catch {
    return undefined;
  }
}
