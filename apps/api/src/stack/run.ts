import { type LocalStack, type LocalStackOptions, startLocalStack } from './local-stack';

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
  say(`  API          ${stack.url}`, `  API          ${stack.url}`);
  say(`  Referencia   ${stack.url}/docs`, `  Reference    ${stack.url}/docs`);
  say(`  Diseñador    ${stack.url}/`, `  Designer     ${stack.url}/`);
  say(`  Temporal     ${stack.temporal.address}`, `  Temporal     ${stack.temporal.address}`);
  if (stack.temporal.ui) say(`  Temporal UI  ${stack.temporal.ui}`, `  Temporal UI  ${stack.temporal.ui}`);
  say(`  Base datos   ${stack.database}`, `  Database     ${stack.database}`);
  if (stack.adminKey) {
    say(
      `\n  Clave de administración (se muestra solo esta vez; guárdala):\n  ${stack.adminKey}`,
      `\n  Admin API key (shown only this once; keep it):\n  ${stack.adminKey}`,
    );
  } else if (stack.adminKeyFromEnv) {
    say('  Clave admin  RUTA_ADMIN_KEY', '  Admin key    RUTA_ADMIN_KEY');
  }
  const admin = stack.adminUser;
  if (admin.password) {
    say(
      `\n  Primer acceso al diseñador (la contraseña se muestra solo esta vez; al entrar eliges la tuya):\n  ${admin.email}  ${admin.password}`,
      `\n  First sign-in to the designer (the password is shown only this once; you choose your own when you sign in):\n  ${admin.email}  ${admin.password}`,
    );
  } else if (admin.created && admin.fromEnv) {
    say(`  Admin        ${admin.email} (RUTA_ADMIN_PASSWORD)`, `  Admin        ${admin.email} (RUTA_ADMIN_PASSWORD)`);
  }
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
        console.error(err);
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('Detenido.', 'Stopped.');
}
