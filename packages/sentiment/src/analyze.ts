/**
 * The offline analyzer: lexicon and rules, then a small statistical model. One pass over tokens (valence with
 * negation, intensifiers, emphasis, contrast, questions), one pass of phrase rules over the folded text
 * (contact-center situations and escalation signals), sarcasm and politeness adjustments, the escalation
 * model where no rule named a reason, and the decision at the chosen sensitivity with its explanation.
 */

import { combine } from './combine';
import { ALWAYS_ON, EMOJIS, gatePatterns, type Lookup, lookup, PATTERN_COUNT, PHRASES } from './lexicon';
import {
  ACRONYMS,
  ADDRESS_ONE,
  ADDRESS_TWO,
  CONTRAST,
  EXISTS_Q,
  FILLER,
  GREET,
  GREET_NEXT,
  HARTO,
  HARTO_BEFORE,
  HYPOTHETICAL,
  IRREALIS,
  LAUGH,
  LIKE_PREV,
  NEG_BEFORE,
  NEUTRAL_AFTER,
  NEUTRAL_BEFORE,
  PRAISE_LEAD,
  REQUEST,
  ROLE_ONLY,
  SARC_LEAD,
  STATUS,
  THANKS_FOR,
  URGENT_CAPS,
} from './lexicon/context';
import type { PhraseFlag } from './lexicon/phrases';
import { ESCALATION_REASONS, type EscalationReason } from './sensitivity';
import { tokenize } from './text';
import type { AnalyzeOptions, Emotions, Polarity, SentimentResult } from './types';

/** Label thresholds on the raw valence sum (tuned on the dev split only). */
export const POSITIVE_AT = 0.6;
export const NEGATIVE_AT = -0.5;
/** The least a hedged negative word counts ("a little unclear" is a mild complaint, not neutral). */
export const HEDGED_NEGATIVE = -0.6;
/** Emotion levels that escalate on their own (reason "anger"). */
export const ANGER_ESCALATES = 0.6;
export const FRUSTRATION_ESCALATES = 0.9;

/** Reasons in the order results list them. */
export const REASON_ORDER: readonly EscalationReason[] = ESCALATION_REASONS;

const LIKE = lookup('liked').entry!;
interface Contribution {
  i: number;
  v: number;
  sarc: boolean;
  /** Praise after an exclamative lead ("qué eficiente", "muy amables", "so helpful"): ironic about a failure. */
  lead: boolean;
  thanks: boolean;
  question: boolean;
  laugh: boolean;
}

/** Whether the sentence containing `from` ends with a question mark. */
function endsInQuestion(folded: string, from: number): boolean {
  for (let i = from; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c === 63) return true; // ?
    if (c === 46 || c === 33) return false; // . !
  }
  return false;
}

/** Questions that ask for information ("can I pay twice a month?", "¿cómo hago para…?"); "why…?" complains. */
const INFO_LEAD =
  /^(?:(?:hola|hi|hello|buenas|buenos dias|buenas tardes|quick question) ,? )?(?:(?:and|also|y|tambien|ademas) )?(?:can|could|may|how|do|does|is there|are there|if|what (?:should|do|can|would) (?:i|we)|what happens|puedo|podemos|pueden|podria|podrian|podeis|se puede|como|hay|tienen|teneis|es posible|quisiera saber|me gustaria saber|queria saber|quiero saber|si|que (?:hago|hacemos|debo|tengo que|pasa))\b/;

/** "¿Dónde puedo ver…?", "What time do you open?": asks where or when, not "where is my refund?". */
const WHERE_WHEN_LEAD =
  /^(?:(?:hola|hi|hello|buenas) ,? )?(?:donde (?:puedo|se|hay|queda|quedan|encuentro)|where (?:can|do|does|is the (?:nearest|closest)|are your)|cual|cuales|which|when (?:do|does|is|are|will)|cuando (?:abren|cierran|atienden|es|sale|vence)|a que hora|what time)\b/;

/** A message that is one sentence ending in a question mark. */
const ONE_QUESTION = /^[^.!?]*\?[ ?]*$/;

/** Whether the sentence around `at` is a question asking for information. */
function inInfoQuestion(folded: string, at: number): boolean {
  let start = at;
  while (start > 0) {
    const c = folded.charCodeAt(start - 1);
    if (c === 46 || c === 33 || c === 63) break; // . ! ?
    start--;
  }
  return endsInQuestion(folded, at) && INFO_LEAD.test(folded.slice(start, at + 1).trimStart());
}

/**
 * Praise in quotes ("su 'rápida' respuesta", "so 'efficient'", "the 'help' center"): a quoted span of one to
 * four words, opened after a space or the start and closed before a space, punctuation or the end.
 */
const QUOTED =
  /(?:^|[\s(¿¡,:;])['"\u2018\u201c\u00ab]([^'"\u2018\u2019\u201c\u201d\u00ab\u00bb\n]{1,40}?)['"\u2019\u201d\u00bb](?=$|[\s.,!?;:)])/g;
/** Words about service that are praise only when quoted ("'help'", "'fixing' it", "por 'solucionarlo'"). */
const QUOTED_PRAISE =
  /^(?:help|helping|fix|fixed|fixing|service|support|solution|solucion\w*|solucionar\w*|arregl\w+|ayuda|servicio|atencion|soporte|rapidez|resolver\w*|resolv\w+|express|unlimited|instant|high|speed|constant|reliable|stable|alta|velocidad|guaranteed|priority|premium|superfast|fast|quick|speedy|next|same|free|24|expres|ilimitad[oa]|gratis|inmediat[oa]|prioritari[oa]|rapid[oa]|urgente|care|seamless|smart|personali[sz]ed|personalizad[oa]|courtesy|cortesia|upgrade|efficient|eficiente|eficiencia|responsive|guarantee|garantia|extendida|extended|protection|proteccion|hassle|easy|facil)$/;

/** Words that make a quoted span the name of a charge or a product ("'service fee'", "'servicio técnico'"). */
const BILL_LINE = /^(?:fee|fees|charge|charges|cargo|cargos|cobro|tarifa|comision|surcharge|add|addon)$/;
/** What follows a quoted product name ("the 'Express' plan", "el plan 'Premium' y el 'Plus'"). */
const NAMED_ITEM =
  /\s*(?:plan|plans|package|tier|option|bundle|membership|card|account|line|fee|charge|paquete|tarjeta|cuenta|membresia|membresía)\b/iy;

/** What introduces a name ("the line that says 'servicio técnico'", "a charge labelled 'priority'"). */
const NAMED_AS =
  /\b(?:dice|decia|says|said|reads|labell?ed|called|named|llamad[oa]|listed as|shows as|aparece como)\s*$/i;

/** Words that mark quoted praise as ironic even with no problem named ("yeah, real 'fast' broadband"). */
const IRONY_CUE =
  /\b(?:yeah|oh|wow|yay|ah (?:great|brilliant|lovely|perfect|wonderful|fantastic)|living up to (?:the|its|their|your) (?:name|billing|promise|reputation)|(?:and )?here we are (?:on|in|at|,)|genuinely (?:brilliant|amazing|impressive)|indeed|well done|felicidades al equipo|mil felicitaciones|que eficiencia|wao|(?:un|una) verdader[oa] (?:lujo|maravilla|joya)|as (?:always|usual|ever)|(?:you've|you have|you guys have) got there|sure|right|ya|claro|como siempre|si claro|vaya|respect|kamaal|shabash|khoob|kya baat|hongera|bless up|genius|nailed it|lekker|clearly|grand job|truly|really|de verdad|muy profesional|prioridades)\b/;

/**
 * What went otherwise, said without a problem word: quoted praise next to one is irony ("'instant' transfer kal se pending
 * hai", "my 'guaranteed' Saturday delivery was guaranteed not to happen", "el envío 'urgente 24h', que lleva seis días").
 */
const CONTRARY =
  /\b(?:still|not|never|no longer|nothing|nobody|pending|again|only|sirf|nahi|nahin|nai|ho gaya|ho gaye|lagay|lag gaye|bado|haija\w*|mara|sigue|sigo|todavia|aun|nunca|ninguno|nada|sin|solo|nomas|lleva|llevan|cumple|extra|added|hang up|hangs up|hung up|logs? (?:\w+ )?out|close the chat|closed the chat|goes to|ends up|instead|mas bien|en vez)\b/;

/** Emojis that wink at what is said: quoted praise next to one is irony ("su envío 'express', nomás 11 días 😂"). */
const IRONY_EMOJI = /[\u{1F643}\u{1F602}\u{1F923}\u{1F644}\u{1F612}\u{1F480}]/u;

/** Whether the text quotes a positive word, the written form of ironic praise. */
function quotesPraise(text: string): boolean {
  if (!text.includes("'") && !text.includes('"') && !/[\u2018\u201c\u00ab]/.test(text)) return false;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const words = tokenize(m[1]!).filter((t) => t.kind === 'word');
    if (words.length === 0 || words.length > 4) continue;
    // A name on a bill or a price list, not praise: "a $2.99 'service fee'", "el cargo que dice 'servicio técnico'",
    // "the 'Express' plan".
    // Read in place (sticky) and in a short window before the quote: a message of many quotes stays linear.
    NAMED_ITEM.lastIndex = QUOTED.lastIndex;
    const named = NAMED_ITEM.test(text) || NAMED_AS.test(text.slice(Math.max(0, m.index - 32), m.index + 1));
    if (named || words.some((w) => BILL_LINE.test(lookup(w.w).canon))) continue;
    for (const w of words) {
      const l = lookup(w.w);
      if ((l.entry && l.entry.v > 0 && !l.entry.thanks) || QUOTED_PRAISE.test(l.canon)) return true;
    }
  }
  return false;
}

/** A reason of life for leaving: the line is no longer used, the car was sold, the customer moves house or abroad. */
const LIFE_EXIT =
  /\b(?:ya (?:casi )?no (?:lo |la |los |las )?(?:uso|usa|usamos|usan|necesito|necesita|ocupo|ocupa|veo|vemos|leo|leemos)|(?:lo|la) (?:he |hemos )?vendido|(?:lo|la) (?:vendi|vendimos)|(?:me|nos) (?:mudo|mudamos|voy a mudar|vamos a mudar|cambio de (?:casa|ciudad|pais)|cambiamos de (?:casa|ciudad|pais)|paso a vivir|pasamos a vivir|voy a vivir|vamos a vivir|vamos a ir a vivir|voy a ir a vivir|voy del pais|vamos del pais|voy de erasmus) |(?:i'm|im|i am|we're|we are) (?:moving (?:back )?(?:house|abroad|overseas|away|out|country|countries|to(?! (?:another|a different|a new|a better|a cheaper|other|the competition|your competitors?) (?:provider|bank|network|company|supplier|carrier|isp|operator|insurer|broadband|telco|service|one))|home)|relocating)|(?:i|we) (?:no longer|don't|do not|hardly|rarely|never) (?:use|need|read|watch) (?:it|them|the \w+)|(?:don't|do not|never) (?:get round|get around) to|(?:i|we) (?:have )?sold (?:it|the car|my car|the house))\b/;
/** The customer says it can wait. */
const NO_RUSH =
  /\b(?:solo (?:para|pa) (?:reportarlo|reportar|avisar|avisarles|informar|informarles|que sepan)|(?:just|only) (?:letting you know|to let you know|so you know|reporting (?:it|this|that)|fyi)|nothing(?:'s| is)? wrong(?: ,)? (?:i )?just|no pasa nada(?: ,)? (?:solo|es solo|nomas)|no rush|no hurry|not in a (?:rush|hurry)|sin apuro|no hay apuro|sin prisa|no hay prisa|no corre prisa|nada urgente|no es (?:nada )?urgente|sin urgencia|no urge|urgente ,? (?:jaja |jeje |xd |haha )?no tanto|(?:didn't|did not|don't|do not|no) (?:even )?need to (?:mark|flag) (?:it|this) (?:as )?urgent)\b/;
/**
 * A lawyer or notary who asks for a document: "my solicitor has asked for a final meter reading", "la necesita mi
 * abogado para un trámite". An errand, not a legal threat, unless the message names one besides.
 */
const LAWYER_ERRAND =
  /\b(?:(?:my|our|mi|nuestro|nuestra) (?:conveyancing |family |real estate |estate )?(?:lawyer|solicitor|attorney|conveyancer|notary|accountant|abogad[oa]|notari[oa]|contador[a]?|escriban[oa])s?(?:'s)? (?:has |have |had )?(?:asked|requested|needs|need|wants|requires|required|recommended|advised me to (?:ask|get|request)|me (?:pidio|pide|recomendo|solicito)|pidio|pide|necesita|solicita|solicito|recomendo)|(?:la|lo|los|las) (?:necesita|pide|pidio|solicita|solicito) (?:mi|nuestro|el) (?:abogad[oa]|notari[oa]|contador[a]?|escriban[oa])|(?:lawyer's|lawyers|solicitor's|attorney's) (?:fee|fees|costs)|honorarios (?:de|del) (?:abogad[oa]|notari[oa])|(?:el|la) (?:abogad[oa]|notari[oa]) de la (?:inmobiliaria|notaria|empresa|constructora|sucesion|aseguradora|compania|financiera|agencia)|(?:the|your) (?:insurer's|insurance company's|company's|bank's) (?:lawyer|solicitor|attorney)|(?:incluye|incluira|cubre|includes?|covers?)(?: [^ ]+){0,4} (?:abogad[oa]|lawyer|attorney|solicitor|legal (?:cover|assistance|expenses|help))|soy (?:abogad[oa]|notari[oa])|(?:i'm|i am) (?:a |an )?(?:lawyer|solicitor|attorney)|(?:was |i was )?(?:this|so) close to (?:calling|contacting|ringing|getting) (?:my |a )?(?:lawyer|solicitor|attorney)|(?:my|mi|our|nuestro|nuestra) (?:lawyer|solicitor|attorney|abogad[oa]) (?:(?:la|lo|los|las|ya) )?(?:is preparing|is drafting|is reviewing|reviewed|has reviewed|reviso|ha revisado|quiere revisar\w*|va a revisar\w*|is handling|is dealing with|will (?:collect|pick up|sign)|va a (?:recoger|retirar|firmar|pasar))|(?:lo|la|los|las) va a (?:recoger|retirar) (?:mi|nuestro) abogad[oa]|(?:certificado|constancia|carta|documento|papeles|estado de cuenta|extracto|copia|statement|letter|certificate|copy|documents?)(?: [^ ]+){0,3} (?:para (?:el|la|mi|nuestro|nuestra) (?:abogad[oa]|notari[oa]|escriban[oa])|for (?:my|the|our) (?:lawyer|solicitor|attorney|conveyancer|notary)))\b/;
/** "URGENT" in the subject of a message passed along ("Fwd: URGENT!!! Parking lot C…", "Reenvío: 'URGENTE: …'"). */
const FORWARDED_URGENT =
  /\b(?:fwd|fw|forwarding|forwarded|reenvio|reenviando|reenvie|os reenvio|les reenvio|te reenvio|subject|asunto)\b(?: [^ ]+){0,8} (?:urgente|urgent)\b/;
/**
 * A question asked for school: "¿la empresa está fiscalizada por la CMF? Es para un trabajo de la universidad", "for
 * my thesis, how many complaints reach SERNAC?". The regulator is the subject studied, not a threat.
 */
const STUDY_QUESTION =
  /\b(?:para|for) (?:un|una|mi|my|a|an|our|nuestro|nuestra|el|la|the) (?:(?:trabajo|proyecto|informe|ensayo|investigacion|presentacion|project|report|essay|paper|research|presentation) (?:de|del|de la|para la|para el|for|at|in) (?:la |el |my |the )?(?:universidad|u|facultad|escuela|colegio|instituto|curso|clase|uni|university|school|college|class|course)|tesis|tarea|monografia|thesis|dissertation|homework|assignment|school project|class project|uni project|university project)\b/;
/** The weather, praised with an eye-roll: "Lovely weather for ducks again 🙄". Small talk, not irony about the service. */
const WEATHER_TALK =
  /\b(?:(?:lovely|great|nice|beautiful|gorgeous|fantastic|glorious|perfect|brilliant) (?:weather|day for it)|weather for (?:ducks|it)|(?:pissing|bucketing|chucking it) down|que (?:lindo|buen|bonito|hermoso|rico|maravilla) (?:dia|clima|tiempo|este \w+|esta \w+)(?:(?: [^ ]+){0,3} (?:lluvia|aguacero|frio|calor|diluvio|tormenta|nieve|granizo|viento|neblina))?)\b/;
/** A question about what would happen: "si me llegaran a cobrar dos veces la misma compra, ¿cómo pido…?", "what happens if I get charged twice?". */
const WHAT_IF_Q =
  /\b(?:si (?:me |nos |le |les )?(?:llegaran|llegara|llegase|llegasen) a|en caso de que|que pasa si|que hago si|como (?:hago|pido|reclamo) si|what (?:happens|do i do|should i do|would happen) if|if (?:i|you|they|it|we) (?:ever|were to|was to|happen(?:s|ed)? to))\b/;
/**
 * The thing cancelled is not the service: "dar de baja… la tarjeta antigua, no la cuenta", "not the subscription", "¿cómo doy
 * de baja el débito automático de la tarjeta vieja?".
 */
const NOT_THE_SERVICE =
  /\b(?:no|not|pero no|but not) (?:la|el|mi|the|my|our) (?:cuenta|servicio|contrato|plan|suscripcion|membresia|linea|account|service|contract|plan|subscription|membership|line)\b|\b(?:de baja|cancel\w*|anular|quitar|remove|stop|desactivar) (?:el |la |the |my |mi |our )?(?:debito automatico|domiciliacion|cargo automatico|pago automatico|autopay|auto pay|direct debit|standing order|recurring payment)\b/;
/**
 * A question about who oversees the company, or a consumer magazine quoted: "¿están supervisados por la SBS?", "is your
 * company regulated by the FCA? just checking", "vi en la revista de la OCU que vuestra tarifa salía bien valorada".
 */
const REGULATOR_INFO =
  /\b(?:(?:are|is) (?:you|your \w+|the \w+|it|this \w+)(?: \w+)? (?:regulated|supervised|authori[sz]ed|licensed|registered|overseen|covered) by|(?:estan|esta|son|es) (?:ustedes |la empresa |el banco |la entidad |la financiera |la aseguradora )?(?:supervisad|regulad|fiscalizad|autorizad|vigilad|inscrit|registrad)[oa]s? (?:por|en|ante)|(?:revista|ranking|estudio|informe|comparativa|comparador|encuesta|segun) (?:de |del )?(?:la |el )?(?:ocu|facua|which|consumer reports|choice)|(?:rated|recommended|reviewed) by (?:the )?(?:ocu|which|consumer reports|choice))\b/;
/** Legal words besides the lawyer: with one of these the lawyer is part of a threat after all. */
const LEGAL_THREAT =
  /\b(?:sue|suing|lawsuit|legal action|court|tribunal|small claims|complaint|bbb|ombudsman|regulator|demand\w*|denunci\w*|juicio|querella|profeco|sernac|reclamo formal|queja formal|defensa del consumidor)\b/;
/** A problem said to happen again: a solved past problem that came back is a new complaint. */
const AGAIN = /\b(?:again|(?<!la )otra vez|de nuevo|nuevamente|volvio a|vuelve a|back to)\b/;
/** Reasons a solved past problem no longer carries. */
const PAST_PROBLEM: readonly EscalationReason[] = ['money_lost', 'order_failure', 'no_show', 'bot_mismatch'];

/** Reads a message: lexicon and rules, then the polarity and escalation models (see `combine`). */
export function analyze(text: string, options: AnalyzeOptions = {}): SentimentResult {
  return combine(readByRules(text), options);
}

const sat = (x: number, k: number): number => (x <= 0 ? 0 : 1 - Math.exp(-x / k));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Test hook: run every phrase rule even when the prefix gate says it cannot match. */
export const phraseGate = { enabled: true };
/** What the lexicon and rules make of a message, before the models weigh it. */
export interface RuleReading {
  text: string;
  /** The folded words (the models' word features). */
  words: string[];
  /** Languages of the lexicon entries met (for language detection). */
  lexLangs: number[];
  /** The rules' polarity, from the valence sum. */
  label: Polarity;
  /** The valence sum. */
  s: number;
  /** The rules' confidence in `label`. */
  confidence: number;
  emotions: Emotions;
  /** Reasons found whatever the label. */
  signals: Set<EscalationReason>;
  /** Reasons that count only when the message is not positive, or only when it is negative. */
  ifNotPositive: Set<EscalationReason>;
  ifNegative: Set<EscalationReason>;
  /** The rules' findings as model features ("sig:money_lost", "label:negative", "flag:self", …). */
  tokens: string[];
  /**
   * When the escalation model alone may name a strong complaint, by the labelling guide: `never` in praise,
   * about the customer's own slip or a slip they play down ("no pasa nada"), a reason they decline ("no
   * necesito un asesor"), a solved past problem, or a question or praise with no complaint in it; `sure` (a
   * higher bar) in a how / where / when question or a neutral statement with no complaint word; else `usual`.
   */
  modelGate: ModelGate;
  /** What `modelGate` is made of, so the gate can follow the label the models give (`modelGateFor`). */
  gate: GateCues;
}

/** When the escalation model alone may name a strong complaint (see `RuleReading.modelGate`). */
export type ModelGate = 'never' | 'sure' | 'usual';

/** The rules' cues behind the model's gate. */
export interface GateCues {
  /** A slip of the customer's own or one they play down, a mild complaint, a declined reason, a solved past problem. */
  routine: boolean;
  /** A complaint word, a negative phrase, a problem, a repeat or a wait. */
  complaintCue: boolean;
  /** One question asking how, where or when about a topic. */
  infoOnly: boolean;
  /** A question, or praise. */
  questionOrPraise: boolean;
}

/** The gate for a message read with `label`: praise and routine never, an information question needs the model sure. */
export function modelGateFor(cues: GateCues, label: Polarity): ModelGate {
  if (label === 'positive' || cues.routine) return 'never';
  if (label === 'negative' || cues.complaintCue) return cues.infoOnly ? 'sure' : 'usual';
  return cues.questionOrPraise ? 'never' : 'sure';
}

const GATE_BUFFER = new Uint8Array(PATTERN_COUNT);

/** Reads a message with the lexicon and rules alone (see `RuleReading`); the models then weigh it. */
export function readByRules(text: string): RuleReading {
  const toks = tokenize(text);
  const n = toks.length;
  const looks: (Lookup | undefined)[] = new Array(n);
  const parts: string[] = [];
  const words: string[] = [];
  const lexLangs: number[] = [];
  let excl = 0;
  // Reused across calls: analyze is synchronous, so no other call can interleave.
  const on = GATE_BUFFER.fill(phraseGate.enabled ? 0 : 1);
  for (const id of ALWAYS_ON) on[id] = 1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === 'word') {
      const l = lookup(t.w);
      looks[i] = l;
      parts.push(l.canon);
      words.push(l.canon);
      gatePatterns(l.canon, on);
      if (l.entry && l.entry.lang !== 3) lexLangs.push(l.entry.lang);
    } else if (t.kind === 'punct') {
      const q = t.w.includes('?');
      const e = t.w.includes('!');
      if (e) excl += t.w.split('!').length - 1;
      parts.push(q ? '?' : e ? '!' : t.w[0]!);
    }
  }
  const folded = parts.join(' ');

  // Phrase rules.
  let pv = 0;
  let thanksPv = 0;
  let praisePv = 0;
  let A = 0;
  let F = 0;
  let U = 0;
  const signals = new Set<EscalationReason>();
  let declined = 0;
  // Reasons that only count for some labels (see `reasonIf`), decided once the label is known.
  const ifNotPositive = new Set<EscalationReason>();
  const ifNegative = new Set<EscalationReason>();
  const flags: Record<PhraseFlag, number> = {
    problem: 0,
    recur: 0,
    wait: 0,
    resolve: 0,
    sarcasm: 0,
    positive: 0,
    thanks: 0,
    self: 0,
    minimize: 0,
    mild: 0,
    past: 0,
  };
  // A regulator named as who oversees the company, or a consumer magazine quoted: the name is no complaint at all.
  const regulatorInfo = REGULATOR_INFO.test(folded);
  for (const r of PHRASES) {
    if (regulatorInfo && r.id === 'regulator') continue;
    let count = 0;
    const max = r.max;
    for (let k = 0; k < r.res.length && count < max; k++) {
      if (on[r.ids[k]!] === 0) continue;
      const re = r.res[k]!;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
        if (r.negatable && NEG_BEFORE.test(folded.slice(Math.max(0, m.index - 48), m.index))) {
          // "no necesito hablar con un asesor": a reason the customer declines.
          if (r.reason) declined++;
          continue;
        }
        // "¿ya quedó registrado el pago?" asks; it does not report a fix.
        if ((r.v > 0 || r.notInQuestion) && endsInQuestion(folded, m.index + m[0].length)) continue;
        if (r.notInInfoQuestion && inInfoQuestion(folded, m.index)) continue;
        if (++count >= max) break;
      }
    }
    if (count === 0 || (r.context && !r.context.test(folded))) continue;
    pv += r.v * count;
    A += r.anger * count;
    F += r.frust * count;
    U += r.urg * count;
    if (r.reason) {
      (r.reasonIf === 'negative' ? ifNegative : r.reasonIf === 'notPositive' ? ifNotPositive : signals).add(r.reason);
    }
    if (r.flag) flags[r.flag] += count;
    if (r.flag === 'thanks') thanksPv += r.v * count;
    if (r.flag === 'positive') praisePv += r.v * count;
  }

  const hasQuestionMark = folded.includes('?');
  // Sentences that end in a question mark, and questions about the state of a known issue ("is the
  // outage resolved yet?", "¿hay algún corte en mi zona?"): their problem words describe, not complain.
  const question = new Array<boolean>(n).fill(false);
  const statusQ = new Array<boolean>(n).fill(false);
  for (let i = n - 1, q = false, end = n; i >= -1; i--) {
    const t = i >= 0 ? toks[i]! : undefined;
    const boundary = !t || (t.kind === 'punct' && (t.w.includes('?') || t.w.includes('.') || t.w.includes('!')));
    if (boundary) {
      // Close the sentence (i, end): mark it when it is a status question.
      if (q && hasQuestionMark) {
        let status = false;
        let why = false;
        for (let j = i + 1; j < end; j++) {
          if (toks[j]!.kind !== 'word') continue;
          const w = looks[j]!.canon;
          const nx = toks[j + 1]?.kind === 'word' ? looks[j + 1]!.canon : '';
          if (STATUS.has(w) || EXISTS_Q.get(w)?.has(nx) || HYPOTHETICAL.has(w)) status = true;
          if (w === 'why' || w === 'porque' || (w === 'por' && nx === 'que')) why = true;
        }
        if (status && !why) for (let j = i + 1; j < end; j++) statusQ[j] = true;
      }
      end = i;
      q = !!t && t.w.includes('?');
    }
    if (i >= 0) question[i] = q;
  }

  // Token pass.
  const contribs: Contribution[] = [];
  let lastContrast = -1;
  let negLeft = 0;
  let boost = 0;
  let boostLeft = 0;
  let little = false;
  let sentenceStart = true;
  let prev = '';
  let wordCount = 0;
  let capsWords = 0;
  let capsUrgent = false;
  let roll = 0;
  let thanksFor = false;
  let skipNext = false;
  let irrealis = 0;
  let addressing = 0;
  let prevWord = '';
  const nextWord = (i: number): Lookup | undefined => {
    const t = toks[i + 1];
    return t && t.kind === 'word' ? looks[i + 1] : undefined;
  };
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === 'punct') {
      negLeft = 0;
      boost = 0;
      little = false;
      irrealis = 0;
      addressing = 0;
      if (t.w.includes('.') || t.w.includes('!') || t.w.includes('?')) sentenceStart = true;
      continue;
    }
    if (t.kind === 'emoji') {
      const e = EMOJIS.get(t.w);
      if (!e) continue;
      if (e.roll) roll++;
      A += e.anger;
      F += e.frust;
      U += e.urg;
      if (e.v !== 0) {
        const sarc = e.sarc;
        contribs.push({ i, v: e.v, sarc, lead: false, thanks: e.thanks, question: false, laugh: e.laugh });
      }
      continue;
    }
    wordCount++;
    const l = looks[i]!;
    const w = l.canon;
    const wanted = irrealis > 0;
    if (irrealis > 0) irrealis--;
    if (IRREALIS.has(w)) irrealis = 3;
    if (ADDRESS_ONE.has(w) || ADDRESS_TWO.get(prevWord)?.has(w)) addressing = 4;
    else if (addressing > 0) addressing--;
    prevWord = w;
    const e = w === 'like' && LIKE_PREV.has(prev) ? LIKE : l.entry;
    if (t.caps && !ACRONYMS.has(w) && !/\d/.test(w)) {
      capsWords++;
      if (URGENT_CAPS.has(w)) capsUrgent = true;
    }
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const nx = nextWord(i);
    if (GREET.has(w) && nx && GREET_NEXT.has(nx.canon)) {
      skipNext = true;
      continue;
    }
    if ((w === 'buenas' || w === 'buenos') && (wordCount === 1 || !nx)) continue;
    if (nx && NEUTRAL_BEFORE.get(w)?.has(nx.canon)) continue;
    if (NEUTRAL_AFTER.get(w)?.has(prev)) continue;
    if (CONTRAST.has(w)) {
      lastContrast = i;
      negLeft = 0;
      sentenceStart = true;
      continue;
    }
    if (w === 'sin' && nx?.canon === 'embargo') {
      lastContrast = i;
      skipNext = true;
      continue;
    }
    if (w.endsWith("n't") || w === "can't") {
      negLeft = 3;
      prev = w;
      continue;
    }
    const c0 = w.charCodeAt(0);
    if ((c0 === 106 || c0 === 104 || c0 === 108 || c0 === 120) && LAUGH.test(w)) {
      contribs.push({ i, v: 0.8, sarc: false, lead: false, thanks: false, question: false, laugh: true });
      continue;
    }
    const nextHasV = !!nx?.entry && nx.entry.v !== 0;
    // Chilean "harto" after a verb is "a lot" ("se demora harto"): angry only as "estoy harto", "harto de…".
    // Before praise it is "very" anywhere: "harto bueno el servicio, harto rápido llegó".
    if (
      HARTO.has(w) &&
      ((!HARTO_BEFORE.has(prev) && prev !== '' && nx?.canon !== 'de' && nx?.canon !== 'ya') ||
        (nextHasV && nx!.entry!.v > 0))
    ) {
      prev = w;
      sentenceStart = false;
      continue;
    }
    if (!e) {
      if (negLeft > 0) negLeft--;
      if (boostLeft > 0 && --boostLeft === 0) boost = 0;
      prev = w;
      sentenceStart = false;
      continue;
    }
    if (e.neg === 1 || (e.neg === 2 && nextHasV)) {
      negLeft = e.neg === 1 ? 3 : 1;
      prev = w;
      continue;
    }
    if (e.little) {
      little = true;
      continue;
    }
    if (e.boost !== 0 && (!e.flex || nextHasV)) {
      boost += e.boost;
      boostLeft = 2;
      prev = w;
      continue;
    }
    if (e.v !== 0 || e.anger || e.frust || e.urg) {
      let v = e.v * l.emph;
      if (boost !== 0) v *= 1 + boost;
      if (t.caps && capsWords < wordCount) v *= 1.3;
      const negated = negLeft > 0;
      if (little) v = v > 0 ? -0.75 * v : 0.5 * v;
      // "a bit weak", "un poco lento": hedged, but still a complaint (the guide's mild negative).
      if ((little || boost < 0) && !negated && v < 0) v = Math.min(v, HEDGED_NEGATIVE);
      if (negated) v = v > 0 ? -0.75 * v : -0.5 * v;
      else if (!little) {
        // "sois unos impresentables", "you are useless": an insult aimed at the company.
        if (addressing > 0 && e.v <= -2) A += 2.5;
        A += e.anger * (1 + Math.max(0, boost));
        F += e.frust;
        U += e.urg;
      }
      // "I need this fixed", "quiero que quede perfecto": wanted, not reported.
      if (wanted && v > 0 && !e.thanks) v = 0;
      // "Is the outage resolved yet?": the problem word names the topic of a status question.
      if (statusQ[i] && v < 0) v *= 0.3;
      if (e.thanks && !negated && nx && THANKS_FOR.has(nx.canon)) thanksFor = true;
      const plain = !negated && !little && v > 0;
      const sarc = e.sarc && plain && (sentenceStart || SARC_LEAD.has(prev));
      const lead = plain && !e.thanks && PRAISE_LEAD.has(prev);
      if (v !== 0) {
        contribs.push({ i, v, sarc, lead, thanks: e.thanks && !negated, question: question[i]!, laugh: false });
      }
    }
    boost = 0;
    boostLeft = 0;
    little = false;
    if (negLeft > 0) negLeft--;
    prev = w;
    sentenceStart = false;
  }

  // Sarcasm: a positive interjection ("genial", "great", "qué maravilla") about a bad situation.
  const badSituation =
    flags.problem + flags.recur + flags.wait + flags.sarcasm + roll > 0 ||
    signals.has('repeated_contact') ||
    ifNegative.has('repeated_contact');
  // Praise after "qué / muy / so" counts only in a message with no "pero / but": "muy amables, pero…" is mixed.
  const candidates = contribs.filter((c) => c.sarc || (c.lead && lastContrast < 0));
  const tokenNeg = contribs.reduce((sum, c) => sum + (c.v < 0 ? -c.v : 0), 0);
  // Thanks about a recurring problem ("thanks a lot, it broke again") is sarcastic too.
  const thanksSarcasm = flags.recur > 0 && (flags.problem > 0 || tokenNeg >= 1.5) && flags.resolve === 0;
  // Quoted praise ("su 'rápida' respuesta", "'efficient' as always") about anything negative.
  const quoted =
    flags.resolve === 0 &&
    (badSituation ||
      tokenNeg > 0 ||
      pv < 0 ||
      contribs.some((c) => c.thanks) ||
      IRONY_CUE.test(folded) ||
      CONTRARY.test(folded) ||
      IRONY_EMOJI.test(text)) &&
    quotesPraise(text);
  const sarcastic =
    !(flags.wait === 0 && !signals.has('repeated_contact') && WEATHER_TALK.test(folded)) &&
    (flags.sarcasm > 0 ||
      quoted ||
      (thanksSarcasm && contribs.some((c) => c.thanks)) ||
      (flags.resolve === 0 && badSituation && (candidates.length > 0 || (roll > 0 && contribs.some((c) => c.v > 0)))));
  if (sarcastic) {
    // Explicit markers ("gracias por nada", "love how…"), quoted praise and thanks about a recurring
    // problem ("thanks a lot, it broke again") turn every positive word negative.
    const explicit = flags.sarcasm > 0 || quoted;
    const thanksToo = explicit || thanksSarcasm;
    for (const c of contribs) {
      if (c.v > 0 && !c.laugh && (explicit || c.sarc || c.lead || roll > 0 || (thanksToo && c.thanks))) {
        c.v = -0.8 * c.v;
      }
    }
    if (thanksToo) pv -= 1.8 * thanksPv;
    // "Top service as always, no dial tone for 3 days": the praise phrase itself is the irony.
    if (explicit) pv -= 1.8 * praisePv;
    F += 1;
    A += 0.5;
  }

  // Politeness: "gracias" closing a question or request is not praise.
  const positives = contribs.filter((c) => c.v > 0 && !c.laugh);
  const thanksOnly = positives.length > 0 && positives.every((c) => c.thanks) && flags.positive + flags.resolve === 0;
  const hasQuestion = folded.includes('?');
  if (thanksOnly && !thanksFor && (hasQuestion || REQUEST.test(folded))) {
    for (const c of positives) c.v *= 0.25;
  }

  // A capitalised NOW / YA / HOY is a demand: as negative as a written "urgente".
  if (capsUrgent && !signals.has('urgency')) pv -= 0.6;
  let s = pv;
  let posMass = Math.max(0, pv);
  let negMass = Math.max(0, -pv);
  const complaint = pv < 0 || badSituation;
  for (const c of contribs) {
    let v = c.v;
    if (c.laugh && complaint) continue;
    if (c.question && v > 0 && !c.thanks) v *= 0.3;
    if (flags.self > 0 && v < 0) v *= 0.3;
    if (lastContrast >= 0) v *= c.i < lastContrast ? 0.5 : 1.3;
    s += v;
    if (v > 0) posMass += v;
    else negMass -= v;
  }
  if (s !== 0) s += Math.sign(s) * 0.25 * Math.min(excl, 4);
  const allCaps = wordCount >= 3 && capsWords / wordCount >= 0.8;
  if (s < 0) {
    if (allCaps) A += 1.5;
    else if (capsWords > 0) A += 0.8 * Math.min(capsWords, 2);
    if (excl >= 2) {
      A += 0.6;
      U += 0.3;
    }
    if (excl >= 3) A += 0.8;
  }
  F += 0.25 * Math.min(negMass, 6);

  const anger = sat(A, 2.6);
  const frustration = sat(F, 2.5);
  const urgency = sat(U, 2);
  const joy = sat(posMass * (s < 0 ? 0.5 : 1), 3);

  if (anger >= ANGER_ESCALATES || frustration >= FRUSTRATION_ESCALATES) signals.add('anger');
  if (capsUrgent) signals.add('urgency');
  if (
    wordCount > 0 &&
    wordCount <= 4 &&
    words.some((w) => ROLE_ONLY.has(w)) &&
    words.every((w) => ROLE_ONLY.has(w) || FILLER.has(w))
  ) {
    signals.add('asks_for_human');
  }

  // "Quiero dar de baja la línea de mi papá porque ya no la usa": leaving for a reason of life is a request, not a threat
  // (and routine for the models: only a reason the rules name escalates it).
  const lifeExit = LIFE_EXIT.test(folded);
  if (lifeExit) signals.delete('churn_threat');
  if (LAWYER_ERRAND.test(folded) && !LEGAL_THREAT.test(folded)) signals.delete('regulator_complaint');
  if (STUDY_QUESTION.test(folded)) signals.delete('regulator_complaint');
  if (NOT_THE_SERVICE.test(folded)) signals.delete('churn_threat');
  const whatIf = WHAT_IF_Q.test(folded) && folded.includes('?');
  if (whatIf) {
    for (const r of ['money_lost', 'order_failure', 'no_show'] as const) {
      signals.delete(r);
      ifNotPositive.delete(r);
      ifNegative.delete(r);
    }
  }
  // "the 'urgent' in my subject line was just the ticket category, no rush": the customer says it can wait.
  const noRush = NO_RUSH.test(folded) || FORWARDED_URGENT.test(folded);
  if (noRush) signals.delete('urgency');
  let label: Polarity = s >= POSITIVE_AT ? 'positive' : s <= NEGATIVE_AT ? 'negative' : 'neutral';
  if (sarcastic) ifNotPositive.add('sarcasm');
  // "Llegó sin los cubiertos, no pasa nada": an order slip the customer plays down is a mild complaint.
  // "I ordered the wrong colour": the customer's own slip is not the company's failure.
  if (flags.minimize + flags.self > 0) ifNotPositive.delete('order_failure');
  // "Had a double charge last month but it got sorted. Now I want to update my card": the problem is told
  // as history before a new request; neither the old problem nor its fix is the message's polarity.
  const pastOnly = flags.past > 0 && flags.recur === 0 && !AGAIN.test(folded);
  if (pastOnly) {
    for (const r of PAST_PROBLEM) ifNotPositive.delete(r);
    if (label === 'negative' || (label === 'positive' && flags.positive === 0 && !contribs.some((c) => c.thanks))) {
      label = 'neutral';
    }
  }
  const praised = contribs.some((c) => c.v > 0 && !c.sarc && !c.laugh);
  // "Your nurse line was fantastic when my son was in hospital": praise that mentions a hard time needs no person, and
  // the models should not learn from it that a vulnerable customer does not count.
  if (label === 'positive' && praised) signals.delete('vulnerable_customer');
  const complaintCue = tokenNeg > 0 || pv < 0 || flags.problem + flags.recur + flags.wait > 0;
  // "How do I report a fault with my line?": one question asking how, about a topic, not a complaint.
  const infoOnly = hasQuestion && ONE_QUESTION.test(folded) && (INFO_LEAD.test(folded) || WHERE_WHEN_LEAD.test(folded));
  const mix = Math.min(posMass, negMass) / Math.max(posMass, negMass, 1e-9);
  let confidence: number;
  if (label === 'neutral') {
    const edge = s >= 0 ? POSITIVE_AT : -NEGATIVE_AT;
    confidence = posMass + negMass === 0 ? 0.8 : 0.5 + 0.35 * (1 - Math.abs(s) / edge);
  } else {
    const over = Math.abs(s) - (label === 'positive' ? POSITIVE_AT : -NEGATIVE_AT);
    confidence = (0.55 + 0.43 * Math.tanh(over / 1.5)) * (1 - 0.35 * mix);
  }
  const gate: GateCues = {
    // Said to be able to wait ("nada urgente, cuando puedan…"): the models alone do not make it a complaint.
    routine:
      pastOnly ||
      lifeExit ||
      noRush ||
      whatIf ||
      regulatorInfo ||
      flags.self + flags.minimize + flags.mild + declined > 0,
    complaintCue,
    infoOnly,
    questionOrPraise: hasQuestion || praised,
  };
  const modelGate = modelGateFor(gate, label);
  const emotions = { anger: round(anger), frustration: round(frustration), urgency: round(urgency), joy: round(joy) };
  // What the rules saw, as features of the models: they learn how far to trust each rule.
  const tokens = [`label:${label}`, `s:${Math.max(-4, Math.min(4, Math.round(s)))}`];
  for (const r of signals) tokens.push(`sig:${r}`);
  for (const r of ifNotPositive) tokens.push(`inp:${r}`);
  for (const r of ifNegative) tokens.push(`ineg:${r}`);
  for (const f of Object.keys(flags) as PhraseFlag[]) if (flags[f] > 0) tokens.push(`flag:${f}`);
  const cues: [string, boolean][] = [
    ['sarcastic', sarcastic],
    ['capsUrgent', capsUrgent],
    ['allCaps', allCaps],
    ['excl', excl >= 2],
    ['question', hasQuestion],
    ['infoOnly', infoOnly],
    ['pastOnly', pastOnly],
    ['declined', declined > 0],
    ['praised', praised],
    ['complaintCue', complaintCue],
    ['tokenNeg', tokenNeg > 0],
    ['pvNeg', pv < 0],
    ['pvPos', pv > 0],
    ['thanksOnly', thanksOnly],
    ['contrast', lastContrast >= 0],
    ['short', wordCount <= 6],
  ];
  for (const [name, on] of cues) if (on) tokens.push(name);
  for (const [name, level] of Object.entries(emotions)) tokens.push(`${name}:${Math.round(level * 4)}`);
  return {
    text,
    words,
    lexLangs,
    label,
    s,
    confidence,
    emotions,
    signals,
    ifNotPositive,
    ifNegative,
    tokens,
    modelGate,
    gate,
  };
}
