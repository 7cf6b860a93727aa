/**
 * The API alone, for production: run it next to separate worker processes (`workers/src/main.ts`), against a
 * Temporal cluster (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY / TLS) and PostgreSQL (DATABASE_URL).
 * Stateless: run as many as you like behind a load balancer. `node --import tsx apps/api/src/server.ts`
 */
import { serve } from '@hono/node-server';
import { dbPlanStore, openDatabase } from '@ruta/db';
import { createLogger } from '@ruta/log';
import { taskQueueFromEnv } from '@ruta/temporal';
import { createApp } from './app';
import { ensureAdminKey } from './services/admin-key';
import { ensureAdminUser } from './services/admin-user';
import { startAttentionCheck } from './services/attention';
import { resumeBulkActions } from './services/needs-attention';
import { openTemporal } from './stack/temporal';

const logger = createLogger({ component: 'api' });
if (!process.env.DATABASE_URL) {
  logger.warn(
    'DATABASE_URL is not set, so the embedded PGlite database is used; it serves one process, so a separate ' +
      'worker cannot share it. Use `npm start` for the all-in-one local stack, or set DATABASE_URL.',
  );
}
const database = await openDatabase();
// The database is the plan store of the client's data converter (compiled plans are kept there, by hash).
const temporal = await openTemporal({
  dataDir: '',
  external: true,
  port: 0,
  uiPort: 0,
  planStore: dbPlanStore(database.db),
});
const admin = await ensureAdminKey(database.db);
// Plain text on stdout, never in the structured logs: a secret shown once to the person starting the server.
if (admin.key) console.log(`ruta api: admin API key (shown only this once): ${admin.key}`);
const adminUser = await ensureAdminUser(database.db);
if (adminUser.password) {
  console.log(
    `ruta api: first sign-in ${adminUser.email} with the one-time password ${adminUser.password} (shown only this once)`,
  );
}
const app = createApp({
  db: database.db,
  changes: database,
  temporal: { client: temporal.client, taskQueue: taskQueueFromEnv() },
  config: { searchAttributes: temporal.searchAttributes },
  logger,
  ...(temporal.tracing ? { tracer: temporal.tracing.tracer } : {}),
});
const attention = app.runtime.config.attentionCheck
  ? startAttentionCheck(app.runtime, app.runtime.config.attentionCheck)
  : null;
// Bulk actions a stopped API left half done go on from where they stood.
resumeBulkActions(app.runtime).catch((err) => logger.error({ err }, 'resuming bulk actions failed'));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.RUTA_HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  logger.info(
    { url: `http://${hostname}:${info.port}`, temporal: temporal.address, database: database.driver },
    'api listening',
  );
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  logger.info('api stopping');
  // Ends the live event streams first: they would hold the server's close open.
  void app.runtime.cases?.close();
  server.close(async () => {
    await attention?.stop();
    await database.close();
    await temporal.close();
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open.
  (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
