import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** Fewest characters a password may have (NIST SP 800-63B: length, not composition rules). */
export const PASSWORD_MIN_LENGTH = 12;
/** Most characters a password may have: enough for any passphrase, bounded so hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused; the designer shows each in Spanish or English. */
export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-email' | 'too-common';

/** English text of each problem (the API's answers are English; the designer translates by code). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  'too-short': `Use at least ${PASSWORD_MIN_LENGTH} characters (a few words make a good password)`,
  'too-long': `Use at most ${PASSWORD_MAX_LENGTH} characters`,
  'same-as-email': 'The password cannot be the email address',
  'too-common': 'This password is too easy to guess (one character repeated, a keyboard row or a well-known one)',
};

/** Passwords of 12 or more characters that lists of leaked passwords are full of. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiopasdfgh',
  'qwertyuiop123',
  'contraseña123',
  'contrasena1234',
  'iloveyou1234',
  'administrator',
  'adminadmin123',
  'welcome12345',
  'changeme1234',
]);
const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/**
 * Checks a new password against the policy: 12–256 characters (counted as characters, not bytes), not the account's
 * email, not one character repeated, a keyboard row or a well-known password. Null when it is fine.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (email && lower.trim() === email.trim().toLowerCase()) return 'same-as-email';
  if (new Set(lower).size <= 2) return 'too-common';
  if (COMMON.has(lower) || ROWS.some((row) => row.includes(lower) || lower.startsWith(row))) return 'too-common';
  return null;
}

/** argon2id with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's recommended minimum). */
// The library's `Algorithm` is a const enum (no value at run time under isolated modules): 2 is Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm.Argon2id } as const;

/** Hashes a password as an argon2id PHC string (salted; what `users.password_hash` stores). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Whether `password` matches the stored hash (constant time, inside argon2). With no hash (no such account, or one
 * without a password) a dummy hash is checked anyway, so the answer takes as long and says nothing about which it was.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if ([...password].length > PASSWORD_MAX_LENGTH) return false;
  if (!stored) {
    dummy ??= hashPassword(randomBytes(16).toString('base64url'));
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash opens nothing.
    return false;
  }
}

/**
 * A one-time password for an invitation or a reset: 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * in groups of five so it can be read out: `k7Tz-q9Wm-…`. About 117 bits.
 */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (let i = 0; out.replace(/-/g, '').length < 20 && i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 256 - (256 % alphabet.length)) continue;
    if (out.length > 0 && out.replace(/-/g, '').length % 5 === 0) out += '-';
    out += alphabet[b % alphabet.length];
  }
  return out.replace(/-/g, '').length === 20 ? out : oneTimePassword();
}
