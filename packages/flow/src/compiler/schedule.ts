/**
 * The checks of a schedule trigger that its params schema cannot say alone: cron or interval (one of them), a cron
 * Temporal will read, an interval not shorter than the deployment allows, and an audience segment that names
 * customer fields with fitting operators and values.
 */
import { parseDuration } from '../duration';
import type { Localized } from '../i18n';
import { cronProblem } from '../schedule/cron';
import { type Audience, segmentProblems } from '../schedule/segment';
import type { Path } from './messages';
import type { DiagnosticCode } from './types';

/** The shortest interval a schedule may run at unless the deployment says otherwise (CompileOptions). */
export const DEFAULT_MIN_SCHEDULE_INTERVAL_MS = 60_000;

/** One schedule problem; `name` is how the node is called in messages (already quoted). */
export interface ScheduleDiagnostic {
  code: DiagnosticCode;
  path: Path;
  message: Localized;
}

interface ScheduleParams {
  cron?: string;
  every?: string;
  audience?: Audience;
}

/** Diagnostics of a schedule trigger's validated params. */
export function scheduleDiagnostics(
  params: ScheduleParams,
  name: Localized,
  minIntervalMs = DEFAULT_MIN_SCHEDULE_INTERVAL_MS,
): ScheduleDiagnostic[] {
  const out: ScheduleDiagnostic[] = [];
  const hasCron = params.cron !== undefined && params.cron.trim() !== '';
  const hasEvery = params.every !== undefined;
  if (hasCron === hasEvery) {
    out.push({
      code: 'schedule_timing',
      path: ['params', hasCron ? 'every' : 'cron'],
      message: hasCron
        ? {
            es: `${name.es} tiene un horario (cron) y también un intervalo («cada»). Deja solo uno: el cron para una hora fija, el intervalo para repetir cada cierto tiempo.`,
            en: `${name.en} has a schedule (cron) and also an interval ("every"). Keep only one: cron for a fixed time, the interval to repeat every so often.`,
          }
        : {
            es: `${name.es} no dice cuándo se ejecuta. Escribe un horario cron (por ejemplo 0 9 * * 1, los lunes a las 09:00) o un intervalo («cada», por ejemplo 1d).`,
            en: `${name.en} does not say when it runs. Write a cron schedule (for example 0 9 * * 1, Mondays at 09:00) or an interval ("every", for example 1d).`,
          },
    });
  }
  if (hasCron) {
    const problem = cronProblem(params.cron as string);
    if (problem) {
      out.push({
        code: 'invalid_cron',
        path: ['params', 'cron'],
        message: {
          es: `${name.es}: el horario no es válido. ${problem.es}`,
          en: `${name.en}: the schedule is not valid. ${problem.en}`,
        },
      });
    }
  }
  if (hasEvery) {
    const ms = parseDuration(params.every as string) ?? 0;
    if (ms < minIntervalMs) {
      const min = minIntervalMs % 60_000 === 0 ? `${minIntervalMs / 60_000}m` : `${Math.ceil(minIntervalMs / 1000)}s`;
      out.push({
        code: 'invalid_interval',
        path: ['params', 'every'],
        message: {
          es: `${name.es}: se ejecutaría cada ${params.every}, más seguido de lo permitido (como mínimo cada ${min}). Alarga el intervalo.`,
          en: `${name.en}: it would run every ${params.every}, more often than allowed (at most once every ${min}). Make the interval longer.`,
        },
      });
    }
  }
  if (!params.audience) {
    out.push({
      code: 'invalid_segment',
      path: ['params', 'audience'],
      message: {
        es: `${name.es} no dice a quién llega. Agrega condiciones sobre los clientes (por ejemplo tags contiene vip, o attributes.plan es igual a pro), o elige explícitamente todos los clientes (sin condiciones).`,
        en: `${name.en} does not say who it reaches. Add conditions on customers (for example tags contains vip, or attributes.plan equals pro), or choose every customer explicitly (no conditions).`,
      },
    });
    return out;
  }
  for (const p of segmentProblems(params.audience)) {
    out.push({
      code: 'invalid_segment',
      path: ['params', 'audience', ...p.path],
      message: {
        es: `${name.es}: revisa la condición n.º ${Number(p.path[1]) + 1} del segmento. ${p.message.es}.`,
        en: `${name.en}: check condition #${Number(p.path[1]) + 1} of the segment. ${p.message.en}.`,
      },
    });
  }
  if (params.audience.conditions.length === 0) {
    out.push({
      code: 'audience_everyone',
      path: ['params', 'audience', 'conditions'],
      message: {
        es: `${name.es} no tiene condiciones: cada ejecución iniciará un recorrido para todos los clientes. Si no es lo que quieres, agrega condiciones.`,
        en: `${name.en} has no conditions: every run will start a journey for every customer. If that is not what you want, add conditions.`,
      },
    });
  }
  return out;
}
