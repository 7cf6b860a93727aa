import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { ProviderError } from './errors';
import { CHANNEL_TEXTS, localized } from './templates';
import type { ChannelProvider, OutgoingMessage, SendReceipt } from './types';

/** SMTP settings; `SMTP_URL` and `SMTP_FROM` in the environment. */
export interface SmtpConfig {
  /** e.g. `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465`. */
  url: string;
  /** e.g. `"Ruta" <avisos@example.cl>`. */
  from: string;
  /** The brand named in default subjects and footers; the sender's display name by default. */
  brand?: string;
  /** Pooled connections (default 2). */
  maxConnections?: number;
  /** Socket inactivity limit per SMTP step, ms (default 15 s). */
  timeoutMs?: number;
  /** Accept self-signed certificates (tests, internal relays). */
  allowSelfSigned?: boolean;
}

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  command?: string;
}

/** SMTP commands after which the message may already be in the server's queue. */
const AMBIGUOUS_COMMANDS = new Set(['DATA', 'MESSAGE', 'API']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A Message-ID derived from the idempotency key: the same message always carries the same id. */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'ruta.local';
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32)}@${domain}>`;
}

/** Classifies a nodemailer error: did the message reach the server's queue, and can a retry help? */
export function classifySmtpError(err: SmtpError): ProviderError {
  const code = err.responseCode;
  const command = err.command ?? '';
  const base = { providerCode: code ?? err.code ?? 'smtp' };
  if (err.code === 'EAUTH') return new ProviderError('ProviderAuth', err.message, base);
  if (code && code >= 500) {
    const recipient = command.startsWith('RCPT') || err.code === 'EENVELOPE' || code === 550 || code === 553;
    return new ProviderError(recipient ? 'InvalidRecipient' : 'ProviderRejected', err.message, base);
  }
  if (code && code >= 400) return new ProviderError('ProviderUnavailable', err.message, base);
  if (err.code === 'EENVELOPE') return new ProviderError('InvalidRecipient', err.message, base);
  // No reply code: a network failure. Before DATA nothing was handed over; during or after it, maybe.
  const accepted = AMBIGUOUS_COMMANDS.has(command) || command === '' ? 'unknown' : 'no';
  return new ProviderError(accepted === 'no' ? 'ProviderUnavailable' : 'ProviderTimeout', err.message, {
    ...base,
    accepted,
  });
}

/**
 * Email over SMTP with nodemailer: pooled connections, UTF-8 subject and body (text and HTML), a Message-ID
 * derived from the idempotency key plus an `X-Ruta-Idempotency-Key` header, and for proactive mail a localized
 * footer and `List-Unsubscribe`. The pool never requeues a message whose connection broke (`maxRequeues: 0`):
 * a resend there could deliver it twice.
 */
export function createSmtpProvider(config: SmtpConfig): ChannelProvider {
  const url = new URL(config.url);
  const timeout = config.timeoutMs ?? 15_000;
  const transport = createTransport({
    pool: true,
    maxConnections: config.maxConnections ?? 2,
    maxRequeues: 0,
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(config.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
  });
  const brand = config.brand ?? /^\s*"?([^"<]+?)"?\s*</.exec(config.from)?.[1] ?? 'Ruta';
  const fromAddress = /<([^>]+)>/.exec(config.from)?.[1] ?? config.from;

  return {
    name: 'smtp',
    channels: ['email'],
    accepts: (_channel, to) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to),
    async send(message: OutgoingMessage): Promise<SendReceipt> {
      const lang = message.locale;
      const subject = message.subject ?? localized(CHANNEL_TEXTS.emailSubject, lang, { brand });
      const footer = message.transactional ? '' : localized(CHANNEL_TEXTS.emailFooter, lang, { brand });
      const text = footer ? `${message.text}\n\n--\n${footer}` : message.text;
      const html =
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>` +
        `<p>${escapeHtml(message.text).replace(/\n/g, '<br>')}</p>` +
        (footer ? `<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>` : '') +
        '</body></html>';
      const messageId = messageIdFor(message.idempotencyKey, config.from);
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject,
          text,
          html,
          messageId,
          headers: {
            'X-Ruta-Idempotency-Key': message.idempotencyKey,
            'Content-Language': lang,
            ...(message.transactional
              ? {}
              : { 'List-Unsubscribe': `<mailto:${fromAddress}?subject=${lang === 'es' ? 'BAJA' : 'unsubscribe'}>` }),
          },
        });
        return { providerMessageId: info.messageId ?? messageId, providerStatus: info.response };
      } catch (err) {
        throw classifySmtpError(err as SmtpError);
      }
    },
    async close() {
      transport.close();
    },
  };
}
