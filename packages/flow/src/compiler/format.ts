import type { Diagnostic } from './types';

/**
 * Diagnostics as lines for a terminal, one per problem:
 * `error    n_wait (Esperar respuesta) params.timeout: «Esperar respuesta»: el campo «plazo» …`
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], lang: 'es' | 'en'): string {
  const width = Math.max(0, ...diagnostics.map((d) => d.severity.length)) + 2;
  return diagnostics
    .map((d) => {
      const where: string[] = [];
      if (d.nodeId) where.push(d.nodeLabel ? `${d.nodeId} (${d.nodeLabel[lang]})` : d.nodeId);
      if (d.edgeId) where.push(d.edgeId);
      const path = d.path.length > 0 ? d.path.join('.') : '';
      const head = [...where, path].filter(Boolean).join(' ');
      const text = d.message[lang] || d.message.es || d.message.en;
      return `${d.severity.padEnd(width)}${head ? `${head}: ` : ''}${text} [${d.code}]`;
    })
    .join('\n');
}
