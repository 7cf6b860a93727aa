import { useT } from '../i18n';

/** Links that appear on the first Tab, so a keyboard user reaches each area of the editor in one step. */
export function SkipLinks() {
  const t = useT();
  const jump = (selector: string) => () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  };
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      {(
        [
          ['canvas', '#canvas-focus'],
          ['palette', '#palette-focus'],
          ['inspector', '#inspector-focus'],
          ['dock', '#dock-focus'],
        ] as const
      ).map(([key, selector]) => (
        <a
          key={key}
          href={selector}
          className="skip-link"
          onClick={(e) => {
            e.preventDefault();
            jump(selector)();
          }}
        >
          {t(`skip.${key}`)}
        </a>
      ))}
    </nav>
  );
}
