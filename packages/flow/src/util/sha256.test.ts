/// <reference types="node" />
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Hex } from './sha256';
import { utf8Bytes } from './utf8';

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 / NIST test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('The quick brown fox jumps over the lazy dog')).toBe(
      'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592',
    );
  });

  it('hashes a million "a" (many blocks)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on a 1000-char string with ñ and emoji', () => {
    const text = 'Año mañana ñandú 🎉🇨🇱 señal '.repeat(40).slice(0, 1000);
    expect(text.length).toBe(1000);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('agrees with node:crypto around the 55/56/64-byte padding boundaries', () => {
    for (let n = 50; n <= 130; n++) {
      const text = 'x'.repeat(n);
      expect(sha256Hex(text), `length ${n}`).toBe(nodeSha256(text));
    }
  });

  it('encodes UTF-8 like TextEncoder, lone surrogates as U+FFFD', () => {
    const encoder = new TextEncoder();
    for (const text of ['ñ', '€', '🎉', 'a\u{10ffff}b', '\ud800', 'x\udc00y', '\ud83c']) {
      expect([...utf8Bytes(text)]).toEqual([...encoder.encode(text)]);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it('returns 32 raw bytes', () => {
    const bytes = sha256Bytes(new Uint8Array([0x61, 0x62, 0x63]));
    expect(bytes.length).toBe(32);
    expect(bytes[0]).toBe(0xba);
    expect(bytes[31]).toBe(0xad);
  });
});
