import { createApiKey, revokeApiKey } from '@ruta/db';
import { createTestDatabase, type Database } from '@ruta/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyVerifier } from './key-cache';

describe('KeyVerifier', () => {
  let database: Database;
  let statements = 0;

  beforeEach(async () => {
    database = await createTestDatabase();
    // Every statement drizzle sends goes through the driver's own client.
    const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
  afterEach(() => database.close());

  it('answers requests with one key that arrive together with a single lookup', async () => {
    const { key, apiKey: info } = await createApiKey(database.db, { name: 'k', scopes: ['events:write'] });
    // A first use records when the key was last used; later lookups within the resolution only read.
    await new KeyVerifier(database.db).verify(key);
    const verifier = new KeyVerifier(database.db);
    statements = 0;
    const answers = await Promise.all(Array.from({ length: 20 }, () => verifier.verify(key)));
    expect(statements).toBe(1);
    expect(new Set(answers.map((a) => a?.id))).toEqual(new Set([info.id]));
    // Cached afterwards: no statement at all.
    await verifier.verify(key);
    expect(statements).toBe(1);
    // A wrong key is an answer too (null), remembered the same way.
    expect(await Promise.all([verifier.verify('nope'), verifier.verify('nope')])).toEqual([null, null]);
    expect(statements).toBe(2);
  });

  it('stops accepting a revoked key at once after clear()', async () => {
    const { key, apiKey: info } = await createApiKey(database.db, { name: 'k', scopes: ['events:write'] });
    const verifier = new KeyVerifier(database.db);
    expect((await verifier.verify(key))?.id).toBe(info.id);
    await revokeApiKey(database.db, info.id);
    verifier.clear();
    expect(await verifier.verify(key)).toBeNull();
  });
});
