/**
 * JSONL batch mode for the `ruta sentiment <file.jsonl>` command: each input line `{"text": …, …}`
 * becomes the same object plus `label, score, escalate, reasons, lang`. Never throws: a line that is
 * not valid JSON or has no string `text` becomes `{"line": n, "error": "line n: …"}`. Blank lines are skipped.
 * An input `lang` of "es" or "en" is used as a hint; the output `lang` is the analyzer's.
 */
import { analyze } from './analyze';

export function runSentimentJsonl(inputText: string): string {
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
      const hint = record.lang === 'es' || record.lang === 'en' ? record.lang : undefined;
      const r = analyze(record.text, hint ? { lang: hint } : {});
      out.push(
        JSON.stringify({
          ...record,
          label: r.label,
          score: r.score,
          escalate: r.escalate,
          reasons: r.reasons,
          lang: r.lang,
        }),
      );
    } catch (err) {
      out.push(JSON.stringify({ line: n, error: `line ${n}: ${err instanceof Error ? err.message : String(err)}` }));
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
