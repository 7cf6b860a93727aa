// `npm run seed:insights`: writes the insights data set (three sample flows, 230 journeys in the first week of March
// 2026) into the configured database (DATABASE_URL, else the embedded one). Running it again replaces the seeded rows
// only. While `npm start` holds the embedded database (PGlite serves one process), it asks the running API to write
// it instead (`POST /v1/insights/example`, an admin key in RUTA_API_KEY or RUTA_ADMIN_KEY).
import { openDatabase } from '@ruta/db';
import { SEED_FLOWS, SEED_RANGE, seedInsights } from './insights';

const done = (journeys: number) =>
  console.log(
    `seeded ${journeys} journeys in ${Object.values(SEED_FLOWS).join(', ')}; open Insights for ${SEED_RANGE.from} to ${SEED_RANGE.to} (exclusive), ${SEED_RANGE.tz}`,
  );

/** Asks the API that holds the database to write the data set; an error that says what to set when it cannot. */
async function throughApi(inUse: Error): Promise<number> {
  const url = (process.env.RUTA_API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const key = (process.env.RUTA_API_KEY ?? process.env.RUTA_ADMIN_KEY)?.trim();
  if (!key) {
    throw new Error(
      `${inUse.message}\nTo load the data set into the running stack, give this command the admin key \`npm start\` printed: RUTA_API_KEY=<key> npm run seed:insights (the API at ${url} writes it).`,
    );
  }
  const res = await fetch(`${url}/v1/insights/example`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
  }).catch((err: Error) => {
    throw new Error(`${inUse.message}\nThe API at ${url} did not answer (${err.message}); set RUTA_API_URL to it.`);
  });
  const body = (await res.json().catch(() => null)) as { journeys?: number; detail?: string; title?: string } | null;
  if (!res.ok || typeof body?.journeys !== 'number') {
    throw new Error(`The API at ${url} refused the example data (${res.status}): ${body?.detail ?? body?.title ?? ''}`);
  }
  return body.journeys;
}

let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
try {
  database = await openDatabase();
} catch (err) {
  if (!(err instanceof Error && /is in use by process/.test(err.message))) throw err;
  try {
    done(await throughApi(err));
  } catch (failure) {
    console.error((failure as Error).message);
    process.exitCode = 1;
  }
}
if (database) {
  try {
    done((await seedInsights(database.db)).journeys);
  } finally {
    await database.close();
  }
}
