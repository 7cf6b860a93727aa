import type { Me } from '../api/auth';
import { can } from '../api/session';
import type { Route } from '../store/ui';

/** What a route needs: the flow pages need `flows:read`, cases `cases:read`, people `users:read`. */
export function routeAllowed(route: Route, me: Me | null, kind: 'http' | 'local'): boolean {
  switch (route.name) {
    case 'list':
    case 'templates':
    case 'flow':
      return can('flows:read', me, kind);
    case 'cases':
      return kind === 'http' && can('cases:read', me, kind);
    case 'people':
      return kind === 'http' && can('users:read', me, kind);
    case 'kb':
      return kind === 'http' && can('kb:read', me, kind);
    case 'account':
      return kind === 'http' && me !== null;
  }
}

/** Where a person lands: the first section they may open (flows, cases, people), or null when there is none. */
export function homeRoute(me: Me | null, kind: 'http' | 'local'): Route | null {
  const candidates: Route[] = [{ name: 'list' }, { name: 'cases' }, { name: 'people' }];
  return candidates.find((r) => routeAllowed(r, me, kind)) ?? null;
}
