import { useSession } from '../api/session';
import { LangSwitch } from '../pages/LangSwitch';
import { useUi } from '../store/ui';
import { usePeopleText } from './texts';

/**
 * The signed-in part of every top bar: who is signed in and with which role, the language switch (saved to the
 * account), the account page and signing out. Without a server it is only the language switch.
 */
export function UserMenu() {
  const p = usePeopleText();
  const me = useSession((s) => s.me);
  if (!me) return <LangSwitch />;
  const roles = me.user.roles.map((r) => p(`roles.${r}`)).join(' · ');
  return (
    <fieldset className="user-menu plain" aria-label={p('menu.label')}>
      <span className="who" data-testid="signed-in-as">
        <span className="name">{me.user.displayName}</span>
        <span className="role">{roles}</span>
      </span>
      <LangSwitch />
      {me.session.method === 'password' ? (
        <a className="btn ghost small" href="#/account">
          {p('menu.account')}
        </a>
      ) : null}
      <button
        type="button"
        className="btn ghost small"
        data-testid="sign-out"
        onClick={() => {
          void useSession
            .getState()
            .signOut()
            .then(() => useUi.getState().go({ name: 'list' }));
        }}
      >
        {p('menu.signOut')}
      </button>
    </fieldset>
  );
}
