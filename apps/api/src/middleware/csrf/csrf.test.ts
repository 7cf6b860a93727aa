import { describe, expect, it } from 'vitest';
import { crossSiteProblem, csrfProblem, csrfTokenFor } from './index';

const ORIGINS = ['http://127.0.0.1:3000', 'https://ruta.example.com'];
const token = 'session-token-abc';
const base = { origin: null, secFetchSite: null, allowedOrigins: ORIGINS, expected: csrfTokenFor(token) };

describe('CSRF check', () => {
  it('derives a different, stable token per session that does not contain the session token', () => {
    expect(csrfTokenFor(token)).toBe(csrfTokenFor(token));
    expect(csrfTokenFor(token)).not.toBe(csrfTokenFor('another-session'));
    expect(csrfTokenFor(token)).not.toContain(token);
    expect(csrfTokenFor(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('lets safe methods through without a token', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(csrfProblem({ ...base, method, token: null, secFetchSite: 'cross-site' })).toBeNull();
    }
  });

  it('refuses a state-changing request without the token, or with another session’s', () => {
    expect(csrfProblem({ ...base, method: 'POST', token: null })).toMatch(/X-CSRF-Token/);
    expect(csrfProblem({ ...base, method: 'PUT', token: '' })).toMatch(/X-CSRF-Token/);
    expect(csrfProblem({ ...base, method: 'DELETE', token: csrfTokenFor('other') })).toMatch(/does not belong/);
    expect(csrfProblem({ ...base, method: 'PATCH', token: 'short' })).toMatch(/does not belong/);
  });

  it('accepts the session’s token from the same origin', () => {
    const ok = { ...base, method: 'POST', token: csrfTokenFor(token) };
    expect(csrfProblem(ok)).toBeNull();
    expect(csrfProblem({ ...ok, origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' })).toBeNull();
    expect(csrfProblem({ ...ok, origin: 'HTTPS://ruta.example.com' })).toBeNull();
  });

  it('refuses other sites even with the right token', () => {
    const ok = { ...base, method: 'POST', token: csrfTokenFor(token) };
    expect(csrfProblem({ ...ok, secFetchSite: 'cross-site' })).toMatch(/another site/);
    expect(csrfProblem({ ...ok, secFetchSite: 'same-site' })).toMatch(/another site/);
    expect(csrfProblem({ ...ok, origin: 'https://evil.example' })).toMatch(/evil\.example/);
    expect(csrfProblem({ ...ok, origin: 'null' })).toMatch(/null/);
    expect(crossSiteProblem({ ...base, method: 'POST', origin: 'http://127.0.0.1:3001' })).toMatch(/RUTA_PUBLIC_URL/);
  });
});
