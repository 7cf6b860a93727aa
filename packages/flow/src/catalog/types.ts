import type { z } from 'zod';
import type { Localized } from '../i18n';

/** The palette groups of the designer. */
export type NodeGroup = 'triggers' | 'messages' | 'waits' | 'logic' | 'intelligence' | 'crm' | 'people' | 'custom';

/** An output port of a node. Required ports must be connected for the flow to compile. */
export interface PortSpec {
  name: string;
  label: Localized;
  required: boolean;
}

/**
 * CEL type of a value a node or the journey exposes to expressions: a CEL type name
 * (`string`, `double`, `bool`, `timestamp`, `list<string>`, `map<string, dyn>`, `dyn`) or an object of fields.
 */
export type ValueType = string | { [field: string]: ValueType };

/** An expression inside a node's params, found by the compiler for type checking. */
export interface ExpressionRef {
  /** Field path inside params, e.g. `['branches', 0, 'condition']`. */
  path: (string | number)[];
  source: string;
  /** The type the expression must produce. `any` accepts every type. */
  expect: 'bool' | 'string' | 'number' | 'any';
}

/** A message template inside a node's params: text with `{{ expression }}` placeholders. */
export interface TemplateRef {
  path: (string | number)[];
  text: string;
}

/** One node kind: its params schema (the single source of truth), ports, outputs and texts. */
export interface NodeKindSpec<P extends z.ZodType = z.ZodType> {
  kind: string;
  group: NodeGroup;
  label: Localized;
  description: Localized;
  params: P;
  /** Output ports, which may depend on params (branch names, split variants). */
  ports(params: z.output<P>): PortSpec[];
  /** What the node exposes to later expressions as `nodes.<id>.…`. */
  outputs?: ValueType;
  /** Expressions in the params, for the type checker. */
  expressions?(params: z.output<P>): ExpressionRef[];
  /** Templates in the params, for the variable checker. */
  templates?(params: z.output<P>): TemplateRef[];
  /** A node that lets time pass (a loop through it is not a busy loop). */
  waits?: boolean;
  /** The activity the node calls, for retry and timeout defaults. */
  activity?: string;
  /** Other activities the node calls besides `activity` (e.g. a bot that searches, then sends its answer). */
  alsoCalls?: string[];
  /** One line that sums up the params, for the canvas. */
  summary(params: z.output<P>, lang: 'es' | 'en'): string;
}

/** Helper that keeps each kind's params type attached to its functions. */
export function defineNodeKind<P extends z.ZodType>(spec: NodeKindSpec<P>): NodeKindSpec<P> {
  return spec;
}

/** Builds a localized text. */
export const t = (es: string, en: string): Localized => ({ es, en });
