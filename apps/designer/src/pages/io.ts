import { FlowDocument, migrateDocument } from '@ruta/flow';
import type { Doc } from '../graph/types';

/** Downloads a flow document as a JSON file. */
export function exportJson(doc: Doc): void {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${doc.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a flow document from JSON text (any known schema version); throws a readable error. */
export function parseFlowJson(text: string): Doc {
  const parsed = FlowDocument.safeParse(migrateDocument(JSON.parse(text)));
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** Asks the user for a JSON file and returns its text. */
export function pickJsonFile(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/json,.json';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      void file.text().then(resolve);
    };
    input.click();
  });
}
