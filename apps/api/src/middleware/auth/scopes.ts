/** The scopes an API key can hold. `admin` implies every other one. */
export const SCOPES = [
  'events:write',
  'flows:read',
  'flows:write',
  'flows:publish',
  'journeys:read',
  'journeys:write',
  'kb:read',
  'kb:write',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

/** Whether a key with `held` scopes may do what needs `needed`. */
export function allows(held: readonly string[], needed: Scope): boolean {
  return held.includes('admin') || held.includes(needed);
}
