import { randomBytes } from 'node:crypto';

/** A new id like `m_lq3k9x2a4f1e8c0b2d`: prefix, time in base 36 (roughly sortable), 8 random bytes. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}
