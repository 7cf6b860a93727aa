import { useEffect, useState } from 'react';
import { formatDateTime } from '../i18n';
import { useUi } from '../store/ui';
import { clockText, slaClock } from './sla';
import { useInboxText } from './texts';

/** Warn this long before a deadline, as the API's SLA warnings do. */
export const SLA_WARN_MS = 30 * 60_000;

/** Re-renders every `ms` so clocks tick. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** A case's SLA clock: time left (or since it was breached), colored by state, read out in words. */
export function SlaClock({ deadline }: { deadline: string | null }) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const now = useNow();
  const { state, leftMs } = slaClock(deadline, now, SLA_WARN_MS);
  const text = state === 'none' ? x('sla.none') : x(`sla.${state}`, { left: clockText(leftMs) });
  return (
    <span
      className={`sla sla-${state}`}
      data-sla={state}
      title={deadline ? x('sla.due', { at: formatDateTime(deadline, lang) }) : undefined}
    >
      {text}
    </span>
  );
}
