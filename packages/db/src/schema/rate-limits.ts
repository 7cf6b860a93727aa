import { boolean, doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './helpers';

/**
 * Token buckets of the API's rate limit, one row per key or person, shared by every API process on the database
 * (see `takeToken`). A row holds no personal data: `key` is a principal id.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  /** Tokens left at `updatedAt` (fractional: the bucket refills continuously). */
  tokens: doublePrecision('tokens').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Whether the last request took a token (one statement both decides and says what it decided). */
  allowed: boolean('allowed').notNull().default(true),
});

export type RateLimitBucketRow = typeof rateLimitBuckets.$inferSelect;
