import { nodeKind, type Plan, type ScenarioInputDoc, type SimulationResult } from '@ruta/flow';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pickText, useT } from '../i18n';
import { useEditor } from '../store/editor';
import { Phone } from './Phone';
import { actionTime, afterFor, clockAt, edgeIds, highlightAt, waitsAfter, withInputs } from './playback';
import { runSimulation } from './run';
import { ScenarioForm } from './ScenarioForm';

const STEP_MS = 550;

interface Props {
  scenarios: ScenarioInputDoc[];
}

type Extra = NonNullable<ScenarioInputDoc['inputs']>;

/**
 * Plays the flow on a simulated customer: choose a scenario (or build one), Play, watch the path light up
 * move by move on virtual time, fast-forward waits, and reply as the customer from the phone. A reply
 * re-runs the deterministic simulation from the start with the reply added at the current virtual time.
 */
export function SimulatorPanel({ scenarios }: Props) {
  const t = useT();
  const validation = useEditor((s) => s.validation);
  const doc = useEditor((s) => s.doc);
  const [choice, setChoice] = useState<number>(scenarios.length > 0 ? 0 : -1);
  const [customScenario, setCustomScenario] = useState<ScenarioInputDoc | null>(null);
  const [extra, setExtra] = useState<Extra>([]);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  // After a tester's action (reply, event, handoff) the player runs on without stopping until that moment.
  const [resumeUntil, setResumeUntil] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const base = choice >= 0 ? scenarios[choice] : customScenario;

  const run = useCallback(
    async (inputs: Extra, keepStep: number | null) => {
      const p = useEditor.getState().validation.plan;
      if (!p || !base) return;
      setError(null);
      try {
        const r = await runSimulation(p, withInputs(base, inputs));
        setPlan(p);
        setResult(r);
        setStep(keepStep ?? 0);
        setPlaying(true);
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [base],
  );

  // Advance move by move; stop at waits until fast-forwarded.
  useEffect(() => {
    if (!playing || !result) return;
    if (step >= result.moves.length - 1) {
      setPlaying(false);
      return;
    }
    const nextAt = result.moves[step + 1]?.at ?? '';
    if (waitsAfter(result, step) && !(resumeUntil && nextAt <= resumeUntil)) {
      setPlaying(false);
      return;
    }
    timer.current = setTimeout(() => setStep((s) => s + 1), STEP_MS);
    return () => clearTimeout(timer.current);
  }, [playing, result, step, resumeUntil]);

  // Light up the path on the canvas.
  useEffect(() => {
    if (!result || !plan) return;
    const h = highlightAt(plan, result, step);
    useEditor.getState().setHighlight({ nodes: h.nodes, edges: edgeIds(h.edges, doc.edges) });
  }, [result, plan, step, doc.edges]);

  useEffect(() => () => useEditor.getState().setHighlight(null), []);

  const clock = result ? clockAt(result, step) : null;
  const finished = result ? step >= result.moves.length - 1 : false;
  const waitingNode = useMemo(() => {
    if (!result || !plan) return null;
    const m = result.moves[step];
    const next = m?.port ? plan.nodes[m.nodeId]?.next[m.port] : null;
    return next ? (plan.nodes[next] ?? null) : null;
  }, [result, plan, step]);
  const paused = Boolean(result && !playing && waitingNode && (!finished || result.status === 'running'));
  const nextAt = result && !finished ? result.moves[step + 1]?.at : (result?.waiting?.deadline ?? null);
  const visibleMessages =
    result && clock
      ? result.messages.filter((m) => m.at <= clock || (resumeUntil !== null && m.at <= resumeUntil))
      : [];

  const act = (input: Extra[number]) => {
    if (!result) return;
    const at = actionTime(result, step);
    setResumeUntil(new Date(at).toISOString());
    const next = [...extra, { ...input, after: afterFor(result, at) } as Extra[number]];
    setExtra(next);
    void run(next, step);
  };

  const play = () => {
    setExtra([]);
    setResumeUntil(null);
    void run([], null);
  };

  const nodeName = (id: string | undefined) => {
    const n = doc.nodes.find((x) => x.id === id);
    const spec = n ? nodeKind(n.kind) : undefined;
    return n?.label || (spec ? pickText(spec.label, t.lang) : (id ?? ''));
  };

  const tz = (base?.customer as { timeZone?: string } | undefined)?.timeZone ?? 'America/Santiago';
  const fmt = (iso: string | null | undefined) =>
    iso
      ? new Intl.DateTimeFormat(t.lang === 'es' ? 'es-CL' : 'en-US', {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: tz,
        }).format(new Date(iso))
      : '';

  return (
    <section className="sim" aria-label={t('sim.title')}>
      <div className="sim-controls">
        <div className="field">
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
              <option key={s.name} value={i}>
                {s.name}
              </option>
            ))}
            <option value={-1}>{t('sim.custom')}</option>
          </select>
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
            onClick={() => result && setStep((s) => Math.min(s + 1, result.moves.length - 1))}
            disabled={!paused || finished}
            data-testid="sim-ff"
          >
            » {t('sim.fastForward')}
          </button>
          <button
            type="button"
            className="btn ghost"
            onClick={() => {
              if (!result) return;
              setPlaying(false);
              setStep(result.moves.length - 1);
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
            {paused && waitingNode ? (
              <div className="sim-wait" data-testid="sim-waiting">
                {t('sim.waiting', { node: nodeName(waitingNode.id), until: fmt(nextAt) || '∞' })}
              </div>
            ) : null}
            {finished && result.status !== 'running' ? (
              <div className={`sim-done ${result.status}`} data-testid="sim-done">
                {t(`sim.status.${result.status}`)}
                {result.outcome ? ` · ${t('sim.outcome', { o: result.outcome })}` : ''}
              </div>
            ) : null}
            {result.errors.length > 0 ? <p className="field-error">{result.errors.join('; ')}</p> : null}
            <ol className="sim-path" aria-label={t('sim.path')}>
              {result.moves.slice(0, step + 1).map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: moves repeat nodes in loops
                <li key={i}>
                  <span className="mono">{fmt(m.at)}</span> {nodeName(m.nodeId)}
                  {m.port ? <span className="port-tag">{m.port}</span> : null}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {choice === -1 ? (
          <details className="scenario-details" open={!result}>
            <summary>{t('sim.customer')}</summary>
            <ScenarioForm doc={doc} onChange={setCustomScenario} />
          </details>
        ) : null}
      </div>
      <Phone
        messages={visibleMessages}
        customerName={(base?.customer as { name?: string } | undefined)?.name ?? ''}
        canReply={Boolean(result) && (!finished || result?.status === 'running')}
        format={fmt}
        onReply={(text) => act({ reply: text, channel: 'whatsapp', after: '0s' })}
        extraActions={
          paused && waitingNode
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
                  run: () => act({ event: type, data: {}, after: '0s' }),
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
