import { readFile } from 'node:fs/promises';
import { isSensitivity, runSentimentJsonl, SENSITIVITIES, SENSITIVITY_LABELS } from '@ruta/sentiment';
import { type Args, flag, langOf, UsageError } from '../args';

const USAGE =
  'Usage: ruta sentiment <file.jsonl> [--sensitivity anger|strong|any]   (lines like {"text": "…"}; - reads stdin)';

/**
 * `ruta sentiment <file.jsonl|-> [--sensitivity anger|strong|any]`: one JSON line out per line in, with label,
 * score, escalate, reasons, signals, sensitivity, explanation and lang.
 */
export async function sentimentCommand(args: Args): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError(USAGE);
  const level = args.flags.sensitivity;
  if (level !== undefined && !isSensitivity(level)) {
    const lang = langOf(args);
    const choices = SENSITIVITIES.map((s) => `${s} (${SENSITIVITY_LABELS[s][lang]})`).join(', ');
    throw new UsageError(
      lang === 'es'
        ? `--sensitivity debe ser uno de: ${choices}; recibí "${String(level)}".`
        : `--sensitivity must be one of: ${choices}; got "${String(level)}".`,
    );
  }
  const sensitivity = flag(args, 'sensitivity');
  let input: string;
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    input = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      input = await readFile(file, 'utf8');
    } catch (err) {
      throw new UsageError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }
  const out = runSentimentJsonl(input, isSensitivity(sensitivity) ? { sensitivity } : {});
  process.stdout.write(out.endsWith('\n') || out === '' ? out : `${out}\n`);
  return 0;
}
