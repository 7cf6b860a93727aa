import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { safeError, safeMessage } from './safe-error';
import { temporalLogger } from './temporal';

/** A driver error as pg and PGlite raise it (the fields of pg-protocol's DatabaseError). */
function driverError(message: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error(message), { name: 'error', ...fields });
}

/** drizzle's wrapper: the SQL and its parameters in the message, the driver error as cause. */
class DrizzleQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    override readonly cause: Error,
  ) {
    super(`Failed query: ${query}\nparams: ${params}`);
  }
}

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ component: 'test', level: 'trace', destination }) };
}

describe('safeError', () => {
  it('keeps the SQL and SQLSTATE of a failed query, never its parameters nor the driver detail', () => {
    const cause = driverError('duplicate key value violates unique constraint "customers_email_idx"', {
      code: '23505',
      severity: 'ERROR',
      table: 'customers',
      constraint: 'customers_email_idx',
      detail: 'Key (email)=(ana@example.com) already exists.',
    });
    const err = new DrizzleQueryError(
      'insert into "customers" ("name", "email") values ($1, $2)',
      ['Ana Pérez', 'ana@example.com'],
      cause,
    );
    const safe = safeError(err);
    const text = JSON.stringify(safe);
    expect(text).not.toContain('Ana Pérez');
    expect(text).not.toContain('ana@example.com');
    expect(safe).toMatchObject({
      type: 'DrizzleQueryError',
      query: 'insert into "customers" ("name", "email") values ($1, $2)',
      cause: { code: '23505', table: 'customers', constraint: 'customers_email_idx' },
    });
    expect(safe.message).toContain('params: [redacted]');
    expect(safe.stack).toContain('at ');
  });

  it('takes quoted input out of PostgreSQL messages', () => {
    expect(safeMessage('invalid input syntax for type integer: "4111 1111 1111 1111"')).toBe(
      'invalid input syntax for type integer: "[redacted]"',
    );
    expect(safeMessage('Key (phone)=(+56 9 1111 2222) already exists.')).toBe(
      'Key (phone)=([redacted]) already exists.',
    );
  });
});

describe('createLogger', () => {
  it('redacts secrets and personal data by key, and serializes errors safely', () => {
    const { lines, logger } = capture();
    const err = new DrizzleQueryError('select 1', ['4111 1111 1111 1111'], driverError('boom', { code: 'XX000' }));
    logger.error(
      {
        err,
        body: { name: 'Ana', email: 'ana@example.com' },
        headers: { authorization: 'Bearer ruta_secret' },
        req: { text: 'Es la tercera vez' },
      },
      'request failed',
    );
    const line = lines.join('');
    for (const value of ['4111 1111 1111 1111', 'ana@example.com', 'ruta_secret', 'tercera vez']) {
      expect(line).not.toContain(value);
    }
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({ level: 'error', component: 'test', msg: 'request failed', body: '[redacted]' });
    expect(parsed.err.query).toBe('select 1');
  });

  it('passes Temporal runtime logs through the same rules', () => {
    const { lines, logger } = capture();
    const t = temporalLogger(logger);
    t.warn('Activity failed', {
      activityType: 'channel.send',
      error: new DrizzleQueryError('insert into messages', ['+56 9 1111 2222'], new Error('x')),
    });
    const parsed = JSON.parse(lines.join(''));
    expect(parsed).toMatchObject({ level: 'warn', msg: 'Activity failed', activityType: 'channel.send' });
    expect(JSON.stringify(parsed)).not.toContain('1111 2222');
  });
});
