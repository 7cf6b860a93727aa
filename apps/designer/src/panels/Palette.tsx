import { useMemo, useState } from 'react';
import { DRAG_TYPE } from '../canvas/Canvas';
import { Icon, KindIcon } from '../canvas/Icon';
import { GROUPS, type PaletteItem } from '../catalog/palette';
import { pickText, useT } from '../i18n';
import { PanelToggle } from '../pages/PanelToggle';

interface Props {
  items: readonly PaletteItem[];
  /** A narrow rail of icons (names in tooltips and for screen readers), for more canvas. */
  collapsed: boolean;
  onToggle(): void;
  onAdd(item: PaletteItem): void;
  onAddNote(): void;
}

/**
 * The palette, grouped like the catalog. Each block is a button: drag it onto the canvas, or press
 * Enter (or click) to add it below the selected block, connected to its first free port.
 */
export function Palette({ items, collapsed, onToggle, onAdd, onAddNote }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const filtered = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle || collapsed) return items;
    return items.filter((i) =>
      [i.label.es, i.label.en, i.kind, i.description[t.lang]].some((s) => s.toLowerCase().includes(needle)),
    );
  }, [items, q, t.lang, collapsed]);
  const dragProps = (key: string) => ({
    draggable: true,
    onDragStart: (e: React.DragEvent) => {
      e.dataTransfer.setData(DRAG_TYPE, key);
      e.dataTransfer.effectAllowed = 'copy';
    },
  });
  return (
    <aside className={`palette ${collapsed ? 'rail' : ''}`} aria-label={t('palette.title')} id="palette-panel">
      <div className="panel-head">
        {collapsed ? null : (
          <h2 className="panel-title" id="palette-focus" tabIndex={-1}>
            {t('palette.title')}
          </h2>
        )}
        <PanelToggle
          collapsed={collapsed}
          controls="palette-panel"
          expandLabel={t('palette.expand')}
          collapseLabel={t('palette.collapse')}
          glyphs={['»', '«']}
          focusId="palette-focus"
          onToggle={onToggle}
        />
      </div>
      {collapsed ? null : (
        <>
          <input
            className="input search"
            type="search"
            placeholder={t('palette.search')}
            aria-label={t('palette.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <p className="hint">{t('palette.hint')}</p>
        </>
      )}
      <div className="palette-groups">
        {GROUPS.map((g) => {
          const list = filtered.filter((i) => i.group === g);
          if (list.length === 0) return null;
          return (
            <section key={g} className={`palette-group group-${g}`} aria-label={t(`palette.groups.${g}`)}>
              {collapsed ? null : <h3>{t(`palette.groups.${g}`)}</h3>}
              <ul>
                {list.map((item) => {
                  const label = pickText(item.label, t.lang);
                  return (
                    <li key={item.key}>
                      <button
                        type="button"
                        className="palette-item"
                        data-palette={item.key}
                        title={
                          collapsed
                            ? `${label}: ${pickText(item.description, t.lang)}`
                            : pickText(item.description, t.lang)
                        }
                        aria-label={collapsed ? label : undefined}
                        {...dragProps(item.key)}
                        onClick={() => onAdd(item)}
                      >
                        <span className="palette-icon">
                          <KindIcon kind={item.kind} group={item.group} size={14} />
                        </span>
                        {collapsed ? null : <span className="palette-label">{label}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        <section className="palette-group group-note" aria-label={t('palette.note')}>
          <ul>
            <li>
              <button
                type="button"
                className="palette-item"
                data-palette="note"
                title={t('palette.note')}
                aria-label={collapsed ? t('palette.note') : undefined}
                {...dragProps('note')}
                onClick={onAddNote}
              >
                <span className="palette-icon">
                  <Icon name="note" size={14} />
                </span>
                {collapsed ? null : <span className="palette-label">{t('palette.note')}</span>}
              </button>
            </li>
          </ul>
        </section>
      </div>
    </aside>
  );
}
