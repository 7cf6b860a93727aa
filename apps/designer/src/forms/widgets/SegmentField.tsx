import {
  type Audience,
  operatorWords,
  SEGMENT_FIELDS,
  SEGMENT_OPERATORS,
  SEGMENT_OPERATORS_BY_KIND,
  type SegmentCondition,
  type SegmentOperator,
  type SegmentValue,
  segmentField,
} from '@ruta/flow';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { fieldId, useFormEnv } from '../context';
import { type Path, pathKey } from '../schema';
import { FieldShell } from './FieldShell';

interface Props {
  path: Path;
  label: string;
  hint?: string | undefined;
  required: boolean;
  value: Partial<Audience> | undefined;
  errors: string[];
  onChange(value: Audience): void;
}

const NO_VALUE = new Set<SegmentOperator>(['exists', 'not_exists']);
const LIST = new Set<SegmentOperator>(['in', 'not_in']);
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Text typed for an attribute: numbers and true/false are read as such; quotes keep a text ("123"). */
function scalar(text: string): string | number | boolean {
  const s = text.trim();
  if (NUMBER.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1);
  return s;
}

/** The value a condition takes from what was typed, by its field and operator. */
export function parseSegmentValue(text: string, c: Pick<SegmentCondition, 'field' | 'op'>): SegmentValue | undefined {
  if (NO_VALUE.has(c.op)) return undefined;
  const kind = segmentField(c.field)?.kind;
  const read = (s: string) => (kind === 'attribute' ? scalar(s) : s.trim());
  if (LIST.has(c.op))
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(read);
  if (kind === 'consent') return text === 'true' ? true : text === 'false' ? false : text;
  if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && NUMBER.test(text.trim())) return Number(text.trim());
  return read(text);
}

/** How a condition's value is shown for editing (the inverse of `parseSegmentValue`). */
export function showSegmentValue(value: SegmentValue | undefined, field: string): string {
  if (value === undefined) return '';
  const quoted = (v: string | number | boolean) =>
    typeof v === 'string' &&
    segmentField(field)?.kind === 'attribute' &&
    (NUMBER.test(v) || v === 'true' || v === 'false')
      ? `"${v}"`
      : String(v);
  return Array.isArray(value) ? value.map(quoted).join(', ') : quoted(value);
}

/** The value box of a condition: keeps what is typed (a list mid-typing) and hands up the parsed value. */
function ValueInput(props: {
  id: string;
  condition: SegmentCondition;
  label: string;
  onChange(value: SegmentValue | undefined): void;
}) {
  const t = useT();
  const { condition } = props;
  const [text, setText] = useState(() => showSegmentValue(condition.value, condition.field));
  // An outside change (undo, another field's operator) replaces the text.
  useEffect(() => {
    setText((current) =>
      JSON.stringify(parseSegmentValue(current, condition)) === JSON.stringify(condition.value)
        ? current
        : showSegmentValue(condition.value, condition.field),
    );
  }, [condition]);
  if (NO_VALUE.has(condition.op)) return null;
  if (segmentField(condition.field)?.kind === 'consent' && !LIST.has(condition.op)) {
    return (
      <select
        id={props.id}
        className="input segment-value"
        aria-label={props.label}
        value={String(condition.value ?? '')}
        onChange={(e) => props.onChange(e.target.value === 'true')}
      >
        <option value="" disabled>
          …
        </option>
        <option value="true">{t('segment.yes')}</option>
        <option value="false">{t('segment.no')}</option>
      </select>
    );
  }
  return (
    <input
      id={props.id}
      className="input segment-value"
      aria-label={props.label}
      value={text}
      placeholder={LIST.has(condition.op) ? t('segment.listHint') : ''}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(parseSegmentValue(e.target.value, condition));
      }}
    />
  );
}

/**
 * An audience segment: whether all or any conditions must hold, and rows of field · comparison · value. The
 * comparisons offered fit the field (tags contain; numbers compare; consent is yes or no), and the compiler says
 * the rest in the problems list.
 */
export function SegmentField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const audience: Audience = {
    match: props.value?.match ?? 'all',
    conditions: props.value?.conditions ?? [],
  };
  const set = (patch: Partial<Audience>) => props.onChange({ ...audience, ...patch });
  const setRow = (i: number, row: SegmentCondition) =>
    set({ conditions: audience.conditions.map((c, j) => (j === i ? row : c)) });
  const listId = `${id}-fields`;
  return (
    <FieldShell
      id={id}
      pathKey={key}
      label={props.label}
      hint={props.hint}
      errors={props.errors}
      required={props.required}
      group
    >
      <label className="inline">
        {t('segment.match')}
        <select
          id={id}
          className="input"
          value={audience.match}
          onChange={(e) => set({ match: e.target.value as Audience['match'] })}
        >
          <option value="all">{t('segment.all')}</option>
          <option value="any">{t('segment.any')}</option>
        </select>
      </label>
      <datalist id={listId}>
        {SEGMENT_FIELDS.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <ol className="array-rows segment-rows">
        {audience.conditions.map((c, i) => {
          const kind = segmentField(c.field)?.kind;
          const ops = kind ? SEGMENT_OPERATORS_BY_KIND[kind] : SEGMENT_OPERATORS;
          const rowKey = pathKey([...props.path, 'conditions', i]);
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions are positional
            <li key={i} className="array-row segment-row" data-field-path={rowKey}>
              <input
                className="input segment-field"
                list={listId}
                aria-label={`${t('segment.field')} ${n}`}
                value={c.field}
                onChange={(e) => setRow(i, { ...c, field: e.target.value })}
              />
              <select
                className="input segment-op"
                aria-label={`${t('segment.op')} ${n}`}
                value={c.op}
                onChange={(e) => {
                  const op = e.target.value as SegmentOperator;
                  const { value: _old, ...rest } = c;
                  setRow(i, NO_VALUE.has(op) ? { ...rest, op } : { ...c, op });
                }}
              >
                {(ops.includes(c.op) ? ops : [c.op, ...ops]).map((op) => (
                  <option key={op} value={op}>
                    {operatorWords(op, env.lang)}
                  </option>
                ))}
              </select>
              <ValueInput
                id={`${id}-value-${i}`}
                condition={c}
                label={`${t('segment.value')} ${n}`}
                onChange={(value) => {
                  const { value: _old, ...rest } = c;
                  setRow(i, value === undefined ? rest : { ...c, value });
                }}
              />
              <button
                type="button"
                className="icon-btn danger"
                aria-label={t('segment.remove', { n })}
                onClick={() => set({ conditions: audience.conditions.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      {audience.conditions.length === 0 ? <p className="hint">{t('segment.everyone')}</p> : null}
      <button
        type="button"
        className="btn small"
        disabled={audience.conditions.length >= 20}
        onClick={() => set({ conditions: [...audience.conditions, { field: 'tags', op: 'contains', value: '' }] })}
      >
        + {t('segment.add')}
      </button>
    </FieldShell>
  );
}
