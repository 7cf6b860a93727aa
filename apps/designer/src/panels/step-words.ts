import { nodeName, portName } from '../canvas/names';
import type { Doc } from '../graph/types';
import { formatDateTime, translate } from '../i18n';
import type { Lang } from '../i18n/types';

/** A recorded step, from a real journey (ISO time) or a simulation (ms). */
export interface StepLike {
  type: string;
  nodeId: string | null;
  port: string | null;
  at: string | number;
  detail?: unknown;
}

/** Why a journey waits or a message was not sent, in words (a known code), else the code as it came. */
export function reasonText(code: string | undefined, lang: Lang): string {
  if (!code) return '';
  const text = translate(lang, `reasons.${code}`);
  return text === `reasons.${code}` ? code : text;
}

/** A message's status in words (`deferred` → «diferido»). */
export function messageStatusText(status: string | undefined, lang: Lang): string {
  if (!status) return '';
  const text = translate(lang, `messageStatus.${status}`);
  return text === `messageStatus.${status}` ? status : text;
}

const num = (n: unknown, lang: Lang) =>
  typeof n === 'number' ? n.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US', { maximumFractionDigits: 2 }) : '';

/**
 * One line of a path log in the reader's language: when, which block, how it left (the port's name, never its
 * internal one), and what it found out on the way (a sentiment's label and score, a send held or skipped).
 * Enter steps say nothing new and give null.
 */
export function stepLine(
  step: StepLike,
  doc: Doc,
  lang: Lang,
  timeZone?: string,
): { when: string; text: string } | null {
  const node = doc.nodes.find((n) => n.id === step.nodeId);
  const name = node ? nodeName(node, lang) : (step.nodeId ?? '');
  const d = (step.detail ?? {}) as Record<string, unknown>;
  const when = formatDateTime(step.at, lang, timeZone);
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  switch (step.type) {
    case 'leave': {
      const parts = [name];
      if (step.port) parts.push(`→ ${portName(node, step.port, doc.edges, lang)}`);
      if (typeof d.label === 'string' && node?.kind === 'ai.sentiment') {
        parts.push(`· ${t('log.tone', { label: t(`tones.${d.label}`), score: num(d.score, lang) })}`);
      }
      if (d.status === 'skipped' || d.status === 'suppressed' || d.status === 'deferred') {
        parts.push(`· ${t('log.notSent', { why: reasonText(String(d.reason ?? ''), lang) })}`);
      }
      if (Array.isArray(d.missing) && d.missing.length > 0)
        parts.push(`· ${t('log.missing', { what: d.missing.join(', ') })}`);
      if (d.skipped === true) parts.push(`· ${t('log.skipped')}`);
      return { when, text: parts.join(' ') };
    }
    case 'wait': {
      const until = typeof d.deadline === 'string' ? formatDateTime(d.deadline, lang, timeZone) : '';
      const why = reasonText(typeof d.reason === 'string' ? d.reason : undefined, lang);
      const missing =
        Array.isArray(d.missing) && d.missing.length ? ` · ${t('log.missing', { what: d.missing.join(', ') })}` : '';
      return {
        when,
        text: `${name}: ${until ? t('log.waitsUntil', { until }) : t('log.waitsNoLimit')}${why ? ` (${why})` : ''}${missing}`,
      };
    }
    case 'end':
      return {
        when,
        text: t('log.ended', { outcome: typeof d.outcome === 'string' ? outcomeText(d.outcome, lang) : '' }),
      };
    default:
      return null;
  }
}

/** An outcome in words when it is one the product names (`completed`), else as the flow named it. */
export function outcomeText(outcome: string, lang: Lang): string {
  const text = translate(lang, `outcomes.${outcome}`);
  return text === `outcomes.${outcome}` ? outcome : text;
}

/**
 * How a journey's outcome reads: the name of the «Fin» block that gave it when that block has one
 * («Caso resuelto» rather than `resolved`), else the outcome in words.
 */
export function outcomeName(doc: Doc, outcome: string, lang: Lang): string {
  const end = doc.nodes.find(
    (n) => (n.kind === 'end' || n.kind === 'goal') && (n.params.outcome ?? n.params.name) === outcome && n.label,
  );
  return end?.label ?? outcomeText(outcome, lang);
}
