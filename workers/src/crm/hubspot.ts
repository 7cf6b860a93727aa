import { ProviderError } from '../channels/errors';
import { type HttpAnswer, httpError, request } from '../channels/http';
import type { CrmAdapter, CrmCustomer, CrmTicket, TicketPatch, TicketPriority, TicketStatus } from './types';

/** HubSpot settings; `HUBSPOT_*` in the environment. */
export interface HubSpotConfig {
  /** A private app's access token (scopes: crm.objects.contacts.read/write, tickets). */
  token: string;
  /** `https://api.hubapi.com` unless a test points it at a local server. */
  apiBase?: string;
  /** A unique-value contact property holding Ruta's customer id (create it once in HubSpot). */
  customerIdProperty?: string;
  /**
   * A unique-value property on tickets and notes holding the engine's idempotency key, so a retried create finds
   * the first record instead of making a second one. `null` turns the check off.
   */
  idempotencyProperty?: string | null;
  /** Ticket pipeline id (default `0`, the support pipeline) and the stage id per Ruta status. */
  pipeline?: string;
  stages?: Partial<Record<TicketStatus, string>>;
  /** `hs_ticket_priority` per Ruta priority. */
  priorities?: Partial<Record<TicketPriority, string>>;
  /** A ticket property for Ruta's queue name (e.g. a custom `ruta_queue`); the queue goes in the content if unset. */
  queueProperty?: string;
  timeoutMs?: number;
}

/** HubSpot-defined association types (v4): https://developers.hubspot.com/docs/api/crm/associations */
export const ASSOCIATION = { ticketToContact: 16, noteToContact: 202, noteToTicket: 228 } as const;

const DEFAULT_STAGES: Record<TicketStatus, string> = { open: '1', pending: '2', solved: '4' };
const DEFAULT_PRIORITIES: Record<TicketPriority, string> = {
  low: 'LOW',
  normal: 'MEDIUM',
  high: 'HIGH',
  urgent: 'HIGH',
};
const CONTACT_PROPERTIES = ['email', 'firstname', 'lastname', 'phone', 'mobilephone', 'hs_language'];

interface HubSpotObject {
  id: string;
  properties: Record<string, string | null | undefined>;
  new?: boolean;
}

function hubspotError(answer: HttpAnswer, what: string): ProviderError {
  const body = (answer.json ?? {}) as { message?: string; category?: string };
  const err = httpError(
    answer,
    `HubSpot ${answer.status} ${what}: ${body.message ?? answer.text.slice(0, 200)}`,
    undefined,
    body.category,
  );
  // HubSpot's 429s usually carry no Retry-After; its limits reset every 10 seconds.
  if (err.type === 'RateLimited' && err.retryAfterMs === undefined) {
    return new ProviderError('RateLimited', err.message, { retryAfterMs: 10_000, httpStatus: 429 });
  }
  return err;
}

/**
 * The HubSpot CRM (v3 objects API) behind the CRM interface: contacts found by search (email, phone or
 * mobile phone) or by Ruta's id property, upserted in one idempotent batch call; tickets and notes created with
 * their associations to the contact (and the ticket), and updated with PATCH.
 */
export function hubspotCrm(config: HubSpotConfig): CrmAdapter {
  const base = (config.apiBase ?? 'https://api.hubapi.com').replace(/\/$/, '');
  const idProperty = config.customerIdProperty ?? 'ruta_customer_id';
  const keyProperty = config.idempotencyProperty === undefined ? 'ruta_idempotency_key' : config.idempotencyProperty;
  const stages = { ...DEFAULT_STAGES, ...config.stages };
  const priorities = { ...DEFAULT_PRIORITIES, ...config.priorities };

  const call = async (method: string, path: string, body?: unknown): Promise<HttpAnswer> => {
    return request(
      `${base}${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${config.token}`,
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      },
      config.timeoutMs ? { timeoutMs: config.timeoutMs } : {},
    );
  };
  /** A JSON answer, or a classified error; 404 gives undefined. */
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T | undefined> => {
    const answer = await call(method, path, body);
    if (answer.status === 404) return undefined;
    if (answer.status >= 400) throw hubspotError(answer, `${method} ${path.split('?')[0]}`);
    return answer.json as T;
  };

  const toCustomer = (o: HubSpotObject): CrmCustomer => {
    const p = o.properties;
    const name = [p.firstname, p.lastname].filter(Boolean).join(' ');
    const lang = p.hs_language?.slice(0, 2);
    return {
      id: p[idProperty] ?? o.id,
      externalId: o.id,
      ...(name ? { name } : {}),
      ...(p.email ? { email: p.email } : {}),
      ...(p.phone || p.mobilephone ? { phone: (p.phone || p.mobilephone)! } : {}),
      ...(lang === 'es' || lang === 'en' ? { locale: lang } : {}),
      tags: [],
    };
  };
  const properties = [...CONTACT_PROPERTIES, idProperty].join(',');

  const contactByRutaId = async (id: string): Promise<HubSpotObject | undefined> =>
    json<HubSpotObject>(
      'GET',
      `/crm/v3/objects/contacts/${encodeURIComponent(id)}?idProperty=${encodeURIComponent(idProperty)}&properties=${properties}`,
    );

  const upsertContact = async (c: CrmCustomer): Promise<HubSpotObject> => {
    const [first, ...rest] = (c.name ?? '').trim().split(/\s+/);
    const props: Record<string, string> = {
      ...(first ? { firstname: first } : {}),
      ...(rest.length ? { lastname: rest.join(' ') } : {}),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.locale ? { hs_language: c.locale } : {}),
    };
    const out = await json<{ results: HubSpotObject[] }>('POST', '/crm/v3/objects/contacts/batch/upsert', {
      inputs: [{ idProperty, id: c.id, properties: props }],
    });
    const result = out?.results?.[0];
    if (!result) throw new ProviderError('ProviderRejected', 'HubSpot upsert returned no contact');
    return result;
  };

  /** The HubSpot contact id for a Ruta customer, creating a bare contact if HubSpot has none. */
  const contactId = async (customerId: string): Promise<string> =>
    (await contactByRutaId(customerId))?.id ?? (await upsertContact({ id: customerId })).id;

  /** The record created earlier under this key, when the idempotency property is configured. */
  const byKey = async (object: 'tickets' | 'notes', key: string): Promise<HubSpotObject | undefined> => {
    if (!keyProperty) return undefined;
    return json<HubSpotObject>(
      'GET',
      `/crm/v3/objects/${object}/${encodeURIComponent(key)}?idProperty=${encodeURIComponent(keyProperty)}&properties=hs_pipeline_stage`,
    );
  };
  const statusOf = (stage: string | null | undefined): string =>
    (Object.entries(stages).find(([, id]) => id === stage)?.[0] as string | undefined) ?? stage ?? 'open';

  return {
    name: 'hubspot',
    async findCustomer(by, value) {
      if (by === 'id') {
        const o = await contactByRutaId(value);
        return o ? toCustomer(o) : undefined;
      }
      const filterGroups =
        by === 'email'
          ? [{ filters: [{ propertyName: 'email', operator: 'EQ', value: value.trim().toLowerCase() }] }]
          : ['phone', 'mobilephone'].map((propertyName) => ({
              filters: [{ propertyName, operator: 'EQ', value: value.replace(/[\s().-]/g, '') }],
            }));
      const out = await json<{ results: HubSpotObject[] }>('POST', '/crm/v3/objects/contacts/search', {
        filterGroups,
        properties: [...CONTACT_PROPERTIES, idProperty],
        limit: 1,
      });
      const o = out?.results?.[0];
      return o ? toCustomer(o) : undefined;
    },
    async upsertCustomer(customer) {
      const o = await upsertContact(customer);
      return { customer: { ...customer, externalId: o.id }, created: o.new === true };
    },
    async createTicket(t): Promise<CrmTicket> {
      const earlier = await byKey('tickets', t.idempotencyKey);
      if (earlier) return { id: earlier.id, status: statusOf(earlier.properties.hs_pipeline_stage) };
      const contact = await contactId(t.customerId);
      const props: Record<string, string> = {
        subject: t.subject,
        content: config.queueProperty
          ? `Ruta journey ${t.journeyId}`
          : `Queue: ${t.queue} · Ruta journey ${t.journeyId}`,
        hs_pipeline: config.pipeline ?? '0',
        hs_pipeline_stage: stages[t.status],
        hs_ticket_priority: priorities[t.priority],
        ...(config.queueProperty ? { [config.queueProperty]: t.queue } : {}),
        ...(keyProperty ? { [keyProperty]: t.idempotencyKey } : {}),
      };
      const created = await json<HubSpotObject>('POST', '/crm/v3/objects/tickets', {
        properties: props,
        associations: [
          {
            to: { id: contact },
            types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: ASSOCIATION.ticketToContact }],
          },
        ],
      });
      if (!created) throw new ProviderError('ProviderRejected', 'HubSpot did not create the ticket');
      return { id: created.id, status: t.status };
    },
    async updateTicket(id, patch: TicketPatch) {
      const props: Record<string, string> = {
        ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
        ...(patch.status ? { hs_pipeline_stage: stages[patch.status] } : {}),
        ...(patch.priority ? { hs_ticket_priority: priorities[patch.priority] } : {}),
        ...(patch.queue && config.queueProperty ? { [config.queueProperty]: patch.queue } : {}),
      };
      const updated = await json<HubSpotObject>('PATCH', `/crm/v3/objects/tickets/${encodeURIComponent(id)}`, {
        properties: props,
      });
      if (!updated) throw new ProviderError('ProviderRejected', `HubSpot has no ticket ${id}`);
      return { id: updated.id, status: patch.status ?? statusOf(updated.properties.hs_pipeline_stage) };
    },
    async addNote(n) {
      const earlier = await byKey('notes', n.idempotencyKey);
      if (earlier) return { id: earlier.id };
      const contact = await contactId(n.customerId);
      const associations = [
        {
          to: { id: contact },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: ASSOCIATION.noteToContact }],
        },
        ...(n.ticketId
          ? [
              {
                to: { id: n.ticketId },
                types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: ASSOCIATION.noteToTicket }],
              },
            ]
          : []),
      ];
      const created = await json<HubSpotObject>('POST', '/crm/v3/objects/notes', {
        properties: {
          hs_timestamp: new Date().toISOString(),
          hs_note_body: n.text,
          ...(keyProperty ? { [keyProperty]: n.idempotencyKey } : {}),
        },
        associations,
      });
      if (!created) throw new ProviderError('ProviderRejected', 'HubSpot did not create the note');
      return { id: created.id };
    },
    async countOpenTickets(customer) {
      const contact = customer.externalId ?? (await contactByRutaId(customer.id))?.id;
      if (!contact) return 0;
      const out = await json<{ total: number }>('POST', '/crm/v3/objects/tickets/search', {
        filterGroups: [
          {
            filters: [
              { propertyName: 'associations.contact', operator: 'EQ', value: contact },
              { propertyName: 'hs_pipeline_stage', operator: 'NEQ', value: stages.solved },
            ],
          },
        ],
        properties: ['hs_pipeline_stage'],
        limit: 1,
      });
      return out?.total ?? 0;
    },
  };
}
