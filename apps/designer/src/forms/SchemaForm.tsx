/**
 * One generic form renderer for JSON Schema: every node kind's inspector (and every custom activity's
 * input) is generated from its schema, with widgets chosen by type and `format`. No form is written
 * by hand per node kind.
 */
import { useMemo, useState } from 'react';
import { useT } from '../i18n';
import { enumLabel, fieldHint, fieldLabel } from '../i18n/fields';
import { type FormEnv, FormEnvContext, fieldId, useFormEnv } from './context';
import { emptyValue, enumValues, getAt, type JsonSchema, type Path, pathKey, widgetFor } from './schema';
import { BusinessHoursField } from './widgets/BusinessHoursField';
import { DurationField } from './widgets/DurationField';
import { ExpressionField } from './widgets/ExpressionField';
import { describedBy, FieldShell } from './widgets/FieldShell';
import { SegmentField } from './widgets/SegmentField';
import { TemplateField } from './widgets/TemplateField';
import { TimezoneSelect } from './widgets/TimezoneField';

interface FormProps {
  schema: JsonSchema;
  value: Record<string, unknown>;
  env: FormEnv;
  onChange(value: Record<string, unknown>): void;
}

/** A form for an object schema. `env.errors` are keyed by path relative to `value`. */
export function SchemaForm({ schema, value, env, onChange }: FormProps) {
  return (
    <FormEnvContext.Provider value={env}>
      <div className="schema-form">
        <ObjectFields
          schema={schema}
          path={[]}
          value={value}
          onChange={(v) => onChange(v as Record<string, unknown>)}
        />
      </div>
    </FormEnvContext.Provider>
  );
}

interface FieldProps {
  schema: JsonSchema;
  path: Path;
  name: string;
  required: boolean;
  value: unknown;
  onChange(value: unknown): void;
}

function ObjectFields(props: { schema: JsonSchema; path: Path; value: unknown; onChange(v: unknown): void }) {
  const obj = (props.value && typeof props.value === 'object' ? props.value : {}) as Record<string, unknown>;
  const required = new Set(props.schema.required ?? []);
  return (
    <>
      {Object.entries(props.schema.properties ?? {}).map(([name, sub]) => (
        <Field
          key={name}
          schema={sub}
          name={name}
          path={[...props.path, name]}
          required={required.has(name)}
          value={obj[name]}
          onChange={(v) => {
            const next = { ...obj };
            if (v === undefined) delete next[name];
            else next[name] = v;
            props.onChange(next);
          }}
        />
      ))}
    </>
  );
}

/** Errors at a path; `deep` also takes those of fields below it (for widgets that own their sub-fields). */
function errorsAt(env: FormEnv, path: Path, deep: boolean): string[] {
  const key = pathKey(path);
  const out: string[] = [];
  for (const [k, msgs] of env.errors) if (k === key || (deep && k.startsWith(`${key}.`))) out.push(...msgs);
  return [...new Set(out)];
}

/** One field: picks the widget for its schema. */
export function Field(props: FieldProps) {
  const env = useFormEnv();
  const t = useT();
  const { schema, path, name, required, value, onChange } = props;
  const key = pathKey(path);
  const id = fieldId(env.idPrefix, key);
  const label = fieldLabel(name, env.lang, schema.title);
  const hint = fieldHint(env.kind, name, env.lang) ?? (env.lang === 'en' ? schema.description : undefined);
  let widget = widgetFor(schema);
  if (env.templated && (widget === 'text' || widget === 'number' || widget === 'json')) widget = 'template';

  switch (widget) {
    case 'template':
      return (
        <TemplateField
          path={path}
          label={label}
          hint={hint}
          required={required}
          value={env.templated && typeof value !== 'string' && value !== undefined ? String(value) : (value as never)}
          errors={errorsAt(env, path, true)}
          onChange={(v) => onChange(env.templated ? coerce(schema, v) : v === '' && !required ? undefined : v)}
        />
      );
    case 'expression':
      return (
        <ExpressionField
          path={path}
          label={label}
          hint={hint}
          required={required}
          value={value as string | undefined}
          errors={errorsAt(env, path, true)}
          onChange={onChange}
        />
      );
    case 'duration':
      return (
        <DurationField
          path={path}
          label={label}
          hint={hint}
          required={required}
          value={value as string | undefined}
          errors={errorsAt(env, path, true)}
          onChange={onChange}
        />
      );
    case 'businessHours':
      return (
        <BusinessHoursField
          path={path}
          label={label}
          required={required}
          value={value as never}
          errors={errorsAt(env, path, true)}
          onChange={onChange}
        />
      );
    case 'segment':
      return (
        <SegmentField
          path={path}
          label={label}
          hint={hint}
          required={required}
          value={value as never}
          errors={errorsAt(env, path, true)}
          onChange={onChange}
        />
      );
    case 'timezone': {
      const errors = errorsAt(env, path, true);
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errors}
          required={required}
          optionalText={t('form.optional')}
        >
          <TimezoneSelect
            id={id}
            label={label}
            value={value as string | undefined}
            {...(required ? {} : { emptyLabel: t('form.none') })}
            describedBy={describedBy(id, hint, errors)}
            invalid={errors.length > 0}
            onChange={onChange}
          />
        </FieldShell>
      );
    }
    case 'enum': {
      const values = enumValues(schema) ?? [];
      const errors = errorsAt(env, path, true);
      const current = value === undefined ? (schema.default ?? '') : value;
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errors}
          required={required}
          optionalText={t('form.optional')}
        >
          <select
            id={id}
            className="input"
            value={String(current)}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={describedBy(id, hint, errors)}
            onChange={(e) => {
              if (e.target.value === '') return onChange(undefined);
              onChange(values.find((v) => String(v) === e.target.value));
            }}
          >
            {!required && schema.default === undefined ? <option value="">{t('form.none')}</option> : null}
            {values.map((v) => (
              <option key={String(v)} value={String(v)}>
                {enumLabel(v, env.lang, fieldName(path))}
              </option>
            ))}
          </select>
        </FieldShell>
      );
    }
    case 'multiEnum': {
      const values = enumValues(schema.items ?? {}) ?? [];
      const list = Array.isArray(value) ? value : [];
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errorsAt(env, path, true)}
          required={required}
          group
        >
          <div className="days">
            {values.map((v, i) => (
              <button
                key={String(v)}
                id={i === 0 ? id : undefined}
                type="button"
                className="day"
                aria-pressed={list.includes(v)}
                onClick={() =>
                  onChange(
                    list.includes(v) ? list.filter((x) => x !== v) : values.filter((x) => x === v || list.includes(x)),
                  )
                }
              >
                {enumLabel(v, env.lang)}
              </button>
            ))}
          </div>
        </FieldShell>
      );
    }
    case 'boolean': {
      const errors = errorsAt(env, path, true);
      return (
        <div className={`field check ${errors.length ? 'has-error' : ''}`} data-field-path={key}>
          <label htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={Boolean(value ?? schema.default)}
              onChange={(e) => onChange(e.target.checked)}
            />
            <span>{label}</span>
          </label>
          {errors.map((e) => (
            <p className="field-error" key={e}>
              {e}
            </p>
          ))}
        </div>
      );
    }
    case 'number': {
      const errors = errorsAt(env, path, true);
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errors}
          required={required}
          optionalText={t('form.optional')}
        >
          <input
            id={id}
            className="input narrow"
            type="number"
            min={schema.minimum}
            max={schema.maximum}
            step={schema.type === 'integer' ? 1 : 'any'}
            value={typeof value === 'number' ? value : ''}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={describedBy(id, hint, errors)}
            onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
          />
        </FieldShell>
      );
    }
    case 'text': {
      const errors = errorsAt(env, path, true);
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errors}
          required={required}
          optionalText={t('form.optional')}
        >
          <input
            id={id}
            className="input"
            type="text"
            value={typeof value === 'string' ? value : ''}
            placeholder={schema.default !== undefined ? String(schema.default) : undefined}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={describedBy(id, hint, errors)}
            onChange={(e) => onChange(e.target.value === '' && !required ? undefined : e.target.value)}
          />
        </FieldShell>
      );
    }
    case 'array':
      return <ArrayField {...props} label={label} hint={hint} />;
    case 'object':
      return (
        <FieldShell
          id={id}
          pathKey={key}
          label={label}
          hint={hint}
          errors={errorsAt(env, path, false)}
          required={required}
          group
        >
          <ObjectFields schema={schema} path={path} value={value} onChange={onChange} />
        </FieldShell>
      );
    default:
      return <JsonField {...props} label={label} hint={hint} />;
  }
}

/** In a custom activity's input: a number field takes a number, or a `{{ placeholder }}` kept as text. */
function coerce(schema: JsonSchema, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if ((type === 'number' || type === 'integer') && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  return v === '' ? undefined : v;
}

/** Rows of items (branches, split variants, wait options): add, remove, reorder. */
function ArrayField(props: FieldProps & { label: string; hint?: string | undefined }) {
  const env = useFormEnv();
  const t = useT();
  const { schema, path, value, onChange } = props;
  const list = Array.isArray(value) ? value : [];
  const key = pathKey(path);
  const id = fieldId(env.idPrefix, key);
  const items = schema.items ?? {};
  const isObject = widgetFor(items) === 'object';
  const add = () => onChange([...list, newItem(items, list, props.name)]);
  const move = (i: number, d: number) => {
    const next = [...list];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    onChange(next);
  };
  return (
    <FieldShell
      id={id}
      pathKey={key}
      label={props.label}
      hint={props.hint}
      errors={errorsAt(env, path, false)}
      required={props.required}
      group
    >
      <ol className="array-rows">
        {list.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; ports are edited in place
          <li className="array-row" key={i} data-field-path={pathKey([...path, i])}>
            <div className="array-row-body">
              {isObject ? (
                <ObjectFields
                  schema={items}
                  path={[...path, i]}
                  value={item}
                  onChange={(v) => onChange(list.map((x, j) => (j === i ? v : x)))}
                />
              ) : (
                <Field
                  schema={items}
                  name={`${props.name} ${i + 1}`}
                  path={[...path, i]}
                  required
                  value={item}
                  onChange={(v) => onChange(list.map((x, j) => (j === i ? v : x)))}
                />
              )}
            </div>
            <div className="array-row-actions">
              <button
                type="button"
                className="icon-btn"
                aria-label={`${t('form.moveUp')} ${i + 1}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-btn"
                aria-label={`${t('form.moveDown')} ${i + 1}`}
                disabled={i === list.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-btn danger"
                aria-label={`${t('form.remove')} ${i + 1}`}
                disabled={list.length <= (schema.minItems ?? 0)}
                onClick={() => onChange(list.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn small"
        id={list.length === 0 ? id : undefined}
        onClick={add}
        disabled={schema.maxItems !== undefined && list.length >= schema.maxItems}
      >
        + {t('form.add')}
      </button>
    </FieldShell>
  );
}

/** A new row: fresh port names (`branch_2`, `c`) so two rows never share a port. */
function newItem(items: JsonSchema, list: unknown[], field: string): unknown {
  const item = emptyValue(items);
  if (item && typeof item === 'object' && items.properties?.port) {
    const taken = new Set(list.map((x) => getAt(x, ['port'])));
    let port = '';
    if (field === 'variants') {
      for (let c = 97; c < 123 && !port; c++) if (!taken.has(String.fromCharCode(c))) port = String.fromCharCode(c);
    } else {
      const base = field === 'branches' ? 'branch' : 'option';
      for (let n = list.length + 1; !port; n++) if (!taken.has(`${base}_${n}`)) port = `${base}_${n}`;
    }
    (item as Record<string, unknown>).port = port;
    if (field === 'wait.first' || (items.properties.eventType && !(item as Record<string, unknown>).eventType)) {
      (item as Record<string, unknown>).eventType = 'reply';
    }
    if (items.properties.percent) (item as Record<string, unknown>).percent = 0;
  }
  return item;
}

/** Any other shape: JSON text, parsed on every valid edit. */
function JsonField(props: FieldProps & { label: string; hint?: string | undefined }) {
  const env = useFormEnv();
  const t = useT();
  const key = pathKey(props.path);
  const id = fieldId(env.idPrefix, key);
  const initial = useMemo(() => (props.value === undefined ? '' : JSON.stringify(props.value, null, 2)), [props.value]);
  const [text, setText] = useState(initial);
  const [bad, setBad] = useState(false);
  const errors = [...(bad ? [t('form.invalidJson')] : []), ...errorsAt(env, props.path, true)];
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
      <textarea
        id={id}
        className="input mono"
        rows={4}
        value={text}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setBad(false);
            props.onChange(undefined);
            return;
          }
          try {
            props.onChange(JSON.parse(e.target.value));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
    </FieldShell>
  );
}

/** The name of the field at `path` (its last key), for words that depend on the field. */
function fieldName(path: readonly (string | number)[]): string | undefined {
  const last = path.at(-1);
  return typeof last === 'string' ? last : undefined;
}
