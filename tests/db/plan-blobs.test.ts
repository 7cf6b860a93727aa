import { randomBytes } from 'node:crypto';
import { dbPlanStore, getPlanBlob, putPlanBlob, queryRows, sql } from '@ruta/db';
import { PlanClaimCheckCodec, planPayload } from '@ruta/temporal';
import { payloadConverter } from '@ruta/temporal/payload-converter';
import { expect, it } from 'vitest';
import { describeDrivers } from './drivers';

describeDrivers('plan blobs (the claim check of Temporal payloads)', (ctx) => {
  it('stores bytes once by hash and reads them back byte for byte (every byte value, zeros included)', async () => {
    const bytes = new Uint8Array([0, 255, 1, 0, ...randomBytes(4000)]);
    const sha = 'a'.repeat(64);
    await putPlanBlob(ctx.db, sha, bytes);
    // A second write of the same hash changes nothing and does not fail (another process raced it).
    await putPlanBlob(ctx.db, sha, bytes);
    await Promise.all([putPlanBlob(ctx.db, sha, bytes), putPlanBlob(ctx.db, sha, bytes)]);
    const back = await getPlanBlob(ctx.db, sha);
    expect(back).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back!).equals(Buffer.from(bytes))).toBe(true);
    const rows = await queryRows<{ n: number; size: number }>(
      ctx.db,
      sql`select count(*)::int as n, max(size)::int as size from plan_blobs`,
    );
    expect(rows[0]).toEqual({ n: 1, size: bytes.byteLength });
    expect(await getPlanBlob(ctx.db, 'b'.repeat(64))).toBeUndefined();
  });

  it('serves the claim-check codec: a plan encoded by one process decodes in another from the database', async () => {
    const plan = { flowId: 'f_db', nodes: [{ id: 'n_1', kind: 'end' }] };
    const marked = payloadConverter.toPayload(planPayload(plan));
    const [ref] = await new PlanClaimCheckCodec(dbPlanStore(ctx.db)).encode([marked]);
    const [back] = await new PlanClaimCheckCodec(dbPlanStore(ctx.db)).decode([ref!]);
    expect(payloadConverter.fromPayload(back!)).toEqual(plan);
  });
});
