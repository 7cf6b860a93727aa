import { readFile } from 'node:fs/promises';
import { runSentimentJsonl } from '@ruta/sentiment';
import { type Args, UsageError } from '../args';

/** `ruta sentiment <file.jsonl|->`: one JSON line out per line in, with label, score, escalate, reasons, lang. */
export async function sentimentCommand(args: Args): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError('Usage: ruta sentiment <file.jsonl>   (lines like {"text": "…"}; - reads stdin)');
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
  const out = runSentimentJsonl(input);
  process.stdout.write(out.endsWith('\n') || out === '' ? out : `${out}\n`);
  return 0;
}
