import { metrics } from '@ruta/log';
import { channelSend, implement } from '@ruta/sdk';
import { describe, expect, it } from 'vitest';
import { toTemporalActivities } from './registry';

const failures = async (kind: string) =>
  (await metrics().activityFailures.get()).values.find(
    (v) => v.labels.activity === 'channel.send' && v.labels.kind === kind,
  )?.value ?? 0;

describe('activity metrics', () => {
  it('times every attempt and counts a failure by its kind', async () => {
    const definition = implement(channelSend, async () => ({
      messageId: 'm',
      channel: 'sms' as const,
      status: 'sent' as const,
      deduped: false,
    }));
    const send = toTemporalActivities([definition as never])['channel.send']!;
    const before = await failures('InvalidActivityInput');
    // Refused at the boundary: the input names no channel.
    await expect(send({ customerId: 'c_1' })).rejects.toThrow(/Input of channel.send is invalid/);
    expect(await failures('InvalidActivityInput')).toBe(before + 1);
    const latency = (await metrics().activityDuration.get()).values.find(
      (v) =>
        v.metricName === 'ruta_activity_duration_seconds_count' &&
        v.labels.activity === 'channel.send' &&
        v.labels.outcome === 'failed',
    );
    expect(latency?.value).toBeGreaterThanOrEqual(1);
  });
});
