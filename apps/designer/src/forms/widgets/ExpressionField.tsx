import { checkExpression } from '@ruta/flow';
import { useMemo, useState } from 'react';
import { fromCel } from '../../conditions/cel';
import { useT } from '../../i18n';
import { fieldId, useFormEnv } from '../context';
import { type Path, pathKey } from '../schema';
import { typeWord } from '../type-words';
import { AutocompleteText } from './AutocompleteText';
import { ConditionBuilder } from './ConditionBuilder';
import { describedBy, FieldShell } from './FieldShell';

interface Props {
  path: Path;
  label: string;
  hint?: string | undefined;
  required: boolean;
  value: string | undefined;
  errors: string[];
  onChange(value: string | undefined): void;
}

/**
 * A CEL expression with variable completion and inline syntax and type errors, checked as the user types.
 * A condition (an expression that must be yes or no) opens in the point-and-click builder when it can show it;
 * the code stays one click away as the advanced view.
 */
export function ExpressionField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  // An empty filter or condition is not listed by its kind yet, but it is still a yes/no question.
  const last = String(props.path.at(-1) ?? '');
  const expect = env.expects.get(key) ?? (last === 'filter' || last === 'condition' ? 'bool' : 'any');
  const value = props.value ?? '';
  const check = useMemo(
    () => (value.trim() ? checkExpression(value, env.scope, expect) : null),
    [value, env.scope, expect],
  );
  const local = check && !check.ok ? [check.problem.message[env.lang]] : [];
  const errors = local.length > 0 ? local : props.errors;
  const range = check && !check.ok ? check.problem.range : undefined;
  const canBuild = expect === 'bool' && env.conditionFields !== undefined;
  const [view, setView] = useState<'builder' | 'code'>(() => (canBuild && fromCel(value) ? 'builder' : 'code'));
  const building = canBuild && view === 'builder';
  return (
    <FieldShell
      id={id}
      pathKey={key}
      label={props.label}
      hint={props.hint}
      errors={errors}
      required={props.required}
      optionalText={t('form.optional')}
    >
      {canBuild ? (
        <fieldset className="template-toolbar plain" aria-label={t('cond.view')}>
          <button
            type="button"
            className="chip"
            aria-pressed={building}
            onClick={() => setView('builder')}
            disabled={!fromCel(value)}
          >
            {t('cond.builder')}
          </button>
          <button type="button" className="chip" aria-pressed={!building} onClick={() => setView('code')}>
            {t('cond.code')}
          </button>
        </fieldset>
      ) : null}
      {building ? (
        <ConditionBuilder
          id={id}
          value={value}
          fields={env.conditionFields ?? []}
          onChange={(v) => props.onChange(v === '' && !props.required ? undefined : v)}
        />
      ) : (
        <AutocompleteText
          id={id}
          value={value}
          mode="expression"
          variables={env.variables}
          lang={env.lang}
          listLabel={t('form.variables')}
          invalid={errors.length > 0}
          describedBy={describedBy(id, props.hint, errors)}
          placeholder={expect === 'bool' ? 'sentiment.label == "negative"' : 'customer.name'}
          onChange={(v) => props.onChange(v === '' && !props.required ? undefined : v)}
        />
      )}
      {!building && range && range.end > range.start ? (
        <pre className="expr-marker" aria-hidden="true">
          {value.slice(0, range.start).replace(/[^\n]/g, ' ')}
          <span>{'^'.repeat(Math.max(1, Math.min(range.end, value.length) - range.start))}</span>
        </pre>
      ) : null}
      {building && value ? (
        <p className="expr-type">
          {t('cond.writes')} <code>{value}</code>
        </p>
      ) : check?.ok ? (
        <p className="expr-type">{t('form.expressionOk', { type: t(`types.${typeWord(check.type)}`) })}</p>
      ) : null}
    </FieldShell>
  );
}
