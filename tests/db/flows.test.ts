import {
  archiveFlow,
  ConflictError,
  createFlow,
  currentVersion,
  deleteFlow,
  getFlow,
  getVersion,
  listAudit,
  listFlows,
  listVersions,
  NotFoundError,
  publishVersion,
  rollback,
  updateDraft,
} from '@ruta/db';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

const doc = (n: number) => ({ schemaVersion: 2, id: 'f_x', name: `Doc ${n}`, nodes: [{ id: `n_${n}` }] });

describeDrivers('flows', (ctx) => {
  it('creates, reads, lists with search and soft-deletes', async () => {
    const a = await createFlow(ctx.db, { id: 'f_welcome', name: 'Welcome series', document: doc(1), actor: 'ana' });
    expect(a).toMatchObject({
      id: 'f_welcome',
      name: 'Welcome series',
      revision: 1,
      currentVersion: null,
      deleted: false,
    });
    const b = await createFlow(ctx.db, { name: 'Payment reminder', description: 'Dunning 100%', document: doc(2) });
    expect(b.id).toMatch(/^f_[A-Za-z0-9_-]+$/);

    expect((await getFlow(ctx.db, 'f_welcome'))?.draft).toEqual(doc(1));
    expect((await listFlows(ctx.db)).map((f) => f.id).sort()).toEqual([b.id, 'f_welcome'].sort());
    expect((await listFlows(ctx.db, { search: 'WELCOME' })).map((f) => f.id)).toEqual(['f_welcome']);
    expect((await listFlows(ctx.db, { search: '100%' })).map((f) => f.id)).toEqual([b.id]);
    expect(await listFlows(ctx.db, { search: '_' })).toHaveLength(2); // ids contain "_"; "_" is not a wildcard
    expect(await listFlows(ctx.db, { search: 'zzz' })).toEqual([]);
    expect((await listFlows(ctx.db))[0]).not.toHaveProperty('draft');

    await archiveFlow(ctx.db, b.id, { archived: true, actor: 'ana' });
    expect((await listFlows(ctx.db)).map((f) => f.id)).toEqual(['f_welcome']);
    expect(await listFlows(ctx.db, { includeArchived: true })).toHaveLength(2);

    expect(await deleteFlow(ctx.db, 'f_welcome', { actor: 'ana' })).toBe(true);
    expect(await deleteFlow(ctx.db, 'f_welcome')).toBe(false);
    expect(await getFlow(ctx.db, 'f_welcome')).toBeNull();
    expect((await getFlow(ctx.db, 'f_welcome', { includeDeleted: true }))?.deleted).toBe(true);
    expect(await listFlows(ctx.db, { includeArchived: true })).toHaveLength(1);

    await expect(createFlow(ctx.db, { id: 'f_welcome', name: 'Again', document: {} })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('rejects invalid input before writing', async () => {
    await expect(createFlow(ctx.db, { id: 'welcome', name: 'Bad id', document: {} })).rejects.toBeInstanceOf(ZodError);
    await expect(createFlow(ctx.db, { name: '  ', document: {} })).rejects.toBeInstanceOf(ZodError);
    await expect(createFlow(ctx.db, { name: 'Array doc', document: [] as never })).rejects.toBeInstanceOf(ZodError);
    expect(await listFlows(ctx.db, { includeArchived: true })).toEqual([]);
  });

  it('updates the draft with optimistic concurrency and reports conflicts', async () => {
    await createFlow(ctx.db, { id: 'f_d', name: 'Draft', document: doc(1) });
    const ok = await updateDraft(ctx.db, 'f_d', {
      document: doc(2),
      expectedRevision: 1,
      actor: 'ana',
      name: 'Draft 2',
    });
    expect(ok).toMatchObject({ ok: true, flow: { revision: 2, name: 'Draft 2', draft: doc(2) } });

    const stale = await updateDraft(ctx.db, 'f_d', { document: doc(3), expectedRevision: 1, actor: 'bob' });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { revision: 2, draft: doc(2) } });

    // Two editors at the same revision: exactly one wins.
    const race = await Promise.all([
      updateDraft(ctx.db, 'f_d', { document: doc(4), expectedRevision: 2, actor: 'ana' }),
      updateDraft(ctx.db, 'f_d', { document: doc(5), expectedRevision: 2, actor: 'bob' }),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(1);
    expect((await getFlow(ctx.db, 'f_d'))?.revision).toBe(3);

    expect(await updateDraft(ctx.db, 'f_missing', { document: {}, expectedRevision: 1 })).toEqual({
      ok: false,
      reason: 'not_found',
    });
  });

  it('publishes sequential immutable versions and tracks the current one', async () => {
    await createFlow(ctx.db, { id: 'f_p', name: 'Publish', document: doc(1) });
    expect(await currentVersion(ctx.db, 'f_p')).toBeNull();
    const v1 = await publishVersion(ctx.db, 'f_p', {
      document: doc(1),
      plan: { hash: 'h1' },
      hash: 'h1',
      actor: 'ana',
      note: 'first',
    });
    const v2 = await publishVersion(ctx.db, 'f_p', {
      document: doc(2),
      plan: { hash: 'h2' },
      hash: 'h2',
      actor: 'ana',
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(await currentVersion(ctx.db, 'f_p')).toMatchObject({ version: 2, hash: 'h2', plan: { hash: 'h2' } });
    expect(await getVersion(ctx.db, 'f_p', 1)).toMatchObject({
      version: 1,
      note: 'first',
      document: doc(1),
      publishedBy: 'ana',
    });
    expect(await getVersion(ctx.db, 'f_p', 3)).toBeNull();
    const list = await listVersions(ctx.db, 'f_p');
    expect(list.map((v) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(list[0]).not.toHaveProperty('plan');
    await expect(publishVersion(ctx.db, 'f_nope', { document: {}, plan: {}, hash: 'h' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('gives concurrent publishes distinct sequential version numbers', async () => {
    await createFlow(ctx.db, { id: 'f_c', name: 'Concurrent', document: doc(1) });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        publishVersion(ctx.db, 'f_c', { document: doc(i), plan: { i }, hash: `h${i}`, actor: `user${i}` }),
      ),
    );
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await getFlow(ctx.db, 'f_c'))?.currentVersion).toBe(12);
    expect((await listAudit(ctx.db, 'f_c')).filter((a) => a.action === 'published')).toHaveLength(12);
  });

  it('rolls back by publishing a copy of an older version as the new current version', async () => {
    await createFlow(ctx.db, { id: 'f_r', name: 'Rollback', document: doc(0) });
    await publishVersion(ctx.db, 'f_r', { document: doc(1), plan: { p: 1 }, hash: 'h1' });
    await publishVersion(ctx.db, 'f_r', { document: doc(2), plan: { p: 2 }, hash: 'h2' });
    const v3 = await rollback(ctx.db, 'f_r', { toVersion: 1, actor: 'ana' });
    expect(v3).toMatchObject({
      version: 3,
      hash: 'h1',
      plan: { p: 1 },
      document: doc(1),
      rolledBackFrom: 1,
      publishedBy: 'ana',
    });
    expect(await currentVersion(ctx.db, 'f_r')).toMatchObject({ version: 3, hash: 'h1' });
    expect(await getVersion(ctx.db, 'f_r', 2)).toMatchObject({ hash: 'h2' }); // old versions untouched
    expect((await getFlow(ctx.db, 'f_r'))?.draft).toEqual(doc(0)); // the draft is left alone
    await expect(rollback(ctx.db, 'f_r', { toVersion: 9 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('audits every change', async () => {
    await createFlow(ctx.db, { id: 'f_a', name: 'Audited', document: doc(1), actor: 'ana' });
    await createFlow(ctx.db, { id: 'f_i', name: 'Imported', document: doc(1), actor: 'cli', imported: true });
    await updateDraft(ctx.db, 'f_a', { document: doc(2), expectedRevision: 1, actor: 'bob' });
    await publishVersion(ctx.db, 'f_a', { document: doc(2), plan: {}, hash: 'h', actor: 'bob', note: 'go' });
    await publishVersion(ctx.db, 'f_a', { document: doc(3), plan: {}, hash: 'h3', actor: 'bob' });
    await rollback(ctx.db, 'f_a', { toVersion: 1, actor: 'carla' });
    await deleteFlow(ctx.db, 'f_a', { actor: 'dan' });
    const log = await listAudit(ctx.db, 'f_a');
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ['created', 'ana'],
      ['updated', 'bob'],
      ['published', 'bob'],
      ['published', 'bob'],
      ['rolled_back', 'carla'],
      ['deleted', 'dan'],
    ]);
    expect(log[2]!.detail).toMatchObject({ version: 1, hash: 'h', note: 'go' });
    expect(log[4]!.detail).toEqual({ version: 3, from: 1 });
    expect(log.every((e) => e.at instanceof Date)).toBe(true);
    expect((await listAudit(ctx.db, 'f_i')).map((e) => e.action)).toEqual(['imported']);
  });
});
