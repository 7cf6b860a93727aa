import { join } from 'node:path';
import { buildWorkflowBundle, REPLAY_SINKS } from '@ruta/workers';
import { Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/engine';
import { corpus } from '../support/histories';

describe('replay corpus', () => {
  const histories = corpus();

  it('holds a recorded history for every sample flow, and for an audience run', () => {
    const flows = new Set(histories.map((h) => h.name.split('--')[0]));
    expect([...flows].sort()).toEqual([
      'ab-welcome',
      'audience-run',
      'continue-as-new',
      'csat',
      'delivery-delay',
      'failed-payment',
      'kb-bot',
      'negative-sentiment-escalation',
      'sla-escalation',
    ]);
  });

  it('replays every recorded history against the current workflow bundle', async () => {
    const codePath = inject('workflowBundle');
    const failures: string[] = [];
    for (const h of histories) {
      try {
        await Worker.runReplayHistory({ workflowBundle: { codePath }, sinks: REPLAY_SINKS }, h.json, h.name);
      } catch (err) {
        failures.push(`${h.name}: ${(err as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('fails on an interpreter change that alters a journey’s commands', async () => {
    const changed = await buildWorkflowBundle(
      undefined,
      join(ROOT, 'tests/fixtures/nondeterministic/workflows.ts'),
      'nondeterministic',
    );
    const h = histories.find((x) => x.name.startsWith('delivery-delay'))!;
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: changed }, sinks: REPLAY_SINKS }, h.json, h.name),
    ).rejects.toBeInstanceOf(DeterminismViolationError);
  }, 120_000);

  it('passes when the same change is behind patched()', async () => {
    const guarded = await buildWorkflowBundle(undefined, join(ROOT, 'tests/fixtures/patched/workflows.ts'), 'patched');
    for (const h of histories) {
      await Worker.runReplayHistory({ workflowBundle: { codePath: guarded }, sinks: REPLAY_SINKS }, h.json, h.name);
    }
  }, 120_000);
});
