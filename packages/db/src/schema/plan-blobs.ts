import { customType, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './helpers';

/** A bytea column read as bytes on both drivers (PGlite gives a Uint8Array, node-postgres a Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Compiled plans as Temporal payloads, stored once by the sha-256 of their bytes: Temporal's history holds only
 * the hash (the claim check of @ruta/temporal). Written once, never updated; a row holds no personal data (only
 * payloads marked as plans are stored here), so erasure has nothing to do in it.
 */
export const planBlobs = pgTable('plan_blobs', {
  /** Hex sha-256 of `bytes`. */
  sha256: text('sha256').primaryKey(),
  /** The plan's Temporal payload (metadata and JSON data), protobuf-encoded. */
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export type PlanBlobRow = typeof planBlobs.$inferSelect;
