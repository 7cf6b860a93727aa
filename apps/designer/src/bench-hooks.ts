import type { FlowDocumentInput } from '@ruta/flow';
import { backend } from './api/session';
import { useEditor } from './store/editor';
import { useUi } from './store/ui';

declare global {
  interface Window {
    __ruta?: {
      editor: typeof useEditor;
      openFlow(doc: FlowDocumentInput): Promise<string>;
    };
  }
}

/**
 * Hooks for the benchmark and the browser tests: open a generated document and read the editor's state.
 * They only reach the designer's own store and backend.
 */
export function installBenchHooks(): void {
  window.__ruta = {
    editor: useEditor,
    async openFlow(doc) {
      const rec = await backend().createFlow(doc);
      useUi.getState().go({ name: 'flow', id: rec.id });
      return rec.id;
    },
  };
}
