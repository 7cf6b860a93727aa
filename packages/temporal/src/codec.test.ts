import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import {
  ENCRYPTED_ENCODING,
  EncryptionCodec,
  encryptionKeysFromEnv,
  KEY_ID_METADATA,
  rutaDataConverter,
} from './codec';
import { payloadsFromJson, payloadsToJson } from './codec-json';
import { startLocalServer } from './servers';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');

describe('encryption keys from the environment', () => {
  it('is off without keys, one key as "default", a list with the first encrypting, both together', () => {
    expect(encryptionKeysFromEnv({})).toEqual([]);
    // Without keys Ruta's converter has no encryption stage: the claim check and compression only.
    expect(rutaDataConverter({ planStore: null, env: {} }).payloadCodecs?.map((c) => c.constructor.name)).toEqual([
      'PlanClaimCheckCodec',
      'CompressionCodec',
    ]);
    expect(encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEY: k1 }).map((k) => k.id)).toEqual(['default']);
    expect(encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: `new:${k2}, old:${k1}` }).map((k) => k.id)).toEqual([
      'new',
      'old',
    ]);
    // Rotating from a single key: the list encrypts, the single key still decrypts.
    const both = encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: `k2:${k2}`, RUTA_ENCRYPTION_KEY: k1 });
    expect(both.map((k) => k.id)).toEqual(['k2', 'default']);
    expect(Buffer.from(both[1]!.key).toString('base64')).toBe(k1);
    // URL-safe base64 is accepted too.
    expect(
      encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEY: Buffer.from(k1, 'base64').toString('base64url') }),
    ).toHaveLength(1);
  });

  it('refuses malformed keys, naming the variable and what to do', () => {
    expect(() => encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEY: 'short' })).toThrow(
      /RUTA_ENCRYPTION_KEY: .*32 random bytes/,
    );
    expect(() => encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow('32');
    expect(() => encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: k1 })).toThrow('<id>:<base64>');
    expect(() => encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: `a b:${k1}` })).toThrow('key id');
    expect(() => encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: `x:${k1},x:${k2}` })).toThrow('twice');
    // The key itself never appears in an error.
    try {
      encryptionKeysFromEnv({ RUTA_ENCRYPTION_KEYS: `${k1}` });
    } catch (err) {
      expect((err as Error).message).not.toContain(k1.slice(10));
    }
  });
});

describe('EncryptionCodec', () => {
  const [a, b] = [
    { id: 'a', key: randomBytes(32) },
    { id: 'b', key: randomBytes(32) },
  ];
  const value = { name: 'Valentina Ortúzar', card: '4111 1111 1111 1111' };

  it('seals payloads (metadata too) and opens them again; a fresh IV every time', async () => {
    const codec = new EncryptionCodec([a]);
    const plain = defaultPayloadConverter.toPayload(value) as Payload;
    const [sealed] = await codec.encode([plain]);
    expect(text(sealed!.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed!.metadata?.[KEY_ID_METADATA])).toBe('a');
    expect(text(sealed!.data)).not.toContain('Valentina');
    expect(text(sealed!.data)).not.toContain('json/plain');
    const [twice] = await codec.encode([plain]);
    expect(Buffer.from(twice!.data!).equals(Buffer.from(sealed!.data!))).toBe(false);
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(value);
    // Through the remote codec protocol's JSON and back.
    expect(payloadsFromJson(JSON.parse(JSON.stringify(payloadsToJson([sealed!]))))).toEqual([sealed]);
  });

  it('rotates: the first key seals, every key opens; a missing key or a changed byte is an error', async () => {
    const [sealedA] = await new EncryptionCodec([a]).encode([defaultPayloadConverter.toPayload(value) as Payload]);
    const rotated = new EncryptionCodec([b, a]);
    expect(rotated.keyId).toBe('b');
    const [sealedB] = await rotated.encode([defaultPayloadConverter.toPayload(value) as Payload]);
    expect(text(sealedB!.metadata?.[KEY_ID_METADATA])).toBe('b');
    for (const p of await rotated.decode([sealedA!, sealedB!]))
      expect(defaultPayloadConverter.fromPayload(p)).toEqual(value);
    await expect(new EncryptionCodec([b]).decode([sealedA!])).rejects.toThrow('"a", which is not configured');
    const tampered = { ...sealedA!, data: Uint8Array.from(sealedA!.data!) };
    tampered.data[20] = (tampered.data[20] ?? 0) ^ 1;
    await expect(new EncryptionCodec([a]).decode([tampered])).rejects.toThrow();
    // A payload that claims another key id fails authentication even if that key exists (the id is bound to it).
    const relabelled = { ...sealedA!, metadata: { ...sealedA!.metadata, [KEY_ID_METADATA]: Buffer.from('b') } };
    await expect(rotated.decode([relabelled])).rejects.toThrow();
  });

  it('passes payloads that are not encrypted (histories from before encryption) unchanged', async () => {
    const plain = defaultPayloadConverter.toPayload(value) as Payload;
    expect(await new EncryptionCodec([a]).decode([plain])).toEqual([plain]);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('the dev server Web UI', () => {
  it('is pointed at the codec endpoint (--ui-codec-endpoint)', async () => {
    const uiPort = await freePort();
    const env = await startLocalServer({ uiPort, uiCodecEndpoint: 'http://127.0.0.1:3999/codec/ui/t0k' });
    try {
      const settings = (await (await fetch(`http://127.0.0.1:${uiPort}/api/v1/settings`)).json()) as {
        Codec?: { Endpoint?: string };
      };
      expect(settings.Codec?.Endpoint).toBe('http://127.0.0.1:3999/codec/ui/t0k');
    } finally {
      await env.teardown();
    }
  });
});
