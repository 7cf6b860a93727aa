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
  /** Per-key token bucket; null disables rate limiting. */
  rateLimit: { perSecond: number; burst: number } | null;
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
  /** Set Ruta's search attributes on new journeys (registered on the local dev server). */
  searchAttributes: boolean;
  /** The shortest interval a schedule trigger may run at (ms); the compiler refuses shorter ones. */
  scheduleMinIntervalMs: number;
}

const num = (v: string | undefined, fallback: number) => {
  const n = v === undefined || v === '' ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/** Reads the configuration from environment variables (documented in the README). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const perSecond = num(env.RUTA_RATE_LIMIT, 50);
  const designer = env.RUTA_DESIGNER_DIR ?? join(REPO_ROOT, 'apps/designer/dist');
  return {
    bodyLimitBytes: num(env.RUTA_BODY_LIMIT, 1 << 20),
    eventsBodyLimitBytes: num(env.RUTA_EVENTS_BODY_LIMIT, 5 << 20),
    rateLimit: perSecond > 0 ? { perSecond, burst: num(env.RUTA_RATE_BURST, perSecond * 2) } : null,
    sandboxSecret: env.RUTA_SANDBOX_WEBHOOK_SECRET || randomBytes(24).toString('base64url'),
    twilioAuthToken: env.TWILIO_AUTH_TOKEN || undefined,
    whatsappAppSecret: env.WHATSAPP_APP_SECRET || undefined,
    whatsappVerifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
    publicUrl: env.RUTA_PUBLIC_URL || undefined,
    templatesDir: env.RUTA_TEMPLATES_DIR ?? join(REPO_ROOT, 'examples/flows'),
    designerDir: existsSync(join(designer, 'index.html')) ? designer : undefined,
    temporalTimeoutMs: num(env.RUTA_TEMPORAL_TIMEOUT_MS, 10_000),
    searchAttributes: env.RUTA_SEARCH_ATTRIBUTES !== '0',
    scheduleMinIntervalMs: num(env.RUTA_SCHEDULE_MIN_INTERVAL_MS, 60_000),
  };
}
