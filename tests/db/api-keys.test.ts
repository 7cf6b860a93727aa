import { ConflictError, createApiKey, listApiKeys, queryRows, revokeApiKey, sql, verifyApiKey } from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

describeDrivers('api keys', (ctx) => {
  it('creates a key shown once, stores only its hash, verifies and revokes it', async () => {
    const { key, apiKey } = await createApiKey(ctx.db, {
      name: 'Shop',
      scopes: ['events:write', 'events:write', 'flows:read'],
    });
    expect(key).toMatch(/^ruta_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'Shop',
      scopes: ['events:write', 'flows:read'],
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).not.toHaveProperty('hash');

    const stored = await queryRows<{ row: string }>(ctx.db, sql`select k::text as row from api_keys k`);
    expect(stored[0]!.row).not.toContain(key);
    expect(stored[0]!.row).not.toContain(key.slice(5));

    const verified = await verifyApiKey(ctx.db, key);
    expect(verified?.id).toBe(apiKey.id);
    expect(verified?.lastUsedAt).toBeInstanceOf(Date);
    expect(await verifyApiKey(ctx.db, `${key}x`)).toBeNull();
    expect(await verifyApiKey(ctx.db, 'ruta_nope')).toBeNull();
    expect(await verifyApiKey(ctx.db, 'Bearer something')).toBeNull();

    const second = await createApiKey(ctx.db, { name: 'CRM' });
    expect(second.key).not.toBe(key);
    expect((await listApiKeys(ctx.db)).map((k) => k.name)).toEqual(['Shop', 'CRM']);

    expect(await revokeApiKey(ctx.db, apiKey.id)).toBe(true);
    expect(await revokeApiKey(ctx.db, apiKey.id)).toBe(false);
    expect(await verifyApiKey(ctx.db, key)).toBeNull();
    expect((await verifyApiKey(ctx.db, second.key))?.name).toBe('CRM');
    expect((await listApiKeys(ctx.db)).find((k) => k.id === apiKey.id)?.revokedAt).toBeInstanceOf(Date);

    await expect(createApiKey(ctx.db, { name: 'Bad', scopes: ['Not A Scope'] })).rejects.toBeInstanceOf(ZodError);
    expect(await listApiKeys(ctx.db)).toHaveLength(2);
  });

  it('accepts an operator-chosen key once', async () => {
    const chosen = 'local-dev-key-0123456789';
    const { key, apiKey } = await createApiKey(ctx.db, { name: 'Provisioned', scopes: ['admin'], key: chosen });
    expect(key).toBe(chosen);
    expect(apiKey.prefix).toBe('loca');
    expect((await verifyApiKey(ctx.db, chosen))?.id).toBe(apiKey.id);
    await expect(createApiKey(ctx.db, { name: 'Again', key: chosen })).rejects.toBeInstanceOf(ConflictError);
    await expect(createApiKey(ctx.db, { name: 'Short', key: 'short' })).rejects.toBeInstanceOf(ZodError);
    expect(await listApiKeys(ctx.db)).toHaveLength(1);
  });
});
