/** Something the caller asked for does not exist (or is deleted). */
export class NotFoundError extends Error {
  readonly code = 'not_found' as const;
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The write conflicts with what is stored (duplicate id, stale revision). */
export class ConflictError extends Error {
  readonly code = 'conflict' as const;
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** PostgreSQL SQLSTATE of a driver error, whichever driver raised it. */
export function sqlState(error: unknown): string | undefined {
  let e: unknown = error;
  // drizzle wraps driver errors in DrizzleQueryError with the original as `cause`.
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
