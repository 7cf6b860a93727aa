// `npm run seed:insights`: writes the insights data set (three sample flows, 230 journeys in the first week of March
// 2026) into the configured database (DATABASE_URL, else the embedded one; stop `npm start` first when embedded:
// PGlite serves one process). Running it again replaces the seeded rows only.
import { openDatabase } from '@ruta/db';
import { SEED_FLOWS, SEED_RANGE, seedInsights } from './insights';

const database = await openDatabase();
try {
  const { journeys } = await seedInsights(database.db);
  console.log(
    `seeded ${journeys} journeys in ${Object.values(SEED_FLOWS).join(', ')}; open Insights for ${SEED_RANGE.from} to ${SEED_RANGE.to} (exclusive), ${SEED_RANGE.tz}`,
  );
} finally {
  await database.close();
}
