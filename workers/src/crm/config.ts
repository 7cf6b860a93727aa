import type { WorkerStore } from '../store/types';
import { builtinCrm } from './builtin';
import { type HubSpotConfig, hubspotCrm } from './hubspot';
import type { CrmAdapter } from './types';

/**
 * The CRM adapter the environment names: `RUTA_CRM=builtin` (default) or `hubspot` with `HUBSPOT_TOKEN`,
 * `HUBSPOT_API_BASE`, `HUBSPOT_CUSTOMER_ID_PROPERTY`, `HUBSPOT_IDEMPOTENCY_PROPERTY` (empty: off),
 * `HUBSPOT_PIPELINE`, `HUBSPOT_QUEUE_PROPERTY`.
 */
export function crmFromEnv(store: WorkerStore, env: NodeJS.ProcessEnv = process.env): CrmAdapter {
  const name = (env.RUTA_CRM ?? 'builtin').trim().toLowerCase();
  if (name === 'builtin') return builtinCrm(store);
  if (name !== 'hubspot') throw new Error(`RUTA_CRM="${name}" is unknown: use builtin or hubspot`);
  if (!env.HUBSPOT_TOKEN) throw new Error('HUBSPOT_TOKEN is not set: RUTA_CRM=hubspot needs a private app token');
  const config: HubSpotConfig = {
    token: env.HUBSPOT_TOKEN,
    ...(env.HUBSPOT_API_BASE ? { apiBase: env.HUBSPOT_API_BASE } : {}),
    ...(env.HUBSPOT_CUSTOMER_ID_PROPERTY ? { customerIdProperty: env.HUBSPOT_CUSTOMER_ID_PROPERTY } : {}),
    ...(env.HUBSPOT_IDEMPOTENCY_PROPERTY !== undefined
      ? { idempotencyProperty: env.HUBSPOT_IDEMPOTENCY_PROPERTY || null }
      : {}),
    ...(env.HUBSPOT_PIPELINE ? { pipeline: env.HUBSPOT_PIPELINE } : {}),
    ...(env.HUBSPOT_QUEUE_PROPERTY ? { queueProperty: env.HUBSPOT_QUEUE_PROPERTY } : {}),
  };
  return hubspotCrm(config);
}
