import type { ContextVariable } from '@ruta/flow';
import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import type { Lang } from '../../i18n/types';
import { type Completion, expressionCompletion, matchVariables, SuggestList, templateCompletion } from './Suggest';

interface Props {
  id: string;
  value: string;
  mode: 'template' | 'expression';
  variables: readonly ContextVariable[];
  lang: Lang;
  listLabel: string;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  multiline?: boolean;
  onChange(value: string): void;
}

/**
 * A text field that completes journey variables: after `{{` in templates, on any name in expressions.
 * Arrow keys move through the list, Enter or Tab inserts, Escape closes.
 */
export function AutocompleteText(props: Props) {
  const { id, value, mode, variables, lang, onChange, multiline } = props;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [completion, setCompletion] = useState<Completion | null>(null);
  const [active, setActive] = useState(0);
  const items = completion ? matchVariables(variables, completion.prefix) : [];
  const open = items.length > 0;
  const listId = `${id}-suggest`;
  // Where the caret goes once the inserted text is on screen. Set in the same commit that shows the text, so a key
  // typed right after Enter lands after the insertion (a frame later it could land at the end and be overtaken).
  const caretAfter = useRef<{ text: string; pos: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const want = caretAfter.current;
    if (!el || !want || el.value !== want.text) return;
    caretAfter.current = null;
    if (document.activeElement !== el) el.focus();
    el.setSelectionRange(want.pos, want.pos);
  });

  const update = (text: string, caret: number) => {
    const c = mode === 'template' ? templateCompletion(text, caret) : expressionCompletion(text, caret);
    setCompletion(c);
    setActive(0);
  };

  const pick = (v: ContextVariable) => {
    const el = ref.current;
    if (!el || !completion) return;
    const caret = el.selectionStart ?? value.length;
    const insert = mode === 'template' ? `{{ ${v.path} }}` : v.path;
    let after = value.slice(caret);
    if (mode === 'template') after = after.replace(/^\s*[\w.]*\s*\}\}/, '');
    const next = value.slice(0, completion.from) + insert + after;
    caretAfter.current = { text: next, pos: completion.from + insert.length };
    onChange(next);
    setCompletion(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + items.length) % items.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const v = items[Math.min(active, items.length - 1)];
      if (v) pick(v);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setCompletion(null);
    }
  };

  const common = {
    id,
    value,
    className: `input ${mode === 'expression' ? 'mono' : ''}`,
    spellCheck: mode === 'template',
    placeholder: props.placeholder,
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open,
    'aria-controls': open ? listId : undefined,
    'aria-activedescendant': open ? `${listId}-${Math.min(active, items.length - 1)}` : undefined,
    role: 'combobox',
    onKeyDown,
    onBlur: () => setCompletion(null),
    onChange: (e: { target: { value: string; selectionStart: number | null } }) => {
      onChange(e.target.value);
      update(e.target.value, e.target.selectionStart ?? e.target.value.length);
    },
  };

  return (
    <div className="autocomplete">
      {multiline ? <textarea ref={ref} rows={3} {...common} /> : <input ref={ref} type="text" {...common} />}
      {open && (
        <SuggestList
          id={listId}
          items={items}
          active={Math.min(active, items.length - 1)}
          lang={lang}
          label={props.listLabel}
          onPick={pick}
        />
      )}
    </div>
  );
}
