import { ASSOCIATION, type CrmAdapter, hubspotCrm, type ProviderError } from '@ruta/workers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Answer, type FakeServer, fakeServer, type Recorded, rejection } from './support';

let fake: FakeServer;
let crm: CrmAdapter;
/** Routes of the fake HubSpot, by "METHOD /path" (query excluded). */
let routes: Record<string, (req: Recorded) => Answer>;

beforeAll(async () => {
  fake = await fakeServer((req) => {
    const route = routes[`${req.method} ${req.path}`];
    return route
      ? route(req)
      : { status: 404, body: { status: 'error', message: 'resource not found', category: 'OBJECT_NOT_FOUND' } };
  });
  crm = hubspotCrm({ token: 'pat-na1-secret', apiBase: fake.url, timeoutMs: 2_000 });
});
afterAll(() => fake.close());
beforeEach(() => {
  routes = {};
  fake.requests.length = 0;
});

const body = (req: Recorded) => JSON.parse(req.body) as Record<string, unknown>;

describe('HubSpot CRM v3 adapter, checked against the documented request format on a local server', () => {
  it('every request carries the bearer token and JSON content type', async () => {
    routes['POST /crm/v3/objects/contacts/search'] = () => ({ status: 200, body: { total: 0, results: [] } });
    expect(await crm.findCustomer('email', 'Camila@Example.cl ')).toBeUndefined();
    const req = fake.requests[0]!;
    expect(req.headers.authorization).toBe('Bearer pat-na1-secret');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.accept).toBe('application/json');
  });

  it('looks up a contact by email with the search API, and maps its properties', async () => {
    routes['POST /crm/v3/objects/contacts/search'] = () => ({
      status: 200,
      body: {
        total: 1,
        results: [
          {
            id: '512',
            properties: {
              email: 'camila@example.cl',
              firstname: 'Camila',
              lastname: 'Rojas Núñez',
              phone: '+56912345678',
              hs_language: 'es',
              ruta_customer_id: 'c_camila',
            },
          },
        ],
      },
    });
    const c = await crm.findCustomer('email', 'Camila@Example.cl ');
    expect(c).toEqual({
      id: 'c_camila',
      externalId: '512',
      name: 'Camila Rojas Núñez',
      email: 'camila@example.cl',
      phone: '+56912345678',
      locale: 'es',
      tags: [],
    });
    const req = fake.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/crm/v3/objects/contacts/search');
    expect(body(req)).toEqual({
      filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: 'camila@example.cl' }] }],
      properties: ['email', 'firstname', 'lastname', 'phone', 'mobilephone', 'hs_language', 'ruta_customer_id'],
      limit: 1,
    });
  });

  it('looks up by phone in phone OR mobilephone (two filter groups), and by Ruta id with idProperty', async () => {
    routes['POST /crm/v3/objects/contacts/search'] = () => ({ status: 200, body: { total: 0, results: [] } });
    await crm.findCustomer('phone', '+56 9 1234-5678');
    expect(body(fake.requests[0]!).filterGroups).toEqual([
      { filters: [{ propertyName: 'phone', operator: 'EQ', value: '+56912345678' }] },
      { filters: [{ propertyName: 'mobilephone', operator: 'EQ', value: '+56912345678' }] },
    ]);
    routes['GET /crm/v3/objects/contacts/c_camila'] = () => ({
      status: 200,
      body: { id: '512', properties: { ruta_customer_id: 'c_camila', firstname: 'Camila' } },
    });
    expect(await crm.findCustomer('id', 'c_camila')).toMatchObject({
      id: 'c_camila',
      externalId: '512',
      name: 'Camila',
    });
    const get = fake.requests[1]!;
    expect(get.method).toBe('GET');
    expect(get.query.get('idProperty')).toBe('ruta_customer_id');
    expect(get.query.get('properties')).toBe('email,firstname,lastname,phone,mobilephone,hs_language,ruta_customer_id');
    expect(await crm.findCustomer('id', 'c_nadie')).toBeUndefined(); // 404 → not found
  });

  it('upserts a contact by Ruta’s id in one batch call', async () => {
    routes['POST /crm/v3/objects/contacts/batch/upsert'] = () => ({
      status: 200,
      body: { status: 'COMPLETE', results: [{ id: '777', new: true, properties: {} }] },
    });
    const r = await crm.upsertCustomer({
      id: 'c_nuevo',
      name: 'Íñigo de la Fuente',
      email: 'inigo@example.cl',
      locale: 'es',
    });
    expect(r).toMatchObject({ created: true, customer: { externalId: '777' } });
    expect(body(fake.requests[0]!)).toEqual({
      inputs: [
        {
          idProperty: 'ruta_customer_id',
          id: 'c_nuevo',
          properties: { firstname: 'Íñigo', lastname: 'de la Fuente', email: 'inigo@example.cl', hs_language: 'es' },
        },
      ],
    });
  });

  it('creates a ticket associated with the contact (type 16), once per idempotency key', async () => {
    const created: Record<string, unknown>[] = [];
    routes['GET /crm/v3/objects/contacts/c_camila'] = () => ({ status: 200, body: { id: '512', properties: {} } });
    routes['POST /crm/v3/objects/tickets'] = (req) => {
      created.push(body(req));
      return { status: 201, body: { id: '9001', properties: body(req).properties } };
    };
    const ticket = await crm.createTicket({
      idempotencyKey: 'j1:n_ticket:1',
      customerId: 'c_camila',
      journeyId: 'j1',
      subject: 'Pedido dañado — reembolso',
      priority: 'urgent',
      queue: 'reclamos',
      status: 'open',
    });
    expect(ticket).toEqual({ id: '9001', status: 'open' });
    // First it asks whether the key already made a ticket (404 here), then the contact, then creates.
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /crm/v3/objects/tickets/j1%3An_ticket%3A1',
      'GET /crm/v3/objects/contacts/c_camila',
      'POST /crm/v3/objects/tickets',
    ]);
    expect(fake.requests[0]!.query.get('idProperty')).toBe('ruta_idempotency_key');
    expect(created[0]).toEqual({
      properties: {
        subject: 'Pedido dañado — reembolso',
        content: 'Queue: reclamos · Ruta journey j1',
        hs_pipeline: '0',
        hs_pipeline_stage: '1',
        hs_ticket_priority: 'HIGH',
        ruta_idempotency_key: 'j1:n_ticket:1',
      },
      associations: [{ to: { id: '512' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 16 }] }],
    });
    expect(ASSOCIATION.ticketToContact).toBe(16);

    // The retry of the same activity finds the ticket by its key and creates nothing.
    routes['GET /crm/v3/objects/tickets/j1%3An_ticket%3A1'] = () => ({
      status: 200,
      body: { id: '9001', properties: { hs_pipeline_stage: '1' } },
    });
    fake.requests.length = 0;
    expect(
      await crm.createTicket({
        idempotencyKey: 'j1:n_ticket:1',
        customerId: 'c_camila',
        journeyId: 'j1',
        subject: 'x',
        priority: 'low',
        queue: 'q',
        status: 'open',
      }),
    ).toEqual({ id: '9001', status: 'open' });
    expect(fake.requests.map((r) => r.method)).toEqual(['GET']);
    expect(created).toHaveLength(1);
  });

  it('updates a ticket with PATCH (stage and priority mapped)', async () => {
    routes['PATCH /crm/v3/objects/tickets/9001'] = (req) => ({
      status: 200,
      body: { id: '9001', properties: (body(req).properties as Record<string, string>) ?? {} },
    });
    expect(await crm.updateTicket('9001', { status: 'solved', priority: 'low', subject: 'Resuelto' })).toEqual({
      id: '9001',
      status: 'solved',
    });
    const req = fake.requests[0]!;
    expect(req.method).toBe('PATCH');
    expect(body(req)).toEqual({
      properties: { subject: 'Resuelto', hs_pipeline_stage: '4', hs_ticket_priority: 'LOW' },
    });
  });

  it('adds a note associated with the contact (202) and the ticket (228)', async () => {
    routes['GET /crm/v3/objects/contacts/c_camila'] = () => ({ status: 200, body: { id: '512', properties: {} } });
    routes['POST /crm/v3/objects/notes'] = () => ({ status: 201, body: { id: '3003', properties: {} } });
    expect(
      await crm.addNote({
        idempotencyKey: 'j1:n_note:1',
        customerId: 'c_camila',
        ticketId: '9001',
        text: 'Cliente molesta: pidió reembolso 😡',
      }),
    ).toEqual({ id: '3003' });
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/crm/v3/objects/notes');
    const b = body(post) as { properties: Record<string, string>; associations: unknown };
    expect(b.properties.hs_note_body).toBe('Cliente molesta: pidió reembolso 😡');
    expect(b.properties.ruta_idempotency_key).toBe('j1:n_note:1');
    expect(Number.isNaN(Date.parse(b.properties.hs_timestamp!))).toBe(false);
    expect(b.associations).toEqual([
      { to: { id: '512' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }] },
      { to: { id: '9001' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 228 }] },
    ]);
  });

  it('counts open tickets with the tickets search (associations.contact, stage not closed)', async () => {
    routes['POST /crm/v3/objects/tickets/search'] = () => ({ status: 200, body: { total: 2, results: [] } });
    expect(await crm.countOpenTickets({ id: 'c_camila', externalId: '512' })).toBe(2);
    expect(body(fake.requests[0]!).filterGroups).toEqual([
      {
        filters: [
          { propertyName: 'associations.contact', operator: 'EQ', value: '512' },
          { propertyName: 'hs_pipeline_stage', operator: 'NEQ', value: '4' },
        ],
      },
    ]);
  });

  it('maps errors: 429 waits (Retry-After or 10 s), 401 is for good, 5xx is retryable', async () => {
    const at = 'POST /crm/v3/objects/contacts/search';
    routes[at] = () => ({
      status: 429,
      body: { status: 'error', message: 'You have reached your secondly limit.', category: 'RATE_LIMITS' },
    });
    expect(await rejection(crm.findCustomer('email', 'a@b.cl'))).toMatchObject({
      type: 'RateLimited',
      retryAfterMs: 10_000,
    });
    routes[at] = () => ({ status: 429, headers: { 'retry-after': '3' }, body: {} });
    expect(await rejection(crm.findCustomer('email', 'a@b.cl'))).toMatchObject({
      type: 'RateLimited',
      retryAfterMs: 3_000,
    });
    routes[at] = () => ({
      status: 401,
      body: { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' },
    });
    const auth = await rejection<ProviderError>(crm.findCustomer('email', 'a@b.cl'));
    expect(auth).toMatchObject({ type: 'ProviderAuth', retryable: false, providerCode: 'INVALID_AUTHENTICATION' });
    routes[at] = () => ({ status: 502, body: 'Bad gateway' });
    expect(await rejection(crm.findCustomer('email', 'a@b.cl'))).toMatchObject({
      type: 'ProviderUnavailable',
      retryable: true,
    });
  });
});
