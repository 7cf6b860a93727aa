import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

export interface PhoneMessage {
  at: string;
  direction: 'in' | 'out';
  channel: string;
  text: string;
  subject?: string;
  /** The message's status in words (deferred for quiet hours, failed…); shown under it. */
  statusText?: string;
  status?: string;
}

interface Props {
  messages: readonly PhoneMessage[];
  customerName: string;
  canReply: boolean;
  format(iso: string): string;
  onReply?(text: string): void;
  extraActions?: { label: string; run(): void }[];
}

const CHANNELS: Record<string, { es: string; en: string }> = {
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp' },
  sms: { es: 'SMS', en: 'SMS' },
  email: { es: 'Correo', en: 'Email' },
  voice: { es: 'Llamada', en: 'Call' },
};
const channelName = (c: string, lang: 'es' | 'en') => CHANNELS[c]?.[lang] ?? c;

/** A phone-like conversation: what the journey sent, and a box to reply as the customer. */
export function Phone({ messages, customerName, canReply, format, onReply, extraActions = [] }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const screenRef = useRef<HTMLDivElement>(null);
  // Keep the newest message in view by scrolling the phone's screen only (never the page around it).
  useEffect(() => {
    const el = screenRef.current;
    if (el && messages.length >= 0) el.scrollTop = el.scrollHeight;
  }, [messages.length]);
  return (
    <section className="phone" aria-label={t('sim.phone')}>
      <div className="phone-top">
        <span className="phone-avatar" aria-hidden="true">
          {customerName.slice(0, 1) || '?'}
        </span>
        <span className="phone-name">{customerName || t('sim.customer')}</span>
      </div>
      <div
        className="phone-screen"
        role="log"
        aria-label={t('sim.phone')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling conversation must be reachable to scroll it with the keyboard (WCAG 2.1.1)
        tabIndex={0}
        data-testid="phone"
        ref={screenRef}
      >
        {messages.length === 0 ? <p className="phone-empty">{t('sim.noMessages')}</p> : null}
        {messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are append-only
          <div key={i} className={`bubble ${m.direction}`}>
            {m.subject ? <div className="bubble-subject">{m.subject}</div> : null}
            <div className="bubble-text">{m.text}</div>
            <div className="bubble-meta">
              {channelName(m.channel, t.lang)} · {format(m.at)}
            </div>
            {m.statusText ? (
              <div className={`bubble-status status-${m.status ?? ''}`} data-testid="message-status">
                {m.statusText}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {extraActions.length > 0 ? (
        <div className="phone-actions">
          {extraActions.map((a) => (
            <button key={a.label} type="button" className="btn small" onClick={a.run}>
              {a.label}
            </button>
          ))}
        </div>
      ) : null}
      {onReply ? (
        <form
          className="phone-reply"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            onReply(text.trim());
            setText('');
          }}
        >
          <input
            className="input pill-input"
            aria-label={t('sim.reply')}
            placeholder={t('sim.reply')}
            value={text}
            disabled={!canReply}
            onChange={(e) => setText(e.target.value)}
            data-testid="phone-input"
          />
          <button type="submit" className="btn primary" disabled={!canReply || !text.trim()}>
            {t('sim.send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
