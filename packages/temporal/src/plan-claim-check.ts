// The claim check for compiled plans. A published version's plan never changes, yet every journey carries it in its
// start input and again in each continue-as-new: 2.8–4.5 KB per journey, as much as a whole hand-written history.
// The codec stores the plan's payload once, content-addressed (sha-256), in Ruta's store, and leaves in Temporal's
// history a reference of ~60 bytes; decoding swaps the plan back. Only payloads marked `ruta-payload: plan` by
// Ruta's payload converter are touched: customer data never becomes a blob (erasure deletes it from Ruta's
// database and Temporal's retention ends the rest; a plan holds none).
import { createHash } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { PAYLOAD_KIND_METADATA, PLAN_PAYLOAD_KIND } from './payload-converter.cjs';
import { metadataText } from './payload-metadata';

const { temporal } = proto;

/** The `encoding` of a plan's reference in history: the data is the sha-256 (32 bytes) of the stored payload. */
export const PLAN_REF_ENCODING = 'binary/ruta-plan-ref';
const utf8 = new TextEncoder();

/**
 * Where plan payloads are stored once, by the hex sha-256 of their bytes. `put` is idempotent (a second put of
 * the same hash changes nothing); `get` returns undefined for a hash it does not hold.
 */
export interface PlanBlobStore {
  putPlanBlob(sha256: string, bytes: Uint8Array): Promise<void>;
  getPlanBlob(sha256: string): Promise<Uint8Array | undefined>;
}

/** Whether a payload is a compiled plan marked by Ruta's payload converter. */
export function isPlanPayload(payload: Payload): boolean {
  return metadataText(payload.metadata?.[PAYLOAD_KIND_METADATA]) === PLAN_PAYLOAD_KIND;
}

const isPlanRef = (payload: Payload) => metadataText(payload.metadata?.encoding) === PLAN_REF_ENCODING;

/** A small least-recently-used map: plans in use stay in memory, old versions fall out. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/**
 * The payload codec of the claim check. Encoding replaces each marked plan payload by a reference (writing the
 * plan to the store the first time this process meets it); decoding replaces each reference by the stored plan,
 * checking its hash. Without a store (`null`), plans stay inline, and a reference cannot be decoded: that throws
 * an error naming the missing plan, which fails the workflow task (Temporal retries it) rather than guessing.
 *
 * @example
 * new Client({ connection, dataConverter: { payloadConverterPath, payloadCodecs: [new PlanClaimCheckCodec(store)] } });
 */
export class PlanClaimCheckCodec implements PayloadCodec {
  /** Decoded plan payloads by hash; a hash here is also known to be stored. */
  private readonly plans: Lru<Payload>;
  /** Hashes of payload bytes, so a hot plan is hashed once, not at every start. */
  private readonly written = new Lru<true>(1_000);
  /**
   * References of plan payloads already stored, by payload object: Ruta's payload converter hands the same object
   * for the same plan (see payload-converter.cjs), so a journey start on a known plan neither encodes nor hashes it.
   */
  private readonly references = new WeakMap<Payload, Payload>();

  constructor(
    private readonly store: PlanBlobStore | null,
    options: { cacheSize?: number } = {},
  ) {
    this.plans = new Lru(options.cacheSize ?? 200);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    if (!this.store || !payloads.some(isPlanPayload)) return payloads;
    const store = this.store;
    return Promise.all(
      payloads.map(async (payload) => {
        if (!isPlanPayload(payload)) return payload;
        const known = this.references.get(payload);
        if (known) return known;
        const bytes = temporal.api.common.v1.Payload.encode(payload).finish();
        const digest = createHash('sha256').update(bytes).digest();
        const hex = digest.toString('hex');
        if (!this.written.get(hex)) {
          await store.putPlanBlob(hex, bytes);
          this.written.set(hex, true);
          this.plans.set(hex, payload);
        }
        const reference = { metadata: { encoding: utf8.encode(PLAN_REF_ENCODING) }, data: new Uint8Array(digest) };
        this.references.set(payload, reference);
        return reference;
      }),
    );
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    // Nearly every activation holds no plan reference: pass it through without a promise per payload.
    if (!payloads.some(isPlanRef)) return payloads;
    return Promise.all(
      payloads.map(async (payload) => {
        if (!isPlanRef(payload)) return payload;
        const hex = Buffer.from(payload.data ?? new Uint8Array()).toString('hex');
        const cached = this.plans.get(hex);
        if (cached) return cached;
        if (!this.store) {
          throw new Error(
            `This history holds compiled plan ${hex.slice(0, 12)}… by reference, and this process has no plan store to read it from: give its Temporal client or worker Ruta's store (rutaDataConverter({ planStore }))`,
          );
        }
        const bytes = await this.store.getPlanBlob(hex);
        if (!bytes) {
          throw new Error(
            `Compiled plan ${hex.slice(0, 12)}… is not in this process's plan store: point the worker at the database the API writes to (DATABASE_URL)`,
          );
        }
        if (createHash('sha256').update(bytes).digest('hex') !== hex) {
          throw new Error(`The stored plan ${hex.slice(0, 12)}… does not match its hash: the plan store is corrupted`);
        }
        const plan = temporal.api.common.v1.Payload.decode(bytes) as Payload;
        this.plans.set(hex, plan);
        this.written.set(hex, true);
        return plan;
      }),
    );
  }
}
