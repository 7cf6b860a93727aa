/**
 * Texts the channels add around a flow's message (email subject and footer, the voice call's greeting), in the
 * customer's language, with `{{variable}}` placeholders. The flow's own message is rendered by the engine.
 */
export type Lang = 'es' | 'en';

/** A text in both languages. */
export interface Localized {
  es: string;
  en: string;
}

/** Fills `{{name}}` placeholders; unknown names become empty, so a missing value never leaks braces. */
export function fill(text: string, vars: Record<string, string | number | undefined>): string {
  return text.replace(/\{\{\s*([a-zA-Z_][\w.]*)\s*\}\}/g, (_m, name: string) => {
    const v = vars[name];
    return v === undefined ? '' : String(v);
  });
}

/** The text for a language, filled. */
export function localized(template: Localized, lang: Lang, vars: Record<string, string | number | undefined> = {}) {
  return fill(template[lang] ?? template.es, vars).replace(/\s+([,.!?])/g, '$1');
}

/** The channels' own texts. */
export const CHANNEL_TEXTS = {
  emailSubject: { es: 'Mensaje de {{brand}}', en: 'A message from {{brand}}' },
  emailFooter: {
    es: 'Recibes este correo porque eres cliente de {{brand}}. Si no quieres recibir más, responde con la palabra BAJA.',
    en: 'You are receiving this email because you are a {{brand}} customer. To stop receiving them, reply STOP.',
  },
  voiceGreeting: { es: 'Hola {{name}}, le habla {{brand}}.', en: 'Hello {{name}}, this is {{brand}}.' },
  voiceRepeat: { es: 'Repito:', en: 'Once again:' },
} satisfies Record<string, Localized>;
