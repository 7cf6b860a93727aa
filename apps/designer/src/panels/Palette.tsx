import { useMemo, useState } from 'react';
import { DRAG_TYPE } from '../canvas/Canvas';
import { Icon, KindIcon } from '../canvas/Icon';
import { GROUPS, type PaletteItem } from '../catalog/palette';
import { pickText, useT } from '../i18n';

interface Props {
  items: readonly PaletteItem[];
  onAdd(item: PaletteItem): void;
  onAddNote(): void;
}

/**
 * The palette, grouped like the catalog. Each block is a button: drag it onto the canvas, or press
 * Enter (or click) to add it below the selected block, connected to its first free port.
 */
export function Palette({ items, onAdd, onAddNote }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const filtered = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle) return items;
    return items.filter((i) =>
      [i.label.es, i.label.en, i.kind, i.description[t.lang]].some((s) => s.toLowerCase().includes(needle)),
    );
  }, [items, q, t.lang]);
  return (
    <aside className="palette" aria-label={t('palette.title')}>
      <div className="panel-title">{t('palette.title')}</div>
      <input
        className="input search"
        type="search"
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <p className="hint">{t('palette.hint')}</p>
      <div className="palette-groups">
        {GROUPS.map((g) => {
          const list = filtered.filter((i) => i.group === g);
          if (list.length === 0) return null;
          return (
            <section key={g} className={`palette-group group-${g}`} aria-labelledby={`pg-${g}`}>
              <h3 id={`pg-${g}`}>{t(`palette.groups.${g}`)}</h3>
              <ul>
                {list.map((item) => (
                  <li key={item.key}>
                    <button
                      type="button"
                      className="palette-item"
                      draggable
                      data-palette={item.key}
                      title={pickText(item.description, t.lang)}
                      onDragStart={(e) => {
                        e.dataTransfer.setData(DRAG_TYPE, item.key);
                        e.dataTransfer.effectAllowed = 'copy';
                      }}
                      onClick={() => onAdd(item)}
                    >
                      <span className="palette-icon">
                        <KindIcon kind={item.kind} group={item.group} size={14} />
                      </span>
                      <span className="palette-label">{pickText(item.label, t.lang)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <section className="palette-group group-note">
          <ul>
            <li>
              <button
                type="button"
                className="palette-item"
                draggable
                data-palette="note"
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, 'note');
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={onAddNote}
              >
                <span className="palette-icon">
                  <Icon name="note" size={14} />
                </span>
                <span className="palette-label">{t('palette.note')}</span>
              </button>
            </li>
          </ul>
        </section>
      </div>
    </aside>
  );
}
