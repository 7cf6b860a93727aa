// Test harness: one Temporal server per test file, started in beforeAll and torn down in afterAll.
//
//   const temporal = withTimeSkippingServer();
//   it('runs', async () => { await temporal.client.workflow.execute(...) });
//
// If no server can be started, every test that uses the helper FAILS with the error from @ruta/temporal (which says
// what to install). Nothing is ever skipped: a throwing beforeAll would make vitest report the tests as "skipped", so
// beforeAll records the error and beforeEach rethrows it for each test.
import {
  type LocalServerOptions,
  startLocalServer,
  startTestServer,
  type TestWorkflowEnvironment,
} from '@ruta/temporal';
import type { Client, Connection } from '@temporalio/client';
import type { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** A server for the current test file; the getters work inside tests and hooks (after beforeAll ran). */
export interface TemporalTestServer {
  /** The whole test environment (sleep, currentTimeMs, supportsTimeSkipping, …). */
  readonly env: TestWorkflowEnvironment;
  /** A client on the server's namespace. */
  readonly client: Client;
  /** The client's gRPC connection (workflowService, operatorService). */
  readonly connection: Connection;
  /** The connection to hand to `Worker.create({ connection })`. */
  readonly nativeConnection: NativeConnection;
  /** The namespace ("default"). */
  readonly namespace: string;
  /** host:port, always on 127.0.0.1. */
  readonly address: string;
}

/** Start an in-memory Temporal CLI dev server (full server, real time) for this test file. */
export function withLocalServer(opts: Omit<LocalServerOptions, 'dataDir'> = {}): TemporalTestServer {
  return withServer('Temporal dev server', () => startLocalServer(opts));
}

/** Start the time-skipping test server for this test file. Run its tests serially: time is global to the server. */
export function withTimeSkippingServer(): TemporalTestServer {
  return withServer('Temporal time-skipping test server', () => startTestServer({ timeSkipping: true }));
}

function withServer(label: string, start: () => Promise<TestWorkflowEnvironment>): TemporalTestServer {
  let env: TestWorkflowEnvironment | undefined;
  let startError: unknown;

  beforeAll(async () => {
    try {
      env = await start();
    } catch (err) {
      startError = err;
    }
  });
  beforeEach(() => {
    if (startError) throw startError;
  });
  afterAll(async () => {
    const e = env;
    env = undefined;
    await e?.teardown();
  });

  const current = (): TestWorkflowEnvironment => {
    if (env) return env;
    if (startError) {
      const message = startError instanceof Error ? startError.message : String(startError);
      throw new Error(`${label} did not start: ${message}`);
    }
    throw new Error(
      `${label} is not running: call withLocalServer()/withTimeSkippingServer() at the top level of the test file ` +
        'and use the result only inside tests or hooks.',
    );
  };

  return {
    get env() {
      return current();
    },
    get client() {
      return current().client;
    },
    get connection() {
      return current().connection;
    },
    get nativeConnection() {
      return current().nativeConnection;
    },
    get namespace() {
      return current().namespace ?? 'default';
    },
    get address() {
      return current().address;
    },
  };
}
