import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @ruta/db` diffs src/schema against migrations/meta and writes the next SQL migration.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
  verbose: true,
});
