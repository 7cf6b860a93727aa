interface Props {
  collapsed: boolean;
  /** The id of the panel it folds. */
  controls: string;
  expandLabel: string;
  collapseLabel: string;
  /** The glyphs shown when folded and when open (they point where the panel goes). */
  glyphs: [string, string];
  /** The skip link's target while folded (the panel's own heading is gone then). */
  focusId?: string;
  onToggle(): void;
}

/** The button that folds a side panel to a narrow rail and opens it again. */
export function PanelToggle(p: Props) {
  const label = p.collapsed ? p.expandLabel : p.collapseLabel;
  return (
    <button
      type="button"
      className="icon-btn panel-toggle"
      aria-expanded={!p.collapsed}
      aria-controls={p.controls}
      aria-label={label}
      title={label}
      id={p.collapsed ? p.focusId : undefined}
      onClick={p.onToggle}
    >
      {p.collapsed ? p.glyphs[0] : p.glyphs[1]}
    </button>
  );
}
