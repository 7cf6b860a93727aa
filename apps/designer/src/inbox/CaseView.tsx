import { type EscalationReason, REASON_LABELS } from '@ruta/sentiment/sensitivity';
import { type RefObject, useCallback, useEffect, useState } from 'react';
import { useCan, useSession } from '../api/session';
import { formatDateTime, type Lang } from '../i18n';
import { useUi } from '../store/ui';
import {
  type CaseContext,
  type Customer,
  inboxApi,
  type ReplyResult,
  type Suggestions,
  type TimelineMessage,
} from './api';
import { useQueueName } from './queues';
import { SlaClock } from './SlaClock';
import { caseTitle, inboxWord, useInboxText } from './texts';

const DISPOSITIONS = ['resolved', 'refund', 'replacement', 'info_given', 'no_action'] as const;

/** Which action panel is open below the conversation (the reply box is always there). */
export type Panel = 'none' | 'transfer' | 'resolve';

export interface CaseViewProps {
  caseId: string;
  /** Bumped when a live event names this case: the view reloads what changed. */
  version: number;
  panel: Panel;
  setPanel(panel: Panel): void;
  replyRef: RefObject<HTMLTextAreaElement | null>;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  /** The case left the inbox (resolved or transferred). */
  onGone(caseId: string): void;
  onChanged(): void;
}

/**
 * One case as the agent works it: who the customer is, the conversation across channels on one timeline, the
 * sentiment trend and why the flow escalated, the flow's path, earlier cases, suggested articles; and the actions —
 * take, reply, note, transfer, resolve — each shown only to people who may do it.
 */
export function CaseView(props: CaseViewProps) {
  const queueName = useQueueName();
  const { caseId, version } = props;
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const [ctx, setCtx] = useState<CaseContext | null>(null);
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [messages, setMessages] = useState<TimelineMessage[]>([]);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const c = await inboxApi.context(caseId);
      setCtx(c);
      setError(null);
      const [profile, timeline] = await Promise.all([
        inboxApi.customer(c.case.customerId).catch(() => null),
        inboxApi.timeline(c.case.customerId).catch(() => []),
      ]);
      setCustomer(profile);
      setMessages(timeline);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [caseId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a live event (version) reloads the case.
  useEffect(() => {
    void load();
  }, [load, version]);
  useEffect(() => {
    setSuggestions(null);
    void inboxApi
      .suggestions(caseId)
      .then(setSuggestions)
      .catch(() => setSuggestions({ articles: [], reply: null }));
  }, [caseId]);

  if (error) return <p className="field-error">{error}</p>;
  if (!ctx) return <p className="muted">…</p>;
  const c = ctx.case;
  return (
    <article className="case-view" aria-labelledby="case-title">
      <header className="case-head">
        <div>
          <h2 id="case-title">{caseTitle(x, c)}</h2>
          <p className="muted">
            {x(`priorities.${c.priority}`)} · {queueName(c.queue)} · <SlaClock deadline={c.slaDeadline} />
          </p>
        </div>
        <CaseActions {...props} ctx={ctx} reload={load} suggestion={suggestions?.reply?.text ?? null} />
      </header>
      <div className="case-grid">
        <section aria-labelledby="conv-title" className="case-conversation">
          <h3 id="conv-title">{x('view.conversation')}</h3>
          <Timeline messages={messages} />
          <ReplyBox {...props} ctx={ctx} reload={load} suggestion={suggestions?.reply?.text ?? null} />
          <Notes {...props} ctx={ctx} notes={c.notes} reload={load} suggestion={null} />
        </section>
        <aside className="case-side">
          <Profile customer={customer} fallback={c.customerId} />
          <Sentiment ctx={ctx} />
          <section aria-labelledby="path-title">
            <h3 id="path-title">{x('view.path')}</h3>
            <ol className="case-path">
              {ctx.path.map((s) => (
                <li key={`${s.nodeId}-${s.at}`}>
                  {s.label[lang]}
                  {s.portLabel ? <span className="muted"> → {s.portLabel[lang]}</span> : null}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="sugg-title">
            <h3 id="sugg-title">{x('view.suggestions')}</h3>
            {suggestions && suggestions.articles.length === 0 ? (
              <p className="muted">{x('view.noSuggestions')}</p>
            ) : null}
            <ul className="case-list">
              {suggestions?.articles.map((a) => (
                <li key={a.id}>
                  <strong>{a.title}</strong>
                  <p className="muted">{a.answer}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="earlier-title">
            <h3 id="earlier-title">{x('view.earlier')}</h3>
            {ctx.earlier.length === 0 ? <p className="muted">{x('view.noEarlier')}</p> : null}
            <ul className="case-list">
              {ctx.earlier.map((e) => (
                <li key={e.id}>
                  {caseTitle(x, e)} · {inboxWord(lang, 'caseStatus', e.status)}
                  {e.resolution ? ` · ${dispositionWord(x, e.resolution)}` : ''}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}

function Timeline({ messages }: { messages: TimelineMessage[] }) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  if (messages.length === 0) return <p className="muted">{x('view.noMessages')}</p>;
  return (
    <ol className="timeline" aria-live="polite" data-testid="case-timeline">
      {messages.map((m) => (
        <li key={m.id} className={`bubble ${m.direction === 'in' ? 'in' : 'out'}`}>
          <span className="sr-only">{m.direction === 'in' ? x('view.fromCustomer') : x('view.fromUs')}: </span>
          <p>{m.text}</p>
          <span className="muted small">
            {inboxWord(lang, 'channels', m.channel)} · {formatDateTime(m.at, lang)}
            {m.direction === 'out' ? ` · ${inboxWord(lang, 'messageStatus', m.status)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

function Profile({ customer, fallback }: { customer: Customer | null; fallback: string }) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const rows: [string, string | null | undefined][] = [
    [x('view.phone'), customer?.phone],
    [x('view.email'), customer?.email],
    [x('view.tier'), customer?.tier],
    [x('view.language'), customer?.locale ? inboxWord(lang, 'languages', customer.locale) : null],
    [x('view.timeZone'), customer?.timeZone],
  ];
  return (
    <section aria-labelledby="profile-title">
      <h3 id="profile-title">{x('view.profile')}</h3>
      <p>
        <strong>{customer?.name ?? fallback}</strong>
      </p>
      <dl className="case-dl">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {customer?.tags.length ? <p className="muted">{customer.tags.join(' · ')}</p> : null}
    </section>
  );
}

function Sentiment({ ctx }: { ctx: CaseContext }) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const label = (l: string | null) => (l ? x(`view.labels.${l}`) : '—');
  // "-0,97" in Spanish, "-0.97" in English, as the hand-off's summary writes it.
  const score = (v: number) =>
    v.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="sent-title">
      <h3 id="sent-title">{x('view.sentiment')}</h3>
      {ctx.sentiment.length === 0 ? <p className="muted">{x('view.noSentiment')}</p> : null}
      <ol className="sentiment-trend">
        {ctx.sentiment.map((s) => (
          <li key={`${s.at}-${s.score}`} className={`sent-${s.label ?? 'none'}`}>
            {label(s.label)} {s.score === null ? '' : `(${score(s.score)})`}
          </li>
        ))}
      </ol>
      {ctx.reasons.length ? (
        <>
          <h4>{x('view.reasons')}</h4>
          <ul className="case-list" data-testid="escalation-reasons">
            {ctx.reasons.map((r) => (
              <li key={r}>{REASON_LABELS[r as EscalationReason]?.[lang] ?? r}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

type ActionProps = CaseViewProps & { ctx: CaseContext; reload(): Promise<void>; suggestion: string | null };

/** Take, transfer, resolve: in the case's header; their forms open below it. */
function CaseActions(props: ActionProps) {
  const x = useInboxText();
  const me = useSession((s) => s.me);
  const canWrite = useCan('cases:write');
  const c = props.ctx.case;
  const toast = useUi.getState().toast;
  const [queues, setQueues] = useState<{ id: string; name: string }[]>([]);
  const [target, setTarget] = useState('');
  const [why, setWhy] = useState('');
  const [disposition, setDisposition] = useState<string>('resolved');
  const [closing, setClosing] = useState('');
  useEffect(() => {
    if (props.panel === 'transfer') void inboxApi.queues().then((q) => setQueues(q.filter((x) => x.id !== c.queue)));
  }, [props.panel, c.queue]);
  if (!canWrite) return null;
  const mine = me?.user.id === c.assignedTo;
  const act = async (fn: () => Promise<unknown>, done: string, gone = false) => {
    try {
      await fn();
      toast(done, 'success');
      props.setPanel('none');
      if (gone) props.onGone(c.id);
      else {
        await props.reload();
        props.onChanged();
      }
    } catch (err) {
      toast((err as Error).message, 'error');
    }
  };
  return (
    <div className="case-actions">
      <div className="row">
        {!c.assignedTo && me ? (
          <button
            type="button"
            className="btn"
            onClick={() => void act(() => inboxApi.claim(c.id), x('actions.claimed'))}
          >
            {x('actions.claim')} <kbd>c</kbd>
          </button>
        ) : null}
        <button
          type="button"
          className="btn"
          aria-expanded={props.panel === 'transfer'}
          onClick={() => props.setPanel(props.panel === 'transfer' ? 'none' : 'transfer')}
        >
          {x('actions.transfer')} <kbd>t</kbd>
        </button>
        <button
          type="button"
          className="btn primary"
          aria-expanded={props.panel === 'resolve'}
          onClick={() => props.setPanel(props.panel === 'resolve' ? 'none' : 'resolve')}
        >
          {x('actions.resolve')} <kbd>e</kbd>
        </button>
      </div>
      {mine ? <span className="muted small">{x('list.mine')}</span> : null}
      {props.panel === 'transfer' ? (
        <form
          className="case-form"
          aria-label={x('actions.transfer')}
          onSubmit={(e) => {
            e.preventDefault();
            if (target) {
              void act(
                () => inboxApi.transfer(c.id, target, why.trim() || undefined),
                x('actions.transferred', { queue: queues.find((q) => q.id === target)?.name ?? target }),
                true,
              );
            }
          }}
        >
          <label>
            {x('actions.transferTo')}
            <select value={target} onChange={(e) => setTarget(e.target.value)} required>
              <option value="" />
              {queues.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {x('actions.transferNote')}
            <input value={why} onChange={(e) => setWhy(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="btn primary">
              {x('actions.transfer')}
            </button>
            <button type="button" className="btn" onClick={() => props.setPanel('none')}>
              {x('actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {props.panel === 'resolve' ? (
        <form
          className="case-form"
          aria-label={x('actions.resolve')}
          onSubmit={(e) => {
            e.preventDefault();
            void act(
              () => inboxApi.resolve(c.id, disposition, closing.trim() || undefined),
              x('actions.resolved'),
              true,
            );
          }}
        >
          <fieldset>
            <legend>{x('actions.disposition')}</legend>
            {DISPOSITIONS.map((d) => (
              <label key={d} className="radio">
                <input
                  type="radio"
                  name="disposition"
                  value={d}
                  checked={disposition === d}
                  onChange={() => setDisposition(d)}
                />
                {x(`actions.dispositions.${d}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {x('actions.resolveNote')}
            <input value={closing} onChange={(e) => setClosing(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="btn primary" data-testid="confirm-resolve">
              {x('actions.resolve')}
            </button>
            <button type="button" className="btn" onClick={() => props.setPanel('none')}>
              {x('actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** A disposition code (`refund`) in words, or as it is when the designer has none for it. */
function dispositionWord(x: ReturnType<typeof useInboxText>, code: string): string {
  const key = `actions.dispositions.${code}`;
  const said = x(key);
  return said === key ? code : said;
}

/** What the customer learns of a reply's fate, as a toast. */
function replyMessage(
  x: ReturnType<typeof useInboxText>,
  r: ReplyResult,
  lang: Lang,
): [string, 'success' | 'info' | 'error'] {
  switch (r.status) {
    case 'sent':
    case 'queued':
      return [x('actions.sent', { channel: inboxWord(lang, 'channels', r.channel) }), 'success'];
    case 'deferred':
      return [x('actions.deferred', { at: r.retryAt ? formatDateTime(r.retryAt, lang) : '—' }), 'info'];
    case 'pending':
      return [x('actions.pending'), 'info'];
    case 'suppressed':
      return [x('actions.suppressed', { reason: inboxWord(lang, 'sendReasons', r.reason) }), 'error'];
    case 'failed':
      return [x('actions.failed', { reason: inboxWord(lang, 'sendReasons', r.reason) }), 'error'];
  }
}

function ReplyBox(props: ActionProps) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const canWrite = useCan('cases:write');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  // One id per reply written: sending it twice (a double click, a retry) sends one message.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  if (!canWrite) return null;
  const send = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      const r = await inboxApi.reply(props.caseId, text.trim(), requestId);
      const [message, tone] = replyMessage(x, r, lang);
      useUi.getState().toast(message, tone);
      setText('');
      setRequestId(crypto.randomUUID());
      await props.reload();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="case-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <label htmlFor="case-reply">
        <span>
          {x('actions.replyLabel')} <kbd>r</kbd>
        </span>
      </label>
      <textarea
        id="case-reply"
        ref={props.replyRef}
        rows={3}
        value={text}
        placeholder={x('actions.replyPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy || !text.trim()}>
          {x('actions.send')}
        </button>
        {props.suggestion ? (
          <button type="button" className="btn" onClick={() => setText(props.suggestion ?? '')}>
            {x('view.useReply')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Notes(props: ActionProps & { notes: CaseContext['case']['notes'] }) {
  const x = useInboxText();
  const lang = useUi((s) => s.lang);
  const canWrite = useCan('cases:write');
  const [text, setText] = useState('');
  const save = async () => {
    if (!text.trim()) return;
    try {
      await inboxApi.note(props.caseId, text.trim());
      useUi.getState().toast(x('actions.noteSaved'), 'success');
      setText('');
      await props.reload();
    } catch (err) {
      useUi.getState().toast((err as Error).message, 'error');
    }
  };
  return (
    <section aria-labelledby="notes-title">
      <h3 id="notes-title">{x('view.notes')}</h3>
      {props.notes.length === 0 ? <p className="muted">{x('view.noNotes')}</p> : null}
      <ul className="case-list">
        {props.notes.map((n) => (
          <li key={n.id}>
            <p>{n.body}</p>
            <span className="muted small">
              {n.author ?? '—'} · {formatDateTime(n.createdAt, lang)}
            </span>
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form
          className="case-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="case-note">
            <span>
              {x('actions.noteLabel')} <kbd>n</kbd>
            </span>
          </label>
          <textarea
            id="case-note"
            ref={props.noteRef}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn" disabled={!text.trim()}>
            {x('actions.note')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
