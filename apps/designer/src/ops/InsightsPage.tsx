import type { FlowDocument } from '@ruta/flow';
import { type Edge, type Node, ReactFlow } from '@xyflow/react';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useSession } from '../api/session';
import type { FlowSummary } from '../api/types';
import { portsOf } from '../graph/ports';
import type { DocNode } from '../graph/types';
import type { Lang } from '../i18n/types';
import { inboxWord } from '../inbox/texts';
import { TopNav } from '../pages/TopNav';
import { useUi } from '../store/ui';
import { type Grouped, type Insights, insightsApi } from './api';
import { downloadCsv, toCsv } from './csv';
import { duration, useOpsText } from './texts';
import './ops.css';

/** The viewer's time zone: ranges are their calendar days, and the page says which zone it uses. */
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Today in a time zone, as YYYY-MM-DD. */
function today(tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Reads the page's address: `#/insights?flow=…&from=…&to=…` (so a view can be shared). */
function fromHash(): { flowId: string; from: string; to: string } {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const tz = viewerZone();
  const last = today(tz);
  return { flowId: q.get('flow') ?? '', from: q.get('from') ?? addDays(last, -6), to: q.get('to') ?? last };
}

const pct = (x: number, lang: Lang) =>
  `${(x * 100).toLocaleString(lang === 'es' ? 'es-CL' : 'en-US', { maximumFractionDigits: 1 })}%`;
const num = (x: number | null, lang: Lang) =>
  x === null ? '—' : x.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US', { maximumFractionDigits: 2 });

/**
 * Insights: what journeys of a flow (or of every flow) did in the viewer's date range, from the store: outcomes per
 * version, waits, drop-off (as charts and on the flow), A/B splits with their verdict, CSAT and escalations. Every
 * table exports as CSV.
 */
export function InsightsPage() {
  const o = useOpsText();
  const kind = useSession((s) => s.backend.kind);
  return (
    <div className="page">
      <TopNav active="insights" />
      <div className="page-body">
        <div className="page-head">
          <div>
            <h1>{o('insights.title')}</h1>
            <p className="muted">{o('insights.intro')}</p>
          </div>
        </div>
        {kind === 'http' ? <InsightsView /> : <div className="empty-state">{o('insights.offline')}</div>}
      </div>
    </div>
  );
}

function InsightsView() {
  const o = useOpsText();
  const lang = useUi((s) => s.lang);
  const backend = useSession((s) => s.backend);
  const tz = useMemo(viewerZone, []);
  const initial = useMemo(fromHash, []);
  const [flows, setFlows] = useState<FlowSummary[]>([]);
  const [flowId, setFlowId] = useState(initial.flowId);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [data, setData] = useState<Insights | null>(null);
  const [doc, setDoc] = useState<FlowDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void backend.listFlows().then(setFlows);
  }, [backend]);

  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      // `to` is the last day shown; the API takes the day after it.
      setData(await insightsApi.get({ ...(flowId ? { flowId } : {}), from, to: addDays(to, 1), tz }));
      setDoc(flowId ? (await backend.getFlow(flowId)).document : null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }, [backend, flowId, from, to, tz]);
  // Shown once on opening; later changes wait for the button.
  const first = useRef(load);
  useEffect(() => {
    void first.current();
  }, []);

  return (
    <>
      <form
        className="insights-filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <label>
          {o('insights.flow')}
          <select value={flowId} onChange={(e) => setFlowId(e.target.value)} data-testid="insights-flow">
            <option value="">{o('insights.allFlows')}</option>
            {flows.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {o('insights.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="insights-from" />
        </label>
        <label>
          {o('insights.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="insights-to" />
        </label>
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? o('insights.loading') : o('insights.load')}
        </button>
        <span className="muted small">{o('insights.zone', { tz })}</span>
      </form>
      {error ? (
        <div role="alert" className="error-box">
          {error}
        </div>
      ) : null}
      {data ? <Figures data={data} doc={doc} lang={lang} /> : null}
    </>
  );
}

/** A section with a title and a CSV export of its table. */
function Section(props: { title: string; csv?: () => string; file?: string; children: ReactNode; testId?: string }) {
  const o = useOpsText();
  return (
    <section className="ops-section" data-testid={props.testId}>
      <div className="ops-section-head">
        <h2>{props.title}</h2>
        {props.csv ? (
          <button
            type="button"
            className="btn small ghost"
            onClick={() => downloadCsv(props.file ?? 'insights.csv', props.csv!())}
          >
            {o('insights.csv')}
          </button>
        ) : null}
      </div>
      {props.children}
    </section>
  );
}

const OUTCOME_KEYS = ['entered', 'running', 'completed', 'goalReached', 'escalated', 'failed', 'cancelled'] as const;

function Figures({ data, doc, lang }: { data: Insights; doc: FlowDocument | null; lang: Lang }) {
  const o = useOpsText();
  const range = data.range[lang];
  return (
    <div data-testid="insights">
      <p className="muted" data-testid="insights-range">
        {range}
      </p>
      <div className="insights-kpis">
        {OUTCOME_KEYS.map((k) => (
          <div key={k} className="insights-kpi" data-testid={`kpi-${k}`}>
            <span>{o(`insights.${k}`)}</span>
            <b>{num(data.total[k], lang)}</b>
          </div>
        ))}
      </div>
      <Section
        title={o('insights.outcomes')}
        file="outcomes.csv"
        csv={() =>
          toCsv(
            ['flow', 'flow_name', 'version', ...OUTCOME_KEYS],
            data.versions.map((v) => [
              v.flowId,
              data.names.flows[v.flowId] ?? '',
              v.version,
              ...OUTCOME_KEYS.map((k) => v[k]),
            ]),
          )
        }
      >
        <table className="ops-table">
          <thead>
            <tr>
              <th>{o('insights.flow')}</th>
              <th>{o('insights.version')}</th>
              {OUTCOME_KEYS.map((k) => (
                <th key={k} className="num">
                  {o(`insights.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.versions.map((v) => (
              <tr key={`${v.flowId}:${v.version}`}>
                <td title={v.flowId}>{data.names.flows[v.flowId] ?? v.flowId}</td>
                <td>v{v.version}</td>
                {OUTCOME_KEYS.map((k) => (
                  <td key={k} className="num">
                    {num(v[k], lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {data.flowId ? <FlowFigures data={data} doc={doc} lang={lang} /> : null}
      <Csat data={data} lang={lang} />
      <Escalations data={data} lang={lang} />
    </div>
  );
}

/** A step's name as the flow's author wrote it (its id when it has none, or the flow is not loaded). */
function stepName(doc: FlowDocument | null, nodeId: string): string {
  const node = doc?.nodes.find((n) => n.id === nodeId) as { label?: string } | undefined;
  return node?.label || nodeId;
}

function FlowFigures({ data, doc, lang }: { data: Insights; doc: FlowDocument | null; lang: Lang }) {
  const o = useOpsText();
  const drops = data.dropOff.map((d) => ({ ...d, name: stepName(doc, d.nodeId) }));
  return (
    <>
      <Section
        title={o('insights.waits')}
        file="waits.csv"
        csv={() =>
          toCsv(
            ['node', 'waits', 'avg_seconds', 'median_seconds', 'p90_seconds'],
            data.waits.map((w) => [w.nodeId, w.waits, w.avgSeconds, w.medianSeconds, w.p90Seconds]),
          )
        }
      >
        <table className="ops-table" data-testid="waits">
          <thead>
            <tr>
              <th>{o('insights.node')}</th>
              <th className="num">{o('insights.waitsN')}</th>
              <th className="num">{o('insights.avg')}</th>
              <th className="num">{o('insights.median')}</th>
              <th className="num">{o('insights.p90')}</th>
            </tr>
          </thead>
          <tbody>
            {data.waits.map((w) => (
              <tr key={w.nodeId}>
                <td title={w.nodeId}>{stepName(doc, w.nodeId)}</td>
                <td className="num">{num(w.waits, lang)}</td>
                <td className="num">{duration(lang, w.avgSeconds)}</td>
                <td className="num">{duration(lang, w.medianSeconds)}</td>
                <td className="num">{duration(lang, w.p90Seconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        title={o('insights.dropOff')}
        file="drop-off.csv"
        csv={() =>
          toCsv(
            ['node', 'entered', 'continued', 'ended_here', 'dropped_here', 'waiting_here', 'drop_rate'],
            data.dropOff.map((d) => [
              d.nodeId,
              d.entered,
              d.continued,
              d.completedHere,
              d.droppedHere,
              d.waitingHere,
              d.dropRate,
            ]),
          )
        }
      >
        <div className="insights-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={drops}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" fontSize={11} interval={0} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar
                isAnimationActive={false}
                dataKey="continued"
                name={o('insights.continued')}
                stackId="a"
                fill="#2563eb"
              />
              <Bar
                isAnimationActive={false}
                dataKey="completedHere"
                name={o('insights.completedHere')}
                stackId="a"
                fill="#059669"
              />
              <Bar
                isAnimationActive={false}
                dataKey="waitingHere"
                name={o('insights.waitingHere')}
                stackId="a"
                fill="#d97706"
              />
              <Bar
                isAnimationActive={false}
                dataKey="droppedHere"
                name={o('insights.droppedHere')}
                stackId="a"
                fill="#dc2626"
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="ops-table" data-testid="drop-off">
          <thead>
            <tr>
              <th>{o('insights.node')}</th>
              <th className="num">{o('insights.entered')}</th>
              <th className="num">{o('insights.continued')}</th>
              <th className="num">{o('insights.completedHere')}</th>
              <th className="num">{o('insights.waitingHere')}</th>
              <th className="num">{o('insights.droppedHere')}</th>
              <th className="num">{o('insights.dropRate')}</th>
            </tr>
          </thead>
          <tbody>
            {drops.map((d) => (
              <tr key={d.nodeId}>
                <td title={d.nodeId}>{d.name}</td>
                <td className="num">{num(d.entered, lang)}</td>
                <td className="num">{num(d.continued, lang)}</td>
                <td className="num">{num(d.completedHere, lang)}</td>
                <td className="num">{num(d.waitingHere, lang)}</td>
                <td className="num">{num(d.droppedHere, lang)}</td>
                <td className="num">{pct(d.dropRate, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {doc ? <DropOffCanvas doc={doc} data={data} lang={lang} /> : null}
      </Section>
      {data.splits.length ? (
        <Section
          title={o('insights.splits')}
          file="ab-tests.csv"
          testId="splits"
          csv={() =>
            toCsv(
              ['node', 'variant', 'journeys', 'converted', 'rate', 'low_95', 'high_95'],
              data.splits.flatMap((s) =>
                s.variants.map((v) => [s.nodeId, v.variant, v.journeys, v.converted, v.rate, v.low, v.high]),
              ),
            )
          }
        >
          {data.splits.map((s) => (
            <div key={s.nodeId}>
              {s.comparisons.map((c) => (
                <p key={c.b} className={`verdict ${c.verdict.kind}`} data-testid="verdict">
                  {c.verdict[lang]}
                </p>
              ))}
              <table className="ops-table">
                <thead>
                  <tr>
                    <th>{o('insights.variant')}</th>
                    <th className="num">{o('insights.journeys')}</th>
                    <th className="num">{o('insights.converted')}</th>
                    <th className="num">{o('insights.rate')}</th>
                    <th className="num">{o('insights.interval')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.variants.map((v) => (
                    <tr key={v.variant}>
                      <td>{v.variant}</td>
                      <td className="num">{num(v.journeys, lang)}</td>
                      <td className="num">{num(v.converted, lang)}</td>
                      <td className="num">{pct(v.rate, lang)}</td>
                      <td className="num">
                        {pct(v.low, lang)} – {pct(v.high, lang)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </Section>
      ) : null}
    </>
  );
}

/** The flow drawn with each step's entered and dropped journeys on it. */
function DropOffCanvas({ doc, data, lang }: { doc: FlowDocument; data: Insights; lang: Lang }) {
  const o = useOpsText();
  const byNode = new Map(data.dropOff.map((d) => [d.nodeId, d]));
  const nodes: Node[] = doc.nodes.map((n) => {
    const d = byNode.get(n.id);
    return {
      id: n.id,
      position: (n as { position?: { x: number; y: number } }).position ?? { x: 0, y: 0 },
      draggable: false,
      data: {
        label: (
          <div className="drop-node" data-testid={`drop-node-${n.id}`}>
            <div>{(n as { label?: string }).label || n.id}</div>
            <div>
              {o('insights.entered')}: {num(d?.entered ?? 0, lang)}
            </div>
            {d?.droppedHere ? (
              <div className="drop">
                {o('insights.droppedHere')}: {num(d.droppedHere, lang)} ({pct(d.dropRate, lang)})
              </div>
            ) : null}
          </div>
        ),
      },
    };
  });
  // Ports read by their words in the person's language (`angry` → «Molesto»), as the editor's canvas draws them.
  const portWord = (from: string, port: string): string => {
    const node = doc.nodes.find((n) => n.id === from);
    const spec = node ? portsOf(node as DocNode, doc.edges).find((p) => p.name === port) : undefined;
    return spec ? spec.label[lang] || port : port;
  };
  const edges: Edge[] = doc.edges.map((e) => ({
    id: e.id,
    source: e.from,
    target: e.to,
    label: portWord(e.from, e.port),
  }));
  return (
    <section className="insights-canvas" aria-label={o('insights.canvas')}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
      />
    </section>
  );
}

function GroupTable({
  title,
  rows,
  file,
  lang,
  word = (key) => key,
}: {
  title: string;
  rows: Grouped[];
  file: string;
  lang: Lang;
  /** How a group's key reads (a channel in words); as it is by default. */
  word?: (key: string) => string;
}) {
  const o = useOpsText();
  return (
    <Section
      title={title}
      file={file}
      csv={() =>
        toCsv(
          ['key', 'name', 'answers', 'average'],
          rows.map((r) => [r.key, r.key === null ? '' : word(r.key), r.answers, r.average]),
        )
      }
    >
      <table className="ops-table">
        <thead>
          <tr>
            <th>{title}</th>
            <th className="num">{o('insights.answers')}</th>
            <th className="num">{o('insights.average')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.key)}>
              <td title={r.key ?? undefined}>{r.key === null ? o('insights.none') : word(r.key)}</td>
              <td className="num">{num(r.answers, lang)}</td>
              <td className="num">{num(r.average, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function Csat({ data, lang }: { data: Insights; lang: Lang }) {
  const o = useOpsText();
  const c = data.csat;
  if (!c.answers) return null;
  return (
    <Section title={o('insights.csat')} testId="csat">
      <p data-testid="csat-average">{o('insights.csatAvg', { avg: num(c.average, lang), n: c.answers })}</p>
      <div className="insights-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={c.byDay}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" fontSize={11} />
            <YAxis domain={[0, 5]} />
            <Tooltip />
            <Line
              isAnimationActive={false}
              type="monotone"
              dataKey="average"
              name={o('insights.average')}
              stroke="#2563eb"
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <GroupTable title={o('insights.byDay')} rows={c.byDay} file="csat-by-day.csv" lang={lang} />
      <GroupTable
        title={o('insights.byFlow')}
        rows={c.byFlow}
        file="csat-by-flow.csv"
        lang={lang}
        word={(id) => data.names.flows[id] ?? id}
      />
      <GroupTable
        title={o('insights.byQueue')}
        rows={c.byQueue}
        file="csat-by-queue.csv"
        lang={lang}
        word={(id) => data.names.queues[id] ?? id}
      />
      <GroupTable
        title={o('insights.byChannel')}
        rows={c.byChannel}
        file="csat-by-channel.csv"
        lang={lang}
        word={(key) => inboxWord(lang, 'channels', key)}
      />
      <GroupTable
        title={o('insights.byAgent')}
        rows={c.byAgent}
        file="csat-by-agent.csv"
        lang={lang}
        word={(id) => data.names.agents[id] ?? id}
      />
      <Section
        title={o('insights.comments')}
        file="csat-comments.csv"
        csv={() =>
          toCsv(
            ['day', 'score', 'channel', 'agent', 'agent_name', 'comment', 'sentiment'],
            c.comments.map((x) => [
              x.day,
              x.score,
              x.channel,
              x.agent,
              x.agent ? (data.names.agents[x.agent] ?? '') : '',
              x.comment,
              x.sentiment.label,
            ]),
          )
        }
      >
        <table className="ops-table" data-testid="csat-comments">
          <thead>
            <tr>
              <th>{o('insights.day')}</th>
              <th className="num">{o('insights.score')}</th>
              <th>{o('insights.comment')}</th>
              <th>{o('insights.sentiment')}</th>
            </tr>
          </thead>
          <tbody>
            {c.comments.map((x) => (
              <tr key={x.journeyId}>
                <td>{x.day}</td>
                <td className="num">{x.score}</td>
                <td>{x.comment}</td>
                <td>{o(`insights.sentiments.${x.sentiment.label}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </Section>
  );
}

function Escalations({ data, lang }: { data: Insights; lang: Lang }) {
  const o = useOpsText();
  const e = data.escalations;
  if (!e.total) return null;
  // One row per day, one column per reason, for the stacked chart.
  const days = [...new Set(e.byDay.map((d) => d.day))].sort();
  const series = days.map((day) =>
    Object.fromEntries([['day', day], ...e.byDay.filter((d) => d.day === day).map((d) => [d.reason, d.count])]),
  );
  const colours = ['#dc2626', '#d97706', '#2563eb', '#7c3aed', '#059669', '#0891b2', '#be185d', '#4b5563'];
  return (
    <Section title={o('insights.escalations')} testId="escalations">
      <p data-testid="escalations-total">{o('insights.escalationsTotal', { n: e.total })}</p>
      <div className="insights-chart">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={series}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {e.byReason.map((r, i) => (
              <Bar
                isAnimationActive={false}
                key={r.reason}
                dataKey={r.reason}
                name={r.label[lang]}
                stackId="r"
                fill={colours[i % colours.length]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Section
        title={o('insights.reasons')}
        file="escalation-reasons.csv"
        csv={() =>
          toCsv(
            ['reason', 'label', 'count'],
            e.byReason.map((r) => [r.reason, r.label[lang], r.count]),
          )
        }
      >
        <table className="ops-table" data-testid="escalation-reasons">
          <tbody>
            {e.byReason.map((r) => (
              <tr key={r.reason}>
                <td>{r.label[lang]}</td>
                <td className="num">{num(r.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        title={o('insights.overTime')}
        file="escalations-by-day.csv"
        csv={() =>
          toCsv(
            ['day', 'reason', 'count'],
            e.byDay.map((d) => [d.day, d.reason, d.count]),
          )
        }
      >
        <span className="muted small">{e.byDay.length}</span>
      </Section>
      <Section
        title={o('insights.topics')}
        file="escalation-topics.csv"
        csv={() =>
          toCsv(
            ['language', 'topic', 'count', 'examples'],
            (['es', 'en'] as const).flatMap((l) =>
              e.topics[l].map((t) => [l, t.phrase, t.count, t.examples.join(' | ')]),
            ),
          )
        }
      >
        {(['es', 'en'] as const).map((l) =>
          e.topics[l].length ? (
            <div key={l}>
              <h3>{o(`insights.lang.${l}`)}</h3>
              <table className="ops-table" data-testid={`topics-${l}`}>
                <thead>
                  <tr>
                    <th>{o('insights.topic')}</th>
                    <th className="num">{o('insights.escalated')}</th>
                    <th>{o('insights.examples')}</th>
                  </tr>
                </thead>
                <tbody>
                  {e.topics[l].map((t) => (
                    <tr key={t.phrase}>
                      <td>{t.phrase}</td>
                      <td className="num">{t.count}</td>
                      <td>
                        {t.examples.map((x) => (
                          <div key={x}>“{x}”</div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null,
        )}
      </Section>
    </Section>
  );
}
