import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/**/*.test.ts',
      'workers/**/*.test.ts',
      'workflows/**/*.test.ts',
      'apps/**/*.test.{ts,tsx}',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Upper bounds, not expectations: tests wait for conditions. On a loaded 2-core machine (load average ≥ 4) a
    // workflow bundle build or a first workflow task can take tens of seconds, so the bounds leave room for that.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    pool: 'forks',
    globalSetup: ['tests/setup/global.ts'],
    setupFiles: ['tests/setup/quiet-temporal.ts'],
    // Contact rules (quiet hours, frequency caps) are off in tests unless a test sets its own, so tests that are not
    // about them never depend on the time of day they run at. Worker processes spawned by tests inherit this.
    // Request logs (info) stay out of the test output; tests that check logs capture their own logger.
    // Worker processes spawned by tests serve /metrics on a free port each, so parallel files never collide.
    env: {
      RUTA_CONTACT_RULES: '{"quietHours":null,"frequencyCap":null}',
      RUTA_LOG_LEVEL: 'warn',
      RUTA_WORKER_METRICS_PORT: '0',
    },
  },
});
