/**
 * The editor's one store: the flow document (the single source of truth), the selection, and what the
 * canvas overlays on it (diagnostics, simulated path, diff, stats). React Flow's nodes and edges are
 * derived from it. Undo history (zundo) records the document only, and only for user intents: moving
 * a node records once when the drag ends; typing in one field within a moment records once; selection
 * and measured sizes never record.
 */
import { type CustomActivitySpec, SCHEMA_VERSION } from '@ruta/flow';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { ActivityFlagInfo, CustomActivityInfo, FlowStats, QueueStaffing } from '../api/types';
import { customSpecs } from '../catalog/palette';
import { copyFragment, type Fragment, pasteFragment } from '../graph/clipboard';
import type { FlowDiff } from '../graph/diff';
import * as edit from '../graph/edit';
import { autoLayout } from '../graph/layout';
import type { Doc, DocNode, XY } from '../graph/types';
import { EMPTY_VALIDATION, type Validation, validate } from './compile';

/** What the canvas lights up: a simulated or real journey's path. */
export interface PathHighlight {
  nodes: Record<string, 'visited' | 'current' | 'waiting'>;
  edges: Record<string, true>;
}

export type Mode = 'design' | 'watch';

export interface EditorState {
  flowId: string | null;
  doc: Doc;
  publishedVersion: number | null;
  /** The document of the published version, to tell whether the draft has unpublished changes. */
  publishedDoc: Doc | null;
  selection: string[];
  /** Live positions while dragging; committed to the document when the drag ends. */
  dragging: Record<string, XY> | null;
  measured: Record<string, { width: number; height: number }>;
  validation: Validation;
  validating: boolean;
  /** A field to focus in the inspector (from a clicked problem); `nonce` re-triggers the same one. */
  focus: { nodeId: string; path: (string | number)[]; nonce: number } | null;
  highlight: PathHighlight | null;
  diff: (FlowDiff & { base: Doc; label: string }) | null;
  stats: FlowStats | null;
  mode: Mode;
  custom: CustomActivityInfo[];
  customSpecs: Record<string, CustomActivitySpec>;
  /** The queues hand-offs may name and how many people work each (from the API; unknown offline). */
  queues: Record<string, { people: number }> | undefined;
  /** This flow's published blocks whose activity changed incompatibly since (shown with the problems). */
  activityFlags: ActivityFlagInfo[];
  /** Bumped whenever the document changes, for autosave. */
  revision: number;
  savedRevision: number;

  load(flowId: string, doc: Doc, publishedVersion: number | null): void;
  setCustom(custom: CustomActivityInfo[]): void;
  setActivityFlags(flags: ActivityFlagInfo[]): void;
  setQueues(queues: QueueStaffing[] | undefined): void;
  change(doc: Doc, coalesceKey?: string): void;
  addNode(kind: string, params: Record<string, unknown>, position: XY, label?: string): string;
  addNote(position: XY): string;
  connect(from: string, port: string, to: string): void;
  removeSelected(): void;
  removeIds(ids: string[]): void;
  setParams(id: string, params: Record<string, unknown>): void;
  setLabel(id: string, label: string): void;
  setNoteText(id: string, text: string): void;
  dragMove(positions: Record<string, XY>): void;
  dragEnd(positions: Record<string, XY>): void;
  select(ids: string[]): void;
  setMeasured(sizes: Record<string, { width: number; height: number }>): void;
  copy(): Fragment | null;
  paste(fragment: Fragment): void;
  layout(): void;
  revalidate(): void;
  focusField(nodeId: string, path: (string | number)[]): void;
  setHighlight(h: PathHighlight | null): void;
  setDiff(d: EditorState['diff']): void;
  setStats(s: FlowStats | null): void;
  setMode(m: Mode): void;
  setPublishedDoc(doc: Doc | null): void;
  markSaved(revision: number, publishedVersion?: number | null): void;
}

const EMPTY_DOC: Doc = {
  schemaVersion: SCHEMA_VERSION,
  id: 'f_new',
  name: '',
  settings: { reentry: 'one_at_a_time', transactional: false, missingData: 'hold' },
  nodes: [],
  edges: [],
  notes: [],
  events: {},
  scenarios: [],
};

// Consecutive changes with the same key within this window are one undo step (typing in one field).
const COALESCE_MS = 1200;
let pendingKey: string | undefined;
let lastKey: { key: string; at: number } | null = null;

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => {
      const apply = (doc: Doc, key?: string) => {
        if (doc === get().doc) return;
        pendingKey = key;
        set((s) => ({ doc, revision: s.revision + 1 }));
        pendingKey = undefined;
        scheduleValidation();
      };
      return {
        flowId: null,
        doc: EMPTY_DOC,
        publishedVersion: null,
        publishedDoc: null,
        selection: [],
        dragging: null,
        measured: {},
        validation: EMPTY_VALIDATION,
        validating: false,
        focus: null,
        highlight: null,
        diff: null,
        stats: null,
        mode: 'design',
        custom: [],
        customSpecs: {},
        queues: undefined,
        activityFlags: [],
        revision: 0,
        savedRevision: 0,

        load(flowId, doc, publishedVersion) {
          lastKey = null;
          useEditor.temporal.getState().pause();
          set({
            flowId,
            doc,
            publishedVersion,
            publishedDoc: null,
            selection: [],
            dragging: null,
            highlight: null,
            diff: null,
            stats: null,
            mode: 'design',
            focus: null,
            revision: 0,
            savedRevision: 0,
            validation: validate(doc, get().customSpecs, get().queues),
          });
          useEditor.temporal.getState().clear();
          useEditor.temporal.getState().resume();
        },
        setCustom(custom) {
          set({ custom, customSpecs: customSpecs(custom) });
          get().revalidate();
        },
        setActivityFlags(activityFlags) {
          set({ activityFlags });
        },
        setQueues(queues) {
          set({ queues: queues && Object.fromEntries(queues.map((q) => [q.id, { people: q.people }])) });
          get().revalidate();
        },
        change: (doc, key) => apply(doc, key),
        addNode(kind, params, position, label) {
          const r = edit.addNode(get().doc, kind, params, position, label);
          apply(r.doc);
          set({ selection: [r.id] });
          return r.id;
        },
        addNote(position) {
          const r = edit.addNote(get().doc, position);
          apply(r.doc);
          set({ selection: [r.id] });
          return r.id;
        },
        connect(from, port, to) {
          apply(edit.connect(get().doc, from, port, to));
        },
        removeSelected() {
          const ids = new Set(get().selection);
          apply(edit.removeElements(get().doc, ids));
          set({ selection: [] });
        },
        removeIds(ids) {
          apply(edit.removeElements(get().doc, new Set(ids)));
          set((s) => ({ selection: s.selection.filter((x) => !ids.includes(x)) }));
        },
        setParams(id, params) {
          apply(edit.setParams(get().doc, id, params), `params:${id}`);
        },
        setLabel(id, label) {
          apply(edit.setLabel(get().doc, id, label), `label:${id}`);
        },
        setNoteText(id, text) {
          apply(edit.setNoteText(get().doc, id, text), `note:${id}`);
        },
        dragMove(positions) {
          set((s) => ({ dragging: { ...(s.dragging ?? {}), ...positions } }));
        },
        dragEnd(positions) {
          const all = { ...(get().dragging ?? {}), ...positions };
          set({ dragging: null });
          apply(edit.moveElements(get().doc, new Map(Object.entries(all))));
        },
        select(ids) {
          const cur = get().selection;
          if (cur.length === ids.length && cur.every((x, i) => x === ids[i])) return;
          set({ selection: ids });
        },
        setMeasured(sizes) {
          set((s) => ({ measured: { ...s.measured, ...sizes } }));
        },
        copy() {
          const sel = new Set(get().selection);
          if (sel.size === 0) return null;
          return copyFragment(get().doc, sel);
        },
        paste(fragment) {
          const r = pasteFragment(get().doc, fragment);
          apply(r.doc);
          set({ selection: r.ids });
        },
        layout() {
          const sizes = new Map(Object.entries(get().measured));
          apply(edit.moveElements(get().doc, autoLayout(get().doc, sizes)));
        },
        revalidate() {
          set({ validation: validate(get().doc, get().customSpecs, get().queues), validating: false });
        },
        focusField(nodeId, path) {
          set((s) => ({ selection: [nodeId], focus: { nodeId, path, nonce: (s.focus?.nonce ?? 0) + 1 } }));
        },
        setHighlight: (highlight) => set({ highlight }),
        setDiff: (diff) => set({ diff }),
        setStats: (stats) => set({ stats }),
        setMode: (mode) => set({ mode }),
        setPublishedDoc: (publishedDoc) => set({ publishedDoc }),
        markSaved(revision, publishedVersion) {
          set((s) => ({
            savedRevision: Math.max(s.savedRevision, revision),
            ...(publishedVersion !== undefined ? { publishedVersion } : {}),
          }));
        },
      };
    },
    {
      partialize: (s) => ({ doc: s.doc }),
      equality: (a, b) => a.doc === b.doc,
      limit: 200,
      handleSet: (handleSet) => (pastState, replace, currentState, delta) => {
        const now = Date.now();
        const key = pendingKey;
        if (key && lastKey && lastKey.key === key && now - lastKey.at < COALESCE_MS) {
          lastKey.at = now;
          return;
        }
        lastKey = key ? { key, at: now } : null;
        (handleSet as (...a: unknown[]) => void)(pastState, replace, currentState, delta);
      },
    },
  ),
);

/** Undo and redo that also revalidate and count as edits. */
export function undo(): void {
  useEditor.temporal.getState().undo();
  lastKey = null;
  useEditor.setState((s) => ({ revision: s.revision + 1, selection: s.selection.filter((id) => exists(s.doc, id)) }));
  scheduleValidation();
}
export function redo(): void {
  useEditor.temporal.getState().redo();
  lastKey = null;
  useEditor.setState((s) => ({ revision: s.revision + 1 }));
  scheduleValidation();
}

const exists = (doc: Doc, id: string): boolean =>
  doc.nodes.some((n) => n.id === id) || doc.notes.some((n) => n.id === id) || doc.edges.some((e) => e.id === id);

// Validation runs as the user edits. A flow that compiles in a few milliseconds is checked at once, in the same
// update as the edit (diagnostics never lag a keystroke); a bigger one on the next task (edits made meanwhile are
// compiled together); one so big that compiling takes longer than ~60 ms is debounced.
let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleValidation(): void {
  const last = useEditor.getState().validation.ms;
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (last < 12) {
    useEditor.getState().revalidate();
    return;
  }
  useEditor.setState({ validating: true });
  timer = setTimeout(
    () => {
      timer = undefined;
      useEditor.getState().revalidate();
    },
    last < 60 ? 0 : 150,
  );
}

/** The node a selection points at when exactly one node is selected. */
export function selectedNode(s: Pick<EditorState, 'doc' | 'selection'>): DocNode | undefined {
  if (s.selection.length !== 1) return undefined;
  return s.doc.nodes.find((n) => n.id === s.selection[0]);
}
