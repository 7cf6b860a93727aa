// Connection settings from the standard Temporal environment variables (the names used by the Temporal CLI and the
// SDKs' environment configuration: https://docs.temporal.io/references/client-environment-configuration).
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';

/** The task queue Ruta's journey workers poll unless `RUTA_TASK_QUEUE` overrides it. */
export const DEFAULT_RUTA_TASK_QUEUE = 'ruta-journeys';

/** The task queue name for this process: `RUTA_TASK_QUEUE` or `ruta-journeys`. */
export function taskQueueFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUTA_TASK_QUEUE?.trim() || DEFAULT_RUTA_TASK_QUEUE;
}

/** Ruta's task queue: `RUTA_TASK_QUEUE` (read when this module loads) or `ruta-journeys`. */
export const RUTA_TASK_QUEUE: string = taskQueueFromEnv(typeof process === 'undefined' ? {} : process.env);

/** Default frontend address (IPv4 loopback, matching the local dev server's bind address). */
export const DEFAULT_TEMPORAL_ADDRESS = '127.0.0.1:7233';

/**
 * Connection settings for both `Connection.connect` (client) and `NativeConnection.connect` (worker); pass
 * `namespace` to the `Client` / `Worker` options.
 */
export interface TemporalConnectionConfig {
  address: string;
  namespace: string;
  apiKey?: string;
  tls?: TLSConfig;
}

/**
 * Read TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY and the TEMPORAL_TLS* variables.
 *
 * TLS is on when TEMPORAL_TLS is true, or when an API key or any TLS setting is given and TEMPORAL_TLS is not
 * explicitly false. Certificate files are read now, so a bad path fails here with the variable's name in the error.
 */
export function connectionConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TemporalConnectionConfig {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };

  const config: TemporalConnectionConfig = {
    address: get('TEMPORAL_ADDRESS') ?? DEFAULT_TEMPORAL_ADDRESS,
    namespace: get('TEMPORAL_NAMESPACE') ?? 'default',
  };
  const apiKey = get('TEMPORAL_API_KEY');
  if (apiKey) config.apiKey = apiKey;

  const tlsFlag = parseBool('TEMPORAL_TLS', get('TEMPORAL_TLS'));
  const disableHostVerification = parseBool(
    'TEMPORAL_TLS_DISABLE_HOST_VERIFICATION',
    get('TEMPORAL_TLS_DISABLE_HOST_VERIFICATION'),
  );
  if (disableHostVerification) {
    throw new Error(
      'TEMPORAL_TLS_DISABLE_HOST_VERIFICATION=true is not supported by the Temporal TypeScript SDK. ' +
        "Set TEMPORAL_TLS_SERVER_NAME to the name in the server's certificate instead.",
    );
  }

  const clientCert = pem(env, 'TEMPORAL_TLS_CLIENT_CERT');
  const clientKey = pem(env, 'TEMPORAL_TLS_CLIENT_KEY');
  const serverCa = pem(env, 'TEMPORAL_TLS_SERVER_CA_CERT');
  const serverName = get('TEMPORAL_TLS_SERVER_NAME');

  if ((clientCert === undefined) !== (clientKey === undefined)) {
    throw new Error(
      clientCert
        ? 'TEMPORAL_TLS_CLIENT_CERT_PATH/_DATA is set but TEMPORAL_TLS_CLIENT_KEY_PATH/_DATA is not: mTLS needs both.'
        : 'TEMPORAL_TLS_CLIENT_KEY_PATH/_DATA is set but TEMPORAL_TLS_CLIENT_CERT_PATH/_DATA is not: mTLS needs both.',
    );
  }

  const anyTlsSetting = clientCert !== undefined || serverCa !== undefined || serverName !== undefined;
  const tlsOn = tlsFlag ?? (apiKey !== undefined || anyTlsSetting);
  if (!tlsOn) return config;

  const tls: TLSConfig = {};
  if (serverName) tls.serverNameOverride = serverName;
  if (serverCa) tls.serverRootCACertificate = serverCa;
  if (clientCert && clientKey) tls.clientCertPair = { crt: clientCert, key: clientKey };
  config.tls = tls;
  return config;
}

function parseBool(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${name}=${value} is not a boolean (use true or false).`);
}

/** Read `${prefix}_PATH` (a file) or `${prefix}_DATA` (inline PEM). */
function pem(env: NodeJS.ProcessEnv, prefix: string): Buffer | undefined {
  const pathVar = `${prefix}_PATH`;
  const dataVar = `${prefix}_DATA`;
  const path = env[pathVar]?.trim();
  const data = env[dataVar]?.trim();
  if (path && data) throw new Error(`Set only one of ${pathVar} and ${dataVar}.`);
  if (data) return Buffer.from(data);
  if (!path) return undefined;
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    throw new Error(`${pathVar}=${path}: cannot read the file (${reason}).`);
  }
  if (buf.length === 0) throw new Error(`${pathVar}=${path}: the file is empty.`);
  return buf;
}
