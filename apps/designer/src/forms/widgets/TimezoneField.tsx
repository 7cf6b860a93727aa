import { useState } from 'react';
import { useT } from '../../i18n';

/** Time zones of Ruta's usual customers, first in the list. */
export const COMMON_ZONES = [
  'America/Santiago',
  'America/Mexico_City',
  'America/Bogota',
  'America/Argentina/Buenos_Aires',
  'America/Lima',
  'America/Sao_Paulo',
  'America/Caracas',
  'America/Montevideo',
  'America/Guayaquil',
  'America/La_Paz',
  'America/Asuncion',
  'America/Panama',
  'America/Costa_Rica',
  'America/Guatemala',
  'America/Santo_Domingo',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Madrid',
  'UTC',
];

interface Props {
  id: string;
  value: string | undefined;
  /** Text of the empty choice (e.g. "the customer's"); without it a zone is required. */
  emptyLabel?: string;
  label: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  onChange(value: string | undefined): void;
}

/** A select of common Latin American zones, with free text for any other IANA zone. */
export function TimezoneSelect(props: Props) {
  const t = useT();
  const known = props.value === undefined || props.value === '' || COMMON_ZONES.includes(props.value);
  const [other, setOther] = useState(!known);
  return (
    <div className="row">
      <select
        id={props.id}
        className="input"
        value={other ? '__other' : (props.value ?? '')}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => {
          if (e.target.value === '__other') {
            setOther(true);
            return;
          }
          setOther(false);
          props.onChange(e.target.value || undefined);
        }}
      >
        {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
        {COMMON_ZONES.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
        <option value="__other">{t('form.other')}</option>
      </select>
      {other ? (
        <input
          className="input"
          aria-label={`${props.label} (IANA)`}
          placeholder="America/Caracas"
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value || undefined)}
        />
      ) : null}
    </div>
  );
}
