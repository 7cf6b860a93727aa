import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionConfigFromEnv, DEFAULT_RUTA_TASK_QUEUE, taskQueueFromEnv } from './connection';

let dir: string;
let cert: string;
let key: string;
let ca: string;
const utf8 = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : undefined);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ruta-conn-test-'));
  cert = join(dir, 'client.pem');
  key = join(dir, 'client.key');
  ca = join(dir, 'ca.pem');
  await writeFile(cert, 'CERT-PEM');
  await writeFile(key, 'KEY-PEM');
  await writeFile(ca, 'CA-PEM');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('connectionConfigFromEnv', () => {
  it('defaults to 127.0.0.1:7233, namespace default, no TLS', () => {
    expect(connectionConfigFromEnv({})).toEqual({ address: '127.0.0.1:7233', namespace: 'default' });
  });

  it('reads address and namespace', () => {
    expect(connectionConfigFromEnv({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'ruta' })).toEqual({
      address: 'temporal:7233',
      namespace: 'ruta',
    });
  });

  it('an API key turns TLS on unless TEMPORAL_TLS=false', () => {
    expect(connectionConfigFromEnv({ TEMPORAL_API_KEY: 'k' })).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'default',
      apiKey: 'k',
      tls: {},
    });
    expect(connectionConfigFromEnv({ TEMPORAL_API_KEY: 'k', TEMPORAL_TLS: 'false' }).tls).toBeUndefined();
  });

  it('TEMPORAL_TLS=true alone means TLS with system roots', () => {
    expect(connectionConfigFromEnv({ TEMPORAL_TLS: 'true' }).tls).toEqual({});
    expect(connectionConfigFromEnv({ TEMPORAL_TLS: '0' }).tls).toBeUndefined();
    expect(() => connectionConfigFromEnv({ TEMPORAL_TLS: 'maybe' })).toThrow(/TEMPORAL_TLS=maybe is not a boolean/);
  });

  it('reads mTLS cert, key, CA files and the server name', () => {
    const cfg = connectionConfigFromEnv({
      TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233',
      TEMPORAL_TLS_CLIENT_CERT_PATH: cert,
      TEMPORAL_TLS_CLIENT_KEY_PATH: key,
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: ca,
      TEMPORAL_TLS_SERVER_NAME: 'frontend.internal',
    });
    expect(cfg.tls?.serverNameOverride).toBe('frontend.internal');
    expect(utf8(cfg.tls?.serverRootCACertificate)).toBe('CA-PEM');
    expect(utf8(cfg.tls?.clientCertPair?.crt)).toBe('CERT-PEM');
    expect(utf8(cfg.tls?.clientCertPair?.key)).toBe('KEY-PEM');
  });

  it('accepts inline PEM via the _DATA variables, but not both forms', () => {
    const cfg = connectionConfigFromEnv({ TEMPORAL_TLS_CLIENT_CERT_DATA: 'C', TEMPORAL_TLS_CLIENT_KEY_DATA: 'K' });
    expect(utf8(cfg.tls?.clientCertPair?.crt)).toBe('C');
    expect(() =>
      connectionConfigFromEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: ca, TEMPORAL_TLS_SERVER_CA_CERT_DATA: 'x' }),
    ).toThrow(/only one of TEMPORAL_TLS_SERVER_CA_CERT_PATH and TEMPORAL_TLS_SERVER_CA_CERT_DATA/);
  });

  it('gives clear errors for unreadable TLS files and half an mTLS pair', async () => {
    expect(() =>
      connectionConfigFromEnv({
        TEMPORAL_TLS_CLIENT_CERT_PATH: join(dir, 'nope.pem'),
        TEMPORAL_TLS_CLIENT_KEY_PATH: key,
      }),
    ).toThrow(`TEMPORAL_TLS_CLIENT_CERT_PATH=${join(dir, 'nope.pem')}: cannot read the file (ENOENT)`);
    expect(() => connectionConfigFromEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: dir })).toThrow(
      /TEMPORAL_TLS_SERVER_CA_CERT_PATH=.*cannot read the file \(EISDIR\)/,
    );
    const empty = join(dir, 'empty.pem');
    await writeFile(empty, '');
    expect(() => connectionConfigFromEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: empty })).toThrow(/the file is empty/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.pem');
      await writeFile(locked, 'x');
      await chmod(locked, 0);
      expect(() => connectionConfigFromEnv({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: locked })).toThrow(/EACCES/);
    }
    expect(() => connectionConfigFromEnv({ TEMPORAL_TLS_CLIENT_CERT_PATH: cert })).toThrow(
      /TEMPORAL_TLS_CLIENT_KEY_PATH\/_DATA is not: mTLS needs both/,
    );
  });

  it('rejects TEMPORAL_TLS_DISABLE_HOST_VERIFICATION=true, which the TypeScript SDK cannot do', () => {
    expect(() => connectionConfigFromEnv({ TEMPORAL_TLS_DISABLE_HOST_VERIFICATION: 'true' })).toThrow(
      /not supported.*TEMPORAL_TLS_SERVER_NAME/,
    );
    expect(connectionConfigFromEnv({ TEMPORAL_TLS_DISABLE_HOST_VERIFICATION: 'false' }).tls).toBeUndefined();
  });
});

describe('task queue', () => {
  it('is ruta-journeys unless RUTA_TASK_QUEUE overrides it', () => {
    expect(DEFAULT_RUTA_TASK_QUEUE).toBe('ruta-journeys');
    expect(taskQueueFromEnv({})).toBe('ruta-journeys');
    expect(taskQueueFromEnv({ RUTA_TASK_QUEUE: 'ruta-staging' })).toBe('ruta-staging');
  });
});
