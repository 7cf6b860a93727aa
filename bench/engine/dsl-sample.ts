/**
 * Temporal's own DSL-interpreter sample (temporalio/samples-typescript, `dsl-interpreter/src/workflows.ts`) as a
 * third column of the engine benchmark, when a copy is on this machine. None of its code is in this repository:
 * point BENCH_DSL_SAMPLE at its workflows.ts (default /tmp/ruta-dsl-sample/workflows.ts), e.g.
 *
 *   git clone https://github.com/temporalio/samples-typescript /tmp/samples-typescript
 *   BENCH_DSL_SAMPLE=/tmp/samples-typescript/dsl-interpreter/src/workflows.ts npm run bench -- engine
 *
 * Its language has activities, sequences and parallels only (no timers, branches or waits), so it runs the
 * four-step flow (the five steps without the timer), with the same no-op activities.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';

const ROOT = join(import.meta.dirname, '../..');
const DEFAULT_PATH = '/tmp/ruta-dsl-sample/workflows.ts';

/** The sample's workflows.ts, or why it is not measured. */
export function findDslSample(): { path: string } | { absent: string } {
  const path = process.env.BENCH_DSL_SAMPLE ?? DEFAULT_PATH;
  if (existsSync(path)) return { path };
  return {
    absent: `Temporal's dsl-interpreter sample was not found at ${path} (set BENCH_DSL_SAMPLE to its src/workflows.ts)`,
  };
}

/** Bundles the sample's workflows, resolving @temporalio/workflow from this repository's node_modules. */
export async function bundleDslSample(path: string): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: path,
    logger: new DefaultLogger('WARN'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, modules: ['node_modules', join(ROOT, 'node_modules')] },
    }),
  });
  const dir = join(ROOT, 'workflows/dist');
  await mkdir(dir, { recursive: true });
  const out = join(dir, 'dsl-interpreter-sample.js');
  await writeFile(out, code);
  return out;
}

/** The sample's input for the four steps: its variables hold each activity's input, its root the sequence. */
export function dslInput(customer: { id: string; name?: string }, text: string) {
  const name = customer.name ?? '';
  const message = (body: string) => ({
    customerId: customer.id,
    flowId: 'f_four_steps',
    channel: 'whatsapp',
    text: body,
    locale: 'es',
    transactional: false,
    kind: 'message',
  });
  const call = (activity: string, argument: string, result?: string) => ({
    activity: { name: activity, arguments: [argument], ...(result ? { result } : {}) },
  });
  return {
    variables: {
      first: message(`Hola ${name}, ¿cómo te fue con tu pedido?`),
      tone: { text, lang: 'es', customerId: customer.id },
      ticket: {
        customerId: customer.id,
        action: 'create',
        ticketId: null,
        subject: `Seguimiento de ${name}`,
        priority: 'normal',
        queue: 'support',
      },
      // The DSL cannot put the ticket's id in the text: its arguments are whole variables.
      last: message(`Gracias, ${name}. Abrimos tu caso.`),
    },
    root: {
      sequence: {
        elements: [
          call('channel.send', 'first'),
          call('sentiment.analyze', 'tone', 'sentiment'),
          call('crm.upsertTicket', 'ticket', 'ticketResult'),
          call('channel.send', 'last'),
        ],
      },
    },
  };
}
