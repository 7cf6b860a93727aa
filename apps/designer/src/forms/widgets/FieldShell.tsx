import type { ReactNode } from 'react';

interface Props {
  id: string;
  pathKey: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly string[];
  required?: boolean;
  optionalText?: string;
  /** Render the label as a legend of a fieldset (groups of inputs). */
  group?: boolean;
  children: ReactNode;
}

/** A labelled field with its hint and its problems; `data-field-path` lets a problem focus it. */
export function FieldShell(props: Props) {
  const { id, label, hint, errors = [], group } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = errors.length > 0 ? `${id}-err` : undefined;
  const title = (
    <>
      {label}
      {!props.required && props.optionalText ? <span className="optional"> ({props.optionalText})</span> : null}
    </>
  );
  const body = (
    <>
      {props.children}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors.map((e, i) => (
        <p className="field-error" id={i === 0 ? errId : undefined} key={e}>
          {e}
        </p>
      ))}
    </>
  );
  if (group) {
    return (
      <fieldset className={`field group ${errors.length ? 'has-error' : ''}`} data-field-path={props.pathKey}>
        <legend>{title}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={`field ${errors.length ? 'has-error' : ''}`} data-field-path={props.pathKey}>
      <label htmlFor={id}>{title}</label>
      {body}
    </div>
  );
}

/** The aria-describedby of a field's input. */
export function describedBy(id: string, hint?: string, errors?: readonly string[]): string | undefined {
  const ids = [errors && errors.length > 0 ? `${id}-err` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
