import { checkTemplate } from '@ruta/flow';
import { useT } from '../../i18n';
import { fieldId, useFormEnv } from '../context';
import type { Path } from '../schema';
import { pathKey } from '../schema';
import { AutocompleteText } from './AutocompleteText';
import { describedBy, FieldShell } from './FieldShell';

type TemplateValue = string | { es?: string; en?: string } | undefined;

interface Props {
  path: Path;
  label: string;
  hint?: string | undefined;
  required: boolean;
  value: TemplateValue;
  errors: string[];
  onChange(value: TemplateValue): void;
}

/**
 * A message template: text with `{{ variable }}` placeholders and variable completion, in one language
 * or in Spanish and English (the template union `string | {es, en}`), checked inline against the scope.
 */
export function TemplateField(props: Props) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const bilingual = typeof props.value === 'object' && props.value !== null;
  const problems = (text: string | undefined): string[] =>
    text ? checkTemplate(text, env.scope).map((p) => p.message[env.lang]) : [];

  const toggle = () => {
    if (bilingual) {
      const v = props.value as { es?: string; en?: string };
      props.onChange(v[env.lang] ?? v.es ?? v.en ?? '');
    } else {
      const text = (props.value as string | undefined) ?? '';
      props.onChange({ es: text, en: text });
    }
  };

  const single = (value: string, sub: 'es' | 'en' | null) => {
    const subId = sub ? `${id}-${sub}` : id;
    const local = problems(value);
    const errs = local.length > 0 ? local : props.errors;
    return (
      <div className="template-variant" key={sub ?? 'one'}>
        {sub ? (
          <label className="sublabel" htmlFor={subId}>
            {sub.toUpperCase()} · {t(`lang.${sub}`)}
          </label>
        ) : null}
        <AutocompleteText
          id={subId}
          value={value}
          mode="template"
          multiline
          variables={env.variables}
          lang={env.lang}
          listLabel={t('form.variables')}
          invalid={errs.length > 0}
          describedBy={describedBy(id, props.hint, errs)}
          onChange={(text) =>
            props.onChange(sub ? { ...(props.value as object), [sub]: text } : (text as TemplateValue))
          }
        />
        {sub && local.length > 0 ? <p className="field-error">{local[0]}</p> : null}
      </div>
    );
  };

  const v = props.value;
  const localSingle = !bilingual ? problems(v as string | undefined) : [];
  const anyLocal =
    bilingual && (['es', 'en'] as const).some((l) => problems((v as Record<string, string>)[l]).length > 0);
  const shellErrors = bilingual ? (anyLocal ? [] : props.errors) : localSingle.length > 0 ? localSingle : props.errors;
  return (
    <FieldShell
      id={bilingual ? `${id}-es` : id}
      pathKey={key}
      label={props.label}
      hint={props.hint}
      errors={shellErrors}
      required={props.required}
      optionalText={t('form.optional')}
    >
      <div className="template-toolbar">
        <button type="button" className="chip" aria-pressed={bilingual} onClick={toggle}>
          {bilingual ? t('form.bilingual') : t('form.single')}
        </button>
      </div>
      {bilingual
        ? (['es', 'en'] as const).map((l) => single((v as Record<string, string | undefined>)[l] ?? '', l))
        : single((v as string | undefined) ?? '', null)}
    </FieldShell>
  );
}
