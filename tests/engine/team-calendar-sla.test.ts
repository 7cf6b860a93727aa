// An SLA breach on virtual time, counted in the queue's team calendar: the escalation sample's hand-off opens a case
// through the database store, which counts its 2 business hours in the team's calendar; the journey's durable timer
// waits until that deadline (months of skipped time) and runs the `sla_breached` path. The time-skipping server.
import { createQueue, createTeam, getSteps, getTicket, listOpen, setTeamCalendar } from '@ruta/db';
import { createTestDatabase, type Database } from '@ruta/db/testing';
import { DbStore } from '@ruta/workers';
import type { JourneyResult } from '@ruta/workflows/definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyInput, samplePlan, sampleScenarios } from '../support/engine';
import { withTimeSkippingServer } from '../support/temporal';
import { withWorker } from '../support/worker';

const server = withTimeSkippingServer();
let database: Database;
// The worker starts in a beforeAll declared after this file's own, which opens the database and sets the store.
const workerOptions = { store: undefined as unknown as DbStore };

beforeAll(async () => {
  database = await createTestDatabase();
  workerOptions.store = new DbStore(database.db);
  const team = await createTeam(database.db, { name: 'Soporte nocturno' });
  await createQueue(database.db, { id: 'soporte', teamId: team.id });
  // Open one minute a day: two business hours take 120 days.
  await setTeamCalendar(database.db, team.id, {
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    start: '03:00',
    end: '03:01',
    timeZone: 'UTC',
  });
}, 60_000);
afterAll(async () => {
  await database?.close();
});
const { taskQueue } = withWorker(server, workerOptions);

const DAY = 86_400_000;

describe('SLA breach in the team calendar on the time-skipping server', () => {
  it('waits until the deadline the team calendar set, then runs the sla_breached path', async () => {
    const plan = samplePlan('negative-sentiment-escalation');
    const scenario = sampleScenarios('negative-sentiment-escalation').find((s) => s.name.includes('SLA vencido'))!;
    const startMs = await server.env.currentTimeMs();
    const handle = await server.env.client.workflow.start('journey', {
      taskQueue,
      workflowId: 'team-calendar-sla',
      args: [journeyInput(plan, scenario, 'evt-team-calendar', new Date(startMs).toISOString())],
    });
    const result = (await handle.result()) as JourneyResult;
    expect(result.outcome).toBe('sla_breached');
    expect(result.path).toContain('n_handoff');

    const [ticket] = await listOpen(database.db, 'soporte', { kind: 'handoff' });
    const stored = (await getTicket(database.db, ticket!.id))!;
    const deadline = stored.slaDeadline!.getTime();
    // The flow's own hours (Mon–Fri 09:00–18:00 in the customer's zone) would have ended it within days.
    expect(deadline - startMs).toBeGreaterThan(100 * DAY);
    expect(new Date(deadline).toISOString().slice(11, 16)).toMatch(/^03:0[01]$/);
    // The journey took the breach path when its clock reached that deadline (its last step; the server's clock may
    // skip further once nothing waits).
    const steps = await getSteps(database.db, 'team-calendar-sla');
    const endMs = steps.at(-1)!.at.getTime();
    expect(steps.find((x) => x.type === 'leave' && x.nodeId === 'n_handoff')?.port).toBe('sla_breached');
    expect(endMs).toBeGreaterThanOrEqual(deadline);
    expect(endMs - deadline).toBeLessThan(DAY);
  }, 120_000);
});
