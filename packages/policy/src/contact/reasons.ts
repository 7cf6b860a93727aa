/** Why a send was held, rerouted or not made: stable codes, stored and shown on the journey. */
export type ReasonCode =
  | 'quiet_hours'
  | 'frequency_cap'
  | 'no_consent'
  | 'opted_out'
  | 'no_address'
  | 'provider_failed'
  | 'unconfirmed';

import type { Channel } from '../channel';

type Lang = 'es' | 'en';

/** A reason with its text for a CX manager in Spanish and English. */
export interface PolicyReason {
  code: ReasonCode;
  /** The channel the reason is about (consent, address, a failed provider). */
  channel?: Channel;
  text: { es: string; en: string };
}

const CHANNEL: Record<Channel, Record<Lang, string>> = {
  whatsapp: { es: 'WhatsApp', en: 'WhatsApp' },
  sms: { es: 'SMS', en: 'SMS' },
  email: { es: 'correo', en: 'email' },
  voice: { es: 'llamada', en: 'call' },
};

/** A local date and time as people read it, e.g. "mar 16/09 09:00" / "Tue 09/16 09:00". */
export function localTime(at: number, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-CL' : 'en-US', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** Details some reasons mention. */
export interface ReasonFacts {
  channel?: Channel;
  until?: number;
  timeZone?: string;
  quiet?: { start: string; end: string };
  cap?: { max: number; perDays: number; sent: number };
  /** For `provider_failed`: the provider's error type (InvalidRecipient, OptedOut, TemplateRejected…). */
  error?: string;
}

/** Builds a reason with its Spanish and English text. */
export function reason(code: ReasonCode, facts: ReasonFacts = {}): PolicyReason {
  const ch = (lang: Lang) => (facts.channel ? CHANNEL[facts.channel][lang] : '');
  const text = (lang: Lang): string => {
    const es = lang === 'es';
    switch (code) {
      case 'quiet_hours': {
        const when = facts.until !== undefined && facts.timeZone ? localTime(facts.until, facts.timeZone, lang) : '';
        const span = facts.quiet ? ` (${facts.quiet.start}–${facts.quiet.end}, ${facts.timeZone})` : '';
        return es
          ? `Horario de descanso del cliente${span}: el mensaje se enviará ${when}.`
          : `Customer's quiet hours${span}: the message will be sent ${when}.`;
      }
      case 'frequency_cap': {
        const c = facts.cap;
        return es
          ? `Límite de contacto alcanzado${c ? `: ${c.sent} mensajes proactivos en ${c.perDays} días (máximo ${c.max})` : ''}. No se envió.`
          : `Contact limit reached${c ? `: ${c.sent} proactive messages in ${c.perDays} days (at most ${c.max})` : ''}. Not sent.`;
      }
      case 'no_consent':
        return es
          ? `El cliente no ha dado su consentimiento para ${ch(lang)}.`
          : `The customer has not consented to ${ch(lang)}.`;
      case 'opted_out':
        return es ? `El cliente pidió no recibir mensajes por ${ch(lang)}.` : `The customer opted out of ${ch(lang)}.`;
      case 'no_address':
        return es
          ? `El cliente no tiene ${facts.channel === 'email' ? 'correo' : 'teléfono'} para ${ch(lang)}.`
          : `The customer has no ${facts.channel === 'email' ? 'email address' : 'phone number'} for ${ch(lang)}.`;
      case 'provider_failed':
        return es
          ? `El proveedor de ${ch(lang)} rechazó el mensaje (${facts.error ?? 'error'}).`
          : `The ${ch(lang)} provider rejected the message (${facts.error ?? 'error'}).`;
      case 'unconfirmed':
        return es
          ? 'El envío se interrumpió después de entregarlo al proveedor; no se reenvía para no duplicarlo.'
          : 'The send was interrupted after the provider had the message; it is not resent, to avoid a duplicate.';
      default: {
        const never: never = code;
        return never;
      }
    }
  };
  return { code, ...(facts.channel ? { channel: facts.channel } : {}), text: { es: text('es'), en: text('en') } };
}
