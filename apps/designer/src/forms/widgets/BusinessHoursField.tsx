import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/fields';
import { fieldId, useFormEnv } from '../context';
import { type Path, pathKey } from '../schema';
import { FieldShell } from './FieldShell';
import { TimezoneSelect } from './TimezoneField';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const COUNTRIES = ['CL', 'MX', 'AR', 'CO', 'ES'] as const;

interface Hours {
  days?: string[];
  start?: string;
  end?: string;
  timeZone?: string;
  holidays?: string;
}

interface Props {
  path: Path;
  label: string;
  required: boolean;
  value: Hours | undefined;
  errors: string[];
  onChange(value: Hours): void;
}

/** Working hours: day toggles, opening and closing time, time zone and a country's holidays. */
export function BusinessHoursField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const v: Hours = props.value ?? { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' };
  const days = v.days ?? [];
  const set = (patch: Partial<Hours>) => {
    const next: Hours = { ...v, ...patch };
    for (const k of Object.keys(next) as (keyof Hours)[]) if (next[k] === undefined) delete next[k];
    props.onChange(next);
  };
  return (
    <FieldShell id={id} pathKey={key} label={props.label} errors={props.errors} required group>
      <fieldset className="days plain" aria-label={t('form.days')}>
        {DAYS.map((d) => {
          const on = days.includes(d);
          return (
            <button
              key={d}
              type="button"
              className="day"
              aria-pressed={on}
              aria-label={`${t('form.days')}: ${d}`}
              id={d === 'mon' ? id : undefined}
              onClick={() =>
                set({ days: on ? days.filter((x) => x !== d) : DAYS.filter((x) => x === d || days.includes(x)) })
              }
            >
              {enumLabel(d, env.lang)}
            </button>
          );
        })}
      </fieldset>
      <div className="row">
        <label className="inline">
          {t('form.from')}
          <input className="input" type="time" value={v.start ?? ''} onChange={(e) => set({ start: e.target.value })} />
        </label>
        <label className="inline">
          {t('form.to')}
          <input className="input" type="time" value={v.end ?? ''} onChange={(e) => set({ end: e.target.value })} />
        </label>
      </div>
      <label className="sublabel" htmlFor={`${id}-tz`}>
        {t('form.timeZone')}
      </label>
      <TimezoneSelect
        id={`${id}-tz`}
        label={t('form.timeZone')}
        value={v.timeZone}
        emptyLabel={t('form.customerTimeZone')}
        onChange={(timeZone) => set({ timeZone })}
      />
      <label className="sublabel" htmlFor={`${id}-hol`}>
        {t('form.holidays')}
      </label>
      <select
        id={`${id}-hol`}
        className="input"
        value={v.holidays ?? ''}
        onChange={(e) => set({ holidays: e.target.value || undefined })}
      >
        <option value="">{t('form.noHolidays')}</option>
        {COUNTRIES.map((c) => (
          <option key={c} value={c}>
            {enumLabel(c, env.lang)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
