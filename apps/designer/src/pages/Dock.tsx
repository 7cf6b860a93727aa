import { type KeyboardEvent, type PointerEvent, type ReactNode, useRef } from 'react';
import { useT } from '../i18n';
import { DOCK_MIN, dockMax, useUi } from '../store/ui';

export type Tab = 'problems' | 'simulate' | 'versions' | 'schedule' | 'watch';

interface Props {
  tab: Tab;
  tabs: { id: Tab; label: string; extra?: ReactNode }[];
  onTab(tab: Tab): void;
  children: ReactNode;
}

/**
 * The bottom panel: its tabs always show; its content can be hidden, and its height dragged (or set with the
 * arrow keys on the divider), so the canvas gets the room the task needs.
 */
export function Dock({ tab, tabs, onTab, children }: Props) {
  const t = useT();
  const { dock: open, dockHeight } = useUi((s) => s.layout);
  const drag = useRef<{ y: number; h: number } | null>(null);
  const setHeight = (h: number) =>
    useUi.getState().setLayout({ dockHeight: Math.round(Math.min(dockMax(), Math.max(DOCK_MIN, h))) });

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    drag.current = { y: e.clientY, h: dockHeight };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setHeight(drag.current.h + (drag.current.y - e.clientY));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 96 : 24;
    if (e.key === 'ArrowUp') setHeight(dockHeight + step);
    else if (e.key === 'ArrowDown') setHeight(dockHeight - step);
    else if (e.key === 'Home') setHeight(dockMax());
    else if (e.key === 'End') setHeight(DOCK_MIN);
    else if (e.key === 'Enter') useUi.getState().setLayout({ dock: !open });
    else return;
    e.preventDefault();
  };

  return (
    <section
      className={`dock ${open ? '' : 'closed'}`}
      style={open ? { height: dockHeight } : undefined}
      aria-label={t('dock.label')}
    >
      {open ? (
        // biome-ignore lint/a11y/useSemanticElements: a draggable divider between two panes is a focusable separator (WAI-ARIA window splitter); <hr> cannot take focus or keys
        <div
          className="dock-resize"
          role="separator"
          aria-orientation="horizontal"
          aria-label={t('dock.resize')}
          aria-valuemin={DOCK_MIN}
          aria-valuemax={dockMax()}
          aria-valuenow={dockHeight}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => {
            drag.current = null;
          }}
          onDoubleClick={() => useUi.getState().setLayout({ dock: false })}
          onKeyDown={onKey}
        />
      ) : null}
      <div className="tabs">
        <div className="tab-list" role="tablist" aria-label={t('dock.label')} id="dock-focus" tabIndex={-1}>
          {tabs.map((x) => (
            <button
              key={x.id}
              type="button"
              role="tab"
              id={`tab-${x.id}`}
              aria-selected={tab === x.id}
              aria-controls={open ? `panel-${x.id}` : undefined}
              className={`tab ${tab === x.id ? 'active' : ''}`}
              onClick={() => {
                onTab(x.id);
                if (!open) useUi.getState().setLayout({ dock: true });
              }}
            >
              {x.label}
              {x.extra}
            </button>
          ))}
        </div>
        <span className="grow" />
        <button
          type="button"
          className="btn ghost small dock-toggle"
          aria-expanded={open}
          onClick={() => useUi.getState().setLayout({ dock: !open })}
        >
          {open ? `▾ ${t('dock.hide')}` : `▴ ${t('dock.show')}`}
        </button>
      </div>
      {open ? (
        <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {children}
        </div>
      ) : null}
    </section>
  );
}
