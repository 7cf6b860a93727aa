/**
 * UTF-8 bytes of a string, without TextEncoder (pure JS, same result everywhere). Lone surrogates become
 * U+FFFD, as TextEncoder does.
 */
export function utf8Bytes(text: string): Uint8Array {
  if (ENCODER) return ENCODER.encode(text);
  // Each UTF-16 unit takes at most 3 bytes (a surrogate pair, two units, takes 4).
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** The platform's encoder where there is one (browsers, Node, the workflow sandbox): same bytes, much faster. */
const ENCODER: { encode(text: string): Uint8Array } | undefined =
  typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
