import { describe, expect, it } from 'vitest';
import { hashPassword, oneTimePassword, passwordProblem, verifyPassword } from './passwords';

describe('password policy', () => {
  it('asks for 12 to 256 characters, counted as characters', () => {
    expect(passwordProblem('corto')).toBe('too-short');
    expect(passwordProblem('ñandú tropez')).toBeNull();
    expect(passwordProblem('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂')).toBe('too-short');
    expect(passwordProblem('x'.repeat(200) + 'y'.repeat(57))).toBe('too-long');
    expect(passwordProblem('caballo batería grapa')).toBeNull();
  });

  it('refuses the email, repetitions, keyboard rows and well-known passwords', () => {
    expect(passwordProblem('Ana.Perez@Example.cl', 'ana.perez@example.cl')).toBe('same-as-email');
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toBe('too-common');
    expect(passwordProblem('abababababababab')).toBe('too-common');
    expect(passwordProblem('123456789012')).toBe('too-common');
    expect(passwordProblem('QWERTYUIOPasdf')).toBe('too-common');
    expect(passwordProblem('Password1234')).toBe('too-common');
    expect(passwordProblem('contraseña123')).toBe('too-common');
  });
});

describe('argon2id', () => {
  it('hashes with a salt, verifies the right password only, and answers false for no hash', async () => {
    const a = await hashPassword('caballo batería grapa');
    const b = await hashPassword('caballo batería grapa');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'caballo batería grapa')).toBe(true);
    expect(await verifyPassword(a, 'caballo bateria grapa')).toBe(false);
    expect(await verifyPassword(null, 'caballo batería grapa')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyPassword(a, 'x'.repeat(300))).toBe(false);
  });
});

describe('one-time passwords', () => {
  it('are 20 unambiguous characters in groups of five, different every time, and pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = oneTimePassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      expect(passwordProblem(p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
