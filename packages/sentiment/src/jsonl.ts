/**
 * JSONL batch mode for the `ruta sentiment <file.jsonl>` command: each input line `{"text": …, …}`
 * becomes the same object plus `label, score, escalate, reasons, signals, sensitivity, explanation, lang`.
 * Never throws: a line that is not valid JSON or has no string `text` becomes `{"line": n, "error": "line n: …"}`.
 * Blank lines are skipped. An input `lang` of "es" or "en" is used as a hint; the output `lang` is the analyzer's.
 */
import { analyzeRequest } from './activity';
import type { Sensitivity } from './sensitivity';

/** Analyses every `{"text": …}` line of a JSONL text at one sensitivity (default `strong`). */
export function runSentimentJsonl(inputText: string, options: { sensitivity?: Sensitivity } = {}): string {
  const out: string[] = [];
  const lines = inputText.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const n = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      const why = err instanceof Error ? err.message : 'parse error';
      out.push(JSON.stringify({ line: n, error: `line ${n}: invalid JSON (${why})` }));
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out.push(JSON.stringify({ line: n, error: `line ${n}: expected a JSON object with a "text" string` }));
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string') {
      out.push(JSON.stringify({ line: n, error: `line ${n}: missing "text" string` }));
      continue;
    }
    try {
      const r = analyzeRequest({
        text: record.text,
        lang: typeof record.lang === 'string' ? record.lang : undefined,
        sensitivity: options.sensitivity,
      });
      out.push(
        JSON.stringify({
          ...record,
          label: r.label,
          score: r.score,
          escalate: r.escalate,
          reasons: r.reasons,
          signals: r.signals,
          sensitivity: r.sensitivity,
          explanation: r.explanation,
          lang: r.lang,
        }),
      );
    } catch (err) {
      out.push(JSON.stringify({ line: n, error: `line ${n}: ${err instanceof Error ? err.message : String(err)}` }));
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
