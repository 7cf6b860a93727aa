import type { FlowDocument, FlowEdge, FlowNode } from '@ruta/flow';

/** The document the designer edits: always in its full (defaults filled) shape. */
export type Doc = FlowDocument;
export type DocNode = FlowNode;
export type DocEdge = FlowEdge;
export type DocNote = Doc['notes'][number];
export type XY = { x: number; y: number };
