/** The channels a journey can send on. */
export type Channel = 'whatsapp' | 'sms' | 'email' | 'voice';
/** Every channel, in the order the designer lists them. */
export const CHANNELS: readonly Channel[] = ['whatsapp', 'sms', 'email', 'voice'];
