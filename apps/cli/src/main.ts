import { parseArgs, UsageError } from './args';

const HELP = `ruta — journeys as code

  ruta validate <flow.json>… [--lang es|en] [--json]     check flows; exit 1 on errors
  ruta simulate <flow.json> [--scenario <file>] [--json]  play scenarios on virtual time
  ruta run <flow.json> --event <event.json> [--customer <customer.json>]
                                                         start a journey on Temporal and print its path live
  ruta start                                             the local stack: Temporal, worker, demo journey
  ruta pull <flowId> [--out <file>] [--version <n>]      write a flow (draft or version) to a file for git
  ruta push <flow.json>…                                 save files as their flows' drafts
  ruta publish <flow.json> [--note <text>]               push, then publish
  ruta diff <flow.json> [--version <n>]                  compare a file with a published version
                                                         (pull/push/publish/diff: RUTA_API_URL, RUTA_API_KEY;
                                                          exit 0 ok, 1 errors or differences, 2 usage, 3 API)
  ruta new activity <name> [--dir <folder>]              scaffold an activity package with its test
  ruta worker                                            serve the activities RUTA_ACTIVITIES names (a folder or
                                                         package) and publish them to the API (RUTA_API_URL,
                                                         RUTA_API_KEY)
  ruta sentiment <file.jsonl> [--sensitivity anger|strong|any]
                                                         sentiment of {"text": …} lines, one JSON line each;
                                                         escalate on anger only, strong complaints (default)
                                                         or any negative message
`;

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest, ['json', 'help', 'no-worker', 'no-demo', 'skip-waits', 'resolve-handoffs']);
  try {
    switch (command) {
      case 'validate':
        return await (await import('./commands/validate')).validateCommand(args);
      case 'simulate':
        return await (await import('./commands/simulate')).simulateCommand(args);
      case 'run':
        return await (await import('./commands/run')).runCommand(args);
      case 'start':
        return await (await import('./commands/start')).startCommand(args);
      case 'pull':
      case 'push':
      case 'publish':
      case 'diff':
        return await (await import('./commands/flows-as-code')).flowsCommand(command, args);
      case 'new':
        return await (await import('./commands/new-activity')).newCommand(args);
      case 'worker':
        return await (await import('@ruta/workers')).runActivityWorkerFromEnv();
      case 'sentiment':
        return await (await import('./commands/sentiment')).sentimentCommand(args);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(HELP);
        return command === undefined ? 2 : 0;
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
}
