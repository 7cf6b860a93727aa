import { type Json, type Plan, Scenario, type ScenarioInputDoc, type SimulationResult } from '@ruta/flow';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nodeName } from '../canvas/names';
import { formatDateTime, useT } from '../i18n';
import { PathLog } from '../panels/PathLog';
import { outcomeName, reasonText, stepLine } from '../panels/step-words';
import { useEditor } from '../store/editor';
import { useUi } from '../store/ui';
import { Phone } from './Phone';
import { actionTime, afterFor, clockAt, edgeIds, highlightAt, playTo, waitsAfter, withInputs } from './playback';
import { runSimulation } from './run';
import { ScenarioForm } from './ScenarioForm';

const STEP_MS = 550;

interface Props {
  /** The flow's saved scenarios first, then its template's. */
  scenarios: ScenarioInputDoc[];
}

type Extra = NonNullable<ScenarioInputDoc['inputs']>;

/**
 * Plays the flow on a simulated customer: choose a scenario (or build one, and save it with the flow), Play,
 * watch the path light up move by move on virtual time, fast-forward waits, and act as the customer from the
 * phone. An action re-runs the deterministic simulation from the start with it added at that virtual time.
 */
export function SimulatorPanel({ scenarios }: Props) {
  const t = useT();
  const validation = useEditor((s) => s.validation);
  const doc = useEditor((s) => s.doc);
  const saved = doc.scenarios.length;
  const [choice, setChoice] = useState<number>(scenarios.length > 0 ? 0 : -1);
  const [customScenario, setCustomScenario] = useState<ScenarioInputDoc | null>(null);
  const [saveName, setSaveName] = useState('');
  const [extra, setExtra] = useState<Extra>([]);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [step, setStep] = useState(0);
  // The move the player plays up to (a wait, or the end); it stops there.
  const [target, setTarget] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const base = choice >= 0 ? scenarios[choice] : customScenario;

  const run = useCallback(
    async (inputs: Extra, from: number | null) => {
      const p = useEditor.getState().validation.plan;
      if (!p || !base) return;
      setError(null);
      try {
        const r = await runSimulation(p, withInputs(base, inputs));
        setPlan(p);
        setResult(r);
        const start = from ?? 0;
        setStep(start);
        // After an action the journey moves on from where it waited.
        setTarget(playTo(r, from === null ? 0 : start + 1));
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [base],
  );

  // Advance move by move up to the target.
  useEffect(() => {
    if (!result || step >= target) return;
    timer.current = setTimeout(() => setStep((s) => s + 1), STEP_MS);
    return () => clearTimeout(timer.current);
  }, [result, step, target]);

  // Light up the path on the canvas.
  useEffect(() => {
    if (!result || !plan) return;
    const h = highlightAt(plan, result, step);
    useEditor.getState().setHighlight({ nodes: h.nodes, edges: edgeIds(h.edges, doc.edges) });
  }, [result, plan, step, doc.edges]);

  useEffect(() => () => useEditor.getState().setHighlight(null), []);

  const tz = (base?.customer as { timeZone?: string } | undefined)?.timeZone ?? 'America/Santiago';
  const fmt = (iso: string | null | undefined) => formatDateTime(iso, t.lang, tz);
  const last = result ? result.moves.length - 1 : 0;
  const playing = Boolean(result) && step < target;
  const finished = Boolean(result) && step >= last;
  const atWait = Boolean(result) && !playing && !finished && waitsAfter(result as SimulationResult, step);
  const clock = result ? clockAt(result, step) : null;

  // Where the journey waits now, until when, and why.
  const waiting = useMemo(() => {
    if (!result || !plan) return null;
    if (finished && result.status === 'running' && result.waiting) {
      return {
        nodeId: result.waiting.nodeId,
        until: result.waiting.deadline,
        reason: result.waiting.reason,
        missing: result.waiting.missing,
      };
    }
    if (!atWait) return null;
    const m = result.moves[step];
    const next = m?.port ? plan.nodes[m.nodeId]?.next[m.port] : null;
    if (!next) return null;
    const since = m?.at ?? '';
    const timer = result.timers.find((x) => x.nodeId === next && x.since >= since);
    return { nodeId: next, until: result.moves[step + 1]?.at ?? null, reason: timer?.reason, missing: timer?.missing };
  }, [result, plan, step, atWait, finished]);
  const waitingNode = waiting ? (plan?.nodes[waiting.nodeId] ?? null) : null;

  const visibleMessages = result && clock ? result.messages.filter((m) => m.at <= clock) : [];

  // The log up to the current move (and the wait that follows it).
  const log = useMemo(() => {
    if (!result) return [];
    let leaves = -1;
    let end = result.steps.length;
    for (let i = 0; i < result.steps.length; i++) {
      if (result.steps[i]?.type !== 'leave') continue;
      leaves++;
      if (leaves === step + 1) {
        end = i;
        break;
      }
    }
    return result.steps
      .slice(0, end)
      .map((s) => stepLine(s, doc, t.lang, tz))
      .filter((x): x is NonNullable<typeof x> => x !== null);
  }, [result, step, doc, t.lang, tz]);

  const act = (input: Extra[number]) => {
    if (!result) return;
    const at = actionTime(result, step);
    const next = [...extra, { ...input, after: afterFor(result, at) } as Extra[number]];
    setExtra(next);
    void run(next, step);
  };

  const play = () => {
    setExtra([]);
    void run([], null);
  };

  const saveScenario = () => {
    if (!customScenario || !saveName.trim()) return;
    const parsed = Scenario.safeParse({ ...customScenario, name: saveName.trim() });
    if (!parsed.success) {
      useUi.getState().toast(t('sim.cannotSave'), 'error');
      return;
    }
    const s = useEditor.getState();
    s.change({ ...s.doc, scenarios: [parsed.data, ...s.doc.scenarios] }, 'scenarios');
    setChoice(0);
    setSaveName('');
    useUi.getState().toast(t('sim.saved', { name: parsed.data.name }), 'success');
  };

  const removeScenario = (i: number) => {
    const s = useEditor.getState();
    s.change({ ...s.doc, scenarios: s.doc.scenarios.filter((_, j) => j !== i) }, 'scenarios');
    setChoice(scenarios.length > 1 ? 0 : -1);
    setResult(null);
  };

  const nodeLabel = (id: string | undefined) =>
    nodeName(
      doc.nodes.find((x) => x.id === id),
      t.lang,
    ) ||
    (id ?? '');
  const waitText = () => {
    if (!waiting) return '';
    const node = nodeLabel(waiting.nodeId);
    if (waiting.reason === 'missing_data') return t('sim.held', { node, what: (waiting.missing ?? []).join(', ') });
    const base = waiting.until
      ? t('sim.waiting', { node, until: fmt(waiting.until) })
      : t('sim.waitingNoLimit', { node });
    return waiting.reason ? `${base} · ${reasonText(waiting.reason, t.lang)}` : base;
  };

  return (
    <section className="sim" aria-label={t('sim.title')}>
      <div className="sim-controls">
        <div className="row wrap scenario-row">
          <div className="field grow">
            <label htmlFor="sim-scenario">{t('sim.scenario')}</label>
            <select
              id="sim-scenario"
              className="input"
              value={choice}
              onChange={(e) => {
                setChoice(Number(e.target.value));
                setResult(null);
                useEditor.getState().setHighlight(null);
              }}
            >
              {scenarios.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: saved and template scenarios may share names
                <option key={i} value={i}>
                  {i < saved ? `★ ${s.name}` : s.name}
                </option>
              ))}
              <option value={-1}>{t('sim.custom')}</option>
            </select>
          </div>
          {choice >= 0 && choice < saved ? (
            <button type="button" className="btn small ghost" onClick={() => removeScenario(choice)}>
              {t('sim.removeSaved')}
            </button>
          ) : null}
        </div>
        <div className="row wrap">
          <button
            type="button"
            className="btn primary"
            onClick={play}
            disabled={!validation.ok || !base}
            title={!validation.ok ? t('sim.cannot') : undefined}
            data-testid="sim-play"
          >
            ▶ {result ? t('sim.replay') : t('sim.play')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => result && setTarget(playTo(result, step + 1))}
            disabled={!atWait}
            data-testid="sim-ff"
          >
            » {t('sim.fastForward')}
          </button>
          <button
            type="button"
            className="btn ghost"
            onClick={() => {
              if (!result) return;
              setStep(last);
              setTarget(last);
            }}
            disabled={!result || finished}
          >
            ⇥ {t('sim.toEnd')}
          </button>
        </div>
        {!validation.ok ? <p className="hint warning-text">{t('sim.cannot')}</p> : null}
        {error ? <p className="field-error">{t('sim.error', { e: error })}</p> : null}
        {result ? (
          <div className="sim-status" aria-live="polite">
            <div className="clock">
              <span className="muted">{t('sim.clock')}</span> <strong data-testid="sim-clock">{fmt(clock)}</strong>
            </div>
            {waitingNode ? (
              <div
                className={`sim-wait ${waiting?.reason ? `reason-${waiting.reason}` : ''}`}
                data-testid="sim-waiting"
              >
                {waitText()}
              </div>
            ) : null}
            {finished && result.status !== 'running' ? (
              <div className={`sim-done ${result.status}`} data-testid="sim-done">
                {t(`sim.status.${result.status}`)}
                {result.outcome ? ` · ${t('sim.outcome', { o: outcomeName(doc, result.outcome, t.lang) })}` : ''}
              </div>
            ) : null}
            {result.errors.length > 0 ? <p className="field-error">{result.errors.join('; ')}</p> : null}
            <PathLog lines={log} label={t('sim.path')} testId="sim-log" />
          </div>
        ) : null}
        {choice === -1 ? (
          <details className="scenario-details" open={!result}>
            <summary>{t('sim.customer')}</summary>
            <ScenarioForm doc={doc} onChange={setCustomScenario} />
          </details>
        ) : null}
        {choice === -1 ? (
          <form
            className="row save-scenario"
            onSubmit={(e) => {
              e.preventDefault();
              saveScenario();
            }}
          >
            <label className="sr-only" htmlFor="sim-save-name">
              {t('sim.saveName')}
            </label>
            <input
              id="sim-save-name"
              className="input grow"
              placeholder={t('sim.saveName')}
              value={saveName}
              onChange={(e) => setSaveName(e.target.value)}
            />
            <button type="submit" className="btn small" disabled={!customScenario || !saveName.trim()}>
              {t('sim.save')}
            </button>
          </form>
        ) : null}
      </div>
      <Phone
        messages={visibleMessages}
        customerName={(base?.customer as { name?: string } | undefined)?.name ?? ''}
        canReply={Boolean(result) && (!finished || result?.status === 'running')}
        format={fmt}
        onReply={(text) => act({ reply: text, channel: 'whatsapp', after: '0s' })}
        extraActions={
          waitingNode && waiting?.reason !== 'missing_data'
            ? [
                ...(waitingNode.kind === 'handoff'
                  ? [
                      {
                        label: t('sim.resolveHandoff'),
                        run: () => act({ handoff: 'resolved', agent: 'Tester', after: '0s' }),
                      },
                    ]
                  : []),
                ...eventTypes(waitingNode).map((type) => ({
                  label: t('sim.sendEvent', { type }),
                  run: () => act({ event: type, data: sampleData(doc, type), after: '0s' }),
                })),
              ]
            : []
        }
      />
    </section>
  );
}

function eventTypes(node: Plan['nodes'][string]): string[] {
  if (node.kind === 'wait.event') return [String(node.params.eventType)];
  if (node.kind === 'wait.first') {
    return ((node.params.options as { eventType: string }[]) ?? [])
      .map((o) => o.eventType)
      .filter((e) => e !== 'reply');
  }
  return [];
}

/** An event's data for the simulator's "send event" button: each declared field's example. */
function sampleData(doc: { events: Record<string, { fields: Record<string, { example?: unknown }> }> }, type: string) {
  const out: Record<string, Json> = {};
  for (const [k, f] of Object.entries(doc.events[type]?.fields ?? {}))
    if (f.example !== undefined) out[k] = f.example as Json;
  return out;
}
