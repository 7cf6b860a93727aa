/**
 * The compiler: a flow document (any known schema version) in, a content-hashed plan or a list of
 * diagnostics out. It never throws for a user's mistake; every problem becomes a diagnostic that names
 * the step by its label and says what to fix, in Spanish and English.
 *
 * Phases: migrate → document shape → per node (kind, params, ports, retry) → edges → trigger and
 * reachability → cycles (Tarjan) → expression scope → expressions, templates, node references,
 * custom inputs → plan and hash. Everything is linear in nodes + edges except node-reference checks,
 * which walk the graph once per distinct referenced node.
 *
 * ## Expression scope
 * - `vars`: every variable a `logic.set` node stores, anywhere in the flow, typed by the checked type of
 *   its value. A variable is declared for every expression of the flow, even one that may run before
 *   the set: until it is set it reads as its type's zero value ("", 0, false, [], {}), which the
 *   interpreter takes from `plan.scope.vars`. Variables whose value refers to other variables are typed
 *   by repeating the check until the types settle; a variable only ever set from itself
 *   (`vars.attempts + 1`) takes the first scalar type that is a fixed point (int, double, string, bool).
 *   Two sets giving one variable different types is `set_type_conflict` (and the variable is then `dyn`).
 * - `nodes`: every node whose kind has `outputs` (a custom node: its activity's output schema mapped to
 *   CEL types, else `map<string, dyn>`). Reading `nodes.n_x` is allowed only in nodes that n_x can have
 *   run before (n_x is an ancestor in the graph), else `node_reference_not_before`.
 */
import type { z } from 'zod';
import { isTrigger, NODE_KINDS, nodeKind } from '../catalog';
import type { NodeKindSpec, PortSpec, ValueType } from '../catalog/types';
import { FlowDocument, type FlowEdge, type FlowNode, migrateDocument, SCHEMA_VERSION } from '../document';
import { parseDuration } from '../duration';
import { checkExpression, checkTemplate, type ExprProblem, parseTemplate, programOf } from '../expr';
import type { Program } from '../expr/program';
import type { Localized } from '../i18n';
import type { ActivityOptions, Plan, PlanNode } from '../plan';
import { canonicalJson, sha256Hex } from '../util';
import { builtinActivityDefaults, customActivityDefaults } from './activities';
import { CODE_INFO } from './codes';
import { hasPlaceholder, outputValueType, stringLeaves, wholePlaceholder } from './custom';
import { eventTypeAt, undeclaredReads, unguardedPlaceholderReads } from './event-data';
import { cyclesWithin, isCycle, reachableFrom, tarjan } from './graph';
import {
  celTypeName,
  checkTheField,
  closest,
  describeIssue,
  fieldName,
  listOf,
  type Path,
  q,
  sentence,
  theField,
  valueAt,
} from './messages';
import { scheduleDiagnostics } from './schedule';
import type { CompileOptions, CompileResult, CustomActivitySpec, Diagnostic, DiagnosticCode } from './types';

type Lang = 'es' | 'en';
type Scope = { vars: Record<string, ValueType>; nodes: Record<string, ValueType> };
type Problem = { code: ExprProblem['code']; message: Localized; detail: string };

interface EdgeInfo {
  edge: FlowEdge;
  docIndex: number;
  from: number;
  to: number;
}

interface NodeInfo {
  index: number;
  docIndex: number;
  node: FlowNode;
  spec?: NodeKindSpec;
  /** Params after validation (defaults filled); undefined when they did not validate. */
  params?: Record<string, unknown>;
  ports?: PortSpec[];
  label: Localized;
  /** Port → the (first) edge leaving by it. */
  out: Map<string, EdgeInfo>;
  activity?: { name: string; options: ActivityOptions };
  /** The other activities the node calls, with their options. */
  calls?: Record<string, ActivityOptions>;
  custom?: CustomActivitySpec;
}

/** Where an array of user-named ports lives in a kind's params, for `duplicate_port_name`. */
const PORT_ARRAYS: Record<string, string> = {
  'logic.branch': 'branches',
  'logic.split': 'variants',
  'wait.first': 'options',
};

const TEMPLATE_CODES: Record<Problem['code'], DiagnosticCode> = {
  expr_syntax: 'template_syntax',
  expr_type: 'template_type',
  expr_unknown_variable: 'unknown_template_variable',
  expr_regex: 'expr_regex',
  expr_too_costly: 'expr_too_costly',
};

/** An expression or template found in a node, with the node outputs it reads. */
interface Source {
  info: NodeInfo;
  path: Path;
  text: string;
  expect: 'bool' | 'string' | 'number' | 'any' | 'template';
  refs: string[];
  /** Uses `nodes` other than as `nodes.<id>` / `nodes["<id>"]` (e.g. `size(nodes)`): needs every output. */
  readsAllNodes: boolean;
}

const NODES_WHOLE = /(?<![\w.$])nodes(?!\s*(?:\.\s*[A-Za-z_]|\[\s*["']))(?![\w$])/;
const readsAllNodes = (text: string): boolean => text.includes('nodes') && NODES_WHOLE.test(text);

const NODE_REF = /(?<![\w.$])nodes\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(?:"([^"]*)"|'([^']*)')\s*\])/g;

/** Ids of the nodes an expression or template reads (`nodes.n_x…`, `nodes["n_x"]`). */
export function nodeReferences(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(NODE_REF)) {
    const id = m[1] ?? m[2] ?? m[3];
    if (id) out.add(id);
  }
  return [...out];
}

/** Kinds whose templates go to the customer (the missing-data rule applies to them). */
const isSend = (kind: string): boolean => kind === 'message.send' || kind === 'survey.csat';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

class Compilation {
  readonly diagnostics: Diagnostic[] = [];
  private readonly infos: NodeInfo[] = [];
  private readonly byId = new Map<string, NodeInfo>();
  private readonly edges: EdgeInfo[] = [];
  private adj: number[][] = [];
  private triggers: NodeInfo[] = [];
  private root?: NodeInfo;
  private reachable: NodeInfo[] = [];
  /** Compiled forms of the reachable nodes' expressions and placeholders, by source (see Plan.exprs). */
  private programs = new Map<string, Program | null>();
  /** Position of each node in the flow order (breadth-first from the trigger, then document order). */
  private order: number[] = [];
  /** Everything expressions can read (goes into the plan). */
  private scope: Scope = { vars: {}, nodes: {} };
  /**
   * The scope expressions are checked against: `nodes` narrowed to the nodes some expression names, so the
   * expression environment stays small on large flows (an output nobody reads cannot change a type check).
   */
  private checkScope: Scope = { vars: {}, nodes: {} };
  /** Strongly connected component of each node, numbered in topological order (edges go to equal or higher). */
  private topo = new Int32Array(0);
  private doc!: FlowDocument;

  constructor(
    private readonly input: unknown,
    private readonly options: CompileOptions,
  ) {}

  // ── diagnostics ───────────────────────────────────────────────────────────

  private add(
    code: DiagnosticCode,
    d: { nodeId?: string; edgeId?: string; path?: Path; message: Localized; nodes?: string[] },
  ): void {
    const diag: Diagnostic = { code, severity: CODE_INFO[code].severity, path: d.path ?? [], message: d.message };
    if (d.nodeId !== undefined) {
      diag.nodeId = d.nodeId;
      const info = this.byId.get(d.nodeId);
      if (info) diag.nodeLabel = { ...info.label };
    }
    if (d.edgeId !== undefined) diag.edgeId = d.edgeId;
    if (d.nodes) diag.nodes = d.nodes;
    this.diagnostics.push(diag);
  }

  /** «Esperar respuesta» / "Wait for a reply": how a node is named in messages. */
  private name(info: NodeInfo | undefined, lang: Lang, fallbackId?: string): string {
    if (!info) return q[lang](fallbackId ?? '?');
    return q[lang](info.label[lang]);
  }

  private hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  // ── phases ────────────────────────────────────────────────────────────────

  run(): CompileResult {
    if (!this.readDocument()) return this.fail();
    this.readNodes();
    this.readEdges();
    this.checkTriggerAndReachability();
    this.checkCycles();
    this.checkBotHandoffs();
    this.checkHandoffQueues();
    const sources = this.gatherSources();
    this.buildScope(sources);
    this.checkSources(sources);
    if (this.hasErrors()) return this.fail();
    const plan = this.buildPlan();
    return { ok: true, plan, diagnostics: this.sorted() };
  }

  private fail(): CompileResult {
    return { ok: false, diagnostics: this.sorted() };
  }

  /** Errors first, then in flow order; stable otherwise. */
  private sorted(): Diagnostic[] {
    const rank = (d: Diagnostic) => {
      const info = d.nodeId ? this.byId.get(d.nodeId) : undefined;
      return info ? (this.order[info.index] ?? info.index) : -1;
    };
    return this.diagnostics
      .map((d, i) => ({ d, i }))
      .sort(
        (a, b) =>
          (a.d.severity === b.d.severity ? 0 : a.d.severity === 'error' ? -1 : 1) || rank(a.d) - rank(b.d) || a.i - b.i,
      )
      .map((x) => x.d);
  }

  /** Migration, version and document shape. False when nothing more can be checked. */
  private readDocument(): boolean {
    const migrated = migrateDocument(this.input);
    if (!isObject(migrated)) {
      this.add('invalid_document', {
        message: {
          es: 'Esto no es un documento de flujo: se esperaba un objeto JSON con schemaVersion, id, name, nodes y edges.',
          en: 'This is not a flow document: expected a JSON object with schemaVersion, id, name, nodes and edges.',
        },
      });
      return false;
    }
    const version = migrated.schemaVersion;
    if (version !== SCHEMA_VERSION) {
      const shown = version === undefined ? undefined : JSON.stringify(version);
      const newer = typeof version === 'number' && version > SCHEMA_VERSION;
      this.add('unsupported_schema_version', {
        path: ['schemaVersion'],
        message:
          shown === undefined
            ? {
                es: `El documento no dice en qué versión del formato está (falta schemaVersion). Los flujos actuales usan la versión ${SCHEMA_VERSION}: agrega "schemaVersion": ${SCHEMA_VERSION}.`,
                en: `The document does not say which format version it uses (schemaVersion is missing). Current flows use version ${SCHEMA_VERSION}: add "schemaVersion": ${SCHEMA_VERSION}.`,
              }
            : newer
              ? {
                  es: `Este flujo se guardó con la versión ${shown} del formato, más nueva que la que entiende esta versión de Ruta (hasta la ${SCHEMA_VERSION}). Actualiza Ruta para compilarlo.`,
                  en: `This flow was saved in format version ${shown}, newer than this version of Ruta understands (up to ${SCHEMA_VERSION}). Update Ruta to compile it.`,
                }
              : {
                  es: `La versión del formato ${shown} no existe; las versiones conocidas van de 1 a ${SCHEMA_VERSION}. Corrige schemaVersion.`,
                  en: `Format version ${shown} does not exist; known versions are 1 to ${SCHEMA_VERSION}. Fix schemaVersion.`,
                },
      });
      return false;
    }
    const parsed = FlowDocument.safeParse(migrated);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.documentIssue(issue, migrated);
      return false;
    }
    this.doc = parsed.data;
    return true;
  }

  private documentIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): void {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const what = describeIssue(issue, valueAt(raw, path));
    const [head, index, ...rest] = path;
    const item = typeof index === 'number' ? valueAt(raw, [head as string, index]) : undefined;
    const itemId = isObject(item) && typeof item.id === 'string' && item.id.length > 0 ? item.id : undefined;
    if (head === 'nodes' && typeof index === 'number') {
      const label = isObject(item) && typeof item.label === 'string' ? item.label : undefined;
      const who = { es: label ? q.es(label) : `n.º ${index + 1}`, en: label ? q.en(label) : `#${index + 1}` };
      this.add('invalid_document', {
        ...(itemId ? { nodeId: itemId, path: rest } : { path }),
        message: {
          es: `El paso ${who.es}${itemId ? ` (${itemId})` : ''}: ${checkTheField(rest, 'es')}. ${sentence(what.es)}`,
          en: `Step ${who.en}${itemId ? ` (${itemId})` : ''}: ${checkTheField(rest, 'en')}. ${sentence(what.en)}`,
        },
      });
      return;
    }
    if (head === 'edges' && typeof index === 'number') {
      this.add('invalid_document', {
        ...(itemId ? { edgeId: itemId, path: rest } : { path }),
        message: {
          es: `La conexión ${itemId ? q.es(itemId) : `n.º ${index + 1}`}: ${checkTheField(rest, 'es')}. ${sentence(what.es)}`,
          en: `Connection ${itemId ? q.en(itemId) : `#${index + 1}`}: ${checkTheField(rest, 'en')}. ${sentence(what.en)}`,
        },
      });
      return;
    }
    this.add('invalid_document', {
      path,
      message: {
        es: `El documento del flujo: ${path.length ? checkTheField(path, 'es') : 'revisa el documento'}. ${sentence(what.es)}`,
        en: `The flow document: ${path.length ? checkTheField(path, 'en') : 'check the document'}. ${sentence(what.en)}`,
      },
    });
  }

  /** Ids, kinds, params, ports, retry. */
  private readNodes(): void {
    this.doc.nodes.forEach((node, docIndex) => {
      const existing = this.byId.get(node.id);
      if (existing) {
        const other = node.label ?? nodeKind(node.kind)?.label.es ?? node.kind;
        const otherEn = node.label ?? nodeKind(node.kind)?.label.en ?? node.kind;
        this.add('duplicate_node_id', {
          nodeId: node.id,
          path: ['id'],
          nodes: [node.id],
          message: {
            es: `Hay dos pasos con el identificador ${q.es(node.id)}: ${this.name(existing, 'es')} y ${q.es(other)}. Cada paso necesita un identificador propio: cambia el de ${q.es(other)}.`,
            en: `Two steps have the id ${q.en(node.id)}: ${this.name(existing, 'en')} and ${q.en(otherEn)}. Each step needs its own id: change the one of ${q.en(otherEn)}.`,
          },
        });
        return;
      }
      const spec = nodeKind(node.kind);
      const label: Localized = node.label
        ? { es: node.label, en: node.label }
        : spec
          ? { ...spec.label }
          : { es: node.kind, en: node.kind };
      const info: NodeInfo = { index: this.infos.length, docIndex, node, label, out: new Map() };
      if (spec) info.spec = spec;
      this.infos.push(info);
      this.byId.set(node.id, info);
      if (!spec) {
        const guess = closest(
          node.kind,
          NODE_KINDS.map((k) => k.kind),
        );
        this.add('unknown_kind', {
          nodeId: node.id,
          path: ['kind'],
          message: {
            es: `El paso ${this.name(info, 'es')} es de un tipo que Ruta no conoce (${q.es(node.kind)}).${guess ? ` ¿Quisiste decir ${q.es(guess)}?` : ''} Bórralo y vuelve a agregarlo desde la paleta.`,
            en: `Step ${this.name(info, 'en')} is of a type Ruta does not know (${q.en(node.kind)}).${guess ? ` Did you mean ${q.en(guess)}?` : ''} Delete it and add it again from the palette.`,
          },
        });
        return;
      }
      this.guard(info, () => this.readParams(info, spec));
    });
  }

  /** Runs a catalog function; a throw there is a bug, reported instead of crashing the compile. */
  private guard(info: NodeInfo | undefined, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.add('internal_error', {
        ...(info ? { nodeId: info.node.id } : {}),
        message: {
          es: `No se pudo revisar ${info ? `el paso ${this.name(info, 'es')}` : 'el flujo'} por un error interno (${text}). Avisa a tu equipo de desarrollo.`,
          en: `Could not check ${info ? `step ${this.name(info, 'en')}` : 'the flow'} because of an internal error (${text}). Tell your development team.`,
        },
      });
    }
  }

  private readParams(info: NodeInfo, spec: NodeKindSpec): void {
    const { node } = info;
    const result = spec.params.safeParse(node.params);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const what = describeIssue(issue, valueAt(node.params, path));
        this.add('invalid_params', {
          nodeId: node.id,
          path: ['params', ...path],
          message: {
            es: `${this.name(info, 'es')}: ${checkTheField(['params', ...path], 'es')}. ${sentence(what.es)}`,
            en: `${this.name(info, 'en')}: ${checkTheField(['params', ...path], 'en')}. ${sentence(what.en)}`,
          },
        });
      }
      // Ports that do not depend on the broken params are still known, so wiring problems are reported
      // in the same pass instead of after the user fixes the params.
      try {
        const ports = spec.ports(node.params as never);
        if (Array.isArray(ports) && ports.every((p) => typeof p?.name === 'string')) info.ports = ports;
      } catch {
        // Ports depend on the params (branches, variants): wait until they are valid.
      }
    } else {
      info.params = result.data as Record<string, unknown>;
      info.ports = spec.ports(result.data);
      this.checkPortNames(info, spec);
      if (spec.kind === 'logic.split') this.checkSplit(info);
      if (spec.kind === 'trigger.schedule') this.checkSchedule(info);
    }
    this.resolveActivity(info, spec);
  }

  private checkPortNames(info: NodeInfo, spec: NodeKindSpec): void {
    const ports = info.ports ?? [];
    const seen = new Map<string, PortSpec>();
    const reported = new Set<string>();
    for (const port of ports) {
      const first = seen.get(port.name);
      if (!first) {
        seen.set(port.name, port);
        continue;
      }
      if (reported.has(port.name)) continue;
      reported.add(port.name);
      const field = PORT_ARRAYS[spec.kind];
      const items = field ? (info.params?.[field] as { port?: string }[] | undefined) : undefined;
      const positions = (items ?? []).flatMap((it, i) => (it.port === port.name ? [i] : []));
      const fixed = positions.length < 2; // one user name colliding with a built-in port (else, timeout)
      const at = positions.length > 0 ? positions[positions.length - 1] : undefined;
      const path: Path = field && at !== undefined ? ['params', field, at, 'port'] : ['params'];
      this.add('duplicate_port_name', {
        nodeId: info.node.id,
        path,
        message: fixed
          ? {
              es: `${this.name(info, 'es')}: la salida ${q.es(port.name)} ya existe (${q.es(first.label.es)}). Elige otro nombre.`,
              en: `${this.name(info, 'en')}: the output ${q.en(port.name)} already exists (${q.en(first.label.en)}). Pick another name.`,
            }
          : {
              es: `${this.name(info, 'es')}: el nombre de salida ${q.es(port.name)} se repite. Cada salida necesita un nombre distinto: cambia uno de ellos.`,
              en: `${this.name(info, 'en')}: the output name ${q.en(port.name)} is used twice. Each output needs its own name: change one of them.`,
            },
      });
    }
  }

  private checkSplit(info: NodeInfo): void {
    const variants = (info.params?.variants as { port: string; percent: number }[] | undefined) ?? [];
    const sum = variants.reduce((s, v) => s + v.percent, 0);
    if (sum === 100) return;
    const diff = 100 - sum;
    this.add('split_percent_sum', {
      nodeId: info.node.id,
      path: ['params', 'variants'],
      message: {
        es: `${this.name(info, 'es')}: los porcentajes de las variantes suman ${sum} % y deben sumar 100 %. ${diff > 0 ? `Reparte el ${diff} % que falta` : `Quita ${-diff} % entre las variantes`}.`,
        en: `${this.name(info, 'en')}: the variants' percentages add up to ${sum}% and must add up to 100%. ${diff > 0 ? `Assign the missing ${diff}%` : `Remove ${-diff}% across the variants`}.`,
      },
    });
  }

  private checkSchedule(info: NodeInfo): void {
    const name = { es: this.name(info, 'es'), en: this.name(info, 'en') };
    for (const d of scheduleDiagnostics(info.params ?? {}, name, this.options.minScheduleIntervalMs)) {
      this.add(d.code, { nodeId: info.node.id, path: d.path, message: d.message });
    }
  }

  /** Activity name and options (defaults, then the node's retry override). */
  private resolveActivity(info: NodeInfo, spec: NodeKindSpec): void {
    const { node } = info;
    let name: string | undefined;
    let options: ActivityOptions | undefined;
    if (spec.kind === 'custom') {
      const activity = typeof node.params.activity === 'string' ? node.params.activity : undefined;
      if (activity) {
        const custom = this.findActivity(activity);
        if (custom) {
          info.custom = custom;
          // The registered name (a spec may be listed under another key).
          name = custom.name || activity;
          options = customActivityDefaults(custom);
        } else {
          this.unknownActivity(info, activity);
        }
      }
    } else if (spec.activity) {
      name = spec.activity;
      options = builtinActivityDefaults(spec.activity);
    }
    const retry = node.retry;
    if (retry && !spec.activity && spec.kind !== 'custom') {
      this.add('retry_ignored', {
        nodeId: node.id,
        path: ['retry'],
        message: {
          es: `${this.name(info, 'es')} no llama a ningún servicio, así que la configuración de reintentos no tiene efecto. Puedes borrarla.`,
          en: `${this.name(info, 'en')} does not call any service, so its retry settings have no effect. You can remove them.`,
        },
      });
    }
    if (!name || !options) return;
    if (retry) options = this.applyRetry(info, options);
    info.activity = { name, options };
    if (spec.alsoCalls?.length) {
      info.calls = Object.fromEntries(spec.alsoCalls.map((n) => [n, builtinActivityDefaults(n)]));
    }
  }

  private findActivity(name: string): CustomActivitySpec | undefined {
    const all = this.options.activities ?? {};
    if (Object.hasOwn(all, name)) return all[name];
    return Object.values(all).find((a) => a.name === name);
  }

  private unknownActivity(info: NodeInfo, activity: string): void {
    const available = Object.keys(this.options.activities ?? {}).sort();
    const guess = closest(activity, available);
    this.add('unknown_activity', {
      nodeId: info.node.id,
      path: ['params', 'activity'],
      message: {
        es: `${this.name(info, 'es')} llama a la actividad ${q.es(activity)}, que no está registrada.${guess ? ` ¿Quisiste decir ${q.es(guess)}?` : ''} ${available.length ? `Actividades disponibles: ${listOf(available.map(q.es), 'es')}.` : 'No hay actividades propias registradas.'} Elige una o pide a tu equipo de desarrollo que registre ${q.es(activity)}.`,
        en: `${this.name(info, 'en')} calls the activity ${q.en(activity)}, which is not registered.${guess ? ` Did you mean ${q.en(guess)}?` : ''} ${available.length ? `Available activities: ${listOf(available.map(q.en), 'en')}.` : 'No custom activities are registered.'} Pick one, or ask your development team to register ${q.en(activity)}.`,
      },
    });
  }

  private applyRetry(info: NodeInfo, base: ActivityOptions): ActivityOptions {
    const r = info.node.retry ?? {};
    const options: ActivityOptions = { ...base, retry: { ...base.retry } };
    if (r.maximumAttempts !== undefined) options.retry.maximumAttempts = r.maximumAttempts;
    if (r.backoffCoefficient !== undefined) options.retry.backoffCoefficient = r.backoffCoefficient;
    const durations: [keyof typeof r & string, number, (ms: number) => void][] = [
      ['initialInterval', 1, (ms) => (options.retry.initialIntervalMs = ms)],
      ['maximumInterval', 1, (ms) => (options.retry.maximumIntervalMs = ms)],
      ['timeout', 1000, (ms) => (options.startToCloseTimeoutMs = ms)],
    ];
    let bad = false;
    for (const [field, min, set] of durations) {
      const text = r[field];
      if (typeof text !== 'string') continue;
      const ms = parseDuration(text);
      if (ms === undefined || ms < min) {
        bad = true;
        this.add('invalid_retry', {
          nodeId: info.node.id,
          path: ['retry', field],
          message: {
            es: `${this.name(info, 'es')}: en los reintentos, ${theField([field], 'es')} (${q.es(text)}) no es una duración válida. Escribe algo como 5s, 30s, 5m o 1h${min >= 1000 ? ' (al menos 1s)' : ''}.`,
            en: `${this.name(info, 'en')}: in the retry settings, ${theField([field], 'en')} (${q.en(text)}) is not a valid duration. Write something like 5s, 30s, 5m or 1h${min >= 1000 ? ' (at least 1s)' : ''}.`,
          },
        });
      } else {
        set(ms);
      }
    }
    if (!bad && options.retry.initialIntervalMs > options.retry.maximumIntervalMs) {
      this.add('invalid_retry', {
        nodeId: info.node.id,
        path: ['retry', r.maximumInterval !== undefined ? 'maximumInterval' : 'initialInterval'],
        message: {
          es: `${this.name(info, 'es')}: en los reintentos, la espera inicial (${options.retry.initialIntervalMs} ms) es mayor que la espera máxima (${options.retry.maximumIntervalMs} ms). Baja la inicial o sube la máxima.`,
          en: `${this.name(info, 'en')}: in the retry settings, the initial interval (${options.retry.initialIntervalMs} ms) is longer than the maximum interval (${options.retry.maximumIntervalMs} ms). Lower the first or raise the second.`,
        },
      });
    }
    return options;
  }

  /** Edge ids, endpoints, ports; builds the graph. */
  private readEdges(): void {
    const ids = new Set<string>();
    const byPort = new Map<string, EdgeInfo[]>();
    this.adj = this.infos.map(() => []);
    this.doc.edges.forEach((edge, docIndex) => {
      if (ids.has(edge.id)) {
        this.add('duplicate_edge_id', {
          edgeId: edge.id,
          path: ['id'],
          message: {
            es: `Hay dos conexiones con el identificador ${q.es(edge.id)}. Cada conexión necesita un identificador propio: cambia el de una de ellas.`,
            en: `Two connections have the id ${q.en(edge.id)}. Each connection needs its own id: change one of them.`,
          },
        });
      }
      ids.add(edge.id);
      const from = this.byId.get(edge.from);
      const to = this.byId.get(edge.to);
      if (!from || !to) {
        const missingEnd = !from ? 'from' : 'to';
        const missing = !from ? edge.from : edge.to;
        this.add('dangling_edge', {
          edgeId: edge.id,
          ...(from ? { nodeId: from.node.id } : to ? { nodeId: to.node.id } : {}),
          path: [missingEnd],
          message:
            missingEnd === 'from'
              ? {
                  es: `La conexión ${q.es(edge.id)}${to ? ` hacia ${this.name(to, 'es')}` : ''} sale de un paso que no existe (${q.es(missing)}). Bórrala o conéctala desde un paso del flujo.`,
                  en: `Connection ${q.en(edge.id)}${to ? ` into ${this.name(to, 'en')}` : ''} leaves from a step that does not exist (${q.en(missing)}). Delete it or connect it from a step of the flow.`,
                }
              : {
                  es: `La conexión que sale de ${this.name(from, 'es')} (${q.es(edge.id)}) lleva a un paso que no existe (${q.es(missing)}). Bórrala o conéctala a un paso del flujo.`,
                  en: `The connection leaving ${this.name(from, 'en')} (${q.en(edge.id)}) leads to a step that does not exist (${q.en(missing)}). Delete it or connect it to a step of the flow.`,
                },
        });
        return;
      }
      if (isTrigger(to.node.kind)) {
        this.add('edge_into_trigger', {
          edgeId: edge.id,
          nodeId: to.node.id,
          path: ['to'],
          message: {
            es: `La conexión desde ${this.name(from, 'es')} entra al disparador ${this.name(to, 'es')}. El disparador solo inicia el recorrido y no se puede volver a él: conecta esa salida a otro paso (para repetir pasos, usa «Repetir»).`,
            en: `The connection from ${this.name(from, 'en')} goes into the trigger ${this.name(to, 'en')}. The trigger only starts the journey and cannot be returned to: connect that output to another step (to repeat steps, use "Repeat").`,
          },
        });
        return;
      }
      const info: EdgeInfo = { edge, docIndex, from: from.index, to: to.index };
      this.edges.push(info);
      const ports = from.ports;
      const port = ports?.find((p) => p.name === edge.port);
      if (ports && !port) {
        const names = ports.map((p) => p.name);
        const guess = closest(edge.port, names);
        const listed = (lang: Lang) =>
          ports.length === 0
            ? lang === 'es'
              ? 'Este paso no tiene salidas: es el final del camino.'
              : 'This step has no outputs: it ends the path.'
            : lang === 'es'
              ? `Sus salidas son: ${listOf(
                  ports.map((p) => (p.label.es === p.name ? q.es(p.name) : `${q.es(p.label.es)} (${p.name})`)),
                  'es',
                )}.`
              : `Its outputs are: ${listOf(
                  ports.map((p) => (p.label.en === p.name ? q.en(p.name) : `${q.en(p.label.en)} (${p.name})`)),
                  'en',
                )}.`;
        this.add('unknown_port', {
          edgeId: edge.id,
          nodeId: from.node.id,
          path: ['port'],
          message: {
            es: `${this.name(from, 'es')} no tiene una salida llamada ${q.es(edge.port)}.${guess ? ` ¿Quisiste decir ${q.es(guess)}?` : ''} ${listed('es')} Conecta la flecha hacia ${this.name(to, 'es')} desde una de ellas.`,
            en: `${this.name(from, 'en')} has no output called ${q.en(edge.port)}.${guess ? ` Did you mean ${q.en(guess)}?` : ''} ${listed('en')} Draw the arrow to ${this.name(to, 'en')} from one of them.`,
          },
        });
      }
      const key = `${from.index}\u0000${edge.port}`;
      const same = byPort.get(key);
      if (same) same.push(info);
      else {
        byPort.set(key, [info]);
        from.out.set(edge.port, info);
      }
    });

    for (const group of byPort.values()) {
      if (group.length < 2) continue;
      const first = group[0] as EdgeInfo;
      const from = this.infos[first.from] as NodeInfo;
      const port = from.ports?.find((p) => p.name === first.edge.port);
      const portName = (lang: Lang) => q[lang](port ? port.label[lang] : first.edge.port);
      const targets = (lang: Lang) =>
        listOf(
          group.map((e) => this.name(this.infos[e.to], lang)),
          lang,
        );
      for (const extra of group.slice(1)) {
        this.add('port_multiple_edges', {
          edgeId: extra.edge.id,
          nodeId: from.node.id,
          path: ['port'],
          nodes: group.map((e) => (this.infos[e.to] as NodeInfo).node.id),
          message: {
            es: `La salida ${portName('es')} de ${this.name(from, 'es')} está conectada a varios pasos (${targets('es')}). Cada salida lleva a un solo paso: deja una sola conexión (para repartir clientes entre caminos, usa una «División A/B»).`,
            en: `The ${portName('en')} output of ${this.name(from, 'en')} is connected to several steps (${targets('en')}). Each output leads to exactly one step: keep a single connection (to spread customers across paths, use an "A/B split").`,
          },
        });
      }
    }

    // Deterministic graph: successors in port order, so flow order does not depend on how the JSON is sorted.
    const portRank = (info: NodeInfo, port: string) => {
      const i = info.ports?.findIndex((p) => p.name === port) ?? -1;
      return i === -1 ? Number.MAX_SAFE_INTEGER : i;
    };
    const sortedEdges = [...this.edges].sort((a, b) => {
      const from = this.infos[a.from] as NodeInfo;
      return (
        a.from - b.from ||
        portRank(from, a.edge.port) - portRank(from, b.edge.port) ||
        (a.edge.port < b.edge.port ? -1 : a.edge.port > b.edge.port ? 1 : 0) ||
        (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0)
      );
    });
    for (const e of sortedEdges) (this.adj[e.from] as number[]).push(e.to);
  }

  private checkTriggerAndReachability(): void {
    this.triggers = this.infos.filter((i) => isTrigger(i.node.kind));
    const flowOrder: number[] = [];
    if (this.triggers.length === 0) {
      this.add('missing_trigger', {
        path: ['nodes'],
        message: {
          es: 'El flujo no tiene disparador. Agrega uno (Evento de negocio, Programado o Manual / API) para indicar cuándo empieza el recorrido, y conéctalo al primer paso.',
          en: 'The flow has no trigger. Add one (Business event, Schedule or Manual / API) to say when the journey starts, and connect it to the first step.',
        },
      });
    } else {
      this.root = this.triggers[0] as NodeInfo;
      if (this.triggers.length > 1) {
        const names = (lang: Lang) =>
          listOf(
            this.triggers.map((t) => this.name(t, lang)),
            lang,
          );
        for (const extra of this.triggers.slice(1)) {
          this.add('multiple_triggers', {
            nodeId: extra.node.id,
            path: [],
            nodes: this.triggers.map((t) => t.node.id),
            message: {
              es: `El flujo tiene más de un disparador (${names('es')}). Un flujo empieza de una sola forma: deja un disparador y crea otro flujo para ${this.name(extra, 'es')}.`,
              en: `The flow has more than one trigger (${names('en')}). A flow starts in one way only: keep one trigger and create another flow for ${this.name(extra, 'en')}.`,
            },
          });
        }
      }
      const n = this.infos.length;
      this.reachable = reachableFrom(this.root.index, n, this.adj).map((i) => this.infos[i] as NodeInfo);
      const seen = new Uint8Array(n);
      for (const r of this.reachable) {
        seen[r.index] = 1;
        flowOrder.push(r.index);
      }
      // Nodes reachable only from an extra trigger are already explained by multiple_triggers.
      for (const t of this.triggers.slice(1)) {
        for (const i of reachableFrom(t.index, n, this.adj)) {
          if (!seen[i]) {
            seen[i] = 2;
            flowOrder.push(i);
          }
        }
      }
      for (const info of this.infos) {
        if (seen[info.index]) continue;
        this.add('unreachable_node', {
          nodeId: info.node.id,
          path: [],
          message: {
            es: `Ningún camino desde el disparador llega a ${this.name(info, 'es')}, así que nunca se ejecutaría. Conéctalo a la salida de un paso anterior, o bórralo si ya no lo necesitas.`,
            en: `No path from the trigger reaches ${this.name(info, 'en')}, so it would never run. Connect it to an output of an earlier step, or delete it if you no longer need it.`,
          },
        });
      }
    }
    const placed = new Uint8Array(this.infos.length);
    for (const i of flowOrder) placed[i] = 1;
    for (const info of this.infos) if (!placed[info.index]) flowOrder.push(info.index);
    this.order = new Array(this.infos.length);
    flowOrder.forEach((idx, pos) => {
      this.order[idx] = pos;
    });

    for (const info of this.infos) {
      for (const port of info.ports ?? []) {
        if (!port.required || info.out.has(port.name)) continue;
        this.add('unconnected_port', {
          nodeId: info.node.id,
          path: ['ports', port.name],
          message: {
            es: `La salida ${q.es(port.label.es)} de ${this.name(info, 'es')} no está conectada. Conéctala al paso que debe seguir (o a un paso «Fin» si el recorrido termina ahí).`,
            en: `The ${q.en(port.label.en)} output of ${this.name(info, 'en')} is not connected. Connect it to the step that should come next (or to an "End" step if the journey ends there).`,
          },
        });
      }
    }
  }

  private byFlowOrder = (a: number, b: number) => (this.order[a] ?? a) - (this.order[b] ?? b);

  /** A cycle's nodes in words: `«A» → «B» → «A»` for a simple cycle, else `«A», «B» y «C»`. */
  private describeCycle(comp: number[], lang: Lang): string {
    const inComp = new Set(comp);
    const next = new Map<number, number>();
    let simple = true;
    for (const v of comp) {
      const succ = (this.adj[v] ?? []).filter((w) => inComp.has(w));
      if (new Set(succ).size !== 1) simple = false;
      else next.set(v, succ[0] as number);
    }
    const start = comp[0] as number;
    if (simple) {
      const walk = [start];
      let v = next.get(start) as number;
      while (v !== start && walk.length <= comp.length) {
        walk.push(v);
        v = next.get(v) as number;
      }
      if (walk.length === comp.length) return [...walk, start].map((i) => this.name(this.infos[i], lang)).join(' → ');
    }
    return listOf(
      comp.map((i) => this.name(this.infos[i], lang)),
      lang,
    );
  }

  /** Busy loops (no wait) and loops a journey could go around forever (no «Repeat» node bounding them). */
  private checkCycles(): void {
    const n = this.infos.length;
    const all = tarjan(n, this.adj);
    // Tarjan emits components in reverse topological order.
    this.topo = new Int32Array(n);
    all.forEach((comp, i) => {
      for (const v of comp) this.topo[v] = all.length - 1 - i;
    });
    const components = all.filter((c) => isCycle(c, this.adj));
    for (const raw of components) {
      const comp = [...raw].sort(this.byFlowOrder);
      // A node of unknown kind or invalid params might wait or bound the loop: judge once it is fixed.
      if (comp.some((i) => !(this.infos[i] as NodeInfo).params)) continue;
      const member = new Uint8Array(n);
      for (const i of comp) member[i] = 1;
      const waits = (i: number) => Boolean((this.infos[i] as NodeInfo).spec?.waits);
      const busy = cyclesWithin(
        comp.filter((i) => !waits(i)),
        this.adj,
        () => true,
        (v) => member[v] === 1 && !waits(v),
      );
      for (const rawCycle of busy) {
        const cycle = [...rawCycle].sort(this.byFlowOrder);
        const first = this.infos[cycle[0] as number] as NodeInfo;
        this.add('cycle_without_wait', {
          nodeId: first.node.id,
          path: [],
          nodes: cycle.map((i) => (this.infos[i] as NodeInfo).node.id),
          message: {
            es: `Los pasos ${this.describeCycle(cycle, 'es')} forman un ciclo sin ninguna espera: el recorrido daría vueltas sin pausa. Agrega una espera dentro del ciclo (por ejemplo «Esperar» o «Esperar respuesta») o rompe el ciclo.`,
            en: `The steps ${this.describeCycle(cycle, 'en')} form a cycle without any wait: the journey would spin without pause. Add a wait inside the cycle (for example "Wait" or "Wait for a reply") or break the cycle.`,
          },
        });
      }
      if (busy.length > 0 || !comp.some(waits)) continue;
      // Without the «again» edges of Repeat nodes, whatever still loops has no limit.
      const againEdges = new Set<string>();
      for (const i of comp) {
        const info = this.infos[i] as NodeInfo;
        if (info.node.kind !== 'logic.loop') continue;
        const again = info.out.get('again');
        const done = info.out.get('done');
        if (again && again.to !== done?.to) againEdges.add(`${i}:${again.to}`);
      }
      const unbounded = cyclesWithin(
        comp,
        this.adj,
        (from, to) => !againEdges.has(`${from}:${to}`),
        (v) => member[v] === 1,
      );
      for (const rawCycle of unbounded) {
        const cycle = [...rawCycle].sort(this.byFlowOrder);
        const first = this.infos[cycle[0] as number] as NodeInfo;
        this.add('unbounded_loop', {
          nodeId: first.node.id,
          path: [],
          nodes: cycle.map((i) => (this.infos[i] as NodeInfo).node.id),
          message: {
            es: `Los pasos ${this.describeCycle(cycle, 'es')} forman un ciclo que un cliente podría recorrer para siempre. Agrega un paso «Repetir» en el ciclo para limitar las vueltas: su salida «otra vez» vuelve al ciclo y «listo» sale de él.`,
            en: `The steps ${this.describeCycle(cycle, 'en')} form a cycle a customer could go around forever. Add a "Repeat" step in the cycle to limit the rounds: its "again" output goes back into the cycle and "done" leaves it.`,
          },
        });
      }
    }
  }

  /** A knowledge-base bot's `handoff` output should reach a person: a «Hand off» step, now or further on. */
  private checkBotHandoffs(): void {
    for (const info of this.reachable) {
      if (info.node.kind !== 'kb.answer') continue;
      const out = info.out.get('handoff');
      if (!out) continue; // unconnected_port says so
      const ahead = reachableFrom(out.to, this.infos.length, this.adj);
      if (ahead.some((i) => (this.infos[i] as NodeInfo).node.kind === 'handoff')) continue;
      this.add('bot_handoff_without_person', {
        nodeId: info.node.id,
        path: ['ports', 'handoff'],
        message: {
          es: `La salida «pasar a una persona» de ${this.name(info, 'es')} no llega a ningún paso «Pasar a una persona»: los clientes que el bot no pueda ayudar no quedarían en manos de nadie. Conéctala, directamente o más adelante, a un paso «Pasar a una persona».`,
          en: `The "hand off" output of ${this.name(info, 'en')} reaches no "Hand off to a person" step: customers the bot cannot help would be left with no one. Connect it, directly or further on, to a "Hand off to a person" step.`,
        },
      });
    }
  }

  /** A hand-off's queue should exist and have someone working it (when the caller knows the queues). */
  private checkHandoffQueues(): void {
    const queues = this.options.queues;
    if (!queues) return;
    for (const info of this.reachable) {
      if (info.node.kind !== 'handoff') continue;
      const queue = info.params?.queue;
      if (typeof queue !== 'string' || queue === '') continue;
      const known = Object.hasOwn(queues, queue);
      if (known && (queues[queue] as { people: number }).people > 0) continue;
      this.add('handoff_queue_unstaffed', {
        nodeId: info.node.id,
        path: ['params', 'queue'],
        message: known
          ? {
              es: `Nadie atiende la cola «${queue}» de ${this.name(info, 'es')}: sus casos solo los verían los administradores. Agrega agentes a la cola en Personas, o elige una cola con agentes.`,
              en: `Nobody works the queue "${queue}" of ${this.name(info, 'en')}: its cases would be seen by admins only. Add agents to the queue in People, or choose a queue that has agents.`,
            }
          : {
              es: `La cola «${queue}» de ${this.name(info, 'es')} no existe todavía: se crearía con el primer caso, sin nadie que lo atienda. Créala y agrega agentes en Personas, o elige una cola existente.`,
              en: `The queue "${queue}" of ${this.name(info, 'en')} does not exist yet: it would be created with the first case, with nobody to work it. Create it and add agents in People, or choose an existing queue.`,
            },
      });
    }
  }

  private outputType(info: NodeInfo): ValueType | undefined {
    if (info.node.kind === 'custom') return info.custom ? outputValueType(info.custom.output) : 'map<string, dyn>';
    return info.spec?.outputs;
  }

  /** Node output types, then variable types (repeated until they settle). */
  private buildScope(sources: Source[]): void {
    const nodes: Record<string, ValueType> = {};
    for (const info of this.infos) {
      const type = this.outputType(info);
      if (type !== undefined) nodes[info.node.id] = type;
    }
    const narrow = (list: readonly Source[]): Record<string, ValueType> => {
      if (list.some((x) => x.readsAllNodes)) return nodes;
      const out: Record<string, ValueType> = {};
      for (const x of list) for (const id of x.refs) if (Object.hasOwn(nodes, id)) out[id] = nodes[id] as ValueType;
      return out;
    };
    const sets = this.infos
      .filter((i) => i.node.kind === 'logic.set' && i.params)
      .sort((a, b) => this.byFlowOrder(a.index, b.index));
    const setSources = sources.filter((x) => x.info.node.kind === 'logic.set' && x.path[1] === 'value');
    const setNodes = narrow(setSources);
    const dependsOnVars = setSources.some((x) => /(?<![\w.$])vars\b/.test(x.text));
    let vars: Record<string, ValueType> = {};
    for (const s of sets) vars[s.params?.name as string] = 'dyn';
    // A type as a comparable key (records of fields compare by content).
    const key = (t: ValueType) => (typeof t === 'string' ? t : canonicalJson(t));
    const nameOf = (s: NodeInfo) => s.params?.name as string;
    const sourceOf = (s: NodeInfo) => s.params?.value as string;
    // One scope object per check pass, never mutated: the expression module caches environments by identity.
    const typesIn = (scope: Scope, list: NodeInfo[]) => {
      const out = new Map<NodeInfo, ValueType | undefined>();
      for (const s of list) {
        const r = this.safeCheck(sourceOf(s), scope, 'any');
        out.set(s, r?.ok ? checkedType(r) : undefined);
      }
      return out;
    };
    let results = new Map<NodeInfo, ValueType | undefined>();
    for (let pass = 0; pass < 3; pass++) {
      for (let round = 0; round < 4; round++) {
        results = typesIn({ vars, nodes: setNodes }, sets);
        const next: Record<string, ValueType> = {};
        for (const name of Object.keys(vars)) {
          const types = new Map<string, ValueType>();
          for (const s of sets) {
            const t = results.get(s);
            if (nameOf(s) === name && t !== undefined && t !== 'dyn') types.set(key(t), t);
          }
          next[name] = types.size === 1 ? ([...types.values()][0] as ValueType) : 'dyn';
        }
        const changed = Object.keys(next).some((n) => key(next[n] as ValueType) !== key(vars[n] as ValueType));
        vars = next;
        // Values that do not read variables have their final type after one round.
        if (!changed || !dependsOnVars) break;
      }
      // A variable only ever set from itself (`vars.attempts + 1`) stays dyn above: give it the first
      // scalar type that is a fixed point of all its sets (int before double), so it starts at 0, "" or false.
      let seeded = false;
      for (const name of Object.keys(vars)) {
        if (vars[name] !== 'dyn') continue;
        const own = sets.filter((s) => nameOf(s) === name);
        const self = new RegExp(`(?<![\\w.$])vars\\s*\\.\\s*${name}(?![\\w$])`);
        if (!own.some((s) => self.test(sourceOf(s)))) continue;
        for (const candidate of ['int', 'double', 'string', 'bool']) {
          const tried = typesIn({ vars: { ...vars, [name]: candidate }, nodes: setNodes }, own);
          if ([...tried.values()].every((t) => t === candidate)) {
            vars = { ...vars, [name]: candidate };
            seeded = true;
            break;
          }
        }
      }
      if (!seeded) break;
    }
    this.scope = { vars, nodes };
    this.checkScope = { vars, nodes: narrow(sources) };

    // Conflicts: compare every set of a variable with the first one that gives it a concrete type.
    const firstOf = new Map<string, NodeInfo>();
    for (const s of sets) {
      const name = s.params?.name as string;
      const type = results.get(s);
      if (type === undefined || type === 'dyn') continue;
      const first = firstOf.get(name);
      if (!first) {
        firstOf.set(name, s);
        continue;
      }
      const firstType = results.get(first) as ValueType;
      if (key(firstType) === key(type)) continue;
      const numbers = new Set([firstType, type]);
      const hint =
        numbers.has('int') && numbers.has('double')
          ? {
              es: ' Para guardar siempre un número decimal, escribe los enteros con punto (0.0 en vez de 0).',
              en: ' To always store a decimal number, write whole numbers with a point (0.0 instead of 0).',
            }
          : { es: '', en: '' };
      this.add('set_type_conflict', {
        nodeId: s.node.id,
        path: ['params', 'value'],
        nodes: [first.node.id, s.node.id],
        message: {
          es: `${this.name(first, 'es')} guarda vars.${name} como ${celTypeName(firstType, 'es')}, pero ${this.name(s, 'es')} la guarda como ${celTypeName(type, 'es')}. Una variable guarda siempre el mismo tipo de dato: cambia uno de los dos valores o usa otra variable.${hint.es}`,
          en: `${this.name(first, 'en')} stores vars.${name} as ${celTypeName(firstType, 'en')}, but ${this.name(s, 'en')} stores it as ${celTypeName(type, 'en')}. A variable always holds the same type of data: change one of the two values or use another variable.${hint.en}`,
        },
      });
    }
  }

  private safeCheck(
    source: string,
    scope: Scope,
    expect: 'bool' | 'string' | 'number' | 'any',
  ): ReturnType<typeof checkExpression> | undefined {
    try {
      return checkExpression(source, scope, expect);
    } catch {
      return undefined;
    }
  }

  /** Every expression and template of the flow (custom inputs included), with the nodes it reads. */
  private gatherSources(): Source[] {
    const out: Source[] = [];
    const push = (info: NodeInfo, path: Path, text: string, expect: Source['expect']) => {
      out.push({ info, path, text, expect, refs: nodeReferences(text), readsAllNodes: readsAllNodes(text) });
    };
    for (const info of this.infos) {
      const { spec, params } = info;
      if (!spec || !params) continue;
      this.guard(info, () => {
        for (const ref of spec.expressions?.(params) ?? []) push(info, ['params', ...ref.path], ref.source, ref.expect);
        for (const ref of spec.templates?.(params) ?? []) push(info, ['params', ...ref.path], ref.text, 'template');
        if (spec.kind === 'custom' && info.custom) {
          for (const leaf of stringLeaves(params.input ?? {}, ['params', 'input'])) {
            push(info, leaf.path, leaf.text, 'template');
          }
        }
      });
    }
    return out;
  }

  /** Keeps the compiled form of a checked expression of a reachable node, for the plan. */
  private keepProgram(info: NodeInfo, source: string): void {
    if (this.programs.has(source) || !this.reachable.includes(info)) return;
    this.programs.set(source, programOf(source, this.checkScope));
  }

  private checkSources(sources: Source[]): void {
    for (const x of sources) {
      this.guard(x.info, () => {
        if (x.expect === 'template') {
          const problems = checkTemplate(x.text, this.checkScope) as Problem[];
          for (const problem of problems) {
            this.problem(x.info, x.path, problem, TEMPLATE_CODES[problem.code] ?? 'template_syntax');
          }
          const parsed = parseTemplate(x.text);
          if (problems.length === 0 && parsed.ok) {
            for (const part of parsed.parts) if ('expr' in part) this.keepProgram(x.info, part.expr);
          }
        } else {
          const r = checkExpression(x.text, this.checkScope, x.expect);
          if (!r.ok) this.problem(x.info, x.path, r.problem as Problem, r.problem.code);
          else this.keepProgram(x.info, x.text);
        }
      });
    }
    for (const info of this.infos) {
      if (info.custom && info.params)
        this.guard(info, () => this.checkCustomInput(info, info.custom as CustomActivitySpec));
    }
    this.checkReferences(sources);
    this.checkEventData(sources);
  }

  /** `event.data` reads against the event types' declared fields, and placeholders that could leave a gap. */
  private checkEventData(sources: Source[]): void {
    const trigger = this.root?.node.kind === 'trigger.event' ? String(this.root.params?.eventType ?? '') : undefined;
    const gapsAllowed = this.doc.settings.missingData === 'fallback';
    for (const x of sources) {
      this.guard(x.info, () => {
        const type = eventTypeAt(x.info.node.kind, x.info.params ?? {}, x.path, trigger);
        const schema = type ? this.doc.events[type] : undefined;
        for (const field of undeclaredReads(x.text, schema)) {
          const guess = closest(field, Object.keys(schema?.fields ?? {}));
          this.add('event_field_unknown', {
            nodeId: x.info.node.id,
            path: x.path,
            message: {
              es: `${this.name(x.info, 'es')}: ${checkTheField(x.path, 'es')}. El evento ${q.es(type ?? '')} no declara el dato ${q.es(field)}${guess ? `; ¿quisiste decir ${q.es(guess)}?` : ''}. Si el evento sí lo trae, agrégalo a los datos del evento en el disparador.`,
              en: `${this.name(x.info, 'en')}: ${checkTheField(x.path, 'en')}. Event ${q.en(type ?? '')} does not declare the field ${q.en(field)}${guess ? `; did you mean ${q.en(guess)}?` : ''}. If the event does carry it, add it to the event's fields on the trigger.`,
            },
          });
        }
        if (!gapsAllowed || x.expect !== 'template' || !isSend(x.info.node.kind)) return;
        for (const field of unguardedPlaceholderReads(x.text, schema)) {
          this.add('template_no_fallback', {
            nodeId: x.info.node.id,
            path: x.path,
            message: {
              es: `${this.name(x.info, 'es')}: ${checkTheField(x.path, 'es')}. Si el evento llega sin ${q.es(field)}, el mensaje saldrá con un espacio en blanco. Da un valor de reemplazo, como {{ event.data.${field} | "pronto" }}, marca el dato como obligatorio en el disparador, o elige «Retener el mensaje» en los ajustes del flujo.`,
              en: `${this.name(x.info, 'en')}: ${checkTheField(x.path, 'en')}. If the event arrives without ${q.en(field)}, the message goes out with a blank. Give a fallback, such as {{ event.data.${field} | "soon" }}, mark the field as required on the trigger, or choose "Hold the message" in the flow settings.`,
            },
          });
        }
      });
    }
  }

  private problem(info: NodeInfo, path: Path, problem: Problem, code: DiagnosticCode): void {
    this.add(code, {
      nodeId: info.node.id,
      path,
      message: {
        es: `${this.name(info, 'es')}: ${checkTheField(path, 'es')}. ${sentence(problem.message.es)}`,
        en: `${this.name(info, 'en')}: ${checkTheField(path, 'en')}. ${sentence(problem.message.en)}`,
      },
    });
  }

  /** The custom input rule (see ./custom.ts): strings are templates; a whole placeholder fits any type. */
  private checkCustomInput(info: NodeInfo, spec: CustomActivitySpec): void {
    const input = (info.params?.input ?? {}) as Record<string, unknown>;
    const result = spec.input.safeParse(input);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const rel = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const path: Path = ['params', 'input', ...rel];
      // A placeholder standing for a whole object or list above this field: judged at runtime.
      let covered = false;
      for (let k = 0; k < rel.length && !covered; k++) {
        const above = valueAt(input, rel.slice(0, k));
        covered = typeof above === 'string' && wholePlaceholder(above) !== undefined;
      }
      if (covered) continue;
      const value = valueAt(input, rel);
      const whole = typeof value === 'string' ? wholePlaceholder(value) : undefined;
      if (whole !== undefined) {
        if (issue.code !== 'invalid_type') continue;
        const expected = String(issue.expected);
        const expect =
          expected === 'number' || expected === 'int' || expected === 'bigint'
            ? 'number'
            : expected === 'boolean'
              ? 'bool'
              : expected === 'string'
                ? 'string'
                : undefined;
        if (!expect) continue;
        const r = this.safeCheck(whole, this.checkScope, expect);
        if (!r || r.ok || r.problem.code !== 'expr_type') continue;
        this.add('invalid_activity_input', {
          nodeId: info.node.id,
          path,
          message: {
            es: `${this.name(info, 'es')}: revisa el dato ${q.es(fieldName(rel, 'es'))} de la entrada de la actividad ${q.es(spec.name)}. ${sentence(r.problem.message.es)}`,
            en: `${this.name(info, 'en')}: check the value ${q.en(fieldName(rel, 'en'))} of the input of activity ${q.en(spec.name)}. ${sentence(r.problem.message.en)}`,
          },
        });
        continue;
      }
      if (containsPlaceholder(value) && issue.code !== 'invalid_type' && issue.code !== 'unrecognized_keys') continue;
      const what = describeIssue(issue, value);
      this.add('invalid_activity_input', {
        nodeId: info.node.id,
        path,
        message: {
          es: `${this.name(info, 'es')}: revisa ${rel.length ? `el dato ${q.es(fieldName(rel, 'es'))} de ` : ''}la entrada de la actividad ${q.es(spec.name)}. ${sentence(what.es)}`,
          en: `${this.name(info, 'en')}: check ${rel.length ? `the value ${q.en(fieldName(rel, 'en'))} of ` : ''}the input of activity ${q.en(spec.name)}. ${sentence(what.en)}`,
        },
      });
    }
  }

  /**
   * `nodes.n_x` may only be read where n_x can have run before: n_x must be an ancestor. One forward walk
   * per referenced node, pruned by topological order (a node later than every reader cannot lead to one).
   */
  private checkReferences(sources: Source[]): void {
    const byTarget = new Map<NodeInfo, Source[]>();
    for (const x of sources) {
      for (const id of x.refs) {
        const target = this.byId.get(id);
        // Unknown ids and nodes without outputs are reported by the expression checker.
        if (!target || this.scope.nodes[id] === undefined) continue;
        const list = byTarget.get(target);
        if (list) list.push(x);
        else byTarget.set(target, [x]);
      }
    }
    if (byTarget.size === 0) return;
    const n = this.infos.length;
    const mark = new Int32Array(n).fill(-1);
    const topo = this.topo;
    for (const [target, list] of byTarget) {
      const t = target.index;
      let limit = 0;
      for (const x of list) limit = Math.max(limit, topo[x.info.index] as number);
      // Descendants of target (paths of length ≥ 1), stamped with the target's index.
      const queue: number[] = [];
      const visit = (w: number) => {
        if (mark[w] !== t && (topo[w] as number) <= limit) {
          mark[w] = t;
          queue.push(w);
        }
      };
      if ((topo[t] as number) <= limit) for (const w of this.adj[t] ?? []) visit(w);
      for (let i = 0; i < queue.length; i++) for (const w of this.adj[queue[i] as number] ?? []) visit(w);
      const done = new Set<string>();
      for (const { info, path } of list) {
        if (mark[info.index] === t) continue;
        const key = `${info.index}:${path.join('.')}`;
        if (done.has(key)) continue;
        done.add(key);
        this.add('node_reference_not_before', {
          nodeId: info.node.id,
          path,
          nodes: [target.node.id],
          message: {
            es: `${this.name(info, 'es')} usa datos de ${this.name(target, 'es')} (nodes.${target.node.id}), pero ${this.name(target, 'es')} no se ejecuta antes en ningún camino que llegue aquí, así que esos datos todavía no existirían. Usa datos de un paso anterior, o mueve ${this.name(target, 'es')} antes de ${this.name(info, 'es')}.`,
            en: `${this.name(info, 'en')} uses data from ${this.name(target, 'en')} (nodes.${target.node.id}), but ${this.name(target, 'en')} does not run before it on any path that leads here, so that data would not exist yet. Use data from an earlier step, or move ${this.name(target, 'en')} before ${this.name(info, 'en')}.`,
          },
        });
      }
    }
  }

  // ── plan ──────────────────────────────────────────────────────────────────

  /**
   * The plan: nodes in id order, params as validated and deep-copied (the plan shares nothing with the
   * input, zod's defaults or the catalog).
   * The hash is sha256Hex(canonicalJson(plan without hash)).
   */
  private buildPlan(): Plan {
    const root = this.root as NodeInfo;
    const nodes: Record<string, PlanNode> = {};
    const scopeNodes: Record<string, ValueType> = {};
    const reachable = [...this.reachable].sort((a, b) => (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
    for (const info of reachable) {
      const next: Record<string, string | null> = {};
      for (const port of info.ports ?? []) {
        const edge = info.out.get(port.name);
        next[port.name] = edge ? (this.infos[edge.to] as NodeInfo).node.id : null;
      }
      const params = copy(info.params ?? {});
      const planNode: PlanNode =
        info.node.label !== undefined
          ? { id: info.node.id, kind: info.node.kind, label: info.node.label, params, next }
          : { id: info.node.id, kind: info.node.kind, params, next };
      if (info.activity) {
        const { options } = info.activity;
        planNode.activity = {
          name: info.activity.name,
          options: { ...options, retry: { ...options.retry } },
        };
      }
      if (info.calls) planNode.calls = copy(info.calls);
      nodes[info.node.id] = planNode;
      const type = this.scope.nodes[info.node.id];
      if (type !== undefined) scopeNodes[info.node.id] = type;
    }
    const start = root.out.get('out');
    const body: Omit<Plan, 'hash'> = {
      planVersion: 1,
      flowId: this.doc.id,
      name: this.doc.name,
      settings: copy(this.doc.settings),
      trigger: { nodeId: root.node.id, kind: root.node.kind, params: copy(root.params ?? {}) },
      start: start ? (this.infos[start.to] as NodeInfo).node.id : null,
      nodes,
      scope: copy({ vars: this.scope.vars, nodes: scopeNodes }),
      exprs: Object.fromEntries([...this.programs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    };
    const hash = sha256Hex(canonicalJson(body));
    const { planVersion, flowId, name, ...rest } = body;
    return { planVersion, flowId, name, hash, ...rest };
  }
}

/**
 * A deep copy of plain JSON data (params, types): zod shares nested default values between parses, and
 * output types come from the catalog, so the plan copies them rather than hand out shared objects.
 * `undefined` members are dropped, as JSON would.
 */
function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : copy(v))) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = copy(v);
  }
  return out as T;
}

/** The checked type of an expression: its declared record of fields when it has one, else its type name. */
function checkedType(r: { type: string }): ValueType {
  const valueType = (r as { valueType?: ValueType }).valueType;
  return valueType ?? r.type;
}

function containsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return hasPlaceholder(value);
  if (Array.isArray(value)) return value.some(containsPlaceholder);
  if (isObject(value)) return Object.values(value).some(containsPlaceholder);
  return false;
}

/**
 * Compiles a flow document (any known schema version, as parsed JSON) into a plan.
 * Never throws: every problem, including an internal one, is a diagnostic.
 */
export function compile(input: unknown, options: CompileOptions = {}): CompileResult {
  const compilation = new Compilation(input, options);
  try {
    return compilation.run();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        ...compilation.diagnostics,
        {
          code: 'internal_error',
          severity: 'error',
          path: [],
          message: {
            es: `El compilador falló por un error interno (${text}). Avisa a tu equipo de desarrollo.`,
            en: `The compiler failed with an internal error (${text}). Tell your development team.`,
          },
        },
      ],
    };
  }
}
