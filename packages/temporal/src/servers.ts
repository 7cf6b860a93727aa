// Starting Temporal servers through @temporalio/testing: the CLI dev server (local stack, tests) and the
// time-skipping test server (tests). Both bind to 127.0.0.1 only.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ClientOptionsForTestEnv, TestWorkflowEnvironment } from '@temporalio/testing';
import {
  binaryUnavailableError,
  executableFor,
  type ResolvedBinary,
  type ResolveOptions,
  resolveTemporalCli,
  resolveTestServer,
  rutaCacheDir,
  type TemporalBinaryKind,
} from './binaries';
import { rutaDataConverter } from './codec';
import type { PlanBlobStore } from './plan-claim-check';
import { RUTA_SEARCH_ATTRIBUTES, registerSearchAttributes } from './search-attributes';

/** Loopback address every server binds to. */
export const SERVER_IP = '127.0.0.1';

/** Options for {@link startLocalServer}. */
export interface LocalServerOptions {
  /** Keep state in `<dataDir>/temporal.sqlite` (survives restarts). Omit for an in-memory server. */
  dataDir?: string;
  /** gRPC port; a random free port when omitted. */
  port?: number;
  /** Web UI port (implies `ui`); defaults to port + 1000 when `ui` is set. */
  uiPort?: number;
  /** Serve the Web UI. Default false. */
  ui?: boolean;
  /** Namespace created at start; default "default". */
  namespace?: string;
  /** Passed to the binary resolution (env, install, log). */
  resolve?: ResolveOptions;
  /** Options of the environment's client; `dataConverter` defaults to Ruta's (see `rutaDataConverter`). */
  client?: ClientOptionsForTestEnv;
  /** The plan store of the default client's data converter (none: it starts journeys with the plan inline). */
  planStore?: PlanBlobStore;
  /** The remote codec endpoint the Web UI decodes payloads through (`--ui-codec-endpoint`), e.g. the API's `/codec`. */
  uiCodecEndpoint?: string;
}

/** Options for {@link startTestServer}. */
export interface TestServerOptions {
  /** Java time-skipping test server (default true) or an in-memory CLI dev server. */
  timeSkipping?: boolean;
  /** Passed to the binary resolution (env, install, log). */
  resolve?: ResolveOptions;
  /** Options of the environment's client; `dataConverter` defaults to Ruta's (see `rutaDataConverter`). */
  client?: ClientOptionsForTestEnv;
  /** The plan store of the default client's data converter (none: it starts journeys with the plan inline). */
  planStore?: PlanBlobStore;
}

/** Client options with Ruta's data converter (claim check, compression, encryption) unless the caller chose one. */
function clientOptions(
  given: ClientOptionsForTestEnv | undefined,
  planStore: PlanBlobStore | undefined,
): ClientOptionsForTestEnv {
  if (given && 'dataConverter' in given) return given;
  return { ...given, dataConverter: rutaDataConverter({ planStore: planStore ?? null }) };
}

/**
 * Start the Temporal CLI dev server on 127.0.0.1 with Ruta's search attributes registered; persistent when `dataDir`
 * is given. Throws an Error naming what to install when no server can be had.
 */
export async function startLocalServer(opts: LocalServerOptions = {}): Promise<TestWorkflowEnvironment> {
  const resolved = await resolveTemporalCli(opts.resolve);
  let dbFilename: string | undefined;
  if (opts.dataDir) {
    const dir = resolve(opts.dataDir);
    await mkdir(dir, { recursive: true });
    dbFilename = join(dir, 'temporal.sqlite');
  }
  const ui = opts.ui ?? opts.uiPort !== undefined;
  return startOrExplain('cli', resolved, opts.resolve?.env, () =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: withDownloadDir(resolved, opts.resolve?.env),
        ip: SERVER_IP,
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ui,
        ...(ui && opts.uiPort !== undefined ? { uiPort: opts.uiPort } : {}),
        ...(dbFilename ? { dbFilename } : {}),
        namespace: opts.namespace ?? 'default',
        // Registered with `--search-attribute` flags; re-registering on a persistent DB is a no-op.
        searchAttributes: [...RUTA_SEARCH_ATTRIBUTES],
        ...(ui && opts.uiCodecEndpoint ? { extraArgs: ['--ui-codec-endpoint', opts.uiCodecEndpoint] } : {}),
      },
      client: clientOptions(opts.client, opts.planStore),
    }),
  );
}

/**
 * Start an in-memory server for tests: the time-skipping test server (default) or the CLI dev server, with Ruta's
 * search attributes registered either way.
 */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestWorkflowEnvironment> {
  if (opts.timeSkipping === false) {
    return startLocalServer({
      ...(opts.resolve ? { resolve: opts.resolve } : {}),
      ...(opts.client ? { client: opts.client } : {}),
      ...(opts.planStore ? { planStore: opts.planStore } : {}),
    });
  }

  const resolved = await resolveTestServer(opts.resolve);
  const env = await startOrExplain('test-server', resolved, opts.resolve?.env, () =>
    TestWorkflowEnvironment.createTimeSkipping({
      // The Java test server takes only a port; it listens on all interfaces, the SDK connects via 127.0.0.1.
      server: { executable: withDownloadDir(resolved, opts.resolve?.env) },
      client: clientOptions(opts.client, opts.planStore),
    }),
  );
  try {
    // The test server has no --search-attribute flag but implements OperatorService.AddSearchAttributes (and rejects
    // workflows using unregistered attributes), so register through the operator service.
    await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  } catch (err) {
    await env.teardown().catch(() => {});
    throw err;
  }
  return env;
}

function withDownloadDir(resolved: ResolvedBinary, env: NodeJS.ProcessEnv | undefined) {
  const exe = executableFor(resolved);
  // Keep SDK downloads in Ruta's cache rather than $TMPDIR so they survive reboots.
  return exe.type === 'cached-download' ? { ...exe, downloadDir: join(rutaCacheDir(env), 'sdk-download') } : exe;
}

async function startOrExplain(
  kind: TemporalBinaryKind,
  resolved: ResolvedBinary,
  env: NodeJS.ProcessEnv | undefined,
  start: () => Promise<TestWorkflowEnvironment>,
): Promise<TestWorkflowEnvironment> {
  try {
    return await start();
  } catch (err) {
    const cause = err instanceof Error ? err.message : String(err);
    if (resolved.source === 'sdk-download') {
      throw binaryUnavailableError(kind, `${resolved.reason}; the SDK download failed too: ${cause}`, env);
    }
    const error = new Error(
      `Could not start the Temporal ${kind === 'cli' ? 'dev server' : 'time-skipping test server'} ` +
        `(${resolved.path}, from ${resolved.source}): ${cause}`,
    );
    (error as Error & { cause?: unknown }).cause = err;
    throw error;
  }
}
