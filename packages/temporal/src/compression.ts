// Compression of large payloads in Temporal's history (deflate, raw). Applied after the claim check and before
// encryption (ciphertext does not compress). A payload is compressed only when it is at least `thresholdBytes`
// encoded and comes out smaller; everything else passes as it is, so small payloads pay nothing.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

const { temporal } = proto;

/** The `encoding` of a compressed payload: its data is the whole original payload, encoded, then deflated (raw). */
export const COMPRESSED_ENCODING = 'binary/ruta-deflate';
/** Payloads under this many bytes are left alone by default: deflate's saving there is lost to the wrapper. */
export const DEFAULT_COMPRESSION_THRESHOLD = 256;
const ENCODING_BYTES = new TextEncoder().encode(COMPRESSED_ENCODING);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/**
 * An upper bound of the size of the payload's protobuf encoding: a tag and a length of at most 5 bytes per field,
 * three bytes per character of a metadata key.
 */
function encodedSizeAtMost(payload: Payload): number {
  let size = (payload.data?.length ?? 0) + 6;
  for (const [key, value] of Object.entries(payload.metadata ?? {})) size += 18 + key.length * 3 + (value?.length ?? 0);
  return size;
}

/**
 * A payload codec that deflates payloads of at least `thresholdBytes` (when that makes them smaller) and inflates
 * them back. Payloads it did not compress pass through both ways.
 *
 * @example
 * new Client({ connection, dataConverter: { payloadCodecs: [new CompressionCodec(), encryption] } });
 */
export class CompressionCodec implements PayloadCodec {
  constructor(private readonly thresholdBytes = DEFAULT_COMPRESSION_THRESHOLD) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      // Surely under the threshold (an upper bound of its encoded size): not worth encoding it to measure.
      if (encodedSizeAtMost(payload) < this.thresholdBytes) return payload;
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      if (plain.length < this.thresholdBytes) return payload;
      const packed = deflateRawSync(plain, { level: 9 });
      // The wrapper's metadata costs ~30 bytes: keep the original unless deflate saves more than that.
      if (packed.length + ENCODING_BYTES.length + 12 >= plain.length) return payload;
      return { metadata: { encoding: ENCODING_BYTES }, data: new Uint8Array(packed) };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== COMPRESSED_ENCODING) return payload;
      return temporal.api.common.v1.Payload.decode(inflateRawSync(payload.data ?? new Uint8Array())) as Payload;
    });
  }
}
