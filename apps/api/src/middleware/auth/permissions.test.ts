import { describe, expect, it } from 'vitest';
import {
  allows,
  authorize,
  grantsOfRoles,
  grantsOfScopes,
  notFullyHeld,
  PERMISSIONS,
  permissionList,
  ROLE_GRANTS,
  ROLES,
} from './permissions';

describe('role → permission mapping', () => {
  it('gives each role what the matrix says, and nothing more', () => {
    expect(permissionList(grantsOfRoles(['agent']))).toEqual(['cases:read', 'cases:write', 'customers:read']);
    expect(permissionList(grantsOfRoles(['supervisor']))).toEqual([
      'cases:read',
      'cases:write',
      'cases:assign',
      'customers:read',
      'users:read',
    ]);
    // journeys:* include the cases and customers journeys lead to.
    expect(permissionList(grantsOfRoles(['cx_manager']))).toEqual([
      'flows:read',
      'flows:write',
      'flows:publish',
      'journeys:read',
      'journeys:write',
      'cases:read',
      'cases:write',
      'customers:read',
      'kb:read',
      'kb:write',
    ]);
    expect(permissionList(grantsOfRoles(['developer']))).toEqual([
      'events:write',
      'flows:read',
      'keys:manage',
      'activities:publish',
    ]);
    expect(permissionList(grantsOfRoles(['admin']))).toEqual([...PERMISSIONS]);
    expect(permissionList(grantsOfRoles([]))).toEqual([]);
    expect(permissionList(grantsOfRoles(['owner']))).toEqual([]);
    expect(Object.keys(ROLE_GRANTS).sort()).toEqual([...ROLES].sort());
  });

  it("limits agents to their own queues and supervisors to their teams', and keeps the widest reach when roles overlap", () => {
    expect(authorize(grantsOfRoles(['agent']), 'cases:read')).toEqual({ kind: 'members', own: true, team: false });
    expect(authorize(grantsOfRoles(['supervisor']), 'cases:assign')).toEqual({
      kind: 'members',
      own: false,
      team: true,
    });
    expect(authorize(grantsOfRoles(['agent', 'supervisor']), 'cases:write')).toEqual({
      kind: 'members',
      own: true,
      team: true,
    });
    expect(authorize(grantsOfRoles(['agent', 'cx_manager']), 'cases:read')).toEqual({ kind: 'all' });
    expect(authorize(grantsOfRoles(['agent']), 'cases:assign')).toBeNull();
    expect(authorize(grantsOfRoles(['agent']), 'flows:read')).toBeNull();
    expect(authorize(grantsOfRoles(['cx_manager']), 'users:read')).toBeNull();
    expect(authorize(grantsOfRoles(['developer']), 'flows:write')).toBeNull();
  });

  it('lets anyone authenticated through `signed-in`, even without roles', () => {
    expect(authorize(grantsOfRoles([]), 'signed-in')).toEqual({ kind: 'all' });
  });
});

describe('key scopes', () => {
  it('are the permission names; admin implies every one, journeys:* imply cases and customers', () => {
    expect(allows(['admin'], 'users:manage')).toBe(true);
    expect(allows(['journeys:read'], 'cases:read')).toBe(true);
    expect(allows(['journeys:read'], 'customers:read')).toBe(true);
    expect(allows(['journeys:read'], 'cases:write')).toBe(false);
    expect(allows(['journeys:write'], 'cases:write')).toBe(true);
    expect(allows(['journeys:write'], 'journeys:read')).toBe(false);
    expect(allows(['flows:write'], 'flows:read')).toBe(false);
    expect(allows(['users:manage'], 'users:read')).toBe(true);
    expect(allows(['everything'], 'flows:read')).toBe(false);
    expect(authorize(grantsOfScopes(['cases:read']), 'cases:read')).toEqual({ kind: 'all' });
  });

  it('can only be handed out by someone who holds them fully', () => {
    expect(notFullyHeld(grantsOfRoles(['developer']), ['events:write', 'flows:read'])).toEqual([]);
    expect(notFullyHeld(grantsOfRoles(['developer']), ['events:write', 'admin', 'flows:write'])).toEqual([
      'admin',
      'flows:write',
    ]);
    // A supervisor's cases:read reaches only their teams: not enough to give a key that reads every case.
    expect(notFullyHeld(grantsOfRoles(['supervisor']), ['cases:read'])).toEqual(['cases:read']);
    expect(notFullyHeld(grantsOfRoles(['admin']), [...PERMISSIONS])).toEqual([]);
  });
});
