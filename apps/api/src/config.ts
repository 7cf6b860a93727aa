import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (templates and the built designer are found from here). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** Settings of the API that come from the environment, with the defaults of the local stack. */
export interface ApiConfig {
  /** Largest body accepted by most routes (bytes). */
  bodyLimitBytes: number;
  /** Largest body of POST /v1/events (a batch of up to 500 events). */
  eventsBodyLimitBytes: number;
  /**
   * Largest single event (its JSON, in bytes). An event travels in the journey's start payload, which Temporal
   * refuses near 2 MB (and warns about from 512 KB), so an event must stay well under that to start a journey.
   */
  eventMaxBytes: number;
  /**
   * Per-key token bucket; null disables rate limiting. `store`: `database` (default) shares each bucket across API
   * processes in the database; `memory` keeps one per process.
   */
  rateLimit: { perSecond: number; burst: number; store?: 'database' | 'memory' } | null;
  /** Failed authentications allowed per client address per minute (in a row, then refilled); null: no limit. */
  authFailuresPerMinute: number | null;
  /**
   * Where failed authentications are counted: `database` (default) shares each address's and account's budget across
   * API processes, `memory` counts per process (RUTA_RATE_LIMIT_STORE, as for the request limit).
   */
  authFailureStore?: 'database' | 'memory';
  /** HMAC-SHA256 secret of the sandbox channel's webhook (`x-ruta-signature`). */
  sandboxSecret: string;
  /** Twilio auth token (validates `X-Twilio-Signature`); unset: the Twilio webhook answers 503. */
  twilioAuthToken: string | undefined;
  /** WhatsApp Cloud API app secret (validates `X-Hub-Signature-256`). */
  whatsappAppSecret: string | undefined;
  /** Token echoed back in the WhatsApp subscription handshake. */
  whatsappVerifyToken: string | undefined;
  /** The public base URL (e.g. https://ruta.example.com) when behind a proxy; Twilio signs the URL it called. */
  publicUrl: string | undefined;
  /** Directory of the sample flows served as templates. */
  templatesDir: string;
  /** Built designer to serve at `/` (SPA); undefined: `/` explains how to build it. */
  designerDir: string | undefined;
  /** How long a query or update to a journey may take before the API gives up (ms). */
  temporalTimeoutMs: number;
  /** How long a cancel waits for the journey to take it before the API looks at why (ms). */
  cancelTimeoutMs: number;
  /**
   * The background check for journeys that need a person (a failing workflow task or activity): every `intervalMs`
   * it looks at `batch` running journeys in Temporal. Started by the server and the local stack, not by createApp.
   */
  attentionCheck: { intervalMs: number; batch: number } | null;
  /** Set Ruta's search attributes on new journeys (registered on the local dev server). */
  searchAttributes: boolean;
  /**
   * The remote codec endpoint (`/codec`): the origins allowed to call it from a browser (the Temporal Web UI), and
   * the secret path segment of the key-less route the Web UI uses (`/codec/ui/<token>`; undefined: no such route).
   */
  codec: { corsOrigins: string[]; uiToken: string | undefined };
  /** The shortest interval a schedule trigger may run at (ms); the compiler refuses shorter ones. */
  scheduleMinIntervalMs: number;
  /** A session ends after this long without a request (minutes). */
  sessionIdleMinutes: number;
  /** A session ends this long after signing in, however busy (hours). */
  sessionMaxHours: number;
  /** Failed sign-ins allowed per account in 15 minutes (then 429 for that account); null: no limit. */
  signInFailuresPerAccount: number | null;
  /** When set, GET /metrics asks for `Authorization: Bearer <token>`; unset, it is open like /healthz. */
  metricsToken?: string | undefined;
  /** OpenID Connect sign-in, when RUTA_OIDC_ISSUER and RUTA_OIDC_CLIENT_ID are set. */
  oidc: OidcConfig | null;
}

/** OpenID Connect settings (authorization code + PKCE). */
export interface OidcConfig {
  /** The issuer URL; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Unset for a public client (PKCE only). */
  clientSecret: string | undefined;
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
  /** A claim (dotted path, e.g. `groups` or `realm_access.roles`) whose values map to roles; unset: roles stay Ruta's. */
  roleClaim: string | undefined;
  /** Claim value → Ruta roles. */
  roleMap: Record<string, string[]>;
  /** Scopes asked for. */
  scopes: string;
}

/** Parses `value=role,value=role+role` (RUTA_OIDC_ROLE_MAP) into claim value → roles. */
export function parseRoleMap(text: string | undefined): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const pair of (text ?? '').split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) continue;
    const value = pair.slice(0, at).trim();
    const roles = pair
      .slice(at + 1)
      .split('+')
      .map((r) => r.trim())
      .filter(Boolean);
    if (value && roles.length) map[value] = [...new Set([...(map[value] ?? []), ...roles])];
  }
  return map;
}

function oidcFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  if (!env.RUTA_OIDC_ISSUER || !env.RUTA_OIDC_CLIENT_ID) return null;
  return {
    issuer: env.RUTA_OIDC_ISSUER,
    clientId: env.RUTA_OIDC_CLIENT_ID,
    clientSecret: env.RUTA_OIDC_CLIENT_SECRET || undefined,
    name: env.RUTA_OIDC_NAME || 'SSO',
    roleClaim: env.RUTA_OIDC_ROLE_CLAIM || undefined,
    roleMap: parseRoleMap(env.RUTA_OIDC_ROLE_MAP),
    scopes: env.RUTA_OIDC_SCOPES || 'openid email profile',
  };
}

const num = (v: string | undefined, fallback: number) => {
  const n = v === undefined || v === '' ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/** Reads the configuration from environment variables (documented in the README). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const perSecond = num(env.RUTA_RATE_LIMIT, 50);
  const authFailures = num(env.RUTA_AUTH_FAILURE_LIMIT, 30);
  const uiPort = env.TEMPORAL_UI_PORT || '8233';
  const accountFailures = num(env.RUTA_SIGNIN_ACCOUNT_LIMIT, 10);
  const designer = env.RUTA_DESIGNER_DIR ?? join(REPO_ROOT, 'apps/designer/dist');
  return {
    bodyLimitBytes: num(env.RUTA_BODY_LIMIT, 1 << 20),
    eventsBodyLimitBytes: num(env.RUTA_EVENTS_BODY_LIMIT, 5 << 20),
    eventMaxBytes: num(env.RUTA_EVENT_MAX_BYTES, 256 << 10),
    rateLimit:
      perSecond > 0
        ? {
            perSecond,
            burst: num(env.RUTA_RATE_BURST, perSecond * 2),
            store: env.RUTA_RATE_LIMIT_STORE === 'memory' ? 'memory' : 'database',
          }
        : null,
    authFailuresPerMinute: authFailures > 0 ? authFailures : null,
    authFailureStore: env.RUTA_RATE_LIMIT_STORE === 'memory' ? 'memory' : 'database',
    sandboxSecret: env.RUTA_SANDBOX_WEBHOOK_SECRET || randomBytes(24).toString('base64url'),
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || undefined,
    whatsappAppSecret: env.WHATSAPP_APP_SECRET || undefined,
    whatsappVerifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
    publicUrl: env.RUTA_PUBLIC_URL || undefined,
    templatesDir: env.RUTA_TEMPLATES_DIR ?? join(REPO_ROOT, 'examples/flows'),
    designerDir: existsSync(join(designer, 'index.html')) ? designer : undefined,
    temporalTimeoutMs: num(env.RUTA_TEMPORAL_TIMEOUT_MS, 10_000),
    cancelTimeoutMs: num(env.RUTA_CANCEL_TIMEOUT_MS, 5_000),
    attentionCheck:
      num(env.RUTA_ATTENTION_CHECK_MS, 60_000) > 0
        ? { intervalMs: num(env.RUTA_ATTENTION_CHECK_MS, 60_000), batch: num(env.RUTA_ATTENTION_CHECK_BATCH, 25) }
        : null,
    searchAttributes: env.RUTA_SEARCH_ATTRIBUTES !== '0',
    codec: {
      corsOrigins: (env.RUTA_CODEC_CORS_ORIGINS ?? `http://127.0.0.1:${uiPort},http://localhost:${uiPort}`)
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      uiToken: env.RUTA_CODEC_UI_TOKEN || undefined,
    },
    scheduleMinIntervalMs: num(env.RUTA_SCHEDULE_MIN_INTERVAL_MS, 60_000),
    sessionIdleMinutes: num(env.RUTA_SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: num(env.RUTA_SESSION_MAX_HOURS, 12),
    signInFailuresPerAccount: accountFailures > 0 ? accountFailures : null,
    oidc: oidcFromEnv(env),
    metricsToken: env.RUTA_METRICS_TOKEN || undefined,
  };
}
