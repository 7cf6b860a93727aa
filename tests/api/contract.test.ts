// The OpenAPI document is the contract: schemathesis (property-based, from PyPI, pinned) generates valid and invalid
// requests from /openapi.json against a real stack started as `npm start` starts it (API + worker + Temporal dev
// server + PGlite on 127.0.0.1), runs every check (server errors, statuses and content types the document does not
// list, invalid data accepted, valid data refused, unsupported methods, use after delete, auth ignored…), stateful
// phase included, and must find nothing. Bounded: examples per operation and a time budget.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installPypiTool, type PypiTool } from '@ruta/temporal';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freePort, type StackProcess, startStackProcess } from '../support/stack';

/** Pinned: a new schemathesis finds new things; upgrading it is a change of its own. */
const SCHEMATHESIS: PypiTool = {
  pypiName: 'schemathesis',
  version: '4.32.5',
  exe: 'schemathesis',
  withDependencies: true,
};
/** Test cases per operation and phase, and the whole run's budget (seconds): bounded so CI stays reasonable. */
const MAX_EXAMPLES = Number(process.env.RUTA_CONTRACT_EXAMPLES ?? 12);
const MAX_TIME_S = Number(process.env.RUTA_CONTRACT_SECONDS ?? 90);
const SEED = 20_260_101;

const ADMIN = `contract_${randomBytes(24).toString('base64url')}`;
const work = mkdtempSync(join(tmpdir(), 'ruta-contract-'));
let stack: StackProcess | undefined;
let toolDir = '';

beforeAll(async () => {
  const [dir, port, temporalPort, uiPort] = await Promise.all([
    installPypiTool(SCHEMATHESIS),
    freePort(),
    freePort(),
    freePort(),
  ]);
  toolDir = dir;
  stack = await startStackProcess(port, {
    RUTA_DATA_DIR: join(work, 'data'),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    RUTA_ADMIN_KEY: ADMIN,
    RUTA_WORKFLOW_BUNDLE: inject('workflowBundle'),
    // The limits have tests of their own; here they would only turn generated requests into 429s.
    RUTA_RATE_LIMIT: '0',
    RUTA_AUTH_FAILURE_LIMIT: '0',
    RUTA_SIGNIN_ACCOUNT_LIMIT: '0',
    RUTA_TEMPORAL_TIMEOUT_MS: '5000',
    // Configured as in production, so the webhooks check signatures (401) rather than answer 503.
    TWILIO_AUTH_TOKEN: 'contract-twilio-token',
    WHATSAPP_APP_SECRET: 'contract-whatsapp-secret',
    WHATSAPP_VERIFY_TOKEN: 'contract-verify-token',
  });
  // Something for the stateful phase to walk from: a published flow, a customer.
  const call = async (method: string, path: string, body: unknown) => {
    const res = await fetch(`${stack!.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(300);
    return JSON.parse(text) as { id: string };
  };
  const flow = await call('POST', '/v1/flows', { template: 'delivery-delay' });
  await call('POST', `/v1/flows/${flow.id}/publish`, {});
  await call('PUT', '/v1/customers/c_contract', { name: 'Ana', locale: 'es', timeZone: 'America/Santiago' });
}, 300_000);

afterAll(async () => {
  await stack?.stop('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

/** Runs schemathesis to the end (or kills it past the budget); its exit code and everything it printed. */
function schemathesis(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.RUTA_PYTHON?.trim() || 'python3', ['-m', 'schemathesis.cli', ...args], {
      cwd: work,
      env: { ...process.env, PYTHONPATH: toolDir, NO_COLOR: '1', SCHEMATHESIS_HOOKS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

it('schemathesis finds no failure in the OpenAPI contract (all checks, stateful phase included)', {
  timeout: (MAX_TIME_S + 180) * 1000,
}, async () => {
  const report = join(work, 'junit.xml');
  // Setting a password: beyond what a schema can say (its length), the policy refuses well-known passwords, keyboard
  // rows and repeated characters with a 422 that names the rule; a generated password may be one of those.
  const config = join(work, 'schemathesis.toml');
  writeFileSync(
    config,
    [
      '[[operations]]',
      'include-name = ["POST /v1/users", "PATCH /v1/users/{id}", "POST /v1/me/password"]',
      'checks.positive_data_acceptance.expected-statuses = ["2XX", "3XX", "401", "403", "404", "409", "422", "429", "5XX"]',
      '',
      // Insights: `from` must come before `to`, and a version needs a flowId: rules across fields, answered 422.
      '[[operations]]',
      'include-name = ["GET /v1/insights"]',
      'checks.positive_data_acceptance.expected-statuses = ["2XX", "3XX", "401", "403", "404", "409", "422", "429", "5XX"]',
      '',
    ].join('\n'),
  );
  const { code, output } = await schemathesis(
    [
      '--config-file',
      config,
      'run',
      `${stack!.url}/openapi.json`,
      '--url',
      stack!.url,
      '--checks',
      'all',
      '--phases',
      'examples,coverage,fuzzing,stateful',
      '--header',
      `Authorization: Bearer ${ADMIN}`,
      '--max-examples',
      String(MAX_EXAMPLES),
      '--max-time',
      String(MAX_TIME_S),
      '--seed',
      String(SEED),
      '--workers',
      '1',
      '--request-timeout',
      '30',
      '--suppress-health-check',
      'too_slow,filter_too_much,data_too_large',
      '--report',
      'junit',
      '--report-junit-path',
      report,
    ],
    (MAX_TIME_S + 150) * 1000,
  );
  const tail = output.split('\n').slice(-200).join('\n');
  expect(code, `schemathesis exited ${code}:\n${tail}\n--- stack output ---\n${stack!.output().slice(-4000)}`).toBe(0);
  const junit = readFileSync(report, 'utf8');
  const suites = /<testsuites\b([^>]*)>/.exec(junit)?.[1] ?? '';
  const count = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suites)?.[1] ?? Number.NaN);
  expect({ failures: count('failures'), errors: count('errors') }, tail).toEqual({ failures: 0, errors: 0 });
  // Every operation of the document was exercised (one test case each, plus the stateful phase).
  const operations = Object.values(
    ((await (await fetch(`${stack!.url}/openapi.json`)).json()) as { paths: Record<string, object> }).paths,
  ).reduce((n, methods) => n + Object.keys(methods).length, 0);
  expect(count('tests'), tail).toBeGreaterThanOrEqual(operations);
});
