import { join, resolve } from 'node:path';
import { compile } from '@ruta/flow';
import { connectionConfigFromEnv, RUTA_TASK_QUEUE, startJourney, startLocalServer } from '@ruta/temporal';
import { createRutaWorker, FileStore } from '@ruta/workers';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { type Args, langOf } from '../args';
import { readJson } from '../files';
import { followJourney } from '../follow';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * `ruta start`: the local stack. Temporal dev server (state in `.data/temporal.sqlite`, Web UI), a worker,
 * and a demo journey whose path is printed as it runs. Ctrl-C stops everything cleanly.
 */
export async function startCommand(args: Args): Promise<number> {
  const lang = langOf(args);
  const dataDir = resolve(process.env.RUTA_DATA_DIR ?? '.data');
  const external = Boolean(process.env.TEMPORAL_ADDRESS);
  const say = (es: string, en: string) => console.log(lang === 'es' ? es : en);

  let client: Client;
  let native: NativeConnection;
  let teardown: () => Promise<void>;
  const config = connectionConfigFromEnv();
  if (external) {
    const connection = await Connection.connect({
      address: config.address,
      ...(config.tls ? { tls: config.tls } : {}),
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    });
    client = new Client({ connection, namespace: config.namespace });
    native = await NativeConnection.connect({
      address: config.address,
      ...(config.tls ? { tls: config.tls } : {}),
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    });
    teardown = async () => {
      await native.close();
      await connection.close();
    };
  } else {
    const port = Number(process.env.TEMPORAL_PORT ?? 7233);
    const uiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
    say('Iniciando Temporal (servidor de desarrollo)…', 'Starting Temporal (dev server)…');
    const env = await startLocalServer({ dataDir, port, ui: true, uiPort });
    client = env.client;
    native = env.nativeConnection;
    teardown = () => env.teardown();
    say(
      `  Temporal      127.0.0.1:${port}  (estado en ${join(dataDir, 'temporal.sqlite')})`,
      `  Temporal      127.0.0.1:${port}  (state in ${join(dataDir, 'temporal.sqlite')})`,
    );
    say(`  Temporal UI   http://127.0.0.1:${uiPort}`, `  Temporal UI   http://127.0.0.1:${uiPort}`);
  }

  const store = new FileStore(join(dataDir, 'store'));
  const worker = await createRutaWorker({
    connection: native,
    namespace: config.namespace,
    taskQueue: RUTA_TASK_QUEUE,
    store,
  });
  const running = worker.run();
  say(`  Worker        cola ${RUTA_TASK_QUEUE}`, `  Worker        queue ${RUTA_TASK_QUEUE}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('\nDeteniendo…', '\nStopping…');
    worker.shutdown();
    await running.catch(() => undefined);
    await teardown();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (!args.flags['no-demo'] && process.env.RUTA_DEMO !== '0') {
    await demo(client, store, lang).catch((err) => console.error(`demo: ${(err as Error).message}`));
  }
  say('\nListo. Ctrl-C para detener.', '\nReady. Ctrl-C to stop.');
  await running;
  return 0;
}

/** Runs the escalation sample for a frustrated customer, playing the agent who resolves the handoff. */
async function demo(client: Client, store: FileStore, lang: 'es' | 'en'): Promise<void> {
  const compiled = compile(await readJson(join(ROOT, 'examples/flows/negative-sentiment-escalation.json'), 'Flow'));
  if (!compiled.ok) throw new Error('the sample flow does not compile');
  const customer = {
    id: 'c_demo',
    name: 'Camila Rojas',
    phone: '+56911112222',
    locale: 'es' as const,
    timeZone: 'America/Santiago',
  };
  await store.upsertCustomer(customer);
  const now = new Date().toISOString();
  const event = {
    id: `demo-${Date.now()}`,
    type: 'message.received',
    customerId: customer.id,
    time: now,
    data: { text: 'Llevo una hora en espera y es la tercera vez que llamo. Quiero hablar con una persona.' },
  };
  const started = await startJourney(client, {
    plan: compiled.plan,
    flowVersion: 1,
    event,
    customer,
    taskQueue: RUTA_TASK_QUEUE,
  });
  console.log(
    lang === 'es'
      ? `\nRecorrido de demostración: ${compiled.plan.name} (${started.workflowId})`
      : `\nDemo journey: ${compiled.plan.name} (${started.workflowId})`,
  );
  if (!started.started) return;
  await followJourney(client, started.workflowId, compiled.plan, { lang, resolveHandoffsAfterMs: 1500 });
  const sent = await store.listOutbound({ customerId: customer.id });
  console.log(
    lang === 'es' ? `  Mensajes en la bandeja de salida: ${sent.length}` : `  Messages in the outbox: ${sent.length}`,
  );
}
