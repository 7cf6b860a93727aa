/** What every history recorder shares: how a history is written into the corpus, and running one recorder alone. */
import { writeFileSync } from 'node:fs';
import { startLocalServer, type TestWorkflowEnvironment } from '@ruta/temporal';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

/** Writes a recorded history as the replay corpus keeps it (one-space JSON, ending in a newline), and says so. */
export function writeHistory(file: string, history: Parameters<typeof historyToJSON>[0]): void {
  writeFileSync(file, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
  console.log(`recorded ${file}`);
}

/**
 * Runs `record` on a dev server of its own when the calling module is the command run (`npx tsx
 * tests/histories/record-x.ts`), so each recorder can add only its histories; record.ts runs them all on one server.
 */
export async function recordAlone(
  moduleUrl: string,
  record: (env: TestWorkflowEnvironment) => Promise<void>,
): Promise<void> {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  const env = await startLocalServer();
  try {
    await record(env);
  } finally {
    await env.teardown();
  }
}
