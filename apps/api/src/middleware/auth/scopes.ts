import { PERMISSIONS, type Permission } from './permissions';

export { allows } from './permissions';

/** The scopes an API key can hold: the permission names (`admin` implies every other one). */
export const SCOPES = PERMISSIONS;

/** A scope of an API key: a permission. */
export type Scope = Permission;
