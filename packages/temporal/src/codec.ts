// Encryption of Temporal payloads (workflow inputs, activity inputs and results, signals, updates, queries): customer
// data is kept in Temporal's history only as AES-256-GCM ciphertext. Keys come from the environment:
//
//   RUTA_ENCRYPTION_KEY=<base64 of 32 bytes>                      one key, id "default"
//   RUTA_ENCRYPTION_KEYS=<id>:<base64 of 32 bytes>,<id>:<…>,…     several; the FIRST encrypts, all decrypt
//
// Both may be set (RUTA_ENCRYPTION_KEY then joins the list as "default", after the others): rotating from a single
// key is adding RUTA_ENCRYPTION_KEYS=k2:<new key> and keeping RUTA_ENCRYPTION_KEY until old histories are gone.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
// @temporalio/proto is CommonJS whose exports Node's ESM loader cannot see by name: take the default export.
import proto from '@temporalio/proto';
import { CompressionCodec, DEFAULT_COMPRESSION_THRESHOLD } from './compression';
import { metadataText } from './payload-metadata';
import { type PlanBlobStore, PlanClaimCheckCodec } from './plan-claim-check';

const { temporal } = proto;

/** The `encoding` of an encrypted payload. */
export const ENCRYPTED_ENCODING = 'binary/encrypted';
/** Metadata key naming the key a payload was encrypted with. */
export const KEY_ID_METADATA = 'encryption-key-id';
/** Metadata key naming the cipher. */
export const CIPHER_METADATA = 'encryption-cipher';
const CIPHER = 'AES-256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** One key: an id (kept in each payload's metadata, so old payloads find their key) and 32 random bytes. */
export interface EncryptionKey {
  id: string;
  key: Uint8Array;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const utf8 = new TextEncoder();

/** A key from its base64 text (standard or URL-safe), or an error that says which variable and what is wrong. */
function parseKey(id: string, value: string, variable: string): EncryptionKey {
  if (!KEY_ID.test(id)) {
    throw new Error(`${variable}: key id "${id}" may only hold letters, digits, ".", "_" and "-" (up to 64)`);
  }
  const trimmed = value.trim();
  const bytes = BASE64.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new Error(
      `${variable}: key "${id}" must be 32 random bytes in base64 (44 characters), e.g. from \`openssl rand -base64 32\``,
    );
  }
  return { id, key: new Uint8Array(bytes) };
}

/**
 * The encryption keys configured in the environment, the one that encrypts first; an empty list when encryption is
 * off. Throws, naming the variable, on a malformed key or a repeated id.
 */
export function encryptionKeysFromEnv(env: NodeJS.ProcessEnv = process.env): EncryptionKey[] {
  const keys: EncryptionKey[] = [];
  const list = env.RUTA_ENCRYPTION_KEYS?.trim();
  if (list) {
    for (const entry of list
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const colon = entry.indexOf(':');
      if (colon <= 0)
        throw new Error(`RUTA_ENCRYPTION_KEYS: write each key as <id>:<base64>, got "${entry.slice(0, 8)}…"`);
      keys.push(parseKey(entry.slice(0, colon), entry.slice(colon + 1), 'RUTA_ENCRYPTION_KEYS'));
    }
  }
  const single = env.RUTA_ENCRYPTION_KEY?.trim();
  if (single) keys.push(parseKey('default', single, 'RUTA_ENCRYPTION_KEY'));
  const ids = new Set<string>();
  for (const k of keys) {
    if (ids.has(k.id)) throw new Error(`Encryption key id "${k.id}" is configured twice`);
    ids.add(k.id);
  }
  return keys;
}

/**
 * A payload codec that encrypts every payload with AES-256-GCM under the first key (a fresh 12-byte IV each time, the
 * key id as additional authenticated data) and decrypts with whichever configured key the payload names. The whole
 * payload (its metadata too) is encrypted; the result has `encoding: binary/encrypted` and the key id in its metadata.
 * Payloads that are not encrypted (histories from before encryption was on) pass through unchanged.
 *
 * @example
 * const codec = new EncryptionCodec(encryptionKeysFromEnv());
 * new Client({ connection, dataConverter: { payloadCodecs: [codec] } });
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly current: EncryptionKey;
  private readonly byId: Map<string, EncryptionKey>;

  constructor(keys: readonly EncryptionKey[]) {
    const [current] = keys;
    if (!current) throw new Error('EncryptionCodec needs at least one key');
    for (const k of keys) {
      if (k.key.length !== 32) throw new Error(`Encryption key "${k.id}" must be 32 bytes`);
    }
    this.current = current;
    this.byId = new Map(keys.map((k) => [k.id, k]));
  }

  /** The id of the key new payloads are encrypted with. */
  get keyId(): string {
    return this.current.id;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      cipher.setAAD(utf8.encode(this.current.id));
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          encoding: utf8.encode(ENCRYPTED_ENCODING),
          [KEY_ID_METADATA]: utf8.encode(this.current.id),
          [CIPHER_METADATA]: utf8.encode(CIPHER),
        },
        data: new Uint8Array(sealed),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (metadataText(payload.metadata?.encoding) !== ENCRYPTED_ENCODING) return payload;
      const id = metadataText(payload.metadata?.[KEY_ID_METADATA]) ?? '';
      const key = this.byId.get(id);
      if (!key) {
        throw new Error(
          `A payload is encrypted with key "${id}", which is not configured: add it to RUTA_ENCRYPTION_KEYS to read it`,
        );
      }
      const data = payload.data ?? new Uint8Array();
      if (data.length < IV_BYTES + TAG_BYTES) throw new Error(`An encrypted payload (key "${id}") is truncated`);
      const decipher = createDecipheriv('aes-256-gcm', key.key, data.subarray(0, IV_BYTES));
      decipher.setAAD(utf8.encode(id));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return temporal.api.common.v1.Payload.decode(plain) as Payload;
    });
  }
}

/** Ruta's payload converter module (Temporal's default plus the plan's mark), for `payloadConverterPath`. */
export const PAYLOAD_CONVERTER_PATH = fileURLToPath(new URL('./payload-converter.cjs', import.meta.url));

/** Options of {@link rutaDataConverter}. */
export interface RutaDataConverterOptions {
  /**
   * Where compiled plans are stored once (Ruta's database, or the worker's file store). `null` only where no plan
   * is ever started or read (a worker of custom activities): plans then stay inline, and a history that holds a
   * plan by reference fails to decode with an error that says so.
   */
  planStore: PlanBlobStore | null;
  /** RUTA_ENCRYPTION_KEY(S) and RUTA_PAYLOAD_COMPRESSION are read from here; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The compression threshold from RUTA_PAYLOAD_COMPRESSION: `off`, or the size in bytes from which payloads are
 * deflated (256 by default). Throws, naming the variable, on anything else.
 */
export function compressionThresholdFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const value = env.RUTA_PAYLOAD_COMPRESSION?.trim();
  if (!value) return DEFAULT_COMPRESSION_THRESHOLD;
  if (value === 'off') return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`RUTA_PAYLOAD_COMPRESSION must be "off" or a size in bytes (e.g. 256), got "${value}"`);
  }
  return n;
}

/**
 * The data converter of every Temporal client and worker of Ruta, from one place. Payloads go through, in order:
 * the plan claim check (a compiled plan is stored once in `planStore` and kept in history as a reference), then
 * compression of large payloads (RUTA_PAYLOAD_COMPRESSION), then encryption when keys are configured
 * (RUTA_ENCRYPTION_KEY / RUTA_ENCRYPTION_KEYS); decoding runs them backwards. Every stage also decodes what it did
 * not encode here, so histories written with another setting stay readable.
 *
 * @example
 * const dataConverter = rutaDataConverter({ planStore: new DbPlanStore(db) });
 * new Client({ connection, dataConverter });
 */
export function rutaDataConverter(options: RutaDataConverterOptions): DataConverter {
  const env = options.env ?? process.env;
  const keys = encryptionKeysFromEnv(env);
  const threshold = compressionThresholdFromEnv(env);
  return {
    payloadConverterPath: PAYLOAD_CONVERTER_PATH,
    payloadCodecs: [
      new PlanClaimCheckCodec(options.planStore),
      new CompressionCodec(threshold ?? Number.POSITIVE_INFINITY),
      ...(keys.length > 0 ? [new EncryptionCodec(keys)] : []),
    ],
  };
}
