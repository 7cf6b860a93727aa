import { checkExpression } from '@ruta/flow';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { fieldId, useFormEnv } from '../context';
import { type Path, pathKey } from '../schema';
import { AutocompleteText } from './AutocompleteText';
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

/** A CEL expression with variable completion and inline syntax and type errors, checked as the user types. */
export function ExpressionField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const expect = env.expects.get(key) ?? 'any';
  const value = props.value ?? '';
  const check = useMemo(
    () => (value.trim() ? checkExpression(value, env.scope, expect) : null),
    [value, env.scope, expect],
  );
  const local = check && !check.ok ? [check.problem.message[env.lang]] : [];
  const errors = local.length > 0 ? local : props.errors;
  const range = check && !check.ok ? check.problem.range : undefined;
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
      <AutocompleteText
        id={id}
        value={value}
        mode="expression"
        variables={env.variables}
        lang={env.lang}
        listLabel={t('form.variables')}
        invalid={errors.length > 0}
        describedBy={describedBy(id, props.hint, errors)}
        placeholder={expect === 'bool' ? 'customer.tier == "gold"' : 'customer.name'}
        onChange={(v) => props.onChange(v === '' && !props.required ? undefined : v)}
      />
      {range && range.end > range.start ? (
        <pre className="expr-marker" aria-hidden="true">
          {value.slice(0, range.start).replace(/[^\n]/g, ' ')}
          <span>{'^'.repeat(Math.max(1, Math.min(range.end, value.length) - range.start))}</span>
        </pre>
      ) : null}
      {check?.ok ? <p className="expr-type">{t('form.expressionOk', { type: check.type })}</p> : null}
    </FieldShell>
  );
}
