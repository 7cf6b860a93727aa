/** Parsed command-line arguments: positionals and `--flag value` / `--flag` options. */
export interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Parses argv; `booleans` lists flags that take no value. */
export function parseArgs(argv: string[], booleans: string[] = []): Args {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) flags[name] = inline;
      else if (booleans.includes(name) || i + 1 >= argv.length || argv[i + 1]!.startsWith('--')) flags[name] = true;
      else flags[name] = argv[++i]!;
    } else positional.push(arg);
  }
  return { positional, flags };
}

/** A flag's string value, or undefined. */
export const flag = (args: Args, name: string): string | undefined =>
  typeof args.flags[name] === 'string' ? (args.flags[name] as string) : undefined;

/** The output language: `--lang`, else RUTA_LANG, else the shell's LANG, else Spanish. */
export function langOf(args: Args): 'es' | 'en' {
  const l = flag(args, 'lang') ?? process.env.RUTA_LANG ?? process.env.LANG ?? 'es';
  return l.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** A user-facing error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}
