import { parseDuration } from '@ruta/flow';
import { useT } from '../../i18n';
import { fieldId, useFormEnv } from '../context';
import { type Path, pathKey } from '../schema';
import { describedBy, FieldShell } from './FieldShell';

const UNITS = [
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 604_800_000],
] as const;
type Unit = (typeof UNITS)[number][0];

/**
 * Splits a duration into an amount and a unit for the form, keeping the unit it was written in (`24h` stays
 * 24 hours, never «1 días»); a compound or ISO duration takes the largest unit that divides it (`P2D` → 2 d).
 */
export function splitDuration(text: string | undefined): { amount: string; unit: Unit } {
  const written = /^\s*(\d+)\s*([mhdw])\s*$/.exec(text ?? '');
  if (written) return { amount: written[1]!, unit: written[2] as Unit };
  const ms = text ? parseDuration(text) : undefined;
  if (!ms) {
    const m = /^\s*(\d*)\s*([mhdw])?/.exec(text ?? '');
    return { amount: m?.[1] ?? '', unit: (m?.[2] as Unit | undefined) ?? 'h' };
  }
  for (const [u, size] of [...UNITS].reverse()) if (ms % size === 0) return { amount: String(ms / size), unit: u };
  return { amount: String(Math.round(ms / 60_000)), unit: 'm' };
}

interface Props {
  path: Path;
  label: string;
  hint?: string | undefined;
  required: boolean;
  value: string | undefined;
  errors: string[];
  onChange(value: string | undefined): void;
}

/** A duration as an amount and a unit (minutes, hours, days, weeks), written back as `24h`, `2d`. */
export function DurationField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const { amount, unit } = splitDuration(props.value);
  const write = (a: string, u: Unit) => props.onChange(a === '' ? (props.required ? '' : undefined) : `${a}${u}`);
  return (
    <FieldShell
      id={id}
      pathKey={key}
      label={props.label}
      hint={props.hint}
      errors={props.errors}
      required={props.required}
      optionalText={t('form.optional')}
    >
      <div className="row">
        <input
          id={id}
          className="input narrow"
          type="number"
          min={1}
          inputMode="numeric"
          value={amount}
          aria-invalid={props.errors.length > 0 || undefined}
          aria-describedby={describedBy(id, props.hint, props.errors)}
          onChange={(e) => write(e.target.value, unit)}
        />
        <select
          className="input"
          aria-label={`${props.label}: ${t('form.unit')}`}
          value={unit}
          onChange={(e) => write(amount || '1', e.target.value as Unit)}
        >
          {UNITS.map(([u]) => (
            <option key={u} value={u}>
              {t(`form.units.${u}`, { n: Number(amount) || 0 })}
            </option>
          ))}
        </select>
      </div>
    </FieldShell>
  );
}
