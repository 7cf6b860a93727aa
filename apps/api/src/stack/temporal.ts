import {
  connectionConfigFromEnv,
  type PlanBlobStore,
  registerSearchAttributes,
  rutaDataConverter,
  startLocalServer,
  type TemporalConnectionConfig,
  type Tracing,
  tracingFromEnv,
} from '@ruta/temporal';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';

/** A Temporal to work against: a client, a worker connection, and how to let go of them. */
export interface TemporalHandle {
  client: Client;
  native: NativeConnection;
  address: string;
  namespace: string;
  /** The Web UI of a dev server started here. */
  ui: string | null;
  /** Whether Ruta's search attributes are registered (journeys are started with them). */
  searchAttributes: boolean;
  /** OpenTelemetry tracing when the OTEL_* variables ask for it; the client carries its interceptors. */
  tracing: Tracing | undefined;
  close(): Promise<void>;
}

/**
 * Connects to the Temporal at TEMPORAL_ADDRESS (registering Ruta's search attributes when the server allows it),
 * or starts the CLI dev server with its state in `<dataDir>/temporal.sqlite`.
 */
export async function openTemporal(options: {
  dataDir: string;
  external: boolean;
  port: number;
  uiPort: number;
  env?: NodeJS.ProcessEnv;
  /** Where the client's data converter keeps compiled plans (the claim check): Ruta's database. */
  planStore: PlanBlobStore;
  /** The API's codec endpoint for the dev server's Web UI (`--ui-codec-endpoint`). */
  uiCodecEndpoint?: string;
  /** `service.name` of the spans when tracing is on and OTEL_SERVICE_NAME is unset; `ruta-api` by default. */
  serviceName?: string;
}): Promise<TemporalHandle> {
  const dataConverter = rutaDataConverter({ planStore: options.planStore, env: options.env ?? process.env });
  const tracing = tracingFromEnv(options.serviceName ?? 'ruta-api', options.env);
  if (options.external) return connectExternal(connectionConfigFromEnv(options.env), tracing, dataConverter);
  const env = await startLocalServer({
    dataDir: options.dataDir,
    port: options.port,
    ui: true,
    uiPort: options.uiPort,
    client: {
      dataConverter,
      ...(tracing ? { interceptors: tracing.clientInterceptors } : {}),
    },
    ...(options.uiCodecEndpoint ? { uiCodecEndpoint: options.uiCodecEndpoint } : {}),
  });
  return {
    client: env.client,
    native: env.nativeConnection,
    address: env.address,
    namespace: env.namespace ?? 'default',
    ui: `http://127.0.0.1:${options.uiPort}`,
    searchAttributes: true,
    tracing,
    close: async () => {
      await env.teardown();
      await tracing?.flush();
    },
  };
}

async function connectExternal(
  config: TemporalConnectionConfig,
  tracing: Tracing | undefined,
  dataConverter: DataConverter,
): Promise<TemporalHandle> {
  const common = {
    address: config.address,
    ...(config.tls ? { tls: config.tls } : {}),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  };
  const connection = await Connection.connect(common);
  const native = await NativeConnection.connect(common).catch(async (err) => {
    await connection.close();
    throw err;
  });
  let searchAttributes = true;
  try {
    await registerSearchAttributes(connection, config.namespace);
  } catch {
    // Temporal Cloud and locked-down clusters: register them with the admin tools, or run without them.
    searchAttributes = process.env.RUTA_SEARCH_ATTRIBUTES === '1';
  }
  return {
    client: new Client({
      connection,
      namespace: config.namespace,
      dataConverter,
      ...(tracing ? { interceptors: tracing.clientInterceptors } : {}),
    }),
    native,
    address: config.address,
    namespace: config.namespace,
    ui: null,
    searchAttributes,
    tracing,
    async close() {
      await native.close();
      await connection.close();
      await tracing?.flush();
    },
  };
}
