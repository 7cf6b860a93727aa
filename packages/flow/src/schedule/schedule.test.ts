import { describe, expect, it } from 'vitest';
import { compile } from '../compiler';
import { migrateDocument, SCHEMA_VERSION } from '../document';
import type { CustomerProfile } from '../journey';
import { cronProblem } from './cron';
import { migrateScheduleParams } from './params';
import { type Audience, describeSegment, matchesSegment, segmentField } from './segment';

const v2Schedule = (params: Record<string, unknown>) => ({
  schemaVersion: 2,
  id: 'f_weekly',
  name: 'Semanal',
  nodes: [
    { id: 'n_trigger', kind: 'trigger.schedule', params },
    { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
  ],
  edges: [{ id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_end' }],
});

describe('schema v3: schedule audiences', () => {
  it('migrates a v2 tag segment to a `tags contains` condition, and the flow compiles', () => {
    const migrated = migrateDocument(v2Schedule({ cron: '0 9 * * 1', segment: ' vip ' })) as {
      schemaVersion: number;
      nodes: { params: Record<string, unknown> }[];
    };
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.nodes[0]?.params).toEqual({
      cron: '0 9 * * 1',
      audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
    });
    const result = compile(v2Schedule({ cron: '0 9 * * 1', segment: 'vip' }));
    expect(result.diagnostics).toEqual([]);
    if (result.ok) expect(result.plan.trigger.params.audience).toMatchObject({ conditions: [{ value: 'vip' }] });
  });

  it('leaves a v2 schedule without a tag without an audience, so the compiler asks who it is for', () => {
    const migrated = migrateDocument(v2Schedule({ cron: '0 9 * * 1', segment: '' })) as {
      nodes: { params: Record<string, unknown> }[];
    };
    expect(migrated.nodes[0]?.params).toEqual({ cron: '0 9 * * 1' });
    const result = compile(v2Schedule({ cron: '0 9 * * 1' }));
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['invalid_segment', ['params', 'audience']]]);
  });

  it('changes nothing else, and leaves v3 params and other kinds as they are', () => {
    const doc = v2Schedule({ cron: '0 9 * * 1', segment: 'vip' });
    doc.nodes.push({ id: 'n_other', kind: 'message.send', params: { segment: 'keep me' } as never });
    const migrated = migrateDocument(doc) as Record<string, unknown> & { nodes: { params: unknown }[] };
    expect(migrated.nodes[1]).toEqual(doc.nodes[1]);
    expect(migrated.nodes[2]?.params).toEqual({ segment: 'keep me' });
    expect(migrated.edges).toEqual(doc.edges);
    const v3 = { cron: '1 1 * * *', audience: { match: 'any', conditions: [] } };
    expect(migrateScheduleParams(v3)).toBe(v3);
    // A v1 document goes through both steps.
    const v1 = { ...doc, schemaVersion: 1, edges: [{ id: 'e_1', source: 'n_trigger', target: 'n_end' }] };
    const chained = migrateDocument(v1) as { schemaVersion: number; nodes: { params: Record<string, unknown> }[] };
    expect(chained.schemaVersion).toBe(SCHEMA_VERSION);
    expect(chained.nodes[0]?.params.audience).toBeDefined();
  });
});

describe('cron', () => {
  it('accepts what Temporal reads and says what is wrong otherwise', () => {
    for (const ok of ['0 9 * * 1', '*/5 * * * *', '0 8-18/2 1,15 JAN-MAR MON-FRI', '59 23 31 12 6'])
      expect(cronProblem(ok), ok).toBeNull();
    expect(cronProblem('')?.en).toContain('has 0 fields');
    expect(cronProblem('60 * * * *')?.en).toContain('"minute"');
    expect(cronProblem('0 9 0 * *')?.es).toContain('«día del mes»');
    expect(cronProblem('0 9 * 13 *')?.en).toContain('out of range');
    expect(cronProblem('0 9 * * 7')?.en).toContain('from 0 to 6');
    expect(cronProblem('0 18-9 * * *')?.en).toContain('starts after it ends');
    expect(cronProblem('0 9 * * 1/2')?.en).toContain('not understood');
    expect(cronProblem('0 9 ? * 1')?.en).toContain('not understood');
  });
});

describe('segments: fields and meaning', () => {
  it('resolves fields to a closed set, attributes by key path', () => {
    expect(segmentField('tags')).toEqual({ kind: 'tags' });
    expect(segmentField('tier')).toEqual({ kind: 'text', column: 'tier' });
    expect(segmentField('consent.sms')).toEqual({ kind: 'consent', channel: 'sms' });
    expect(segmentField('attributes.address.city')).toEqual({ kind: 'attribute', path: ['address', 'city'] });
    for (const bad of [
      'id',
      'consent.fax',
      'attributes.',
      'attributes.a.b.c.d',
      "attributes.x'); drop",
      'attributes.0',
    ])
      expect(segmentField(bad), bad).toBeUndefined();
  });

  const ana: CustomerProfile = {
    id: 'c_ana',
    email: 'ana@example.com',
    tier: 'gold',
    tags: ['vip', 'es'],
    consent: { whatsapp: true },
    attributes: { plan: 'pro', balance: 1500, items: ['a', 2], nothing: null, address: { city: 'Lima' } },
  };
  const bare: CustomerProfile = { id: 'c_bare' };
  const seg = (conditions: Audience['conditions'], match: Audience['match'] = 'all'): Audience => ({
    match,
    conditions,
  });

  it('holds a condition only for customers who have the value, except the negative operators', () => {
    const cases: [Audience['conditions'][number], boolean, boolean][] = [
      [{ field: 'tags', op: 'contains', value: 'vip' }, true, false],
      [{ field: 'tags', op: 'not_contains', value: 'vip' }, false, true],
      [{ field: 'attributes.plan', op: 'eq', value: 'pro' }, true, false],
      [{ field: 'attributes.plan', op: 'neq', value: 'pro' }, false, true],
      [{ field: 'attributes.balance', op: 'gt', value: 1000 }, true, false],
      [{ field: 'attributes.balance', op: 'lte', value: 1500 }, true, false],
      [{ field: 'attributes.plan', op: 'gt', value: 1 }, false, false],
      [{ field: 'attributes.address.city', op: 'in', value: ['Lima', 'Quito'] }, true, false],
      [{ field: 'attributes.address.city', op: 'not_in', value: ['Lima'] }, false, true],
      [{ field: 'attributes.items', op: 'contains', value: 2 }, true, false],
      [{ field: 'attributes.items', op: 'contains', value: '2' }, false, false],
      [{ field: 'attributes.nothing', op: 'exists' }, false, false],
      [{ field: 'attributes.nothing', op: 'not_exists' }, true, true],
      [{ field: 'tier', op: 'in', value: ['gold', 'platinum'] }, true, false],
      [{ field: 'tier', op: 'neq', value: 'gold' }, false, true],
      [{ field: 'email', op: 'exists' }, true, false],
      [{ field: 'consent.whatsapp', op: 'eq', value: true }, true, false],
      [{ field: 'consent.sms', op: 'not_exists' }, true, true],
    ];
    for (const [condition, forAna, forBare] of cases) {
      expect(matchesSegment(ana, seg([condition])), `ana: ${JSON.stringify(condition)}`).toBe(forAna);
      expect(matchesSegment(bare, seg([condition])), `bare: ${JSON.stringify(condition)}`).toBe(forBare);
    }
  });

  it('combines conditions with all / any; no conditions is everyone', () => {
    const vip = { field: 'tags', op: 'contains', value: 'vip' } as const;
    const poor = { field: 'attributes.balance', op: 'lt', value: 10 } as const;
    expect(matchesSegment(ana, seg([vip, poor]))).toBe(false);
    expect(matchesSegment(ana, seg([vip, poor], 'any'))).toBe(true);
    expect(matchesSegment(bare, seg([]))).toBe(true);
    expect(describeSegment(seg([vip, poor], 'any'), 'es')).toBe(
      'tags contiene vip o attributes.balance es menor que 10',
    );
    expect(describeSegment(seg([]), 'en')).toBe('every customer');
  });
});
