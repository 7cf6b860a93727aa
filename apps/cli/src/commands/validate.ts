import { compile, formatDiagnostics } from '@ruta/flow';
import { activitySpecs, CUSTOM_ACTIVITIES } from '@ruta/workers/custom';

import { type Args, langOf, UsageError } from '../args';
import { readJson } from '../files';

const TEXT = {
  ok: { es: (n: string) => `✓ ${n}: sin errores`, en: (n: string) => `✓ ${n}: no errors` },
  bad: {
    es: (n: string, e: number, w: number) => `✗ ${n}: ${e} error(es), ${w} advertencia(s)`,
    en: (n: string, e: number, w: number) => `✗ ${n}: ${e} error(s), ${w} warning(s)`,
  },
};

/** `ruta validate <flow.json>… [--lang es|en] [--json]`: diagnostics; exit 1 when any flow has errors. */
export async function validateCommand(args: Args): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('Usage: ruta validate <flow.json>… [--lang es|en] [--json]');
  const lang = langOf(args);
  const reports = [];
  let failed = false;
  for (const file of args.positional) {
    const result = compile(await readJson(file, 'Flow'), { activities: activitySpecs(CUSTOM_ACTIVITIES) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    failed ||= !result.ok;
    reports.push({ file, ok: result.ok, hash: result.ok ? result.plan.hash : null, diagnostics: result.diagnostics });
    if (args.flags.json) continue;
    const warnings = result.diagnostics.length - errors.length;
    console.log(
      result.ok && warnings === 0
        ? TEXT.ok[lang](file)
        : result.ok
          ? TEXT.bad[lang](file, 0, warnings)
          : TEXT.bad[lang](file, errors.length, warnings),
    );
    if (result.diagnostics.length > 0) console.log(formatDiagnostics(result.diagnostics, lang));
  }
  if (args.flags.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  return failed ? 1 : 0;
}
