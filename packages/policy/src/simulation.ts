import type { Database, Db } from '@ruta/db';
import type { ScenarioArticle, SimHandler, SimSendPolicy, SimulateOptions } from '@ruta/flow';
import { type AnalyzeRequest, analyzeRequest } from '@ruta/sentiment';
import { contactRulesFromEnv, decideSend, frequencyWindowStart } from './contact';
import { searchKnowledgeIn } from './knowledge';

/** The offline analyzer, as the activity calls it, so simulated sentiment is the one production computes. */
export const simulationHandlers = {
  'sentiment.analyze': (input: unknown) => analyzeRequest(input as AnalyzeRequest),
};

/** The deployment's contact rules on the virtual clock: a 23:30 send waits for the morning, as for real. */
export function simulationSendPolicy(customer: {
  timeZone?: string;
  consent?: Record<string, boolean>;
}): SimSendPolicy {
  const rules = contactRulesFromEnv();
  return (request, now) => {
    const decision = decideSend({
      now,
      customer: {
        ...(customer.timeZone ? { timeZone: customer.timeZone } : {}),
        ...(customer.consent ? { consent: customer.consent } : {}),
      },
      channel: request.channel as never,
      ...(request.fallbackChannel ? { fallbackChannel: request.fallbackChannel as never } : {}),
      transactional: request.transactional,
      ...(request.inReplyTo ? { inReplyTo: request.inReplyTo as never } : {}),
      recentProactiveSends: request.sentSince(frequencyWindowStart(now, rules)),
      rules,
    });
    if (decision.action === 'send') return { action: 'send', channel: decision.channel };
    if (decision.action === 'defer') return { action: 'defer', until: decision.until, reason: decision.reason.code };
    return { action: 'suppress', reason: decision.reason.code };
  };
}

let scratch: Promise<Database> | undefined;

/**
 * A private in-memory PGlite (migrated, empty) for searching scenarios' own articles where no database is at hand
 * (the CLI, the engine tests). Opened once per process, on first use; {@link closeScratchDatabase} lets the process
 * end.
 */
export async function scratchDatabase(): Promise<Db> {
  scratch ??= import('@ruta/db/testing').then(({ createTestDatabase }) => createTestDatabase());
  return (await scratch).db;
}

/** Closes the scratch database if one was opened. */
export async function closeScratchDatabase(): Promise<void> {
  const open = scratch;
  scratch = undefined;
  if (open) await (await open).close();
}

/** What a simulation's knowledge-base search may use. */
export interface SimulationKnowledge {
  /** The scenario being played: its `knowledge` articles, when it has some, are all the search sees. */
  scenario?: { knowledge?: ScenarioArticle[] } | unknown;
  /** A database whose published articles are searched when the scenario brings none (the API's own). */
  db?: Db;
}

/**
 * The `kb.search` stand-in: PostgreSQL's full-text search, the very SQL of production, over the scenario's articles
 * (in `db`, or a scratch in-memory database, inside a rolled-back transaction) or else over `db`'s published
 * knowledge base. Undefined when there is neither, so the simulator reports that the search needs a script.
 */
export function knowledgeHandler(knowledge: SimulationKnowledge = {}): SimHandler | undefined {
  const articles = (knowledge.scenario as { knowledge?: ScenarioArticle[] } | undefined)?.knowledge;
  const { db } = knowledge;
  if (articles) return async (input) => searchKnowledgeIn(db ?? (await scratchDatabase()), input, articles);
  if (db) return (input) => searchKnowledgeIn(db, input);
  return undefined;
}

/**
 * How the CLI, the API and the tests simulate: the offline analyzer, the deployment's contact rules, and the real
 * knowledge-base search, so a simulated path, its messages and its deferrals are the ones production takes.
 */
export function simulationOptions(knowledge: SimulationKnowledge = {}): SimulateOptions {
  const search = knowledgeHandler(knowledge);
  return {
    handlers: search ? { ...simulationHandlers, 'kb.search': search } : simulationHandlers,
    sendPolicy: simulationSendPolicy,
  };
}
