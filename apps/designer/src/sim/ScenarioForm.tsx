import type { EventSchema, Json, ScenarioInputDoc } from '@ruta/flow';
import { useEffect, useId, useMemo, useState } from 'react';
import { TimezoneSelect } from '../forms/widgets/TimezoneField';
import type { Doc } from '../graph/types';
import { useT } from '../i18n';

/** A field's starting value in the form: its example when it has one, else an empty value of its type. */
function startValue(field: EventSchema['fields'][string]): Json {
  if (field.example !== undefined) return field.example as Json;
  if (field.values?.length) return field.values[0] as Json;
  return field.type === 'number' ? 0 : field.type === 'boolean' ? false : '';
}

/**
 * Builds a scenario by hand: the trigger's event, with one input per field the event declares (and the raw
 * JSON as the advanced view), and a customer. Fields left empty are left out, as a real event would.
 */
export function ScenarioForm({ doc, onChange }: { doc: Doc; onChange(s: ScenarioInputDoc | null): void }) {
  const t = useT();
  const id = useId();
  const trigger = doc.nodes.find((n) => n.kind.startsWith('trigger.'));
  const defaultType = typeof trigger?.params.eventType === 'string' ? trigger.params.eventType : 'manual.start';
  const [eventType, setEventType] = useState(defaultType || 'manual.start');
  const schema = doc.events[eventType];
  const fields = useMemo(() => Object.entries(schema?.fields ?? {}), [schema]);
  const [values, setValues] = useState<Record<string, Json>>(() =>
    Object.fromEntries(fields.map(([k, f]) => [k, startValue(f)])),
  );
  const [advanced, setAdvanced] = useState(fields.length === 0);
  const [raw, setRaw] = useState('{}');
  const [name, setName] = useState('Camila Rojas');
  const [locale, setLocale] = useState<'es' | 'en'>(t.lang);
  const [timeZone, setTimeZone] = useState<string | undefined>('America/Santiago');
  const [bad, setBad] = useState(false);

  useEffect(() => {
    let data: Record<string, unknown>;
    if (advanced) {
      try {
        data = JSON.parse(raw || '{}') as Record<string, unknown>;
        setBad(false);
      } catch {
        setBad(true);
        onChange(null);
        return;
      }
    } else {
      // An empty text is a field the event does not carry: that is how missing data is tried out.
      data = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '' && v !== null));
    }
    onChange({
      name: t('sim.custom'),
      event: { type: eventType, data },
      customer: {
        id: `c_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_') || 'tester'}`,
        name,
        locale,
        ...(timeZone ? { timeZone } : {}),
        phone: '+56900000000',
        email: 'tester@example.com',
      },
    });
  }, [eventType, values, advanced, raw, name, locale, timeZone, onChange, t]);

  const switchView = () => {
    if (!advanced)
      setRaw(JSON.stringify(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')), null, 2));
    else {
      try {
        const parsed = JSON.parse(raw || '{}') as Record<string, Json>;
        setValues((v) => ({ ...v, ...parsed }));
      } catch {
        // keep the form values
      }
    }
    setAdvanced(!advanced);
  };

  return (
    <div className="scenario-form">
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('sim.eventType')}</label>
        <input
          id={`${id}-type`}
          className="input mono"
          value={eventType}
          onChange={(e) => setEventType(e.target.value)}
        />
      </div>
      <fieldset className="field group">
        <legend>{t('sim.eventData')}</legend>
        {fields.length > 0 ? (
          <div className="template-toolbar">
            <button type="button" className="chip" aria-pressed={advanced} onClick={switchView}>
              {t('form.json')}
            </button>
          </div>
        ) : (
          <p className="hint">{t('sim.noFields')}</p>
        )}
        {advanced ? (
          <>
            <label className="sr-only" htmlFor={`${id}-data`}>
              {t('sim.eventData')} (JSON)
            </label>
            <textarea
              id={`${id}-data`}
              className="input mono"
              rows={3}
              value={raw}
              aria-invalid={bad || undefined}
              onChange={(e) => setRaw(e.target.value)}
            />
            {bad ? <p className="field-error">{t('form.invalidJson')}</p> : null}
          </>
        ) : (
          fields.map(([key, f]) => {
            const fid = `${id}-f-${key}`;
            const v = values[key];
            const set = (x: Json) => setValues((cur) => ({ ...cur, [key]: x }));
            return (
              <div className="field inline-field" key={key}>
                <label htmlFor={fid}>
                  {f.description || key}
                  {f.required ? null : <span className="optional"> ({t('form.optional')})</span>}
                </label>
                {f.type === 'boolean' ? (
                  <input id={fid} type="checkbox" checked={v === true} onChange={(e) => set(e.target.checked)} />
                ) : f.values?.length ? (
                  <select
                    id={fid}
                    className="input"
                    value={String(v ?? '')}
                    onChange={(e) => set(f.values?.find((x) => String(x) === e.target.value) ?? e.target.value)}
                  >
                    <option value="">{t('sim.leaveOut')}</option>
                    {f.values.map((x) => (
                      <option key={String(x)} value={String(x)}>
                        {String(x)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={fid}
                    className="input"
                    type={f.type === 'number' ? 'number' : 'text'}
                    value={
                      typeof v === 'string' || typeof v === 'number'
                        ? v
                        : v === undefined || v === null
                          ? ''
                          : JSON.stringify(v)
                    }
                    onChange={(e) =>
                      set(f.type === 'number' && e.target.value !== '' ? Number(e.target.value) : e.target.value)
                    }
                  />
                )}
              </div>
            );
          })
        )}
      </fieldset>
      <div className="row">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('sim.customerName')}</label>
          <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-locale`}>{t('sim.locale')}</label>
          <select
            id={`${id}-locale`}
            className="input"
            value={locale}
            onChange={(e) => setLocale(e.target.value as 'es' | 'en')}
          >
            <option value="es">Español</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tz`}>{t('sim.timeZone')}</label>
        <TimezoneSelect id={`${id}-tz`} label={t('sim.timeZone')} value={timeZone} onChange={setTimeZone} />
      </div>
    </div>
  );
}
