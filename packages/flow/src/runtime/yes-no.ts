/** How a customer answered "did that solve it?". */
export type YesNo = 'yes' | 'no' | 'unclear';

const MARKS = /[\u0300-\u036f]/g;

/** Phrases that say "it did not help" or "give me a person"; they win over any yes in the same reply. */
const NO =
  /\b(no|nop|nope|nah|nel|not|tampoco|nada|sigue|sigo|persiste|didn'?t|doesn'?t|don'?t|isn'?t|wasn'?t|won'?t|never|persona|humano|humana|agente|ejecutivo|ejecutiva|asesor|asesora|operador|operadora|person|human|agent|representative|someone)\b|👎|❌/u;
/** Phrases that say neither: "no sé", "más o menos", "not sure". Checked before NO, since they contain a no. */
const UNSURE = /\b(no se|no estoy segur[oa]|mas o menos|maso|quiza[s]?|tal vez|not sure|maybe|kind of|sort of)\b|🤔/u;
const YES =
  /\b(si|sip|sii+|sisi|claro|listo|perfecto|perfect|genial|excelente|buenisimo|gracias|resuelto|resolvio|solucionado|sirvio|funciono|ok|okay|oka|vale|dale|yes|yep|yeah|yup|ya|sure|thanks|thank you|thx|solved|worked|great|awesome|correcto|exacto)\b|👍|✅|🙌|🙏/u;

/**
 * Reads a yes or a no from a customer's reply to "did that solve it?", in Spanish or English: "sí, gracias",
 * "listo 👍", "no me sirvió", "quiero hablar con una persona", "yes that worked", "not really". A no wins over a yes
 * ("sí, pero sigue sin funcionar"); a reply that is neither (another question, "más o menos") is unclear, and the
 * bot hands off either way, so a person reads it.
 */
export function classifyYesNo(text: string): YesNo {
  const folded = text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[’`´]/g, "'");
  if (UNSURE.test(folded)) return 'unclear';
  if (NO.test(folded)) return 'no';
  if (YES.test(folded)) return 'yes';
  return 'unclear';
}
