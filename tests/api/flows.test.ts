import { describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { eventually, expectProblem, sample, withApi } from './support';

const api = withApi();

type Flow = {
  id: string;
  name: string;
  revision: number;
  publishedVersion: number | null;
  document: Record<string, unknown>;
};

describe('catalog', () => {
  it('lists the sample flows as templates, with their scenarios', async () => {
    const r = await api.call<{ templates: { id: string; document: { id: string }; scenarios: unknown[] }[] }>(
      'GET',
      '/v1/templates',
    );
    expect(r.status).toBe(200);
    const ids = r.body.templates.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'failed-payment',
        'delivery-delay',
        'csat',
        'ab-welcome',
        'sla-escalation',
        'negative-sentiment-escalation',
      ]),
    );
    const failed = r.body.templates.find((t) => t.id === 'failed-payment')!;
    expect(failed.document.id).toBe('f_failed_payment');
    expect(failed.scenarios.length).toBeGreaterThan(0);
  });

  it('lists node kinds and custom activities with the JSON Schema of their params', async () => {
    const r = await api.call<{
      kinds: { kind: string; params: { type?: string; properties?: Record<string, unknown> }; label: { es: string } }[];
      custom: { name: string; input: { properties: Record<string, unknown> } }[];
    }>('GET', '/v1/activities');
    expect(r.status).toBe(200);
    const send = r.body.kinds.find((k) => k.kind === 'message.send')!;
    expect(send.label.es).toBeTruthy();
    expect(send.params.type).toBe('object');
    expect(Object.keys(send.params.properties ?? {})).toContain('channel');
    const link = r.body.custom.find((c) => c.name === 'billing.createPaymentLink')!;
    expect(Object.keys(link.input.properties)).toEqual(expect.arrayContaining(['amount', 'currency']));
  });
});

describe('hand-off queues', () => {
  it('warns while a hand-off names a queue that does not exist or nobody works, and the catalog lists the queues', async () => {
    type Validation = {
      ok: boolean;
      diagnostics: { code: string; nodeId?: string; path: unknown[]; message: { es: string; en: string } }[];
    };
    const doc = sample('kb-bot') as {
      id: string;
      nodes: { id: string; kind: string; params?: Record<string, unknown> }[];
    };
    doc.id = 'f_staffing';
    for (const n of doc.nodes) if (n.kind === 'handoff') n.params = { ...n.params, queue: 'consultas' };
    expect((await api.call('POST', '/v1/flows', { body: { document: doc } })).status).toBe(201);
    const warnings = async () =>
      (await api.call<Validation>('POST', '/v1/flows/f_staffing/validate')).body.diagnostics.filter(
        (d) => d.code === 'handoff_queue_unstaffed',
      );

    const missing = await warnings();
    expect(missing).toEqual([expect.objectContaining({ nodeId: 'n_handoff', path: ['params', 'queue'] })]);
    expect(missing[0]!.message.es).toContain('«consultas»');
    expect(missing[0]!.message.en).toContain('does not exist yet');

    expect((await api.call('POST', '/v1/queues', { body: { id: 'consultas', name: 'Consultas' } })).status).toBe(201);
    const empty = await warnings();
    expect(empty[0]!.message.en).toContain('Nobody works the queue "consultas"');
    // A warning: the flow still publishes.
    expect((await api.call('POST', '/v1/flows/f_staffing/publish', { body: {} })).status).toBe(201);

    const agent = await api.call('POST', '/v1/users', {
      body: {
        email: 'ana.consultas@example.com',
        displayName: 'Ana',
        roles: ['agent'],
        language: 'es',
        queues: ['consultas'],
      },
    });
    expect(agent.status, agent.text).toBe(201);
    expect(await warnings()).toEqual([]);
    const catalog = await api.call<{ queues: { id: string; name: string; people: number }[] }>('GET', '/v1/activities');
    expect(catalog.body.queues).toContainEqual({ id: 'consultas', name: 'Consultas', people: 1 });
  });
});

describe('flows', () => {
  it('creates a flow from a template, then from a document with a taken id (made unique)', async () => {
    const fromTemplate = await api.call<Flow>('POST', '/v1/flows', { body: { template: 'csat' } });
    expect(fromTemplate.status, fromTemplate.text).toBe(201);
    expect(fromTemplate.body).toMatchObject({ id: 'f_csat', revision: 1, publishedVersion: null });
    expect(fromTemplate.headers.get('location')).toBe('/v1/flows/f_csat');

    const again = await api.call<Flow>('POST', '/v1/flows', { body: { document: sample('csat') } });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe('f_csat_2');
    expect(again.body.document.id).toBe('f_csat_2');

    const explicit = await api.call('POST', '/v1/flows', { body: { document: sample('csat'), id: 'f_csat' } });
    expectProblem(explicit, 409);

    const list = await api.call<{ flows: Flow[] }>('GET', '/v1/flows?search=csat');
    expect(list.body.flows.map((f) => f.id).sort()).toEqual(['f_csat', 'f_csat_2']);
  });

  it('refuses invalid documents with the field path, and stores nothing', async () => {
    const bad = { ...sample('csat'), id: 'f_bad_nodes', nodes: [{ id: 'not-an-id', kind: 'end' }] };
    const p = expectProblem(await api.call('POST', '/v1/flows', { body: { document: bad } }), 422);
    expect(p.errors).toContainEqual(
      expect.objectContaining({ path: 'document.nodes.0.id', message: expect.stringContaining('n_') }),
    );
    expectProblem(await api.call('GET', '/v1/flows/f_bad_nodes'), 404);
    const neither = expectProblem(await api.call('POST', '/v1/flows', { body: {} }), 422);
    expect(neither.errors).toContainEqual(
      expect.objectContaining({ path: 'document', message: 'Send either document or template' }),
    );
  });

  it('saves drafts with optimistic concurrency (revision / If-Match)', async () => {
    const created = await api.call<Flow>('POST', '/v1/flows', { body: { document: orderFlow('f_drafts') } });
    const doc = { ...created.body.document, name: 'Renamed' };
    const saved = await api.call<Flow>('PUT', '/v1/flows/f_drafts', { body: { document: doc, revision: 1 } });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ name: 'Renamed', revision: 2 });
    expect(saved.headers.get('etag')).toBe('"2"');
    const stale = await api.call('PUT', '/v1/flows/f_drafts', {
      body: { document: doc },
      headers: { 'if-match': '"1"' },
    });
    expect(expectProblem(stale, 409).currentRevision).toBe(2);
    const wrongId = await api.call('PUT', '/v1/flows/f_drafts', { body: { document: { ...doc, id: 'f_other' } } });
    // Well formed, but naming another flow than the one it is sent to: a conflict with the resource, not bad syntax.
    expect(expectProblem(wrongId, 409).errors).toContainEqual(
      expect.objectContaining({ path: 'document.id', message: expect.any(String) }),
    );
    const unconditional = await api.call<Flow>('PUT', '/v1/flows/f_drafts', {
      body: { document: { ...doc, name: 'Third' } },
    });
    expect(unconditional.body.revision).toBe(3);
  });

  it('validates, refuses to publish while there are errors, then publishes immutable versions', async () => {
    const broken = orderFlow('f_pub');
    (broken.edges as unknown[]).splice(2, 1); // the wait's timeout port is left unconnected
    await api.call('POST', '/v1/flows', { body: { document: broken } });

    const v = await api.call<{ ok: boolean; errors: number; diagnostics: { code: string; nodeId?: string }[] }>(
      'POST',
      '/v1/flows/f_pub/validate',
    );
    expect(v.status).toBe(200);
    expect(v.body.ok).toBe(false);
    expect(v.body.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'unconnected_port', nodeId: 'n_wait_paid' }),
    );

    // The request is fine; the draft's state forbids it: 409, with the diagnostics.
    const refused = expectProblem(await api.call('POST', '/v1/flows/f_pub/publish', { body: {} }), 409);
    expect(refused.type).toBe('/docs#problem-flow-has-errors');
    expect(refused.diagnostics).toContainEqual(expect.objectContaining({ code: 'unconnected_port' }));
    expect(refused.errors).toContainEqual(
      expect.objectContaining({ path: 'nodes.n_wait_paid.ports.timeout', message: expect.any(String) }),
    );
    expect((await api.call<{ versions: unknown[] }>('GET', '/v1/flows/f_pub/versions')).body.versions).toEqual([]);

    await api.call('PUT', '/v1/flows/f_pub', { body: { document: orderFlow('f_pub') } });
    const v1 = await api.call<{ version: number; created: boolean; hash: string }>('POST', '/v1/flows/f_pub/publish', {
      body: { note: 'first' },
    });
    expect(v1.status, v1.text).toBe(201);
    expect(v1.body).toMatchObject({ version: 1, created: true });
    const same = await api.call<{ version: number; created: boolean }>('POST', '/v1/flows/f_pub/publish');
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ version: 1, created: false });

    const changed = orderFlow('f_pub');
    (changed.nodes as { id: string; params: Record<string, unknown> }[])[1]!.params.timeout = '2d';
    (changed.nodes as unknown[]).push({ id: 'n_extra', kind: 'goal', params: { name: 'late' } });
    (changed.edges as { id: string; from: string; port: string; to: string }[]).splice(
      2,
      1,
      { id: 'e_3', from: 'n_wait_paid', port: 'timeout', to: 'n_extra' },
      { id: 'e_4', from: 'n_extra', port: 'out', to: 'n_unpaid' },
    );
    await api.call('PUT', '/v1/flows/f_pub', { body: { document: changed } });
    const v2 = await api.call<{ version: number }>('POST', '/v1/flows/f_pub/publish', { body: { note: 'second' } });
    expect(v2.status, v2.text).toBe(201);
    expect(v2.body.version).toBe(2);

    const versions = await api.call<{ versions: { version: number; isCurrent: boolean; note: string }[] }>(
      'GET',
      '/v1/flows/f_pub/versions',
    );
    expect(versions.body.versions.map((x) => [x.version, x.isCurrent, x.note])).toEqual([
      [2, true, 'second'],
      [1, false, 'first'],
    ]);
    const one = await api.call<{ document: { id: string }; plan: { hash: string } }>(
      'GET',
      '/v1/flows/f_pub/versions/1',
    );
    expect(one.body.plan.hash).toBe(v1.body.hash);

    const diff = await api.call<{
      same: boolean;
      nodes: { added: { id: string }[]; changed: { id: string; changes: { field: string }[] }[] };
    }>('GET', '/v1/flows/f_pub/versions/1/diff/2');
    expect(diff.status, diff.text).toBe(200);
    expect(diff.body.same).toBe(false);
    expect(diff.body.nodes.added.map((n) => n.id)).toEqual(['n_extra']);
    expect(diff.body.nodes.changed).toEqual([
      expect.objectContaining({ id: 'n_wait_paid', changes: [expect.objectContaining({ field: 'params' })] }),
    ]);
    expect(diff.body).toMatchObject({
      edges: {
        added: [{ id: 'e_4', from: 'n_extra', port: 'out', to: 'n_unpaid' }],
        changed: [{ id: 'e_3', from: { to: 'n_unpaid' }, to: { to: 'n_extra' } }],
      },
    });
    const toDraft = await api.call<{ same: boolean }>('GET', '/v1/flows/f_pub/versions/2/diff/draft');
    expect(toDraft.body.same).toBe(true);

    const rolled = await api.call<{ version: number; rolledBackFrom: number }>('POST', '/v1/flows/f_pub/rollback', {
      body: { version: 1 },
    });
    expect(rolled.status, rolled.text).toBe(201);
    expect(rolled.body).toMatchObject({ version: 3, rolledBackFrom: 1 });
    const flow = await api.call<Flow>('GET', '/v1/flows/f_pub');
    expect(flow.body.publishedVersion).toBe(3);
    // The flow exists; the version the body names does not: a conflict with its state, not a missing URL.
    expectProblem(await api.call('POST', '/v1/flows/f_pub/rollback', { body: { version: 9 } }), 409);
  });

  it('exports a flow and imports it again', async () => {
    await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_export') } });
    const exported = await api.call<Record<string, unknown>>('GET', '/v1/flows/f_export/export');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('f_export.json');
    const imported = await api.call<Flow>('POST', '/v1/flows/import', { body: { ...exported.body, id: 'f_imported' } });
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.document).toEqual({ ...exported.body, id: 'f_imported' });
    expectProblem(await api.call('POST', '/v1/flows/import', { body: exported.body }), 409);
    const replaced = await api.call<Flow>('POST', '/v1/flows/import?replace=true', {
      body: { ...exported.body, name: 'New name' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.name).toBe('New name');
  });

  it('simulates the draft with scripted scenarios', async () => {
    await api.call('POST', '/v1/flows', { body: { template: 'delivery-delay' } });
    const scenarios = (
      await api.call<{ templates: { id: string; scenarios: unknown[] }[] }>('GET', '/v1/templates')
    ).body.templates.find((t) => t.id === 'delivery-delay')!.scenarios;
    const r = await api.call<{
      results: {
        path: string[];
        messages: unknown[];
        timers: { deadline: string | null }[];
        expectation?: { ok: boolean };
      }[];
    }>('POST', '/v1/flows/f_delivery_delay/simulate', { body: { scenarios } });
    expect(r.status, r.text).toBe(200);
    expect(r.body.results).toHaveLength(scenarios.length);
    for (const result of r.body.results) expect(result.expectation).toEqual({ ok: true, problems: [] });
    expect(r.body.results[0]!.path).toEqual(['n_trigger', 'n_notify', 'n_wait_reply', 'n_sms', 'n_end_sms']);
    expect(r.body.results[0]!.timers[0]!.deadline).toEqual(expect.any(String));
    const bad = expectProblem(
      await api.call('POST', '/v1/flows/f_delivery_delay/simulate', { body: { scenario: { name: 'x' } } }),
      422,
    );
    expect((bad.errors as { path: string }[]).map((e) => e.path)).toContain('scenario.event');
  });

  it('counts journeys per node and per edge for the canvas', async () => {
    await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_stats') } });
    await api.call('POST', '/v1/flows/f_stats/publish');
    const customer = `c_stats_${Date.now()}`;
    await api.call('POST', '/v1/events', { body: { id: `${customer}-1`, type: 'order.placed', customerId: customer } });
    await api.call('POST', '/v1/events', { body: { id: `${customer}-2`, type: 'order.paid', customerId: customer } });
    const stats = await eventually('the journey to reach the end', async () => {
      const r = await api.call<{
        nodes: Record<string, { entered: number; completed: number }>;
        edges: { edgeId: string | null; count: number }[];
      }>('GET', '/v1/flows/f_stats/stats?version=1');
      return r.body.nodes.n_paid?.entered === 1 ? r.body : undefined;
    });
    expect(stats.nodes.n_wait_paid).toMatchObject({ entered: 1, completed: 1 });
    expect(stats.edges).toContainEqual(expect.objectContaining({ edgeId: 'e_2', count: 1 }));
  });

  it('deletes a flow: it is gone from lists and starts nothing', async () => {
    await api.call('POST', '/v1/flows', {
      body: { document: { ...orderFlow('f_gone'), nodes: orderFlow('f_gone').nodes } },
    });
    await api.call('POST', '/v1/flows/f_gone/publish');
    expect((await api.call('DELETE', '/v1/flows/f_gone')).status).toBe(204);
    expectProblem(await api.call('GET', '/v1/flows/f_gone'), 404);
    expectProblem(await api.call('DELETE', '/v1/flows/f_gone'), 404);
    const r = await api.call<{ journeys: { flowId: string }[] }>('POST', '/v1/events', {
      body: { id: `gone-${Date.now()}`, type: 'order.placed', customerId: 'c_gone' },
    });
    expect(r.body.journeys.map((j) => j.flowId)).not.toContain('f_gone');
  });
});

describe('documentation', () => {
  it('serves OpenAPI 3.1 generated from the schemas, and a self-contained reference page', async () => {
    const doc = await api.call<{
      openapi: string;
      paths: Record<string, Record<string, { 'x-required-scope'?: string }>>;
    }>('GET', '/openapi.json', { key: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/v1/events']?.post?.['x-required-scope']).toBe('events:write');
    const page = await api.call('GET', '/docs', { key: null });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('/v1/flows/{id}/publish');
    expect(page.text).toContain('problem-validation');
    expect(page.text).not.toMatch(/<script|https?:\/\/cdn/i);
  });

  it('answers health and readiness', async () => {
    expect((await api.call('GET', '/healthz', { key: null })).body).toEqual({ status: 'ok' });
    const ready = await api.call<{ status: string; checks: { database: { ok: boolean }; temporal: { ok: boolean } } }>(
      'GET',
      '/readyz',
      { key: null },
    );
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database.ok && ready.body.checks.temporal.ok).toBe(true);
  });
});
