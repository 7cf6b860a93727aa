import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { planBlobs } from '../schema';

/**
 * Stores a plan payload under its hex sha-256, once: a second write of the same hash changes nothing (content
 * addressing makes the bytes equal).
 */
export async function putPlanBlob(db: Db, sha256: string, bytes: Uint8Array): Promise<void> {
  await db.insert(planBlobs).values({ sha256, bytes, size: bytes.byteLength }).onConflictDoNothing();
}

/** The plan payload stored under a hex sha-256, or undefined. */
export async function getPlanBlob(db: Db, sha256: string): Promise<Uint8Array | undefined> {
  const [row] = await db.select({ bytes: planBlobs.bytes }).from(planBlobs).where(eq(planBlobs.sha256, sha256));
  return row?.bytes;
}

/** The plan payloads of a database as the claim-check codec's store (`PlanBlobStore` of @ruta/temporal). */
export function dbPlanStore(db: Db) {
  return {
    putPlanBlob: (sha256: string, bytes: Uint8Array) => putPlanBlob(db, sha256, bytes),
    getPlanBlob: (sha256: string) => getPlanBlob(db, sha256),
  };
}
