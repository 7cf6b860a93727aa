/**
 * Crash-safe record files for the FileStore. A record becomes visible only whole: it is written to a temp file in
 * the same directory and flushed to disk, then hard-linked (create-once) or renamed (replace) into place. A process
 * killed at any point leaves either the whole record or none of it (plus, at worst, a stray `*.tmp` file that no
 * listing reads). Files left empty or cut short by older versions, which created the file before writing it, read
 * as absent and are repaired by the next create-once of the same record.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';

/** A lock older than this is taken to belong to a dead process (locks are held for one read and one write). */
const STALE_LOCK_MS = 5_000;
/** At most this many tries to take a lock, a few milliseconds apart: longer than a stale lock lives. */
const LOCK_TRIES = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/**
 * Reads a JSON record. Absent, empty or cut short (a crash of an older version between creating and writing it)
 * all read as `undefined`: a reader never throws a JSON error. Other I/O errors (permissions, …) are thrown.
 */
export async function readRecord<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (code(err) === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** Writes `value` to a new temp file beside `path` and flushes it to disk; returns the temp file's path. */
async function writeTemp(path: string, value: unknown): Promise<string> {
  // Not `.json`: listings never read a temp file, even one a killed process left behind.
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await open(tmp, 'wx');
  try {
    await file.writeFile(JSON.stringify(value));
    // The bytes are on disk before the name points at them, so even a power cut shows the whole record or none.
    await file.datasync();
  } finally {
    await file.close();
  }
  return tmp;
}

/** Replaces a record atomically (temp file, then rename over it): readers see the old record or the new one. */
export async function replaceRecord(path: string, value: unknown): Promise<void> {
  const tmp = await writeTemp(path, value);
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/**
 * Creates a record unless a whole one exists; returns whether this call created it. Exclusive across processes:
 * `link()` fails with EEXIST when the name exists, so of two processes racing on one key exactly one creates it.
 * An existing file that does not read as a record (left empty or cut short by an older version's crash) is
 * replaced under the record's lock, so it too is created exactly once.
 */
export async function createRecord(path: string, value: unknown): Promise<boolean> {
  const tmp = await writeTemp(path, value);
  try {
    try {
      await link(tmp, path);
      return true;
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
    }
    if ((await readRecord(path)) !== undefined) return false;
    return await withLock(path, async () => {
      if ((await readRecord(path)) !== undefined) return false;
      await rename(tmp, path);
      return true;
    });
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

/**
 * Runs `fn` holding an exclusive lock file beside `path` (created with `wx`, so one process at a time). A lock
 * left by a killed process is taken over once it is older than STALE_LOCK_MS.
 */
export async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  for (let i = 0; i < LOCK_TRIES; i++) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await unlink(lock).catch(() => {});
      else await sleep(2);
      continue;
    }
    try {
      return await fn();
    } finally {
      await unlink(lock).catch(() => {});
    }
  }
  throw new Error(`Could not lock ${path}: another process holds it`);
}
