import { people } from '../api/auth';
import { useSession } from '../api/session';
import { useT } from '../i18n';
import { useUi } from '../store/ui';

/** Español / English. A signed-in person's choice is kept in their account, so it follows them. */
export function LangSwitch() {
  const t = useT();
  return (
    <fieldset className="lang-switch plain" aria-label={t('lang.label')}>
      {(['es', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          className="chip"
          aria-pressed={t.lang === l}
          lang={l}
          title={t(`lang.${l}`)}
          onClick={() => {
            useUi.getState().setLang(l);
            if (useSession.getState().me && useSession.getState().me?.user.language !== l) {
              void people
                .updateMe({ language: l })
                .then((me) => useSession.getState().refresh(me))
                .catch(() => undefined);
            }
          }}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
