// Reading payload metadata, shared by Ruta's codecs. Every payload of every workflow activation passes through each
// codec, so the decoder is made once: constructing a TextDecoder per payload cost more than the decoding itself.
const decoder = new TextDecoder();

/** A metadata value (UTF-8 bytes) as text; undefined when absent. */
export function metadataText(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes ? decoder.decode(bytes) : undefined;
}
