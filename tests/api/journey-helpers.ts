// Driving journeys through the API in tests: start one with an event, read its detail, wait for a state, control it,
// and reply as the customer through the signed sandbox webhook.
import { sandboxSignatureHeader } from '@ruta/api';
import { expect } from 'vitest';
import { type ApiHarness, eventually, SANDBOX_SECRET } from './support';

/** A journey as GET /v1/journeys/{id} shows it (the fields the tests read). */
export interface JourneyDetail {
  id: string;
  status: string;
  outcome: string | null;
  currentNodeId: string | null;
  path: string[];
  steps: { type: string; nodeId: string | null; port: string | null; detail?: unknown }[];
  messages: { direction: string; text: string | null; channel: string; nodeId: string | null }[];
  wait: {
    nodeId: string;
    deadline: string | null;
    /** Why a journey waits when its flow did not ask to (`activity_failed`, `missing_data`, …) and what to do. */
    reason?: string;
    missing?: string[];
    message?: { es: string; en: string };
  } | null;
  timers: { nodeId: string; deadline: string | null }[];
  state: { vars: Record<string, unknown>; run?: number } | null;
  activity: { activity: string; attempt: number; lastFailure: string | null } | null;
}

/** A bulk action of "Needs attention" as GET /v1/attention/bulk/{id} shows it. */
export interface BulkAction {
  id: string;
  status: string;
  total: number;
  done: number;
  succeeded: number;
  failed: number;
  errors: { journeyId: string; error: string }[];
}

/** Journey helpers bound to a harness. */
export function journeyHelpers(api: ApiHarness) {
  const detail = (id: string) => api.call<JourneyDetail>('GET', `/v1/journeys/${encodeURIComponent(id)}`);

  return {
    detail,

    control: (id: string, action: string, body?: unknown) =>
      api.call<Record<string, unknown>>(
        'POST',
        `/v1/journeys/${encodeURIComponent(id)}/${action}`,
        body === undefined ? {} : { body },
      ),

    /** Polls the journey until `check` holds; fails naming `what`. */
    until: (id: string, what: string, check: (d: JourneyDetail) => boolean): Promise<JourneyDetail> =>
      eventually(what, async () => {
        const d = await detail(id);
        return d.status === 200 && check(d.body) ? d.body : undefined;
      }),

    /** Polls a bulk action until it is done (its count never past its total). */
    bulkDone: (id: string): Promise<BulkAction> =>
      eventually(`bulk action ${id} to finish`, async () => {
        const r = await api.call<BulkAction>('GET', `/v1/attention/bulk/${id}`);
        expect(r.status, r.text).toBe(200);
        expect(r.body.done).toBeLessThanOrEqual(r.body.total);
        return r.body.status === 'done' ? r.body : undefined;
      }),

    /** Posts an event and returns the id of the journey it started on `flowId`. */
    async start(type: string, customerId: string, flowId: string, data: Record<string, unknown> = {}): Promise<string> {
      const r = await api.call<{ journeys: { flowId: string; workflowId: string; action: string }[] }>(
        'POST',
        '/v1/events',
        { body: { id: `${customerId}-${type}-${Date.now()}`, type, customerId, data } },
      );
      expect(r.status, r.text).toBe(202);
      const touched = r.body.journeys.find((j) => j.flowId === flowId);
      expect(touched?.action).toBe('started');
      return touched!.workflowId;
    },

    /** Posts a customer's reply through the sandbox webhook, signed as the phone simulator would. */
    reply(customerId: string, text: string, messageId: string) {
      const raw = JSON.stringify({ customerId, text, channel: 'whatsapp', messageId });
      return api.call<{ journeys: { workflowId: string; action: string }[]; duplicate: boolean }>(
        'POST',
        '/v1/channels/sandbox/inbound',
        { key: null, body: raw, headers: { 'x-ruta-signature': sandboxSignatureHeader(SANDBOX_SECRET, raw) } },
      );
    },
  };
}
