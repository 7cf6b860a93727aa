import { createHash, randomBytes } from 'node:crypto';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import { ENCRYPTED_ENCODING, rutaDataConverter } from './codec';
import { COMPRESSED_ENCODING, CompressionCodec } from './compression';
import { PAYLOAD_KIND_METADATA, payloadConverter, planPayload } from './payload-converter.cjs';
import { isPlanPayload, PLAN_REF_ENCODING, type PlanBlobStore, PlanClaimCheckCodec } from './plan-claim-check';

const text = (b: Uint8Array | null | undefined) => Buffer.from(b ?? new Uint8Array()).toString('utf8');
const bytesOf = (p: Payload) => Buffer.from(proto.temporal.api.common.v1.Payload.encode(p).finish()).toString('hex');
const size = (p: Payload) => bytesOf(p).length / 2;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A plan-shaped object of a realistic size (compiled plans are 2.8–4.5 KB of JSON). */
const plan = {
  flowId: 'f_claim',
  hash: 'abc',
  nodes: Array.from({ length: 30 }, (_, i) => ({ id: `n_${i}`, kind: 'message.send', params: { text: `Hola ${i}` } })),
};

class MemoryStore implements PlanBlobStore {
  readonly blobs = new Map<string, Uint8Array>();
  puts = 0;
  gets = 0;
  async putPlanBlob(sha: string, bytes: Uint8Array) {
    this.puts++;
    if (!this.blobs.has(sha)) this.blobs.set(sha, bytes);
  }
  async getPlanBlob(sha: string) {
    this.gets++;
    return this.blobs.get(sha);
  }
}

describe("Ruta's payload converter", () => {
  it('marks only a plan wrapped by planPayload, whose JSON is the plan itself', () => {
    const marked = payloadConverter.toPayload(planPayload(plan));
    expect(isPlanPayload(marked)).toBe(true);
    expect(payloadConverter.fromPayload(marked)).toEqual(plan);
    // The same object unwrapped, or customer data that looks like a plan, is not marked.
    expect(isPlanPayload(payloadConverter.toPayload(plan))).toBe(false);
    expect(isPlanPayload(payloadConverter.toPayload({ [PAYLOAD_KIND_METADATA]: 'plan', ...plan }))).toBe(false);
    // Under Temporal's default converter the wrapper is the plan's plain JSON: nothing lost, only not marked.
    const plain = defaultPayloadConverter.toPayload(planPayload(plan));
    expect(isPlanPayload(plain)).toBe(false);
    expect(defaultPayloadConverter.fromPayload(plain)).toEqual(plan);
  });

  it("makes a plan's payload once per plan object, and a new one for another plan", () => {
    const first = payloadConverter.toPayload(planPayload(plan));
    expect(payloadConverter.toPayload(planPayload(plan))).toBe(first);
    const other = { ...plan, flowId: 'f_other' };
    const second = payloadConverter.toPayload(planPayload(other));
    expect(second).not.toBe(first);
    expect(payloadConverter.fromPayload(second)).toEqual(other);
    expect(isPlanPayload(second)).toBe(true);
  });
});

describe('plan claim-check codec', () => {
  it('replaces a marked plan by its sha-256 and swaps it back; other payloads pass untouched', async () => {
    const store = new MemoryStore();
    const codec = new PlanClaimCheckCodec(store);
    const customer = defaultPayloadConverter.toPayload({ id: 'c_1', name: 'Ana', nodes: plan.nodes });
    const marked = payloadConverter.toPayload(planPayload(plan));
    const [c, ref] = await codec.encode([customer, marked]);
    expect(c).toBe(customer);
    expect(text(ref!.metadata?.encoding)).toBe(PLAN_REF_ENCODING);
    expect(size(ref!)).toBeLessThan(70);
    const bytes = proto.temporal.api.common.v1.Payload.encode(marked).finish();
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(Buffer.from(ref!.data!).toString('hex')).toBe(sha);
    // Only the plan is in the store: never the customer's payload.
    expect([...store.blobs.keys()]).toEqual([sha]);
    expect(store.blobs.get(sha)).toEqual(bytes);

    // A fresh process (empty cache) reads it from the store, checking the hash.
    const fresh = new PlanClaimCheckCodec(store);
    const [c2, back] = await fresh.decode([c!, ref!]);
    expect(c2).toBe(customer);
    expect(defaultPayloadConverter.fromPayload(back!)).toEqual(plan);
    expect(isPlanPayload(back!)).toBe(true);
  });

  it('writes a plan once per process, and reads it once', async () => {
    const store = new MemoryStore();
    const codec = new PlanClaimCheckCodec(store);
    const marked = payloadConverter.toPayload(planPayload(plan));
    const refs = [];
    for (let i = 0; i < 5; i++) refs.push(...(await codec.encode([marked])));
    expect(store.puts).toBe(1);
    // The same payload object again gives the very reference (no encoding, no hash); an equal copy the same bytes.
    expect(refs[4]).toBe(refs[0]);
    const [copy] = await codec.encode([{ ...marked }]);
    expect(bytesOf(copy!)).toBe(bytesOf(refs[0]!));
    expect(store.puts).toBe(1);
    const reader = new PlanClaimCheckCodec(store);
    for (const ref of refs) await reader.decode([ref]);
    expect(store.gets).toBe(1);
  });

  it('without a store keeps the plan inline, and cannot decode a reference: the error says what is missing', async () => {
    const marked = payloadConverter.toPayload(planPayload(plan));
    const none = new PlanClaimCheckCodec(null);
    expect(await none.encode([marked])).toEqual([marked]);
    const [ref] = await new PlanClaimCheckCodec(new MemoryStore()).encode([marked]);
    await expect(none.decode([ref!])).rejects.toThrow(/holds compiled plan [0-9a-f]{12}… by reference.*no plan store/);
    await expect(new PlanClaimCheckCodec(new MemoryStore()).decode([ref!])).rejects.toThrow(
      /is not in this process's plan store/,
    );
  });

  it('refuses a stored plan whose bytes do not match its hash', async () => {
    const store = new MemoryStore();
    const [ref] = await new PlanClaimCheckCodec(store).encode([payloadConverter.toPayload(planPayload(plan))]);
    const sha = Buffer.from(ref!.data!).toString('hex');
    store.blobs.set(sha, new Uint8Array([1, 2, 3]));
    await expect(new PlanClaimCheckCodec(store).decode([ref!])).rejects.toThrow(/does not match its hash/);
  });
});

describe('compression codec', () => {
  it('deflates payloads from the threshold on when that makes them smaller, and inflates them back', async () => {
    const codec = new CompressionCodec(256);
    const big = defaultPayloadConverter.toPayload({ text: 'lamentamos el retraso de tu pedido '.repeat(20) });
    const small = defaultPayloadConverter.toPayload({ ok: true });
    const random = defaultPayloadConverter.toPayload(randomBytes(400));
    const [b, s, r] = await codec.encode([big, small, random]);
    expect(text(b!.metadata?.encoding)).toBe(COMPRESSED_ENCODING);
    expect(size(b!)).toBeLessThan(size(big) / 3);
    expect(s).toBe(small);
    // Random bytes do not shrink: they stay as they are.
    expect(r).toBe(random);
    expect((await codec.decode([b!, s!, r!])).map(bytesOf)).toEqual([big, small, random].map(bytesOf));
  });

  it('measures the threshold on the encoded payload, metadata included, to the byte', async () => {
    // The codec skips small payloads without encoding them: its estimate must never fall below the real size.
    for (const payload of [
      defaultPayloadConverter.toPayload({ text: 'sí, llegó '.repeat(40) }),
      {
        ...defaultPayloadConverter.toPayload('ñandú '.repeat(50)),
        metadata: { encoding: utf8('json/plain'), 'clave-ñ': utf8('x'.repeat(200)) },
      },
    ]) {
      const at = size(payload);
      expect(text((await new CompressionCodec(at).encode([payload]))[0]!.metadata?.encoding)).toBe(COMPRESSED_ENCODING);
      expect((await new CompressionCodec(at + 1).encode([payload]))[0]).toBe(payload);
    }
  });

  it('decides on the encoded size: payloads just under the threshold pass, from the threshold on they are deflated', async () => {
    const codec = new CompressionCodec(256);
    const around = Array.from({ length: 40 }, (_, i) =>
      defaultPayloadConverter.toPayload({ text: 'a'.repeat(200 + i * 2), ñ: 'ü' }),
    );
    const out = await codec.encode(around);
    around.forEach((p, i) => {
      if (size(p) < 256) expect(out[i]).toBe(p);
      else expect(text(out[i]!.metadata?.encoding)).toBe(COMPRESSED_ENCODING);
    });
    expect(around.some((p) => size(p) < 256) && around.some((p) => size(p) >= 256)).toBe(true);
  });
});

describe("Ruta's data converter", () => {
  it('claim check → compression → encryption, decoded back in reverse; compression can be turned off', async () => {
    const key = randomBytes(32).toString('base64');
    const store = new MemoryStore();
    const converter = rutaDataConverter({ planStore: store, env: { RUTA_ENCRYPTION_KEY: key } });
    const codecs = converter.payloadCodecs!;
    const long = defaultPayloadConverter.toPayload({ text: 'hola '.repeat(200) });
    let payloads = [payloadConverter.toPayload(planPayload(plan)), long];
    const original = payloads;
    for (const codec of codecs) payloads = await codec.encode(payloads);
    expect(payloads.map((p) => text(p.metadata?.encoding))).toEqual([ENCRYPTED_ENCODING, ENCRYPTED_ENCODING]);
    expect(store.blobs.size).toBe(1);
    // Inside the encryption: a reference and a compressed payload.
    let inner = await codecs[2]!.decode(payloads);
    expect(inner.map((p) => text(p.metadata?.encoding))).toEqual([PLAN_REF_ENCODING, COMPRESSED_ENCODING]);
    for (const codec of [...codecs].reverse()) payloads = await codec.decode(payloads);
    expect(payloads.map(bytesOf)).toEqual(original.map(bytesOf));

    const off = rutaDataConverter({ planStore: store, env: { RUTA_PAYLOAD_COMPRESSION: 'off' } });
    inner = await off.payloadCodecs![1]!.encode([long]);
    expect(inner[0]).toBe(long);
    expect(() => rutaDataConverter({ planStore: null, env: { RUTA_PAYLOAD_COMPRESSION: 'lots' } })).toThrow(
      /RUTA_PAYLOAD_COMPRESSION must be "off" or a size in bytes/,
    );
  });
});
