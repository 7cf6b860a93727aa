import { createUser, type Db, findUserForSignIn, listUsers } from '@ruta/db';
import {
  hashPassword,
  oneTimePassword,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_TEXT,
  passwordProblem,
} from './passwords';

/** The email of the first admin when RUTA_ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@ruta.local';

/** What happened to the first admin account at start. `password` is set only when one was generated (print it once). */
export interface AdminUserResult {
  created: boolean;
  email: string | null;
  /** A generated one-time password: shown once; the admin chooses their own at first sign-in. */
  password: string | null;
  fromEnv: boolean;
}

/**
 * Makes sure a person can sign in as admin. With RUTA_ADMIN_EMAIL and RUTA_ADMIN_PASSWORD (automation), that account
 * is created as an admin if it does not exist yet (an existing one keeps the password its owner chose); a password
 * shorter than 12 characters (or otherwise against the policy) stops the start with a message saying what to use.
 * Otherwise, when there is no account at all, an admin is created (RUTA_ADMIN_EMAIL or admin@ruta.local) with a
 * generated one-time password, returned to be printed once.
 */
export async function ensureAdminUser(
  db: Db,
  env: { RUTA_ADMIN_EMAIL?: string | undefined; RUTA_ADMIN_PASSWORD?: string | undefined } = process.env,
): Promise<AdminUserResult> {
  const email = env.RUTA_ADMIN_EMAIL?.trim().toLowerCase() || undefined;
  const password = env.RUTA_ADMIN_PASSWORD || undefined;
  if (password !== undefined) {
    if (!email) throw new Error('RUTA_ADMIN_PASSWORD is set without RUTA_ADMIN_EMAIL: set both, or neither.');
    const problem = passwordProblem(password, email);
    if (problem) {
      throw new Error(
        `RUTA_ADMIN_PASSWORD is refused: ${PASSWORD_PROBLEM_TEXT[problem]}. Use at least ${PASSWORD_MIN_LENGTH} characters ` +
          '(a few words make a good one), or unset it and Ruta prints a one-time password on the first start.',
      );
    }
    if (await findUserForSignIn(db, { email })) return { created: false, email, password: null, fromEnv: true };
    await createUser(db, {
      email,
      displayName: 'Admin',
      roles: ['admin'],
      passwordHash: await hashPassword(password),
    }).catch(async (err) => {
      // Another process created the same account at the same moment.
      if (!(await findUserForSignIn(db, { email }))) throw err;
    });
    return { created: true, email, password: null, fromEnv: true };
  }
  if ((await listUsers(db)).length > 0) return { created: false, email: null, password: null, fromEnv: false };
  const generated = oneTimePassword();
  const first = email ?? DEFAULT_ADMIN_EMAIL;
  try {
    await createUser(db, {
      email: first,
      displayName: 'Admin',
      roles: ['admin'],
      passwordHash: await hashPassword(generated),
      mustChangePassword: true,
    });
  } catch (err) {
    // Two API processes starting on a new database: the other one created the first admin (and prints its
    // password); this one goes on without.
    if (await findUserForSignIn(db, { email: first }))
      return { created: false, email: null, password: null, fromEnv: false };
    throw err;
  }
  return { created: true, email: first, password: generated, fromEnv: false };
}
