import {
  type EventField,
  EventFieldName,
  type EventFieldType,
  type EventSchema,
  inferEventSchema,
  type Json,
} from '@ruta/flow';
import { useState } from 'react';
import { backend, useSession } from '../api/session';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';

const TYPES: EventFieldType[] = ['text', 'number', 'boolean', 'date', 'list', 'object'];

/** A learned schema merged into a declared one: learned facts win, descriptions written by hand stay. */
export function mergeSchemas(declared: EventSchema | undefined, learned: EventSchema): EventSchema {
  const fields: Record<string, EventField> = { ...(declared?.fields ?? {}) };
  for (const [name, f] of Object.entries(learned.fields)) {
    const old = fields[name];
    fields[name] = { ...f, ...(old?.description ? { description: old.description } : {}) };
  }
  return { fields, ...(learned.samples !== undefined ? { samples: learned.samples } : {}) };
}

/**
 * The fields an event type carries, as the trigger (or a wait for an event) declares them: written by hand,
 * learned from the events the server received, or read from a pasted sample. Messages and conditions then
 * offer `event.data.<field>`, the compiler flags fields not declared, and the simulator asks for each one.
 */
export function EventFields({ eventType }: { eventType: string }) {
  const t = useT();
  const schema = useEditor((s) => s.doc.events[eventType]);
  const server = useSession((s) => s.backend.kind === 'http');
  const [sample, setSample] = useState('');
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = Object.entries(schema?.fields ?? {});
  const valid = /^[a-zA-Z][a-zA-Z0-9_.:-]{0,99}$/.test(eventType);

  const save = (next: EventSchema | null) => {
    const s = useEditor.getState();
    const events = { ...s.doc.events };
    if (next && Object.keys(next.fields).length > 0) events[eventType] = next;
    else delete events[eventType];
    s.change({ ...s.doc, events }, `events:${eventType}`);
  };
  const setField = (name: string, patch: Partial<EventField> | null) => {
    const next = { ...(schema?.fields ?? {}) };
    if (patch === null) delete next[name];
    else next[name] = { ...(next[name] ?? { type: 'text', required: false }), ...patch } as EventField;
    save({ ...(schema ?? {}), fields: next });
  };
  const rename = (from: string, to: string) => {
    if (from === to || !EventFieldName.safeParse(to).success || schema?.fields[to]) return;
    const next = Object.fromEntries(Object.entries(schema?.fields ?? {}).map(([k, v]) => [k === from ? to : k, v]));
    save({ ...(schema ?? {}), fields: next });
  };
  const addField = () => {
    let n = fields.length + 1;
    while (schema?.fields[`dato_${n}`]) n++;
    setField(t.lang === 'es' ? `dato_${n}` : `field_${n}`, { type: 'text', required: false });
  };

  const learn = async () => {
    setBusy(true);
    try {
      const learned = await backend().eventSchema(eventType);
      if (learned.samples === 0) {
        useUi.getState().toast(t('events.noneReceived', { type: eventType }), 'info');
        return;
      }
      save(mergeSchemas(schema, { fields: learned.fields, samples: learned.samples }));
      useUi
        .getState()
        .toast(t('events.learned', { fields: Object.keys(learned.fields).length, n: learned.samples }), 'success');
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };

  const readSample = () => {
    try {
      const parsed = JSON.parse(sample) as Record<string, Json>;
      const data = (parsed && typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : parsed) as Record<
        string,
        Json
      >;
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not an object');
      const learned = inferEventSchema([data]);
      // One sample says what a field looks like, not that every event has it.
      for (const f of Object.values(learned.fields)) f.required = false;
      save(mergeSchemas(schema, { fields: learned.fields }));
      setSample('');
      setSampleError(null);
    } catch {
      setSampleError(t('events.badSample'));
    }
  };

  if (!valid) return null;
  return (
    <fieldset className="field group event-fields" data-field-path="events">
      <legend>{t('events.title', { type: eventType })}</legend>
      <p className="hint">{t('events.hint')}</p>
      {fields.length === 0 ? <p className="hint">{t('events.empty')}</p> : null}
      {fields.length > 0 ? (
        <table className="fields-table">
          <thead>
            <tr>
              <th scope="col">{t('events.name')}</th>
              <th scope="col">{t('events.type')}</th>
              <th scope="col">{t('events.required')}</th>
              <th scope="col">
                <span className="sr-only">{t('form.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([name, f]) => (
              <FieldRow
                key={name}
                name={name}
                field={f}
                onRename={(to) => rename(name, to)}
                onChange={(patch) => setField(name, patch)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="row wrap">
        <button type="button" className="btn small" onClick={addField}>
          + {t('events.add')}
        </button>
        {server ? (
          <button
            type="button"
            className="btn small"
            disabled={busy}
            onClick={() => void learn()}
            data-testid="learn-fields"
          >
            {t('events.learn')}
          </button>
        ) : null}
      </div>
      <details className="sample">
        <summary>{t('events.paste')}</summary>
        <label className="sublabel" htmlFor={`sample-${eventType}`}>
          {t('events.sampleLabel')}
        </label>
        <textarea
          id={`sample-${eventType}`}
          className="input mono"
          rows={3}
          value={sample}
          placeholder='{"eta": "mañana 14:00", "orderId": "A-1001"}'
          aria-invalid={sampleError ? true : undefined}
          onChange={(e) => setSample(e.target.value)}
        />
        {sampleError ? <p className="field-error">{sampleError}</p> : null}
        <button type="button" className="btn small" disabled={!sample.trim()} onClick={readSample}>
          {t('events.readSample')}
        </button>
      </details>
    </fieldset>
  );
}

function FieldRow(props: {
  name: string;
  field: EventField;
  onRename(to: string): void;
  onChange(patch: Partial<EventField> | null): void;
}) {
  const t = useT();
  const { name, field } = props;
  const [draft, setDraft] = useState(name);
  const bad = draft !== name && !EventFieldName.safeParse(draft).success;
  return (
    <tr>
      <td>
        <input
          className="input mono"
          aria-label={t('events.name')}
          value={draft}
          aria-invalid={bad || undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => (EventFieldName.safeParse(draft).success ? props.onRename(draft) : setDraft(name))}
        />
        {field.values?.length ? (
          <div className="hint field-values">{t('events.values', { v: field.values.join(', ') })}</div>
        ) : null}
      </td>
      <td>
        <select
          className="input"
          aria-label={`${t('events.type')}: ${name}`}
          value={field.type}
          onChange={(e) => props.onChange({ type: e.target.value as EventFieldType })}
        >
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`events.types.${x}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${t('events.required')}: ${name}`}
          checked={field.required}
          onChange={(e) => props.onChange({ required: e.target.checked })}
        />
      </td>
      <td>
        <button
          type="button"
          className="icon-btn danger"
          aria-label={`${t('form.remove')} ${name}`}
          onClick={() => props.onChange(null)}
        >
          ×
        </button>
      </td>
    </tr>
  );
}
