import { formatDuration, type Plan } from '@ruta/flow';
import { handoffSignal, type LiveState, replySignal, skipWaitUpdate, stateQuery } from '@ruta/workflows/definitions';
import type { Client } from '@temporalio/client';

export interface FollowOptions {
  /** Replies to send, one each time the journey waits for a reply (or a survey answer). */
  replies?: string[];
  /** Resolve handoffs as an agent would, after this many ms. */
  resolveHandoffsAfterMs?: number;
  /** Skip every other wait at once (timeouts are taken). */
  skipWaits?: boolean;
  lang: 'es' | 'en';
  print?: (line: string) => void;
  pollMs?: number;
}

const REPLY_WAITS = new Set(['wait.reply', 'survey.csat', 'wait.first']);

/**
 * Prints a running journey's path as it moves (polling its `state` query), and plays the customer and
 * the agent when asked to. Resolves with the final live state.
 */
export async function followJourney(
  client: Client,
  workflowId: string,
  plan: Plan,
  o: FollowOptions,
): Promise<LiveState> {
  const print = o.print ?? ((line: string) => console.log(line));
  const handle = client.workflow.getHandle(workflowId);
  const replies = [...(o.replies ?? [])];
  let printed = 0;
  let lastWait = '';
  const started = Date.now();
  const name = (id: string) => (plan.nodes[id]?.label ? `${plan.nodes[id]!.label}` : id);
  for (;;) {
    let live: LiveState;
    try {
      live = await handle.query(stateQuery);
    } catch (err) {
      const desc = await handle.describe().catch(() => undefined);
      if (desc && desc.status.name !== 'RUNNING') {
        print(
          `  ■ ${desc.status.name.toLowerCase()}${desc.status.name === 'FAILED' ? `: ${(err as Error).message}` : ''}`,
        );
        throw err;
      }
      await sleep(o.pollMs ?? 250);
      continue;
    }
    while (printed < live.path.length) {
      const s = live.path[printed]!;
      const at = `+${formatDuration(Math.max(0, s.leftAt - live.path[0]!.enteredAt)) || '0s'}`;
      print(`  ${at.padEnd(8)} ${name(s.nodeId).padEnd(34)} ${s.port ? `→ ${s.port}` : ''}`);
      printed++;
    }
    if (live.status !== 'running') {
      print(`  ■ ${live.status} (${live.outcome ?? ''})${live.goals.length ? ` 🎯 ${live.goals.join(', ')}` : ''}`);
      return live;
    }
    const wait = live.wait;
    const waitKey = wait ? `${wait.nodeId}:${wait.visit}` : '';
    if (wait && waitKey !== lastWait) {
      lastWait = waitKey;
      const kind = plan.nodes[wait.nodeId]?.kind ?? '';
      const until = wait.deadline ? new Date(wait.deadline).toLocaleString(o.lang === 'es' ? 'es-CL' : 'en-US') : '—';
      print(
        `  …        ${name(wait.nodeId).padEnd(34)} ${o.lang === 'es' ? 'esperando hasta' : 'waiting until'} ${until}`,
      );
      if (REPLY_WAITS.has(kind) && replies.length > 0) {
        const text = replies.shift()!;
        print(`  ←        ${o.lang === 'es' ? 'cliente' : 'customer'}: "${text}"`);
        await handle.signal(replySignal, {
          id: `cli-reply-${Date.now()}`,
          text,
          channel: 'whatsapp',
          at: new Date().toISOString(),
        });
      } else if (kind === 'handoff' && o.resolveHandoffsAfterMs !== undefined) {
        await sleep(o.resolveHandoffsAfterMs);
        print(`  ✓        ${o.lang === 'es' ? 'agente resolvió el caso' : 'agent resolved the case'}`);
        await handle.signal(handoffSignal, {
          id: `cli-handoff-${Date.now()}`,
          resolution: 'resolved',
          agent: 'demo',
          at: new Date().toISOString(),
        });
      } else if (o.skipWaits) {
        await handle.executeUpdate(skipWaitUpdate, { args: [{ nodeId: wait.nodeId }] }).catch(() => undefined);
      }
    }
    if (Date.now() - started > 24 * 3_600_000) throw new Error('Stopped following after 24 h');
    await sleep(o.pollMs ?? 250);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
