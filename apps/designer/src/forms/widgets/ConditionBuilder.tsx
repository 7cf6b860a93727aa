import { useEffect, useRef, useState } from 'react';
import {
  type Condition,
  type FieldKind,
  fromCel,
  type Literal,
  type Operator,
  operatorsFor,
  type Rule,
  takesValue,
  toCel,
} from '../../conditions/cel';
import type { ConditionField } from '../../conditions/fields';
import { pickText, useT } from '../../i18n';

const GROUPS = ['reply', 'sentiment', 'customer', 'event', 'vars', 'nodes'] as const;

interface Props {
  id: string;
  value: string;
  fields: readonly ConditionField[];
  onChange(cel: string): void;
}

function defaultRule(field: ConditionField): Rule {
  const op = field.values?.length ? 'eq' : (operatorsFor(field.kind)[0] as Operator);
  const value: Literal | undefined =
    field.values?.[0]?.value ?? (field.kind === 'number' ? 0 : takesValue(op) ? '' : undefined);
  return { field: field.path, op, ...(value !== undefined && takesValue(op) ? { value } : {}) };
}

/**
 * Conditions by pointing and clicking: a field, an operator and a value (picked from the field's known values
 * when it has them), joined by "all" or "any". It writes the same CEL a developer would, so the code view
 * shows exactly what runs.
 */
export function ConditionBuilder({ id, value, fields, onChange }: Props) {
  const t = useT();
  const [cond, setCond] = useState<Condition>(() => fromCel(value) ?? { join: 'all', rules: [] });
  const written = useRef(value);
  // The text changed elsewhere (undo, the code view): read it again.
  useEffect(() => {
    if (value === written.current) return;
    written.current = value;
    const parsed = fromCel(value);
    if (parsed) setCond(parsed);
  }, [value]);

  const byPath = new Map(fields.map((f) => [f.path, f]));
  const kindOf = (path: string): FieldKind | undefined => byPath.get(path)?.kind;
  const commit = (next: Condition) => {
    setCond(next);
    const cel = toCel(next, kindOf);
    written.current = cel;
    onChange(cel);
  };
  const update = (i: number, rule: Rule) => commit({ ...cond, rules: cond.rules.map((r, j) => (j === i ? rule : r)) });
  const label = (f: ConditionField) => pickText(f.label, t.lang);

  return (
    <div className="cond-builder" id={id}>
      {cond.rules.length > 1 ? (
        <label className="inline">
          <span className="sr-only">{t('cond.join')}</span>
          <select
            className="input"
            value={cond.join}
            aria-label={t('cond.join')}
            onChange={(e) => commit({ ...cond, join: e.target.value as Condition['join'] })}
          >
            <option value="all">{t('cond.all')}</option>
            <option value="any">{t('cond.any')}</option>
          </select>
        </label>
      ) : null}
      <ol className="cond-rules">
        {cond.rules.map((rule, i) => {
          const field = byPath.get(rule.field);
          const kind = field?.kind ?? 'text';
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional
            <li key={i} className="cond-rule">
              <select
                className="input"
                aria-label={t('cond.field', { n })}
                value={rule.field}
                onChange={(e) => {
                  const f = byPath.get(e.target.value);
                  if (f) update(i, defaultRule(f));
                }}
              >
                {field ? null : <option value={rule.field}>{rule.field}</option>}
                {GROUPS.map((g) => {
                  const list = fields.filter((f) => f.path.startsWith(`${g}.`));
                  if (list.length === 0) return null;
                  return (
                    <optgroup key={g} label={t(`cond.groups.${g}`)}>
                      {list.map((f) => (
                        <option key={f.path} value={f.path}>
                          {label(f)}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
              <select
                className="input"
                aria-label={t('cond.operator', { n })}
                value={rule.op}
                onChange={(e) => {
                  const op = e.target.value as Operator;
                  const keep = takesValue(op)
                    ? (rule.value ?? field?.values?.[0]?.value ?? (kind === 'number' ? 0 : ''))
                    : undefined;
                  update(i, { field: rule.field, op, ...(keep !== undefined ? { value: keep } : {}) });
                }}
              >
                {operatorsFor(kind).map((op) => (
                  <option key={op} value={op}>
                    {t(`cond.ops.${kind === 'list' && (op === 'empty' || op === 'notEmpty') ? `list_${op}` : op}`)}
                  </option>
                ))}
              </select>
              {takesValue(rule.op) ? (
                field?.values?.length && rule.op !== 'contains' && rule.op !== 'startsWith' ? (
                  <select
                    className="input"
                    aria-label={t('cond.value', { n })}
                    value={String(rule.value ?? '')}
                    onChange={(e) => {
                      const v = field.values?.find((x) => String(x.value) === e.target.value);
                      if (v) update(i, { ...rule, value: v.value });
                    }}
                  >
                    {field.values.some((v) => String(v.value) === String(rule.value ?? '')) ? null : (
                      <option value={String(rule.value ?? '')}>{String(rule.value ?? '')}</option>
                    )}
                    {field.values.map((v) => (
                      <option key={String(v.value)} value={String(v.value)}>
                        {pickText(v.label, t.lang)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    className="input"
                    aria-label={t('cond.value', { n })}
                    type={kind === 'number' ? 'number' : 'text'}
                    step="any"
                    value={String(rule.value ?? '')}
                    onChange={(e) =>
                      update(i, {
                        ...rule,
                        value:
                          kind === 'number' ? (e.target.value === '' ? 0 : Number(e.target.value)) : e.target.value,
                      })
                    }
                  />
                )
              ) : null}
              <button
                type="button"
                className="icon-btn danger"
                aria-label={t('cond.remove', { n })}
                onClick={() => commit({ ...cond, rules: cond.rules.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn small"
        disabled={fields.length === 0}
        onClick={() => {
          const first = fields[0];
          if (first) commit({ ...cond, rules: [...cond.rules, defaultRule(first)] });
        }}
      >
        + {t('cond.add')}
      </button>
    </div>
  );
}
