import type { ContextVariable } from '@ruta/flow';
import { type KeyboardEvent, useRef, useState } from 'react';
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
    onChange(next);
    setCompletion(null);
    const pos = completion.from + insert.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(pos, pos);
    });
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
