/** A phone as stored (digits with an optional leading +), or undefined when it is not one. */
export function normalizePhone(value: string): string | undefined {
  const s = value.replace(/^(whatsapp|sms|tel):/i, '').replace(/[\s().-]/g, '');
  return /^\+?[0-9]{3,20}$/.test(s) ? s : undefined;
}

/** An email as stored (trimmed, lowercase), or undefined when it is not one. */
export function normalizeEmail(value: string): string | undefined {
  const s = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? s : undefined;
}

/** Phone spellings to try, most likely first: as given, with a leading + (WhatsApp sends digits only), without. */
export function phoneCandidates(phone: string): string[] {
  const digits = phone.replace(/^\+/, '');
  return [...new Set([phone, `+${digits}`, digits])];
}
