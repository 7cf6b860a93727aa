import { queryRows, sql } from '@ruta/db';
import { createTestDatabase } from '@ruta/db/testing';
import type { Json } from '@ruta/flow';
import { describe, expect, it } from 'vitest';
import { jsonbOrdered } from './event-store';

describe('jsonbOrdered', () => {
  it('orders keys exactly as PostgreSQL jsonb returns them, at every depth', async () => {
    const db = await createTestDatabase();
    try {
      const value: Json = {
        workflowId: 'w',
        action: 'started',
        version: 1,
        flowId: 'f',
        b: [{ zz: 1, a: 2, ñ: 3, B: 4, aa: { y: 1, x: 2 } }],
        eventId: 'e',
      };
      const [row] = await queryRows<{ v: Json }>(db.db, sql`select ${JSON.stringify(value)}::jsonb as v`);
      expect(JSON.stringify(jsonbOrdered(value))).toBe(JSON.stringify(row!.v));
    } finally {
      await db.close();
    }
  });
});
