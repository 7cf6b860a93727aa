import { useEffect, useRef, useState } from 'react';
import { type Providers, people } from '../api/auth';
import type { ApiError } from '../api/errors';
import { useSession } from '../api/session';
import { LangSwitch } from '../pages/LangSwitch';
import { usePeopleText } from './texts';

type Field = 'email' | 'password';

/** What to tell the person about a failed sign-in, by the API's answer. */
function failureText(p: ReturnType<typeof usePeopleText>, err: ApiError): string {
  if (err.status === 429) {
    const s = Number((err.problem as { retryAfter?: unknown }).retryAfter ?? 60);
    return p('signIn.tooMany', { s: Number.isFinite(s) ? s : 60 });
  }
  if (err.status === 0) return p('signIn.network');
  if (err.status === 403) return p('signIn.crossSite');
  return p('signIn.wrong');
}

/**
 * The sign-in page: email and password, and "Sign in with <provider>" when OpenID Connect is configured. Says why it
 * is shown (a session that ended, a provider that refused); errors are announced and focus moves to what to fix.
 */
export function SignInPage() {
  const p = usePeopleText();
  const reason = useSession((s) => s.reason);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [providers, setProviders] = useState<Providers | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    people
      .providers()
      .then(setProviders)
      .catch(() => setProviders(null));
    emailRef.current?.focus();
  }, []);

  const notice =
    reason.kind === 'expired'
      ? p(reason.why === 'absolute' ? 'signIn.expiredAbsolute' : 'signIn.expiredIdle')
      : reason.kind === 'signed-out'
        ? p('signIn.signedOut')
        : reason.kind === 'provider'
          ? p(`signIn.provider.${reason.error}`) === `signIn.provider.${reason.error}`
            ? p('signIn.provider.oidc-failed')
            : p(`signIn.provider.${reason.error}`)
          : null;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!email.trim()) problems.email = p('signIn.needEmail');
    if (!password) problems.password = p('signIn.needPassword');
    setInvalid(problems);
    setFailure(null);
    if (problems.email) return emailRef.current?.focus();
    if (problems.password) return passwordRef.current?.focus();
    setBusy(true);
    const err = await useSession.getState().signIn(email.trim(), password);
    setBusy(false);
    if (!err) return;
    setFailure(failureText(p, err));
    setPassword('');
    requestAnimationFrame(() => passwordRef.current?.focus());
  };

  const fieldError = (field: Field) =>
    invalid[field] ? (
      <p className="field-error" id={`signin-${field}-error`}>
        {invalid[field]}
      </p>
    ) : null;

  return (
    <main className="signin">
      <div className="signin-card">
        <div className="row spread">
          <h1>{p('signIn.title')}</h1>
          <LangSwitch />
        </div>
        {notice ? (
          <p className={`notice ${reason.kind === 'provider' ? 'error' : ''}`} role="status">
            {notice}
          </p>
        ) : null}
        <p className="muted">{p('signIn.intro')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={failure ? 'signin-failure' : undefined}>
          <div className={`field ${invalid.email ? 'has-error' : ''}`}>
            <label htmlFor="signin-email">{p('signIn.email')}</label>
            <input
              ref={emailRef}
              id="signin-email"
              className="input"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              aria-invalid={invalid.email ? true : undefined}
              aria-describedby={invalid.email ? 'signin-email-error' : undefined}
              onChange={(e) => setEmail(e.target.value)}
            />
            {fieldError('email')}
          </div>
          <div className={`field ${invalid.password ? 'has-error' : ''}`}>
            <label htmlFor="signin-password">{p('signIn.password')}</label>
            <input
              ref={passwordRef}
              id="signin-password"
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={invalid.password || failure ? true : undefined}
              aria-describedby={invalid.password ? 'signin-password-error' : failure ? 'signin-failure' : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
            {fieldError('password')}
          </div>
          <div role="alert" aria-live="assertive">
            {failure ? (
              <p ref={failureRef} id="signin-failure" className="notice error">
                {failure}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn primary" disabled={busy} aria-busy={busy}>
            {busy ? p('signIn.busy') : p('signIn.submit')}
          </button>
        </form>
        {providers?.oidc ? (
          <>
            <div className="signin-or">{p('signIn.or')}</div>
            <a className="btn" href={providers.oidc.startUrl} data-testid="signin-oidc">
              {p('signIn.with', { name: providers.oidc.name })}
            </a>
          </>
        ) : null}
      </div>
    </main>
  );
}
