import { useEffect } from 'react';
import { isFragment } from '../graph/clipboard';
import { redo, undo, useEditor } from '../store/editor';

let clipboard: string | null = null;

const typing = (el: EventTarget | null): boolean => {
  const e = el as HTMLElement | null;
  if (!e) return false;
  return e.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName);
};

/**
 * Editor shortcuts: undo/redo, copy/paste/duplicate, delete, select all, tidy up (L), fit (F), Escape.
 * Ignored while typing in a field, so text editing keeps its own undo and copy.
 */
export function useShortcuts(actions: { fit(): void; layout(): void; readOnly: boolean }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const s = useEditor.getState();
      const key = e.key.toLowerCase();
      if (mod && key === 'z' && !actions.readOnly) {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (mod && key === 'y' && !actions.readOnly) {
        e.preventDefault();
        redo();
      } else if (mod && (key === 'c' || key === 'x')) {
        const f = s.copy();
        if (!f) return;
        e.preventDefault();
        clipboard = JSON.stringify(f);
        void navigator.clipboard?.writeText(clipboard).catch(() => undefined);
        if (key === 'x' && !actions.readOnly) s.removeSelected();
      } else if (mod && key === 'v' && !actions.readOnly) {
        e.preventDefault();
        const paste = (text: string | null) => {
          if (!text) return;
          try {
            const f = JSON.parse(text) as unknown;
            if (isFragment(f)) useEditor.getState().paste(f);
          } catch {
            // not ours
          }
        };
        if (clipboard) paste(clipboard);
        else void navigator.clipboard?.readText().then(paste, () => undefined);
      } else if (mod && key === 'd' && !actions.readOnly) {
        e.preventDefault();
        const f = s.copy();
        if (f) s.paste(f);
      } else if (mod && key === 'a') {
        e.preventDefault();
        s.select([...s.doc.nodes.map((n) => n.id), ...s.doc.notes.map((n) => n.id)]);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !actions.readOnly) {
        if (s.selection.length === 0) return;
        e.preventDefault();
        s.removeSelected();
      } else if (!mod && !e.altKey && key === 'l' && !actions.readOnly) {
        e.preventDefault();
        actions.layout();
      } else if (!mod && !e.altKey && key === 'f') {
        e.preventDefault();
        actions.fit();
      } else if (e.key === 'Escape') {
        s.select([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
