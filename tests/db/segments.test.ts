import {
  applySteps,
  type CustomerRow,
  claimJourneys,
  closeScheduleRun,
  countSegment,
  createFlow,
  customerProfile,
  type Db,
  getFlow,
  getJourneys,
  listAudit,
  listScheduleRuns,
  listSegmentPage,
  openScheduleRun,
  publishVersion,
  queryRows,
  recordScheduleBatch,
  releaseJourney,
  sql,
  unpublishFlow,
  upsertCustomer,
} from '@ruta/db';
import { type Audience, matchesSegment, type SegmentCondition } from '@ruta/flow';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { describeDrivers } from './drivers';

/** Eighty customers with every kind of value a segment reads, some missing, one erased. */
async function seed(db: Db): Promise<void> {
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  for (let i = 0; i < 80; i++) {
    const attributes: Record<string, unknown> = {};
    const plan = pick(['pro', 'free', undefined, null], i);
    if (plan !== undefined) attributes.plan = plan;
    if (i % 5 !== 0) attributes.balance = i % 7 === 0 ? '1500' : (i * 37) % 3000;
    if (i % 4 === 1) attributes.items = ['a', 2];
    if (i % 3 === 0) attributes.address = { city: pick(['Lima', 'Santiago', 'Quito'], i) };
    await upsertCustomer(db, {
      id: `c_${String(i).padStart(3, '0')}`,
      ...(i % 2 === 0 ? { email: `c${i}@example.com` } : {}),
      tier: pick(['gold', 'silver', null], i),
      locale: pick(['es', 'en', null], i),
      timeZone: pick(['America/Santiago', 'Europe/Madrid', null], i),
      tags: [...(i % 3 === 0 ? ['vip'] : []), ...(i % 4 === 0 ? ['churn'] : []), 'es'].slice(0, 1 + (i % 3)),
      consent: i % 3 === 0 ? { whatsapp: true } : i % 3 === 1 ? { whatsapp: false, sms: true } : {},
      attributes: attributes as never,
    });
  }
  // c_003 is a VIP who asked to be forgotten: in no segment.
  await db.execute(sql`update customers set erased_at = now() where id = 'c_003'`);
}

async function everyPage(db: Db, audience: Audience, limit: number): Promise<CustomerRow[]> {
  const out: CustomerRow[] = [];
  for (let after: string | null = null; ; ) {
    const page = await listSegmentPage(db, audience, { after, limit });
    out.push(...page);
    if (page.length < limit) return out;
    after = page.at(-1)!.id;
  }
}

const CONDITIONS: SegmentCondition[] = [
  { field: 'tags', op: 'contains', value: 'vip' },
  { field: 'tags', op: 'not_contains', value: 'vip' },
  { field: 'attributes.plan', op: 'eq', value: 'pro' },
  { field: 'attributes.plan', op: 'neq', value: 'pro' },
  { field: 'attributes.plan', op: 'exists' },
  { field: 'attributes.plan', op: 'not_exists' },
  { field: 'attributes.balance', op: 'gt', value: 1000 },
  { field: 'attributes.balance', op: 'gte', value: 1036 },
  { field: 'attributes.balance', op: 'lt', value: 500.5 },
  { field: 'attributes.balance', op: 'lte', value: 0 },
  { field: 'attributes.balance', op: 'eq', value: 1500 },
  { field: 'attributes.balance', op: 'eq', value: '1500' },
  { field: 'attributes.balance', op: 'in', value: [37, 74, '1500'] },
  { field: 'attributes.address.city', op: 'in', value: ['Lima', 'Quito'] },
  { field: 'attributes.address.city', op: 'not_in', value: ['Lima'] },
  { field: 'attributes.items', op: 'contains', value: 2 },
  { field: 'attributes.items', op: 'not_contains', value: 'a' },
  { field: 'attributes.items', op: 'contains', value: '2' },
  { field: 'tier', op: 'eq', value: 'gold' },
  { field: 'tier', op: 'neq', value: 'gold' },
  { field: 'tier', op: 'in', value: ['gold', 'silver'] },
  { field: 'tier', op: 'not_in', value: ['gold'] },
  { field: 'locale', op: 'exists' },
  { field: 'timeZone', op: 'not_exists' },
  { field: 'email', op: 'exists' },
  { field: 'phone', op: 'exists' },
  { field: 'consent.whatsapp', op: 'eq', value: true },
  { field: 'consent.whatsapp', op: 'neq', value: true },
  { field: 'consent.sms', op: 'exists' },
  { field: 'consent.email', op: 'not_exists' },
];

describeDrivers('audience segments', (ctx) => {
  it('selects exactly the customers matchesSegment selects, for every operator, alone and combined', async () => {
    await seed(ctx.db);
    const all = (await queryRows<{ id: string }>(ctx.db, sql`select id from customers where erased_at is null`)).map(
      (r) => r.id,
    );
    const rows = await everyPage(ctx.db, { match: 'all', conditions: [] }, 1000);
    const profiles = rows.map(customerProfile);
    expect(profiles.map((p) => p.id).sort()).toEqual(all.sort());
    const expected = (audience: Audience) =>
      profiles
        .filter((p) => matchesSegment(p, audience))
        .map((p) => p.id)
        .sort();
    const audiences: Audience[] = [
      ...CONDITIONS.map((c) => ({ match: 'all' as const, conditions: [c] })),
      { match: 'all', conditions: [CONDITIONS[0]!, CONDITIONS[6]!, CONDITIONS[26]!] },
      { match: 'any', conditions: [CONDITIONS[2]!, CONDITIONS[13]!, CONDITIONS[24]!] },
    ];
    for (const audience of audiences) {
      const got = (await everyPage(ctx.db, audience, 1000)).map((r) => r.id).sort();
      const want = expected(audience);
      expect(got, JSON.stringify(audience.conditions)).toEqual(want);
      expect(await countSegment(ctx.db, audience)).toBe(want.length);
    }
    // Not vacuous: the sample cases split the customers.
    expect(expected(audiences[0]!).length).toBeGreaterThan(5);
    expect(expected(audiences[1]!).length).toBeGreaterThan(5);
    expect(expected(audiences[6]!).length).toBeGreaterThan(5);
    expect(expected({ match: 'all', conditions: [CONDITIONS[0]!] })).not.toContain('c_003');
  });

  it('pages through a segment in id order, each customer once, while customers are added behind the cursor', async () => {
    await seed(ctx.db);
    const vip: Audience = { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'es' }] };
    const want = (await everyPage(ctx.db, vip, 1000)).map((r) => r.id);
    const seen: string[] = [];
    for (let after: string | null = null; ; ) {
      const page = await listSegmentPage(ctx.db, vip, { after, limit: 7 });
      seen.push(...page.map((r) => r.id));
      // A customer who joins with an id already passed is not seen in this pass.
      await upsertCustomer(ctx.db, { id: `c_000_${seen.length}`, tags: ['es'] });
      if (page.length < 7) break;
      after = page.at(-1)!.id;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => !id.startsWith('c_000_'))).toEqual(want.filter((id) => !id.startsWith('c_000_')));
  });

  it('binds every value as a parameter: text that looks like SQL is only text', async () => {
    await seed(ctx.db);
    const evil = "x' or '1'='1";
    for (const condition of [
      { field: 'tags', op: 'contains', value: evil },
      { field: 'tier', op: 'eq', value: evil },
      { field: 'tier', op: 'in', value: [evil, "'); drop table customers; --"] },
      { field: 'attributes.plan', op: 'eq', value: evil },
      { field: 'attributes.plan', op: 'in', value: [evil] },
    ] as SegmentCondition[]) {
      expect(await countSegment(ctx.db, { match: 'all', conditions: [condition] }), condition.op).toBe(0);
    }
    await upsertCustomer(ctx.db, { id: 'c_quote', tier: evil, tags: [evil], attributes: { plan: evil } });
    expect(
      (await listSegmentPage(ctx.db, { match: 'all', conditions: [{ field: 'tier', op: 'eq', value: evil }] })).map(
        (r) => r.id,
      ),
    ).toEqual(['c_quote']);
    expect((await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from customers`))[0]!.n).toBe(81);
  });

  it('refuses segments that do not check, before querying', async () => {
    for (const bad of [
      { conditions: [{ field: 'id', op: 'eq', value: 'c_1' }] },
      { conditions: [{ field: "attributes.x') --", op: 'exists' }] },
      { conditions: [{ field: 'tags', op: 'gt', value: 1 }] },
      { conditions: [{ field: 'attributes.balance', op: 'gt', value: 'lots' }] },
      { conditions: [{ field: 'tags', op: 'contains', value: 'vip', extra: true }] },
      { match: 'some', conditions: [] },
    ]) {
      await expect(countSegment(ctx.db, bad), JSON.stringify(bad)).rejects.toBeInstanceOf(ZodError);
    }
  });
});

describeDrivers('journey rows for starts, and schedule runs', (ctx) => {
  const claim = (id: string, customerId: string, reentryKey: string | null) => ({
    id,
    flowId: 'f_weekly',
    flowVersion: 1,
    customerId,
    eventId: id.split(':').at(-1)!,
    reentryKey,
  });

  it('claims rows once per id and per re-entry key; a failed start frees its row only while it has no steps', async () => {
    const first = await claimJourneys(ctx.db, [
      claim('journey:f_weekly:c_1:r1', 'c_1', 'run:f_weekly:c_1'),
      claim('journey:f_weekly:c_2:r1', 'c_2', null),
    ]);
    expect([...first].sort()).toEqual(['journey:f_weekly:c_1:r1', 'journey:f_weekly:c_2:r1']);
    // The same batch again (a retry) writes nothing; another run for c_1 is held back by the re-entry key.
    const again = await claimJourneys(ctx.db, [
      claim('journey:f_weekly:c_1:r1', 'c_1', 'run:f_weekly:c_1'),
      claim('journey:f_weekly:c_1:r2', 'c_1', 'run:f_weekly:c_1'),
      claim('journey:f_weekly:c_2:r2', 'c_2', null),
    ]);
    expect([...again]).toEqual(['journey:f_weekly:c_2:r2']);
    expect((await getJourneys(ctx.db, ['journey:f_weekly:c_1:r1', 'nope'])).map((j) => j.id)).toEqual([
      'journey:f_weekly:c_1:r1',
    ]);

    await releaseJourney(ctx.db, 'journey:f_weekly:c_1:r1');
    expect(await getJourneys(ctx.db, ['journey:f_weekly:c_1:r1'])).toEqual([]);
    expect(await claimJourneys(ctx.db, [claim('journey:f_weekly:c_1:r2', 'c_1', 'run:f_weekly:c_1')])).toEqual(
      new Set(['journey:f_weekly:c_1:r2']),
    );
    await applySteps(ctx.db, [
      { journeyId: 'journey:f_weekly:c_1:r2', seq: 0, type: 'enter', nodeId: 'n_a', at: Date.now() },
    ]);
    await releaseJourney(ctx.db, 'journey:f_weekly:c_1:r2');
    expect(await getJourneys(ctx.db, ['journey:f_weekly:c_1:r2'])).toHaveLength(1);
  });

  it('records a run once, each batch once by number, and closes it with the final totals', async () => {
    const run = { id: 'audience:f_weekly-1', flowId: 'f_weekly', flowVersion: 2, scheduledAt: '2026-01-05T12:00:00Z' };
    const opened = await openScheduleRun(ctx.db, run);
    expect(opened).toMatchObject({ status: 'running', batches: 0, started: 0 });
    await openScheduleRun(ctx.db, { ...run, flowVersion: 3 });
    const batch = { batch: 0, cursor: 'c_099', matched: 100, started: 90, skipped: 10 };
    expect(await recordScheduleBatch(ctx.db, run.id, batch)).toBe(true);
    expect(await recordScheduleBatch(ctx.db, run.id, batch)).toBe(false);
    expect(await recordScheduleBatch(ctx.db, run.id, { ...batch, batch: 2 })).toBe(false);
    expect(await recordScheduleBatch(ctx.db, run.id, { ...batch, batch: 1, cursor: 'c_150', matched: 50 })).toBe(true);
    let [row] = await listScheduleRuns(ctx.db, 'f_weekly');
    expect(row).toMatchObject({ flowVersion: 2, batches: 2, cursor: 'c_150', matched: 150, started: 180 });
    const closed = await closeScheduleRun(ctx.db, run.id, {
      status: 'completed',
      batches: 2,
      after: 'c_150',
      matched: 150,
      started: 140,
      skipped: 10,
    });
    expect(closed).toMatchObject({ status: 'completed', started: 140, reason: null });
    expect(closed?.endedAt).toBeInstanceOf(Date);
    await closeScheduleRun(ctx.db, run.id, {
      status: 'failed',
      batches: 0,
      after: null,
      matched: 0,
      started: 0,
      skipped: 0,
    });
    [row] = await listScheduleRuns(ctx.db, 'f_weekly');
    expect(row).toMatchObject({ status: 'completed', started: 140 });
    await openScheduleRun(ctx.db, { ...run, id: 'audience:f_weekly-2', scheduledAt: '2026-01-12T12:00:00Z' });
    expect((await listScheduleRuns(ctx.db, 'f_weekly')).map((r) => r.id)).toEqual([
      'audience:f_weekly-2',
      'audience:f_weekly-1',
    ]);
  });

  it('unpublishes a flow: no current version, logged; publishing again makes a new one current', async () => {
    await createFlow(ctx.db, { id: 'f_weekly', name: 'Weekly', document: {} });
    expect(await unpublishFlow(ctx.db, 'f_weekly')).toBeNull();
    await publishVersion(ctx.db, 'f_weekly', { document: { a: 1 }, plan: { p: 1 }, hash: 'h1' });
    expect(await unpublishFlow(ctx.db, 'f_weekly', { actor: 'key:test' })).toBe(1);
    expect((await getFlow(ctx.db, 'f_weekly'))?.currentVersion).toBeNull();
    expect((await listAudit(ctx.db, 'f_weekly')).at(-1)).toMatchObject({
      action: 'unpublished',
      actor: 'key:test',
      detail: { version: 1 },
    });
    const v2 = await publishVersion(ctx.db, 'f_weekly', { document: { a: 1 }, plan: { p: 1 }, hash: 'h1' });
    expect(v2.version).toBe(2);
    expect((await getFlow(ctx.db, 'f_weekly'))?.currentVersion).toBe(2);
  });
});
