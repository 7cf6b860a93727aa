/**
 * Context words for the token pass (contrast, greetings, sarcasm leads, requests…): small lists that
 * change how a neighbouring word is read rather than carrying sentiment themselves.
 */
export const CONTRAST = new Set(['pero', 'but', 'however', 'aunque', 'though', 'although']);
export const GREET = new Set(['buen', 'buenas', 'buenos', 'good']);
export const GREET_NEXT = new Set([
  'dia',
  'dias',
  'tardes',
  'noches',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
]);
export const SARC_LEAD = new Set(['que', 'oh', 'just', 'how', 'ay', 'so', 'vaya', 'what', 'ah', 'uy', 'pero', 'yeah']);
/** Exclamative leads: praise right after them is ironic when the message reports a failure ("qué eficiente…"). */
export const PRAISE_LEAD = new Set(['que', 'muy', 'very', 'so', 'such', 'how', 'wow', 'tan', 'really', 'super']);
/** "harto" is anger after these ("estoy harto", "me tienen harta"), elsewhere "a lot" in Chile. */
export const HARTO = new Set(['harto', 'harta', 'hartos', 'hartas']);
/** The words before "harto" that make it anger ("estoy", "me tienen", "ya", "muy"). */
export const HARTO_BEFORE = new Set(
  'estoy estamos esta estan ando andamos anda quede quedo tienen tiene tenes ya tan muy re super bien realmente totalmente'.split(
    ' ',
  ),
);
export const THANKS_FOR = new Set(['por', 'for']);
export const ROLE_ONLY = new Set(
  'agente asesor asesora ejecutivo ejecutiva operador operadora humano persona representative agent operator human supervisor manager rep'.split(
    ' ',
  ),
);
export const FILLER = new Set('hola hi hello please por favor porfa un una a an the el la ya now oye'.split(' '));
export const URGENT_CAPS = new Set(['now', 'ya', 'hoy', 'today', 'ahora', 'asap']);
export const ACRONYMS = new Set(
  'sernac profeco condusef sic ocu omic facua bbb fcc cfpb ftc ofcom iva pse cmf ift bcra enacom subtel ok tv id pin sms usb wifi vtr wom etb att bt ee o2 uk us usa ctm csm hdp wtf ffs asap pdf dni rut rfc cuit nif'.split(
    ' ',
  ),
);
export const LIKE_PREV = new Set("i we really don't dont didn't didnt not do did they would".split(' '));
/** Words that lose their sentiment before these nouns ("fraud department", "problem solved" is a phrase). */
export const NEUTRAL_BEFORE = new Map<string, Set<string>>([
  ['fraud', new Set(['department', 'team', 'alert', 'alerts', 'protection', 'prevention', 'unit', 'line'])],
  ['emergency', new Set(['contact', 'number'])],
  ['quick', new Set(['question', 'q', 'one', 'note', 'update', 'thing'])],
]);
/** Words that lose their sentiment after these ("pregunta rápida"). */
export const NEUTRAL_AFTER = new Map<string, Set<string>>([
  ['rapida', new Set(['pregunta', 'consulta'])],
  ['rapido', new Set(['pregunta', 'consulta'])],
]);
export const LAUGH = /^(?:(?:ja|je|ji|ha|he|js){2,}[jh]?|lo+l|lmao+|xd+)$/;
export const REQUEST =
  /\b(?:necesito|quiero|quisiera|queria|me pueden|me podrian|podrian|podriais|puedo|pueden|can i|could you|can you|please|por favor|i'd like|i would like|i need|adjunto)\b/;
export const NEG_BEFORE =
  /\b(?:no|not|never|nunca|jamas|ni|sin|don't|dont|won't|wont|isn't|isnt|doesn't|doesnt|didn't|didnt|wasn't|wasnt|aren't|arent|weren't|werent|ain't|aint)(?: (?:es|esta|era|sea|is|it's|its|was|are|quiero|queremos|necesito|necesitamos|hace falta|pienso|voy|vamos|a|want|wanna|need|plan|planning|going|to|me|lo|la|se|te|my|mi|i|do|have|be|really|realmente|tan|so|muy|very|that|for|anyone|anybody|que)){0,3} $/;
/**
 * Irrealis: a positive word shortly after these is wanted, not reported ("I need this fixed",
 * "quiero que quede solucionado", "espero que se resuelva"). Thanks are not affected.
 */
export const IRREALIS = new Set(
  (
    'need needs want wants hope hoping expect expecting should must necesito necesitamos necesita necesitan ' +
    'quiero queremos quisiera quisieramos espero esperamos ojala deberia deberian requiero exijo if until unless would could podria podrian'
  ).split(' '),
);
/** Words that make a question ask about the state of a known issue ("is the outage resolved yet?"). */
export const STATUS = new Set(
  (
    'resolved fixed solved restored sorted back working resuelto resuelta solucionado solucionada arreglado ' +
    'arreglada restablecido restablecida normalizado normalizada reparado reparada listo lista funcionando ' +
    'soluciono solucionaron resolvio resolvieron arreglo arreglaron restablecio volvio funciona anda'
  ).split(' '),
);
/** "If I get charged twice, how do I report it?", "¿qué hago si se corta la luz?": a problem supposed, not reported. */
export const HYPOTHETICAL = new Set(['if', 'si', 'suppose', 'supposing', 'supongamos', 'whether']);
/** "hay algún …", "is there a …": a question about whether a problem exists. */
export const EXISTS_Q = new Map<string, Set<string>>([
  ['hay', new Set(['algun', 'alguna', 'algo', 'problemas', 'fallas', 'cortes'])],
  ['there', new Set(['a', 'an', 'any', 'some'])],
]);
/**
 * Addressing the company or its staff: a strongly negative word (valence ≤ -2) within the next few
 * words is an insult ("sois unos impresentables", "you are useless", "son unos ladrones") and escalates.
 */
export const ADDRESS_ONE = new Set(['sois', 'eres', "you're", 'youre']);
export const ADDRESS_TWO = new Map<string, Set<string>>([
  ['son', new Set(['unos', 'unas'])],
  ['ustedes', new Set(['son', 'sois'])],
  ['usted', new Set(['es'])],
  ['you', new Set(['are', 'r'])],
  ['u', new Set(['are', 'r'])],
  ['guys', new Set(['are'])],
  ['people', new Set(['are'])],
  ['lot', new Set(['are'])],
]);
