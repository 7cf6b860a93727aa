import { useEffect, useReducer } from 'react';
import { inboxApi } from './api';

/** Queue names by id for the whole page, loaded once and again when a case names a queue not known yet. */
let names: Map<string, string> | null = null;
/** Whether a load is under way (one at a time). */
let loading = false;
/** Ids asked for after a load that did not know them (a reload each, not one per render). */
const unknown = new Set<string>();
const listeners = new Set<() => void>();

function load(): void {
  if (loading) return;
  loading = true;
  inboxApi
    .queues()
    .then((qs) => {
      names = new Map(qs.map((q) => [q.id, q.name]));
      for (const l of listeners) l();
    })
    .catch(() => undefined)
    .finally(() => {
      loading = false;
    });
}

/**
 * The name people gave a queue ("Entregas" for `deliveries`), for the inbox, the case and the supervisor's view; the
 * id until the names are known, and for a queue that has no row (a hand-off names it before anyone creates it).
 */
export function useQueueName(): (id: string) => string {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    listeners.add(rerender);
    if (!names) load();
    return () => {
      listeners.delete(rerender);
    };
  }, []);
  return (id) => {
    const name = names?.get(id);
    if (name === undefined && names && !unknown.has(id)) {
      unknown.add(id);
      queueMicrotask(load);
    }
    return name ?? id;
  };
}
