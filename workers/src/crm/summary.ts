import type { TimelineEntry } from '../store/types';
import type { CrmCustomer } from './types';

const CHANNEL: Record<string, { es: string; en: string }> = {
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp' },
  sms: { es: 'SMS', en: 'SMS' },
  email: { es: 'correo', en: 'email' },
  voice: { es: 'llamada', en: 'call' },
};

/** At most this many characters of one message in a summary. */
const CLIP = 160;

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > CLIP ? `${one.slice(0, CLIP - 1)}…` : one;
}

/**
 * A short text an agent reads before answering, so the customer need not repeat themselves: who they are, open
 * tickets, and the latest messages across channels with what became of the outbound ones. Pure.
 */
export function conversationSummary(
  customer: CrmCustomer | undefined,
  timeline: TimelineEntry[],
  openTickets: number,
  lang: 'es' | 'en',
): string {
  const es = lang === 'es';
  const head = customer
    ? `${customer.name || customer.id}${customer.tier ? ` (${customer.tier})` : ''}`
    : es
      ? 'Cliente sin ficha'
      : 'Customer without a profile';
  const tickets = es
    ? `${openTickets} ${openTickets === 1 ? 'ticket abierto' : 'tickets abiertos'}`
    : `${openTickets} open ${openTickets === 1 ? 'ticket' : 'tickets'}`;
  if (timeline.length === 0) {
    return `${head} · ${tickets} · ${es ? 'sin mensajes' : 'no messages'}`;
  }
  const lines = timeline.map((m) => {
    const ch = CHANNEL[m.channel]?.[lang] ?? m.channel;
    const who = m.direction === 'in' ? (es ? 'Cliente' : 'Customer') : 'Ruta';
    const status =
      m.direction === 'out' && m.status !== 'sent' && m.status !== 'delivered'
        ? ` [${m.status}${m.reason ? `: ${m.reason}` : ''}]`
        : '';
    return `${m.at.slice(0, 16).replace('T', ' ')} ${ch} · ${who}: ${clip(m.text)}${status}`;
  });
  return [`${head} · ${tickets}`, ...lines].join('\n');
}
