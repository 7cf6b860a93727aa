import { useEffect, useRef, useState } from 'react';
import { people } from '../api/auth';
import type { ApiError } from '../api/errors';
import { useSession } from '../api/session';
import { usePeopleText } from './texts';

type Field = 'current' | 'next' | 'confirm';

/**
 * Choosing a password: forced after signing in with a one-time password (`forced`), or by choice from the account
 * menu. The policy's problems come back from the API by code and are shown in the person's language, on the field.
 */
export function ChangePassword({ forced }: { forced: boolean }) {
  const p = usePeopleText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const refs = { current: currentRef, next: nextRef, confirm: confirmRef };

  useEffect(() => {
    currentRef.current?.focus();
  }, []);

  const fail = (field: Field, text: string) => {
    setErrors({ [field]: text });
    requestAnimationFrame(() => refs[field].current?.focus());
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (next !== confirm) return fail('confirm', p('password.mismatch'));
    setBusy(true);
    try {
      const me = await people.changePassword(current, next);
      setErrors({});
      setCurrent('');
      setNext('');
      setConfirm('');
      setSaved(true);
      useSession.getState().refresh(me);
    } catch (err) {
      const problem = (err as ApiError).problem as { passwordProblem?: string; errors?: { path: string }[] };
      if (problem.errors?.some((x) => x.path === 'currentPassword')) fail('current', p('password.wrongCurrent'));
      else if (problem.passwordProblem) fail('next', p(`password.problems.${problem.passwordProblem}`));
      else fail('next', (err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: string, autoComplete: string, value: string, set: (v: string) => void) => (
    <div className={`field ${errors[field] ? 'has-error' : ''}`}>
      <label htmlFor={`password-${field}`}>{label}</label>
      <input
        ref={refs[field]}
        id={`password-${field}`}
        className="input"
        type="password"
        autoComplete={autoComplete}
        value={value}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={
          [field === 'next' ? 'password-hint' : '', errors[field] ? `password-${field}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => set(e.target.value)}
      />
      {field === 'next' ? (
        <p className="hint" id="password-hint">
          {p('password.hint')}
        </p>
      ) : null}
      {errors[field] ? (
        <p className="field-error" id={`password-${field}-error`} role="alert">
          {errors[field]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="narrow" aria-labelledby="password-title">
      <h1 id="password-title">{forced ? p('password.title') : p('password.titleChange')}</h1>
      {forced ? <p className="muted">{p('password.intro')}</p> : null}
      <form className="auth-form" onSubmit={(e) => void submit(e)} noValidate>
        {input(
          'current',
          forced ? p('password.currentOneTime') : p('password.current'),
          'current-password',
          current,
          setCurrent,
        )}
        {input('next', p('password.next'), 'new-password', next, setNext)}
        {input('confirm', p('password.confirm'), 'new-password', confirm, setConfirm)}
        <div role="status">{saved ? <p className="notice success">{p('password.saved')}</p> : null}</div>
        <button type="submit" className="btn primary" disabled={busy || !current || !next || !confirm}>
          {p('password.submit')}
        </button>
      </form>
    </section>
  );
}
