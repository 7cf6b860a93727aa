import type { ContextVariable, ExprExpect, ExprScope } from '@ruta/flow';
import { createContext, useContext } from 'react';
import type { ConditionField } from '../conditions/fields';
import type { Lang } from '../i18n/types';

/** What every widget of a generated form needs besides its own value. */
export interface FormEnv {
  lang: Lang;
  /** Prefix of element ids, unique per form (e.g. the node id). */
  idPrefix: string;
  /** Compiler problems by field path key (relative to the form's root), already in the user's language. */
  errors: ReadonlyMap<string, string[]>;
  /** The journey context expressions are checked against. */
  scope: ExprScope;
  variables: readonly ContextVariable[];
  /** What each expression field must produce, by path key. */
  expects: ReadonlyMap<string, ExprExpect>;
  /** In a custom activity's input every string is a template and numbers may be placeholders. */
  templated?: boolean;
  /** Fields the condition builder offers; without them conditions are edited as code only. */
  conditionFields?: readonly ConditionField[];
  /** The node kind whose params the form edits (hints can depend on it). */
  kind?: string;
}

export const FormEnvContext = createContext<FormEnv | null>(null);

export function useFormEnv(): FormEnv {
  const env = useContext(FormEnvContext);
  if (!env) throw new Error('useFormEnv outside a SchemaForm');
  return env;
}

/** The element id of the field at a path key. */
export const fieldId = (prefix: string, key: string): string =>
  `f-${prefix}-${key || 'root'}`.replace(/[^A-Za-z0-9_-]/g, '_');
