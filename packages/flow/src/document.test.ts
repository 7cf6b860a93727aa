import { describe, expect, it } from 'vitest';
import { compile } from './compiler';
import { FlowDocument, migrateDocument, SCHEMA_VERSION } from './document';

const v2 = {
  schemaVersion: 2,
  id: 'f_old',
  name: 'Aviso',
  settings: { reentry: 'once', transactional: true },
  nodes: [
    { id: 'n_trigger', kind: 'trigger.event', params: { eventType: 'delivery.delayed' } },
    { id: 'n_msg', kind: 'message.send', params: { channel: 'sms', template: 'Llega {{ event.data.eta }}' } },
    { id: 'n_end', kind: 'end', params: {} },
  ],
  edges: [
    { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_msg' },
    { id: 'e_2', from: 'n_msg', port: 'sent', to: 'n_end' },
  ],
};

describe('migrateDocument', () => {
  it('upgrades v2 to v3: no event schemas, no saved scenarios, and messages with gaps still sent (now flagged)', () => {
    expect(SCHEMA_VERSION).toBe(3);
    const migrated = migrateDocument(v2) as Record<string, unknown>;
    expect(migrated).toMatchObject({
      schemaVersion: 3,
      settings: { reentry: 'once', transactional: true, missingData: 'fallback' },
      events: {},
      scenarios: [],
    });
    // The input is not changed, and the result is a valid current document.
    expect(v2.schemaVersion).toBe(2);
    const doc = FlowDocument.parse(migrated);
    expect(doc.nodes).toHaveLength(3);
  });

  it('keeps a v2 flow compiling, with the gap flagged instead of sent silently', () => {
    const result = compile(v2);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['template_no_fallback']);
    if (result.ok) expect(result.plan.settings.missingData).toBe('fallback');
  });

  it('gives new documents the hold rule, and keeps v3 documents as they are', () => {
    const fresh = FlowDocument.parse({ ...v2, schemaVersion: 3, settings: {} });
    expect(fresh.settings.missingData).toBe('hold');
    const v3 = { ...v2, schemaVersion: 3, events: { 'delivery.delayed': { fields: { eta: { type: 'text' } } } } };
    expect(migrateDocument(v3)).toBe(v3);
  });
});
