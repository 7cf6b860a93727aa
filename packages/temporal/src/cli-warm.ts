// Warm the Temporal binary cache (CI, first run): resolve both binaries, installing them if needed.
// Usage: npx tsx packages/temporal/src/cli-warm.ts
import { type ResolvedBinary, resolveTemporalCli, resolveTestServer } from './binaries';

function describe(name: string, r: ResolvedBinary): string {
  return r.source === 'sdk-download'
    ? `ruta: ${name}: not available locally; tests will let the SDK download it (${r.reason})`
    : `ruta: ${name}: ${r.path} (${r.source})`;
}

const [cli, testServer] = await Promise.all([resolveTemporalCli(), resolveTestServer()]);
process.stderr.write(`${describe('temporal', cli)}\n${describe('temporal-test-server', testServer)}\n`);
