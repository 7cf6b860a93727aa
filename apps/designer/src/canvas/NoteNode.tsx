import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NoteNode as NoteNodeType } from '../graph/to-flow';
import { useT } from '../i18n';
import { useEditor } from '../store/editor';

/** A sticky note: a comment on the canvas, not part of the journey. */
function NoteNodeView({ data, selected }: NodeProps<NoteNodeType>) {
  const t = useT();
  const setText = useEditor((s) => s.setNoteText);
  const { note } = data;
  return (
    <div className={`note ${selected ? 'selected' : ''}`}>
      <div className="note-handle" aria-hidden="true" />
      <textarea
        className="note-text nodrag nowheel"
        aria-label={t('inspector.note')}
        placeholder={t('canvas.notePlaceholder')}
        value={note.text}
        onChange={(e) => setText(note.id, e.target.value)}
      />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
