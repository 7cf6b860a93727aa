import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rutaDataConverter } from '@ruta/temporal';
import { buildWorkflowBundle, REPLAY_SINKS, TRACED_REPLAY_SINKS } from '@ruta/workers';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';
import { corpus } from '../support/histories';

// Histories recorded by Ruta's worker may hold compressed payloads, and plans by reference: read them as Ruta does.
// The corpus's journeys carry their plans inline, so no plan store is needed.
const dataConverter = rutaDataConverter({ planStore: null });

/** The patch markers a recorded history holds (their payloads, decoded). */
function patchesOf(json: unknown): string[] {
  return [...JSON.stringify(json).matchAll(/"data":"([A-Za-z0-9+/=]+)"/g)]
    .map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'))
    .filter((d) => d.includes('"deprecated"'));
}

describe('replay corpus', () => {
  const histories = corpus();

  it('holds a recorded history for every sample flow, an audience run, journeys parked at a failed step and held for missing data', () => {
    const flows = new Set(histories.map((h) => h.name.split('--')[0]));
    expect([...flows].sort()).toEqual([
      'ab-welcome',
      'audience-run',
      'continue-as-new',
      'csat',
      'delivery-delay',
      'failed-payment',
      'held',
      'kb-bot',
      'negative-sentiment-escalation',
      'parked',
      'sla-escalation',
      'timed-wait',
    ]);
  });

  it('records a timed wait ending each way it can: the timer cancelled by a reply, a skip or a cancel, or fired', () => {
    // What these histories hold is what the driver's timed wait must command; replaying them (below) checks it does.
    const timers = (name: string) => {
      const h = histories.find((x) => x.name === `${name}.json`)!.json as { events: { eventType: string }[] };
      return h.events
        .map((e) => e.eventType.replace('EVENT_TYPE_', ''))
        .filter((t) => t.startsWith('TIMER_') || t === 'WORKFLOW_EXECUTION_SIGNALED' || t.endsWith('UPDATE_ACCEPTED'));
    };
    expect(timers('timed-wait--0')).toEqual(['TIMER_STARTED', 'WORKFLOW_EXECUTION_SIGNALED', 'TIMER_CANCELED']);
    // A reply that came with the start: the timer is started and cancelled in the same task, so neither is recorded.
    expect(timers('timed-wait--1')).toEqual(['WORKFLOW_EXECUTION_SIGNALED']);
    expect(timers('timed-wait--2')).toEqual([
      'TIMER_STARTED',
      'WORKFLOW_EXECUTION_UPDATE_ACCEPTED',
      'TIMER_CANCELED',
      'TIMER_STARTED',
      'WORKFLOW_EXECUTION_UPDATE_ACCEPTED',
      'TIMER_CANCELED',
    ]);
    expect(timers('timed-wait--3')).toEqual(['TIMER_STARTED', 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED', 'TIMER_CANCELED']);
    expect(timers('timed-wait--4')).toEqual(['TIMER_STARTED', 'TIMER_FIRED', 'TIMER_STARTED', 'TIMER_FIRED']);
  });

  it('records the parked journeys under the parking patch, retried and skipped', () => {
    const parked = histories.filter((h) => h.name.startsWith('parked--'));
    expect(parked).toHaveLength(2);
    for (const h of parked) expect(patchesOf(h.json)).toContain('{"id":"activity-failure-parks","deprecated":false}');
    expect(JSON.stringify(parked[0]!.json)).toContain('"retryStep"');
    expect(JSON.stringify(parked[1]!.json)).toContain('"skipWait"');
  });

  it('records the journeys held for missing data: retried twice (held again, then sent) and skipped', () => {
    const held = histories.filter((h) => h.name.startsWith('held--'));
    expect(held).toHaveLength(2);
    const events = (json: unknown) =>
      (json as { events: { eventType: string }[] }).events.map((e) => e.eventType.replace('EVENT_TYPE_', ''));
    for (const h of held) {
      expect(patchesOf(h.json)).toContain('{"id":"send-follows-missing-data-rule","deprecated":false}');
    }
    const [retried, skipped] = held.map((h) => events(h.json));
    expect(retried!.filter((t) => t === 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED')).toHaveLength(2);
    expect(JSON.stringify(held[0]!.json)).toContain('"retryStep"');
    // The message went out once, after the second retry; the skipped one never called the channel.
    expect(retried!.filter((t) => t === 'ACTIVITY_TASK_SCHEDULED')).toHaveLength(1);
    expect(JSON.stringify(held[1]!.json)).toContain('"skipWait"');
    expect(skipped!.filter((t) => t === 'ACTIVITY_TASK_SCHEDULED')).toHaveLength(0);
  });

  it('replays every recorded history against the current workflow bundle', async () => {
    const codePath = inject('workflowBundle');
    const failures: string[] = [];
    for (const h of histories) {
      try {
        await Worker.runReplayHistory(
          { workflowBundle: { codePath }, sinks: REPLAY_SINKS, dataConverter },
          h.json,
          h.name,
        );
      } catch (err) {
        failures.push(`${h.name}: ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('replays the whole corpus twice in one worker, whose workflows share the flow runtime', async () => {
    // The bundle preloads the flow runtime once per worker: a journey must take the same steps whatever journeys ran
    // before it in that worker (the corpus's plans predate compiled expressions, so each one loads cel-js too).
    const codePath = inject('workflowBundle');
    expect(readFileSync(codePath, 'utf8')).toMatch(
      /preloadModules\(\) \{\s+__webpack_require__\([^)]*"\.\/packages\/flow\/src\/runtime\.ts"\)/,
    );
    const twice = [...histories, ...histories].map((h, i) => ({ workflowId: `${h.name}-${i}`, history: h.json }));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { codePath }, sinks: REPLAY_SINKS, dataConverter },
      twice as Parameters<typeof Worker.runReplayHistories>[1],
    )) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('replays every recorded history against the traced bundle (OpenTelemetry workflow interceptors on)', async () => {
    // Histories recorded without tracing replay with it: the interceptors add headers and spans, never commands.
    const codePath = await buildWorkflowBundle(undefined, undefined, undefined, { tracing: true });
    expect(codePath).toMatch(/journey-traced-[0-9a-f]+\.js$/);
    const failures: string[] = [];
    for (const h of histories) {
      try {
        await Worker.runReplayHistory(
          { workflowBundle: { codePath }, sinks: TRACED_REPLAY_SINKS, dataConverter },
          h.json,
          h.name,
        );
      } catch (err) {
        failures.push(`${h.name}: ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('fails on an interpreter change that alters a journey’s commands', async () => {
    const changed = await buildWorkflowBundle(
      undefined,
      join(ROOT, 'tests/fixtures/nondeterministic/workflows.ts'),
      'nondeterministic',
    );
    const h = histories.find((x) => x.name.startsWith('delivery-delay'))!;
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: changed }, sinks: REPLAY_SINKS, dataConverter },
        h.json,
        h.name,
      ),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  }, 120_000);

  it('passes when the same change is behind patched()', async () => {
    const guarded = await buildWorkflowBundle(undefined, join(ROOT, 'tests/fixtures/patched/workflows.ts'), 'patched');
    for (const h of histories) {
      await Worker.runReplayHistory(
        { workflowBundle: { codePath: guarded }, sinks: REPLAY_SINKS, dataConverter },
        h.json,
        h.name,
      );
    }
  }, 120_000);
});
