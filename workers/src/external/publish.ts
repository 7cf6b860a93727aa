import { type ActivityCatalogEntry, type ActivityDefinition, type CatalogPublication, catalogEntry } from '@ruta/sdk';

/** Catalog entries of the activities a worker serves on `taskQueue` (null: the journeys' own queue). */
export function workerCatalog(
  definitions: readonly ActivityDefinition[],
  taskQueue: string | null,
): ActivityCatalogEntry[] {
  return definitions.map((d) => catalogEntry(d, taskQueue));
}

export interface PublishOptions {
  /** The API's base URL (`http://127.0.0.1:3000`). */
  apiUrl: string;
  /** A key holding `activities:publish` (a developer's), or an admin key. */
  apiKey: string;
  publication: CatalogPublication;
  /** How many times to try while the API is not answering yet (default 30, one a second). */
  attempts?: number;
  retryDelayMs?: number;
  signal?: AbortSignal;
}

/** What the API answered: each activity's status and the flows its changes flagged. */
export interface PublishAnswer {
  activities: { ref: string; status: 'new' | 'unchanged' | 'changed'; compatible: boolean; changes: unknown[] }[];
  flags: { activity: string; flowId: string; flowVersion: number; nodeId: string }[];
}

/**
 * Publishes a worker's catalog to the API (POST /v1/activities/catalog). A network error or a 5xx is tried again (the
 * API may be starting too); a refusal (401, 403, 422) is not, and its problem is thrown with the API's own words.
 */
export async function publishCatalog(options: PublishOptions): Promise<PublishAnswer> {
  const attempts = options.attempts ?? 30;
  const url = new URL('/v1/activities/catalog', options.apiUrl);
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(options.publication),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const text = await res.text();
      if (res.ok) return JSON.parse(text) as PublishAnswer;
      const problem = safeJson(text) as { title?: string; detail?: string } | undefined;
      const message = `The API refused the activity catalog (${res.status}): ${problem?.detail ?? problem?.title ?? text}`;
      if (res.status < 500) throw new PublishRefused(message, res.status, problem);
      last = new Error(message);
    } catch (err) {
      if (err instanceof PublishRefused || options.signal?.aborted) throw err;
      last = err;
    }
    if (attempt < attempts) await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 1_000));
  }
  throw new Error(`Could not publish the activity catalog to ${url} after ${attempts} attempts`, { cause: last });
}

/** The API answered the publication with a 4xx: trying again will not help. */
export class PublishRefused extends Error {
  override readonly name = 'PublishRefused';
  constructor(
    message: string,
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(message);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
