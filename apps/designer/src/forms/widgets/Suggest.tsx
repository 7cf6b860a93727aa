import type { ContextVariable } from '@ruta/flow';
import { useMemo, useState } from 'react';
import { translate } from '../../i18n';
import type { Lang } from '../../i18n/types';
import { typeWord } from '../type-words';

/** Where the text being completed starts, and what was typed so far. */
export interface Completion {
  from: number;
  prefix: string;
}

/** In a template: the open `{{ …` before the caret, if any. */
export function templateCompletion(text: string, caret: number): Completion | null {
  const before = text.slice(0, caret);
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.indexOf('}}', open) >= 0) return null;
  const typed = before.slice(open + 2);
  if (!/^\s*[\w.]*$/.test(typed)) return null;
  return { from: open, prefix: typed.trim() };
}

/** In an expression: the dotted name right before the caret, if any. */
export function expressionCompletion(text: string, caret: number): Completion | null {
  const m = /[A-Za-z_][\w.]*$/.exec(text.slice(0, caret));
  if (!m) return null;
  return { from: caret - m[0].length, prefix: m[0] };
}

/** Variables matching a prefix: those starting with it first, then those containing it. */
export function matchVariables(vars: readonly ContextVariable[], prefix: string, limit = 8): ContextVariable[] {
  const p = prefix.toLowerCase();
  const starts = vars.filter((v) => v.path.toLowerCase().startsWith(p));
  const contains = p ? vars.filter((v) => !v.path.toLowerCase().startsWith(p) && v.path.toLowerCase().includes(p)) : [];
  // Prefer one level deeper than typed: `customer.` lists customer's fields before their own children.
  const depth = (v: ContextVariable) => v.path.split('.').length;
  return [...starts.sort((a, b) => depth(a) - depth(b)), ...contains].slice(0, limit);
}

/** Keyboard state of a suggestion list. */
export function useSuggest(items: readonly ContextVariable[]) {
  const [active, setActive] = useState(0);
  const safe = Math.min(active, Math.max(0, items.length - 1));
  return { active: safe, setActive };
}

export function SuggestList(props: {
  id: string;
  items: readonly ContextVariable[];
  active: number;
  lang: Lang;
  label: string;
  onPick(v: ContextVariable): void;
}) {
  const { id, items, active, lang, onPick, label } = props;
  const rows = useMemo(() => items, [items]);
  if (rows.length === 0) return null;
  return (
    <div className="suggest" id={id} role="listbox" aria-label={label}>
      {rows.map((v, i) => (
        <div
          key={v.path}
          id={`${id}-${i}`}
          role="option"
          tabIndex={-1}
          aria-selected={i === active}
          className={i === active ? 'active' : ''}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(v);
          }}
        >
          <code>{v.path}</code>
          <span className="suggest-type">{translate(lang, `types.${typeWord(v.type)}`)}</span>
          <span className="suggest-desc">{v.description[lang]}</span>
        </div>
      ))}
    </div>
  );
}
