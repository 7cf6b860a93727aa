// Ruta's custom search attributes and registering them on a Temporal server.
import type { Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

/** A typed search attribute key (what `defineSearchAttributeKey` returns). */
export type RutaSearchAttributeKey = ReturnType<typeof defineSearchAttributeKey<SearchAttributeType>>;

/** The journey's flow id (Keyword). */
export const RutaFlowId = defineSearchAttributeKey('RutaFlowId', SearchAttributeType.KEYWORD);
/** The flow version the journey runs (Int). */
export const RutaFlowVersion = defineSearchAttributeKey('RutaFlowVersion', SearchAttributeType.INT);
/** The customer the journey is for (Keyword). */
export const RutaCustomerId = defineSearchAttributeKey('RutaCustomerId', SearchAttributeType.KEYWORD);
/** The journey's business status (Keyword). */
export const RutaStatus = defineSearchAttributeKey('RutaStatus', SearchAttributeType.KEYWORD);

/** All of Ruta's search attribute keys, in registration order. */
export const RUTA_SEARCH_ATTRIBUTES: readonly RutaSearchAttributeKey[] = [
  RutaFlowId,
  RutaFlowVersion,
  RutaCustomerId,
  RutaStatus,
];

type IndexedValueType = temporal.api.enums.v1.IndexedValueType;

// Values of temporal.api.enums.v1.IndexedValueType. Kept local because @temporalio/proto is CommonJS without
// detectable named exports, so `import { temporal }` is types-only under native ESM.
const INDEXED_VALUE_TYPE: Record<SearchAttributeType, IndexedValueType> = {
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
};

/** Result of {@link registerSearchAttributes}. */
export interface RegisterSearchAttributesResult {
  /** Attributes this call added. */
  added: string[];
  /** Attributes that were already registered with the right type. */
  existing: string[];
  /** False when the server cannot list attributes (the time-skipping test server): everything was (re)added blind. */
  verified: boolean;
}

/**
 * Register Ruta's search attributes in a namespace through the operator service; idempotent.
 *
 * Works on the CLI dev server and on the time-skipping test server (which implements AddSearchAttributes but not
 * ListSearchAttributes). Throws if an attribute already exists with another type.
 */
export async function registerSearchAttributes(
  connection: Connection,
  namespace = 'default',
  keys: readonly RutaSearchAttributeKey[] = RUTA_SEARCH_ATTRIBUTES,
): Promise<RegisterSearchAttributesResult> {
  let current: Record<string, IndexedValueType> | undefined;
  try {
    const res = await connection.operatorService.listSearchAttributes({ namespace });
    current = { ...(res.systemAttributes ?? {}), ...(res.customAttributes ?? {}) };
  } catch (err) {
    if (grpcCode(err) !== GRPC_UNIMPLEMENTED) throw err;
  }

  const missing: Record<string, IndexedValueType> = {};
  const existing: string[] = [];
  for (const key of keys) {
    const want = INDEXED_VALUE_TYPE[key.type];
    const have = current?.[key.name];
    if (have === undefined) {
      missing[key.name] = want;
    } else if (have !== want) {
      throw new Error(
        `Search attribute ${key.name} exists in namespace "${namespace}" with type ${typeName(have)}, ` +
          `but Ruta needs ${key.type}. Remove it (temporal operator search-attribute remove --name ${key.name}) ` +
          'or use another namespace.',
      );
    } else {
      existing.push(key.name);
    }
  }

  const added = Object.keys(missing);
  if (added.length > 0) {
    try {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
    } catch (err) {
      if (grpcCode(err) !== GRPC_ALREADY_EXISTS) {
        throw new Error(
          `Could not register search attributes ${added.join(', ')} in namespace "${namespace}": ${
            err instanceof Error ? err.message : String(err)
          }`,
        );
      }
    }
  }
  return { added, existing, verified: current !== undefined };
}

const GRPC_ALREADY_EXISTS = 6;
const GRPC_UNIMPLEMENTED = 12;

function grpcCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function typeName(t: IndexedValueType): string {
  const entry = Object.entries(INDEXED_VALUE_TYPE).find(([, v]) => v === t);
  return entry ? entry[0] : `#${t}`;
}
