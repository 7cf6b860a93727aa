import { RutaFlowId } from '@ruta/temporal';
import { describe, expect, it } from 'vitest';
import { withLocalServer, withTimeSkippingServer } from './temporal';

describe('withLocalServer', () => {
  const temporal = withLocalServer();
  it('gives a client, a connection and a native connection on 127.0.0.1', async () => {
    expect(temporal.address).toMatch(/^127\.0\.0\.1:/);
    expect(temporal.namespace).toBe('default');
    expect(temporal.env.supportsTimeSkipping).toBe(false);
    await temporal.connection.workflowService.getSystemInfo({});
    await temporal.nativeConnection.workflowService.getSystemInfo({});
    const h = await temporal.client.workflow.start('journey', {
      taskQueue: 'no-worker',
      workflowId: 'harness-local',
      typedSearchAttributes: [{ key: RutaFlowId, value: 'f' }],
    });
    await h.terminate();
  });
});

describe('withTimeSkippingServer', () => {
  const temporal = withTimeSkippingServer();
  it('gives a time-skipping environment', async () => {
    expect(temporal.env.supportsTimeSkipping).toBe(true);
    const h = await temporal.client.workflow.start('journey', {
      taskQueue: 'no-worker',
      workflowId: 'harness-ts',
      typedSearchAttributes: [{ key: RutaFlowId, value: 'f' }],
    });
    expect((await h.describe()).typedSearchAttributes.get(RutaFlowId)).toBe('f');
  });
});
