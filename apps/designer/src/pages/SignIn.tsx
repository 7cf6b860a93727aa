import { useState } from 'react';
import { useSession } from '../api/session';
import { useT } from '../i18n';
import { LangSwitch } from './LangSwitch';

/** Asks for the API key the local stack printed. */
export function SignIn() {
  const t = useT();
  const [key, setKey] = useState('');
  const [bad, setBad] = useState(false);
  return (
    <div className="signin">
      <form
        className="signin-card"
        onSubmit={async (e) => {
          e.preventDefault();
          setBad(!(await useSession.getState().signIn(key.trim())));
        }}
      >
        <div className="row spread">
          <h1>{t('signIn.title')}</h1>
          <LangSwitch />
        </div>
        <p className="muted">{t('signIn.intro')}</p>
        <div className={`field ${bad ? 'has-error' : ''}`}>
          <label htmlFor="api-key">{t('signIn.key')}</label>
          <input
            id="api-key"
            className="input mono"
            type="password"
            autoComplete="off"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          {bad ? <p className="field-error">{t('signIn.invalid')}</p> : null}
        </div>
        <button type="submit" className="btn primary" disabled={!key.trim()}>
          {t('signIn.submit')}
        </button>
        <button type="button" className="btn ghost" onClick={() => useSession.getState().useOffline()}>
          {t('signIn.offline')}
        </button>
      </form>
    </div>
  );
}
