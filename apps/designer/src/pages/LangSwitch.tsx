import { useT } from '../i18n';
import { useUi } from '../store/ui';

/** Español / English. */
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
          onClick={() => useUi.getState().setLang(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
