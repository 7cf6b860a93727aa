// Schedules through the API on the Temporal dev server (the time-skipping test server does not implement Temporal
// Schedules: CreateSchedule answers UNIMPLEMENTED). Runs are real: the worker pages through the segment in PGlite
// and starts journeys. The deployment's shortest interval is lowered to 1 s so "pause → no runs" is observed in
// seconds rather than minutes.
import { listJourneys, publishVersion, upsertCustomer } from '@ruta/db';
import { describeFlowSchedule, flowScheduleId } from '@ruta/temporal';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderFlow } from './flows-fixtures';
import { eventually, expectProblem, withApi } from './support';

const api = withApi({ config: { scheduleMinIntervalMs: 1000 } });

const VIP = 12;

type Schedule = {
  flowId: string;
  scheduleId: string;
  version: number;
  currentVersion: number | null;
  inSync: boolean;
  paused: boolean;
  note: string | null;
  timing: { cron?: string; every?: string; timeZone: string; overlap: string } | null;
  audienceText: { es: string; en: string } | null;
  nextRuns: string[];
  recentRuns: { id: string; status: string; matched: number; started: number; skipped: number; flowVersion: number }[];
  runsTaken: number;
};

function scheduleFlow(
  id: string,
  params: Record<string, unknown> = {},
  reentry: 'once' | 'one_at_a_time' | 'every_time' = 'once',
) {
  return {
    schemaVersion: 3,
    id,
    name: `Programado ${id}`,
    settings: { reentry, transactional: false },
    nodes: [
      {
        id: 'n_trigger',
        kind: 'trigger.schedule',
        label: 'Cada lunes',
        params: {
          cron: '0 9 * * 1',
          timeZone: 'America/Santiago',
          overlap: 'buffer_one',
          audience: { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] },
          ...params,
        },
      },
      { id: 'n_wait', kind: 'wait.duration', params: { duration: '7d' } },
      { id: 'n_end', kind: 'end', params: { outcome: 'done' } },
    ],
    edges: [
      { id: 'e_1', from: 'n_trigger', port: 'out', to: 'n_wait' },
      { id: 'e_2', from: 'n_wait', port: 'out', to: 'n_end' },
    ],
  };
}

async function createAndPublish(document: Record<string, unknown>): Promise<number> {
  const created = await api.call('POST', '/v1/flows', { body: { document } });
  expect(created.status, created.text).toBe(201);
  const published = await api.call<{ version: number }>('POST', `/v1/flows/${document.id}/publish`, { body: {} });
  expect(published.status, published.text).toBe(201);
  return published.body.version;
}

async function saveAndPublish(document: Record<string, unknown>): Promise<number> {
  const saved = await api.call('PUT', `/v1/flows/${document.id}`, { body: { document } });
  expect(saved.status, saved.text).toBe(200);
  const published = await api.call<{ version: number }>('POST', `/v1/flows/${document.id}/publish`, { body: {} });
  expect(published.status, published.text).toBe(201);
  return published.body.version;
}

const schedule = (id: string) => api.call<Schedule>('GET', `/v1/flows/${id}/schedule`);

/** The weekday and time of an instant in a time zone, e.g. `Mon 09:00`. */
function inZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('weekday')} ${get('hour')}:${get('minute')}`;
}

beforeAll(async () => {
  for (let i = 0; i < VIP + 5; i++) {
    await upsertCustomer(api.db.db, { id: `c_s${String(i).padStart(2, '0')}`, tags: i < VIP ? ['vip'] : ['regular'] });
  }
});

describe('publishing a schedule flow', { timeout: 180_000 }, () => {
  it('creates one Temporal Schedule with its cron, zone and overlap, running the published version', async () => {
    const version = await createAndPublish(scheduleFlow('f_weekly'));
    const info = await describeFlowSchedule(api.server.client, 'f_weekly');
    expect(info).not.toBeNull();
    const d = info!.description;
    expect(d.scheduleId).toBe('ruta-schedule:f_weekly');
    expect(d.spec.timezone).toBe('America/Santiago');
    expect(d.spec.calendars).toEqual([
      expect.objectContaining({
        minute: [{ start: 0, end: 0, step: 1 }],
        hour: [{ start: 9, end: 9, step: 1 }],
        dayOfWeek: [{ start: 'MONDAY', end: 'MONDAY', step: 1 }],
      }),
    ]);
    expect(d.policies.overlap).toBe('BUFFER_ONE');
    expect(d.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'audienceRun',
      workflowId: 'audience:f_weekly',
      taskQueue: api.taskQueue,
      args: [{ flowId: 'f_weekly', flowVersion: version, searchAttributes: true }],
    });

    const r = await schedule('f_weekly');
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({
      scheduleId: flowScheduleId('f_weekly'),
      version,
      currentVersion: version,
      inSync: true,
      paused: false,
      timing: { cron: '0 9 * * 1', timeZone: 'America/Santiago', overlap: 'buffer_one' },
      audienceText: { es: 'tags contiene vip', en: 'tags contains vip' },
    });
    expect(r.body.nextRuns).toHaveLength(5);
    for (const next of r.body.nextRuns) expect(inZone(next, 'America/Santiago')).toBe('Mon 09:00');
  });

  it('runs now on request: one journey per customer of the segment, none for the others', async () => {
    const run = await api.call('POST', '/v1/flows/f_weekly/schedule/trigger');
    expect(run.status, run.text).toBe(202);
    const done = await eventually('a completed run', async () => {
      const r = await schedule('f_weekly');
      return r.body.recentRuns.find((x) => x.status === 'completed');
    });
    expect(done).toMatchObject({ matched: VIP, started: VIP, skipped: 0, flowVersion: 1 });
    expect(done.id).toMatch(/^audience:f_weekly-/);
    // The run knows when it was meant to start (the schedule's TemporalScheduledStartTime, also in its id).
    expect(Date.parse((done as unknown as { scheduledAt: string }).scheduledAt)).toBe(
      Date.parse(done.id.slice('audience:f_weekly-'.length)),
    );
    const journeys = (await listJourneys(api.db.db, { flowId: 'f_weekly', limit: 100 })).items;
    expect(journeys.map((j) => j.customerId).sort()).toEqual(
      Array.from({ length: VIP }, (_, i) => `c_s${String(i).padStart(2, '0')}`),
    );
    // Through the API's journeys list too, with the event the run gave them.
    const listed = await api.call<{ journeys: { customerId: string; eventId: string | null }[] }>(
      'GET',
      '/v1/journeys?flow=f_weekly&limit=100',
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.journeys).toHaveLength(VIP);
    expect(new Set(listed.body.journeys.map((j) => j.eventId))).toEqual(
      new Set([`schedule:${done.id.slice('audience:f_weekly-'.length)}`]),
    );
  });

  it('moves the schedule to a new version, keeping it paused', async () => {
    const paused = await api.call<Schedule>('POST', '/v1/flows/f_weekly/schedule/pause', {
      body: { note: 'Campaña en revisión' },
    });
    expect(paused.status, paused.text).toBe(200);
    expect(paused.body).toMatchObject({ paused: true, nextRuns: [] });
    expect(paused.body.note).toContain('Campaña en revisión');
    expect(paused.body.note).toContain('(test-admin)');

    const version = await saveAndPublish(
      scheduleFlow('f_weekly', { cron: '30 18 * * 1-5', timeZone: 'Europe/Madrid', overlap: 'skip' }),
    );
    expect(version).toBe(2);
    const info = await describeFlowSchedule(api.server.client, 'f_weekly');
    expect(info).toMatchObject({ paused: true, flowVersion: 2, timeZone: 'Europe/Madrid', overlap: 'SKIP' });
    const resumed = await api.call<Schedule>('POST', '/v1/flows/f_weekly/schedule/resume', { body: {} });
    expect(resumed.body).toMatchObject({ paused: false, version: 2, timing: { cron: '30 18 * * 1-5' } });
    for (const next of resumed.body.nextRuns)
      expect(inZone(next, 'Europe/Madrid')).toMatch(/^(Mon|Tue|Wed|Thu|Fri) 18:30$/);

    // Rolling back publishes a copy of version 1: the schedule follows it.
    const back = await api.call<{ version: number }>('POST', '/v1/flows/f_weekly/rollback', { body: { version: 1 } });
    expect(back.status, back.text).toBe(201);
    expect(await describeFlowSchedule(api.server.client, 'f_weekly')).toMatchObject({
      flowVersion: 3,
      timeZone: 'America/Santiago',
    });
  });

  it('takes no runs while paused, and runs again when resumed', async () => {
    await createAndPublish(scheduleFlow('f_often', { cron: undefined, every: '1s', overlap: 'skip' }, 'every_time'));
    const ran = await eventually('runs on the interval', async () => {
      const info = await describeFlowSchedule(api.server.client, 'f_often');
      return info && info.runsTaken >= 2 ? info.runsTaken : undefined;
    });
    expect(ran).toBeGreaterThanOrEqual(2);
    const paused = await api.call<Schedule>('POST', '/v1/flows/f_often/schedule/pause', { body: {} });
    expect(paused.status, paused.text).toBe(200);
    const at = (await describeFlowSchedule(api.server.client, 'f_often'))!.runsTaken;
    // Absence can only be watched for: four intervals pass without a run.
    await new Promise((r) => setTimeout(r, 4_000));
    expect((await describeFlowSchedule(api.server.client, 'f_often'))!.runsTaken).toBe(at);
    // No body at all is fine too (the note is optional).
    const resumed = await api.call<Schedule>('POST', '/v1/flows/f_often/schedule/resume');
    expect(resumed.status, resumed.text).toBe(200);
    expect(resumed.body.note).toBe('Resumed (test-admin)');
    await eventually('a run after resuming', async () => {
      const info = await describeFlowSchedule(api.server.client, 'f_often');
      return info && info.runsTaken > at ? true : undefined;
    });
    await api.call('POST', '/v1/flows/f_often/schedule/pause', { body: {} });
  });

  it('deletes the schedule on unpublish and on delete; publishing again creates it', async () => {
    const un = await api.call<{ publishedVersion: number | null }>('POST', '/v1/flows/f_weekly/unpublish');
    expect(un.status, un.text).toBe(200);
    expect(un.body.publishedVersion).toBeNull();
    expect(await describeFlowSchedule(api.server.client, 'f_weekly')).toBeNull();
    const gone = expectProblem(await schedule('f_weekly'), 409);
    expect(gone.type).toBe('/docs#problem-not-scheduled');
    expect(gone.detail).toContain('not published');
    expectProblem(await api.call('POST', '/v1/flows/f_weekly/unpublish'), 409);
    // Journeys already started keep running.
    const running = await listJourneys(api.db.db, { flowId: 'f_weekly', status: 'running' });
    expect(running.items.length).toBe(VIP);

    const again = await api.call<{ version: number }>('POST', '/v1/flows/f_weekly/publish', { body: {} });
    expect(again.status, again.text).toBe(201);
    expect(await describeFlowSchedule(api.server.client, 'f_weekly')).toMatchObject({
      flowVersion: again.body.version,
    });

    // A new version that is no longer scheduled removes the schedule too.
    const event = orderFlow('f_weekly');
    await saveAndPublish(event);
    expect(await describeFlowSchedule(api.server.client, 'f_weekly')).toBeNull();
    expectProblem(await schedule('f_weekly'), 409);

    const deleted = await api.call('DELETE', '/v1/flows/f_often');
    expect(deleted.status, deleted.text).toBe(204);
    expect(await describeFlowSchedule(api.server.client, 'f_often')).toBeNull();
  });
});

describe('schedule errors are problem+json', () => {
  it('answers 404, 409, 422, 401 and 403 with what to fix', async () => {
    expectProblem(await schedule('f_nope'), 404);
    expectProblem(await api.call('POST', '/v1/flows/f_nope/schedule/pause', { body: {} }), 404);
    await api.call('POST', '/v1/flows', { body: { document: orderFlow('f_events') } });
    const notPublished = expectProblem(await schedule('f_events'), 409);
    expect(notPublished.detail).toContain('not published');
    await api.call('POST', '/v1/flows/f_events/publish', { body: {} });
    const notScheduled = expectProblem(await schedule('f_events'), 409);
    expect(notScheduled.detail).toContain('not started by a schedule');
    expectProblem(await api.call('POST', '/v1/flows/f_events/schedule/trigger'), 409);
    expectProblem(await api.call('POST', '/v1/flows/f_events/schedule/resume', { body: {} }), 409);

    const long = expectProblem(
      await api.call('POST', '/v1/flows/f_events/schedule/pause', { body: { note: 'x'.repeat(501) } }),
      422,
    );
    expect(long.errors).toContainEqual(expect.objectContaining({ path: 'note', message: expect.any(String) }));
    expectProblem(await api.call('GET', '/v1/flows/f_events/schedule', { key: null }), 401);
    const reader = await api.key('flows:read');
    expectProblem(await api.call('POST', '/v1/flows/f_events/schedule/pause', { key: reader, body: {} }), 403);
  });

  it('refuses to publish a schedule with a bad cron, interval or segment, naming each problem', async () => {
    const bad = scheduleFlow('f_bad', {
      cron: '0 25 * * 1',
      audience: { match: 'all', conditions: [{ field: 'plan', op: 'eq', value: 'pro' }] },
    });
    await api.call('POST', '/v1/flows', { body: { document: bad } });
    const p = expectProblem(await api.call('POST', '/v1/flows/f_bad/publish', { body: {} }), 409);
    const codes = (p.diagnostics as { code: string; path: unknown[]; message: { es: string } }[]).map((d) => [
      d.code,
      d.path,
    ]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['invalid_cron', ['params', 'cron']],
        ['invalid_segment', ['params', 'audience', 'conditions', 0, 'field']],
      ]),
    );
    // The deployment's minimum interval (1 s here) is the compiler's.
    await saveAndPublishExpecting(scheduleFlow('f_bad', { cron: undefined, every: '500ms' }), 'invalid_params');
    expect(await describeFlowSchedule(api.server.client, 'f_bad')).toBeNull();
  });

  it('refuses to roll back to a schedule version published before audiences, keeping the schedule as it is', async () => {
    await createAndPublish(scheduleFlow('f_old'));
    // A version as a v2 document published it: a cron and no segment.
    const v1 = await api.call<{ plan: { trigger: Record<string, unknown> } & Record<string, unknown> }>(
      'GET',
      '/v1/flows/f_old/versions/1',
    );
    const plan = { ...v1.body.plan, trigger: { ...v1.body.plan.trigger, params: { cron: '0 9 * * 1' } } };
    await publishVersion(api.db.db, 'f_old', { document: {}, plan, hash: 'old-plan' });
    await publishVersion(api.db.db, 'f_old', { document: {}, plan: v1.body.plan, hash: 'v1-again' });
    const p = expectProblem(await api.call('POST', '/v1/flows/f_old/rollback', { body: { version: 2 } }), 409);
    expect(p.diagnostics).toEqual([expect.objectContaining({ code: 'invalid_segment', path: ['params', 'audience'] })]);
    expect((await api.call<{ versions: unknown[] }>('GET', '/v1/flows/f_old/versions')).body.versions).toHaveLength(3);
    expect(await describeFlowSchedule(api.server.client, 'f_old')).toMatchObject({ flowVersion: 1 });
    // The schedule lags the current version (3, published behind the API's back): the API says so.
    const r = await schedule('f_old');
    expect(r.body).toMatchObject({ version: 1, currentVersion: 3, inSync: false });
  });
});

async function saveAndPublishExpecting(document: Record<string, unknown>, code: string) {
  const saved = await api.call('PUT', `/v1/flows/${document.id}`, { body: { document } });
  expect(saved.status, saved.text).toBe(200);
  const p = expectProblem(await api.call('POST', `/v1/flows/${document.id}/publish`, { body: {} }), 409);
  expect((p.diagnostics as { code: string }[]).map((d) => d.code)).toContain(code);
}
