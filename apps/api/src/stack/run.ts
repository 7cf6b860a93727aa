import { safeError } from '@ruta/log';
import { type LocalStack, type LocalStackOptions, startLocalStack } from './local-stack';

/**
 * The lines `npm start` prints once the stack runs: its addresses, and the admin key — the one just generated
 * (shown only this once) or, when `RUTA_ADMIN_KEY` set it, that key itself, so it can be pasted into the designer.
 */
export function startBanner(
  stack: Pick<LocalStack, 'url' | 'temporal' | 'database' | 'adminKey' | 'adminKeyFromEnv'> & {
    encrypted?: boolean;
    adminUser?: LocalStack['adminUser'];
  },
  envKey: string | undefined,
  lang: 'es' | 'en',
): string[] {
  const es = lang === 'es';
  const lines = [
    `  API          ${stack.url}`,
    es ? `  Referencia   ${stack.url}/docs` : `  Reference    ${stack.url}/docs`,
    es ? `  Diseñador    ${stack.url}/` : `  Designer     ${stack.url}/`,
    `  Temporal     ${stack.temporal.address}`,
    ...(stack.temporal.ui ? [`  Temporal UI  ${stack.temporal.ui}`] : []),
    es ? `  Base datos   ${stack.database}` : `  Database     ${stack.database}`,
    ...(stack.encrypted
      ? [es ? '  Cifrado      Temporal (AES-256-GCM)' : '  Encryption   Temporal payloads (AES-256-GCM)']
      : []),
  ];
  if (stack.adminKey) {
    lines.push(
      es
        ? `\n  Clave de administración (se muestra solo esta vez; guárdala):\n  ${stack.adminKey}`
        : `\n  Admin API key (shown only this once; keep it):\n  ${stack.adminKey}`,
    );
  } else if (stack.adminKeyFromEnv && envKey?.trim()) {
    lines.push(
      es
        ? `  Clave admin  ${envKey.trim()}  (de RUTA_ADMIN_KEY)`
        : `  Admin key    ${envKey.trim()}  (from RUTA_ADMIN_KEY)`,
    );
  }
  const admin = stack.adminUser;
  if (admin?.password) {
    lines.push(
      es
        ? `\n  Primer acceso al diseñador (la contraseña se muestra solo esta vez; al entrar eliges la tuya):\n  ${admin.email}  ${admin.password}`
        : `\n  First sign-in to the designer (the password is shown only this once; you choose your own when you sign in):\n  ${admin.email}  ${admin.password}`,
    );
  } else if (admin?.created && admin.fromEnv) {
    lines.push(`  Admin        ${admin.email} (RUTA_ADMIN_PASSWORD)`);
  }
  return lines;
}

export interface RunLocalStackOptions extends LocalStackOptions {
  lang?: 'es' | 'en';
  print?: (line: string) => void;
}

/**
 * `npm start`: starts the local stack, prints its addresses (and the admin key when one was just created), and
 * stops everything cleanly on Ctrl-C or SIGTERM. Resolves when the stack has stopped.
 */
export async function runLocalStack(options: RunLocalStackOptions = {}): Promise<void> {
  const print = options.print ?? ((line: string) => console.log(line));
  const es = options.lang === 'es';
  const say = (spanish: string, english: string) => print(es ? spanish : english);
  say('Iniciando Ruta (Temporal, base de datos, worker, API)…', 'Starting Ruta (Temporal, database, worker, API)…');
  const stack: LocalStack = await startLocalStack(options);
  for (const line of startBanner(stack, (options.env ?? process.env).RUTA_ADMIN_KEY, es ? 'es' : 'en')) print(line);
  say('\nListo. Ctrl-C para detener.', '\nReady. Ctrl-C to stop.');

  await new Promise<void>((done) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second Ctrl-C while stopping: give up waiting.
        process.exit(130);
      }
      stopping = true;
      say(`\nDeteniendo (${signal})…`, `\nStopping (${signal})…`);
      stack.stop().then(done, (err) => {
        console.error(`ruta: while stopping: ${safeError(err).message}`);
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('Detenido.', 'Stopped.');
}
