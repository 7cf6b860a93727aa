/**
 * The API under benchmark, in its own process as in production: PGlite in memory (or PostgreSQL at
 * BENCH_API_DATABASE_URL), the Temporal server at
 * TEMPORAL_ADDRESS, Ruta's data converter with the database as plan store (as `npm start` has it), no rate limit, no
 * worker. Prints `{"port":…,"key":"…"}` once it listens; stops on SIGTERM.
 */
import { writeFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '@ruta/api';
import { createApiKey, dbPlanStore } from '@ruta/db';
import { createTestDatabase, openPostgresTestDatabase } from '@ruta/db/testing';
import { rutaDataConverter } from '@ruta/temporal';
import { Client, Connection } from '@temporalio/client';

// BENCH_API_DATABASE_URL: PostgreSQL (a fresh schema, dropped at the end) instead of PGlite in memory.
const pgUrl = process.env.BENCH_API_DATABASE_URL;
const database = pgUrl ? await openPostgresTestDatabase({ url: pgUrl }) : await createTestDatabase();
countStatements(database.db, process.env.BENCH_API_STATEMENTS_FILE);
const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
const client = new Client({ connection, dataConverter: rutaDataConverter({ planStore: dbPlanStore(database.db) }) });
const key = (await createApiKey(database.db, { name: 'bench', scopes: ['admin'] })).key;
const app = createApp({
  db: database.db,
  temporal: { client, taskQueue: process.env.RUTA_TASK_QUEUE ?? 'bench-api' },
  config: { rateLimit: null },
  log: () => {},
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ port: info.port, key }));
});
process.once('SIGTERM', () => {
  server.close(async () => {
    await database.close();
    await connection.close();
    process.exit(0);
  });
});

/**
 * BENCH_API_STATEMENTS_FILE: counts the statements the API sends to its database (by prepared name, else the first 80
 * characters of the text) and writes the running totals to that file as JSON on SIGUSR2, for the profile's statements
 * per event.
 * Wraps the driver's own client (node-postgres pool or PGlite), through which drizzle and queryPrepared both go.
 */
function countStatements(db: object, file: string | undefined): void {
  if (!file) return;
  const client = (db as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
  const counts: Record<string, number> = {};
  const query = client.query.bind(client);
  client.query = (text: unknown, ...rest: unknown[]) => {
    const named = typeof text === 'object' && text !== null ? (text as { name?: string; text: string }) : null;
    const key = (named?.name ?? named?.text ?? String(text)).replace(/\s+/g, ' ').slice(0, 80);
    counts[key] = (counts[key] ?? 0) + 1;
    return query(text, ...rest);
  };
  // PGlite runs queryPrepared's named statements through its protocol (see queryPrepared): one Bind per run, counted
  // by the statement's name (a Bind message: 'B', its length, the portal's name, then the statement's, each ending in 0).
  const pglite = client as unknown as { execProtocol?: (message: Uint8Array, ...rest: unknown[]) => Promise<unknown> };
  const execProtocol = pglite.execProtocol?.bind(pglite);
  if (execProtocol) {
    pglite.execProtocol = (message, ...rest) => {
      if (message[0] === 0x42) {
        const portalEnd = message.indexOf(0, 5);
        const key = Buffer.from(message.subarray(portalEnd + 1, message.indexOf(0, portalEnd + 1))).toString();
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return execProtocol(message, ...rest);
    };
  }
  // Written when asked (SIGUSR2), so counting costs the API nothing between.
  process.on('SIGUSR2', () => writeFileSync(file, JSON.stringify(counts)));
}
