import type { ScenarioInputDoc } from '@ruta/flow';
import { useEffect, useId, useState } from 'react';
import { TimezoneSelect } from '../forms/widgets/TimezoneField';
import type { Doc } from '../graph/types';
import { useT } from '../i18n';

/** Builds a scenario by hand: the trigger's event with its data, and a customer. */
export function ScenarioForm({ doc, onChange }: { doc: Doc; onChange(s: ScenarioInputDoc | null): void }) {
  const t = useT();
  const id = useId();
  const trigger = doc.nodes.find((n) => n.kind.startsWith('trigger.'));
  const defaultType = typeof trigger?.params.eventType === 'string' ? trigger.params.eventType : 'manual.start';
  const [eventType, setEventType] = useState(defaultType || 'manual.start');
  const [data, setData] = useState('{}');
  const [name, setName] = useState('Camila Rojas');
  const [locale, setLocale] = useState<'es' | 'en'>(t.lang);
  const [timeZone, setTimeZone] = useState<string | undefined>('America/Santiago');
  const [bad, setBad] = useState(false);

  useEffect(() => {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(data || '{}') as Record<string, unknown>;
      setBad(false);
    } catch {
      setBad(true);
      onChange(null);
      return;
    }
    onChange({
      name: t('sim.custom'),
      event: { type: eventType, data: parsed },
      customer: {
        id: `c_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_') || 'tester'}`,
        name,
        locale,
        ...(timeZone ? { timeZone } : {}),
        phone: '+56900000000',
        email: 'tester@example.com',
      },
    });
  }, [eventType, data, name, locale, timeZone, onChange, t]);

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
      <div className={`field ${bad ? 'has-error' : ''}`}>
        <label htmlFor={`${id}-data`}>{t('sim.eventData')}</label>
        <textarea
          id={`${id}-data`}
          className="input mono"
          rows={3}
          value={data}
          onChange={(e) => setData(e.target.value)}
        />
        {bad ? <p className="field-error">{t('form.invalidJson')}</p> : null}
      </div>
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
