import { writeFile } from 'node:fs/promises';
import { createRutaClient, type RutaClient } from '@ruta/client';
import { canonicalJson, type Diagnostic, FlowDocument, formatDiagnostics, migrateDocument } from '@ruta/flow';
import { type Args, flag, langOf, UsageError } from '../args';
import { readJson } from '../files';

/**
 * Exit codes a CI pipeline can branch on: 0 done (or no difference), 1 the flow has errors or differs, 2 a usage
 * mistake, 3 the API refused or could not be reached.
 */
export const EXIT = { ok: 0, differs: 1, usage: 2, api: 3 } as const;

/** The API failed the request for a reason other than the flow itself (auth, not found, down). */
class ApiFailure extends Error {}

/** The typed client from `--api`/`RUTA_API_URL` (default http://127.0.0.1:3000) and `--key`/`RUTA_API_KEY`. */
function client(args: Args): RutaClient {
  const key = flag(args, 'key') ?? process.env.RUTA_API_KEY;
  if (!key) throw new UsageError('Set RUTA_API_KEY (or pass --key) to an API key with the flows scopes');
  return createRutaClient({ baseUrl: flag(args, 'api') ?? process.env.RUTA_API_URL ?? 'http://127.0.0.1:3000', key });
}

type Problem = { title?: string; detail?: string; diagnostics?: Diagnostic[] };

/** Runs one API call; network errors and unexpected answers become an {@link ApiFailure} naming the call. */
async function call<T>(what: string, run: () => Promise<{ data?: T; error?: unknown; response: Response }>) {
  let answer: Awaited<ReturnType<typeof run>>;
  try {
    answer = await run();
  } catch (err) {
    throw new ApiFailure(`${what}: the API did not answer (${(err as Error).message})`);
  }
  return { data: answer.data, problem: answer.error as Problem | undefined, status: answer.response.status };
}

/** A flow document file, upgraded and checked. */
async function readFlow(file: string): Promise<FlowDocument> {
  const parsed = FlowDocument.safeParse(migrateDocument(await readJson(file, 'Flow')));
  if (!parsed.success) throw new UsageError(`${file} is not a flow document: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** A document as it is compared and written: stable key order, two-space indent, a final newline. */
const pretty = (doc: unknown): string => `${JSON.stringify(JSON.parse(canonicalJson(doc)), null, 2)}\n`;

function printProblem(problem: Problem | undefined, status: number, args: Args): void {
  console.error(`✗ ${problem?.detail ?? problem?.title ?? `HTTP ${status}`}`);
  if (problem?.diagnostics?.length) console.error(formatDiagnostics(problem.diagnostics, langOf(args)));
}

/** `ruta pull <flowId> [--out <file>] [--version <n>]`: writes the draft (or a version) as a file to keep in git. */
async function pull(args: Args, ruta: RutaClient): Promise<number> {
  const [id] = args.positional;
  if (!id) throw new UsageError('Usage: ruta pull <flowId> [--out <file>] [--version <n>]');
  const version = flag(args, 'version');
  const r = await call('pull', () =>
    ruta.GET('/v1/flows/{id}/export', {
      params: { path: { id }, query: version ? { version: Number(version) } : {} },
    }),
  );
  if (!r.data) {
    printProblem(r.problem, r.status, args);
    return EXIT.api;
  }
  const out = flag(args, 'out') ?? `${id}.flow.json`;
  await writeFile(out, pretty(r.data));
  console.log(`✓ ${id}${version ? ` v${version}` : ''} → ${out}`);
  return EXIT.ok;
}

/** Saves a file as the flow's draft: creates the flow, or replaces its draft at its current revision. */
async function pushFile(file: string, args: Args, ruta: RutaClient): Promise<string | number> {
  const doc = await readFlow(file);
  const current = await call('push', () => ruta.GET('/v1/flows/{id}', { params: { path: { id: doc.id } } }));
  const saved =
    current.status === 404
      ? await call('push', () => ruta.POST('/v1/flows', { body: { document: doc as never } }))
      : current.data
        ? await call('push', () =>
            ruta.PUT('/v1/flows/{id}', {
              params: { path: { id: doc.id } },
              body: { document: doc as never, revision: (current.data as { revision: number }).revision },
            }),
          )
        : current;
  if (!saved.data) {
    printProblem(saved.problem, saved.status, args);
    return saved.status === 422 || saved.status === 400 ? EXIT.differs : EXIT.api;
  }
  console.log(`✓ ${file} → draft of ${doc.id}`);
  return doc.id;
}

/** `ruta push <file>…`: each file becomes its flow's draft. */
async function push(args: Args, ruta: RutaClient): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('Usage: ruta push <flow.json>…');
  let code: number = EXIT.ok;
  for (const file of args.positional) {
    const r = await pushFile(file, args, ruta);
    if (typeof r === 'number') code = Math.max(code, r);
  }
  return code;
}

/** `ruta publish <flow.json> [--note <text>]`: pushes the file, then publishes it; exit 1 with the diagnostics. */
async function publish(args: Args, ruta: RutaClient): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError('Usage: ruta publish <flow.json> [--note <text>]');
  const id = await pushFile(file, args, ruta);
  if (typeof id === 'number') return id;
  const note = flag(args, 'note');
  const r = await call('publish', () =>
    ruta.POST('/v1/flows/{id}/publish', { params: { path: { id } }, body: note ? { note } : {} }),
  );
  if (!r.data) {
    printProblem(r.problem, r.status, args);
    return r.status === 409 ? EXIT.differs : EXIT.api;
  }
  const v = r.data as { version: number; created: boolean };
  console.log(v.created ? `✓ ${id} published as version ${v.version}` : `✓ ${id} unchanged: version ${v.version}`);
  return EXIT.ok;
}

/** `ruta diff <flow.json> [--version <n>]`: the file against a published version (default the current one). */
async function diff(args: Args, ruta: RutaClient): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError('Usage: ruta diff <flow.json> [--version <n>]');
  const doc = await readFlow(file);
  let version = flag(args, 'version') ? Number(flag(args, 'version')) : undefined;
  if (version === undefined) {
    const flow = await call('diff', () => ruta.GET('/v1/flows/{id}', { params: { path: { id: doc.id } } }));
    if (!flow.data) {
      printProblem(flow.problem, flow.status, args);
      return EXIT.api;
    }
    const published = (flow.data as { publishedVersion: number | null }).publishedVersion;
    if (published === null) {
      console.log(`${doc.id} has no published version: everything in ${file} is new`);
      return EXIT.differs;
    }
    version = published;
  }
  const r = await call('diff', () =>
    ruta.GET('/v1/flows/{id}/export', { params: { path: { id: doc.id }, query: { version } } }),
  );
  if (!r.data) {
    printProblem(r.problem, r.status, args);
    return EXIT.api;
  }
  const theirs = FlowDocument.parse(migrateDocument(r.data));
  const lines = documentDiff(theirs, doc);
  if (lines.length === 0) {
    console.log(`= ${file} is version ${version} of ${doc.id}`);
    return EXIT.ok;
  }
  console.log(`${file} differs from version ${version} of ${doc.id}:`);
  for (const line of lines) console.log(`  ${line}`);
  return EXIT.differs;
}

/** What changed from one document to another, by node and edge id (positions and notes left out, as in the hash). */
export function documentDiff(before: FlowDocument, after: FlowDocument): string[] {
  const out: string[] = [];
  const strip = (n: object) => canonicalJson({ ...n, position: undefined });
  for (const [kind, a, b] of [
    ['node', before.nodes, after.nodes],
    ['edge', before.edges, after.edges],
  ] as const) {
    const was = new Map<string, object>(a.map((x) => [x.id, x]));
    const now = new Map<string, object>(b.map((x) => [x.id, x]));
    for (const [id, x] of now) {
      if (!was.has(id)) out.push(`+ ${kind} ${id}`);
      else if (strip(was.get(id)!) !== strip(x)) out.push(`~ ${kind} ${id}`);
    }
    for (const id of was.keys()) if (!now.has(id)) out.push(`- ${kind} ${id}`);
  }
  const rest = (d: FlowDocument) => canonicalJson({ ...d, nodes: [], edges: [], notes: undefined });
  if (rest(before) !== rest(after)) out.push('~ flow settings, name or declared events');
  return out;
}

/** `ruta pull|push|publish|diff`: flows as files in git, against the API. */
export async function flowsCommand(command: 'pull' | 'push' | 'publish' | 'diff', args: Args): Promise<number> {
  const ruta = client(args);
  try {
    switch (command) {
      case 'pull':
        return await pull(args, ruta);
      case 'push':
        return await push(args, ruta);
      case 'publish':
        return await publish(args, ruta);
      case 'diff':
        return await diff(args, ruta);
      default: {
        const never: never = command;
        throw new UsageError(`Unknown command ${String(never)}`);
      }
    }
  } catch (err) {
    if (err instanceof ApiFailure) {
      console.error(`✗ ${err.message}`);
      return EXIT.api;
    }
    throw err;
  }
}
