import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testActivityContext } from '@ruta/sdk/testing';
import { FileStore, handoffActivity } from '@ruta/workers';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ruta-handoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = new FileStore(dir);
const def = handoffActivity(store);
const open = (summary: string, key: string) =>
  def.handler(
    def.input.parse({
      customerId: 'c_ana',
      journeyId: 'j_ana',
      flowId: 'f_ana',
      queue: 'soporte',
      priority: 'high',
      slaDeadline: '2026-03-02T15:00:00.000Z',
      summary,
      context: {},
    }),
    testActivityContext({ idempotencyKey: key, journeyId: 'j_ana', nodeId: key }),
  );

describe('the hand-off activity', () => {
  it("keeps the flow's summary as the case subject, and writes no English stand-in when there is none", async () => {
    const withSummary = await open('Cliente molesto: tono negativo', 'j_ana:n_handoff:1');
    expect((await store.getTicket(withSummary.handoffId))?.subject).toBe('Cliente molesto: tono negativo');
    // The agent's screen names a case without a subject in the agent's language («Caso de la cola soporte»).
    const without = await open('', 'j_ana:n_handoff:2');
    expect((await store.getTicket(without.handoffId))?.subject).toBe('');
  });
});
