/**
 * Multi-word rules, matched on the folded text: lowercase, no accents, one space between tokens,
 * punctuation as separate tokens ("hola , me pasas con un ejecutivo ?"). Each rule is a list of
 * regular-expression alternatives (Spanish and English together) compiled into one RegExp.
 */
import type { EscalationReason } from '../types';
import {
  ANGER_FIL,
  ANNOYANCE_FIL,
  CHURN_FIL,
  HUMAN_FIL,
  PROBLEM_FIL,
  REPEAT_FIL,
  URGENCY_FIL,
  VULNERABLE_FIL,
} from './filipino';
import { CHURN_MIXED, DEADLINE_MIXED, DEADLINE_NEPALI, REPEAT_MIXED, VULNERABLE_MIXED } from './mixed';
import { HUMAN_MIXED, HUMAN_PARTS } from './people';

export type PhraseFlag =
  | 'problem'
  | 'recur'
  | 'wait'
  | 'resolve'
  | 'sarcasm'
  | 'positive'
  | 'thanks'
  | 'self'
  /** "no pasa nada", "not a big deal": the customer plays the problem down. */
  | 'minimize'
  /** "llegó un día tarde", "a bit slow": a mild complaint the statistical model must not escalate. */
  | 'mild'
  /** "tuve un problema con un cargo pero ya se aclaró": a past problem already solved, told before a new request. */
  | 'past';

/** "today's Wednesday … Thursday" (either order, one message): a day named that is tomorrow, in English and Spanish. */
const NEXT_DAY = (() => {
  const en = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const es = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];
  const pairs = (days: string[], today: string) =>
    days
      .map((d, i) => {
        const next = days[(i + 1) % 7]!;
        return `\\b${today} ${d}\\b(?: [^ ]+){0,20} ${next}\\b|\\b${next}\\b(?: [^ ]+){0,20} ${today} ${d}\\b`;
      })
      .join('|');
  return [pairs(en, "(?:today's|today is|todays|it's|its|it is)"), pairs(es, '(?:hoy es|estamos a|hoy)')];
})();

export interface PhraseRuleSpec {
  id: string;
  /** Valence added per match (clipped to `max` matches). */
  v: number;
  anger?: number;
  frust?: number;
  urg?: number;
  reason?: EscalationReason;
  /** Skip a match preceded by a negation ("no voy a cancelar", "not urgent"). */
  negatable?: boolean;
  /** Skip a match inside a question ("¿se refleja de inmediato?" asks; it does not demand). */
  notInQuestion?: boolean;
  /** Skip a match inside a question that asks for information ("can I pay twice a month?"), not "why…?". */
  notInInfoQuestion?: boolean;
  /** A pattern that must also occur somewhere in the message ("it's soaked" is an order failure only about an order). */
  context?: string;
  /**
   * The reason only counts when the message's label allows it: 'notPositive' ("lo solucionaron de
   * inmediato" praises speed, it does not demand it) or 'negative' ("le pregunté dos veces y fue muy
   * claro, gracias" is not a repeated complaint).
   */
  reasonIf?: 'notPositive' | 'negative';
  flag?: PhraseFlag;
  max?: number;
  patterns: string[];
}

const OBJ = '(?: (?:me|te|le|nos|les|lo|la|los|las|se|ha|han|he|hemos|has))*';
/** "Is there an outage right now?", "¿hay un corte ahora mismo?": the time of a state asked about, not a demand. */
const NOT_STATUS_Q =
  '(?<!\\b(?:is there|are there|is it|is the|are the|is my|are my|is your|are your|hay|esta|estan|existe)\\b[^.!?]{0,60} )';
/** "Worked the second time", "funcionó al segundo intento": success on a retry, not a repeated contact. */
const NOT_SUCCESS_EN =
  '(?<!\\b(?:worked|works|went through|succeeded|connected|logged in|loaded|fine|ok|okay|got it|managed)(?: on| at| by)?(?: the)? )';
const NOT_SUCCESS_ES =
  '(?<!\\b(?:funciono|funciona|anduvo|salio|entro|resulto|cargo|pude|logre) (?:al|a la|en el|en la) )';
/** "darme de baja del newsletter": leaving a mailing list is not leaving the service. */
const NOT_MAILING =
  '(?! (?:de |del |de la |de los |de las |a |en )?(?:(?:el|la|los|las|su|sus|vuestro|vuestra) )?(?:newsletter|boletin|boletines|promociones|publicidad|correos|mails|emails|mensajes|sms|notificaciones|lista|listas|marketing|mailing|ofertas|novedades))';
const N_ES = '(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|varios|varias|mas de un|mas de una)';
const N_EN =
  '(?:\\d+|a|an|one|two|three|four|five|six|several|a few|a couple of|many|over an|over|almost an|nearly an)';
const MIN_ES = '(?:\\d+|una|media|dos|tres|cuatro|cinco|varias|mas de una|veinte|treinta|cuarenta|cuarenta y cinco)';
const ROLE_ES =
  '(?:ser humano|humano|humana|persona|ejecutiv[oa]|agente|asesora?|operadora?|supervisora?|encargad[oa]|gerente|representante|rep|alguien|jef[ea]|responsable)';
const ROLE_EN =
  '(?:person|human|agent|representative|rep|manager|supervisor|someone|somebody|anyone|anybody|operator|people|being|boss|superior|team lead(?:er)?|director|whoever)';
const ORD_ES =
  '(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|decim[oa]|enesim[oa]|milesim[oa]|\\d+(?:a|ra|da|va|ta|o|ro|do|vo|to))';
const ORD_EN = '(?:second|third|fourth|fifth|sixth|seventh|tenth|nth|umpteenth|\\d+(?:st|nd|rd|th))';
const TIMES_ES = '(?:dos|tres|cuatro|cinco|seis|siete|ocho|diez|varias|muchas|mil|cien|un monton de|\\d+) veces';
const TIMES_EN =
  '(?:twice|(?:three|four|five|six|seven|eight|nine|ten|a few|\\d+|several|multiple|many|numerous|countless|a dozen|so many|a million|a hundred) times|again and again|over and over|already)';
const COMPANY =
  '(?:movistar|claro|entel|vtr|wom|telcel|att|personal|telecentro|fibertel|tigo|vodafone|orange|jazztel|digi|izzi|totalplay|etb|directv|masmovil|yoigo|bbva|santander|verizon|t mobile|tmobile|sprint|comcast|xfinity|spectrum|cox|bt|sky|virgin|ee|o2|talktalk|plusnet|rogers|telus|fido|koodo|freedom mobile|eir|telstra|optus|tpg|spark|2degrees|one nz|jio|airtel|bsnl|jazz|zong|telenor|ufone|mtn|glo|safaricom|vodacom|cell c|telkom|capitec|fnb|absa|nedbank|singtel|starhub|maxis|celcom|unifi|pldt|globe|digicel|giffgaff|lebara|lyca|monzo|revolut|starling|chime|barclays|lloyds|natwest|halifax|hsbc|bancolombia|nequi|daviplata|mercado pago|uala|nubank|banco estado|bci|scotiabank|banorte|banamex|caixabank|sabadell|bankinter|openbank|pepephone|simyo|lowi|bitel|kolbi|liberty|altice|viva|aussie broadband|superloop|kiwibank|westpac|commbank|bnz|anz|asb|skinny|mint mobile|google fi|boost mobile|smarty|octopus energy|ovo|capital one|telmex|megacable|unefon|tuenti|gcash|paytm|phonepe|easypaisa|jazzcash|opay|palmpay|kuda|moniepoint|afrihost|webafrica|circles life|dito|converge|mtnl|airtel money|mpesa|m pesa)';

/** Durations that count as a long hold: 30+ minutes or any hours. */
const HOLD_ES =
  '(?:(?:[3-9]\\d|\\d{3,}|treinta|cuarenta|cincuenta|noventa)(?: y \\w+)? (?:minutos|mins?)|(?:\\d+|una|media|dos|tres|cuatro|cinco|varias|mas de una|un par de) (?:hora|horas|hrs?))';
const HOLD_EN =
  '(?:(?:[3-9]\\d|\\d{3,}|thirty|forty|fifty|ninety)(?: \\w+)? (?:minutes?|mins?)|(?:\\d+|an|one|two|three|four|five|several|a couple of|a few|over an|over|almost an|nearly an|half an) (?:hours?|hrs?))';
/** Contact verbs (any person, tense or clitic): the customer reached out, visited or repeated themselves. */
const CONTACT_ES =
  '(?:llam\\w*|marc\\w*|escrib\\w*|escrit\\w*|reclam\\w*|mande|mandado|mandamos|envie|enviado|enviamos|comunic\\w*|contact\\w*|insist\\w*|pregunt\\w*|solicit\\w*|report\\w*|explic\\w*|dij\\w*|dicho|hablad\\w*|hable|chatee|chateado|fui|fuimos|ido|vine|venido|vinieron|vino|vienen|visit\\w*|repet\\w*|repit\\w*|radic\\w*|pedido|pedi|ped[ií]\\w*|avis\\w*)';
const CONTACT_EN =
  "(?:called|calling|call|rang|rung|ringing|phoned|phoning|emailed|emailing|e mailed|wrote|written|writing|messaged|messaging|texted|texting|dm'?d|contacted|contacting|chased|chasing|reported|reporting|complained|complaining|asked|asking|explained|explaining|told|spoke|spoken|talked|chatted|visited|been in|gone in|gone into|went in|went into|been in touch|reached out|reaching out|followed up|following up|tried|submitted|raised|opened|logged a (?:ticket|complaint|call|case))";
/** Counts of times ("tres veces", "como 6 veces", "mil veces"). */
const TIMES_ES_N =
  '(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|varias|muchas|mil|cien|un monton de|un par de|incontables|infinitas|\\d+) veces';
/** People to ask for; "alguien" with or without a qualifier ("alguien que sepa", "alguien de más arriba"). */
const ROLE_ES2 =
  '(?:ser humano|humano|humana|persona|personas|ejecutiv[oa]|agente|asesora?|operadora?|teleoperadora?|supervisora?|encargad[oa]|gerente|gerencia|representante|alguien|jef[ea]|jefatura|responsable|coordinadora?|directora?|administradora?|superior)';
const ROLE_EN2 =
  '(?:person|human|agent|representative|rep|manager|management|supervisor|someone|somebody|anyone|anybody|operator|people|being|boss|superior|team lead(?:er)?|supervisor|director|owner|whoever|higher[- ]up|head of \\w+)';
/** Who answers a customer, as polite English asks name them ("a customer care executive", "your adviser"). */
const ROLE_EN3 =
  '(?:agent|representative|rep|manager|supervisor|operator|advis[eo]r|executive|officer|consultant|specialist|team leader|person|human|member of (?:staff|the team)|staff member)';
/** Insults aimed at people (the company and its staff), Spanish across the five countries and English. */
const INSULT_ES =
  '(?:ladron(?:es)?|rater[oa]s?|ratas?|chorr[oa]s?|chantas?|estafador(?:es|as?)?|sinverguenzas?|caraduras?|cara duras?|descarad[oa]s?|conchud[oa]s?|mentiros[oa]s?|inutiles|inutil|incompetentes?|inept[oa]s?|inoperantes?|payas[oa]s?|idiotas?|imbeciles?|estupid[oa]s?|pendej[oa]s?|boludos|pelotudos?|tarad[oa]s?|mamones|gilipollas|cretin[oa]s?|mediocres|negligentes|irresponsables|abusador(?:es|as?)?|abusiv[oa]s|aprovechad[oa]s|vividores|mafios[oa]s|mafia|delincuentes|bandidos|criminales|corrupt[oa]s|tramposos|timador(?:es)?|mangantes|chapucer[oa]s|vendehumos|buitres|sanguijuelas|chupasangres|piratas|desgraciad[oa]s|malparid[oa]s|hijueputas|cabrones|culeros|huevones|weones|gonorreas|lacras|impresentables?|vagos|flojos|mamarrachos|patanes|groser[oa]s|maleducad[oa]s|prepotentes|usurer[oa]s|explotador(?:es|as)|miserables|infames|canallas|rufianes|chapuzas|mantas|muertos de hambre|buenos? para nada)';
/** Insult nouns only: safe after "bunch of" / "pack of" (adjectives there may describe a thing). */
const INSULT_EN_N =
  '(?:crooks|thieves|liars|clowns|jokers|cowboys|idiots|morons|imbeciles|muppets|numpties|amateurs|incompetents|frauds|fraudsters|scammers|swindlers|con artists|criminals|gangsters|bandits|pirates|leeches|bloodsuckers|vultures|sharks|parasites|losers)';
const INSULT_EN =
  '(?:crooks?|crooked|thieves|thief|liars?|clowns?|jokers?|cowboys|idiots?|morons?|imbeciles?|muppets|numpties|amateurs|incompetents?|frauds|fraudsters|scammers|swindlers|con artists|criminals|gangsters|bandits|pirates|leeches|bloodsuckers|vultures|sharks|parasites|losers|clueless|useless|incompetent|inept|hopeless|pathetic|a joke|a disgrace|a racket|a scam|a sham|a circus|a clown show|a shambles|a mafia|the worst)';

export const PHRASE_RULES: PhraseRuleSpec[] = [
  {
    id: 'problem',
    v: -1.5,
    frust: 0.6,
    flag: 'problem',
    // "¿puedo pagar la cuota en dos veces?" asks how; it reports nothing.
    notInInfoQuestion: true,
    max: 3,
    patterns: [
      ...PROBLEM_FIL,
      `\\b(?:no|nunca|jamas|ni|todavia no|aun no|nadie|never|not)${OBJ} (?:funciona\\w*|sirve\\w*|sirvio|anda|andan|andaba|carga\\w*|llega\\w*|llego|llegaron|deja\\w*|dejo|responde\\w*|respondio|contesta\\w*|contesto|atiende\\w*|atendio|resuelve\\w*|resolvi\\w*|resuelto|soluciona\\w*|devuelve\\w*|devolvi\\w*|devuelto|conecta\\w*|prende|enciende|abre|vino|vinieron|viene|venia|aparece\\w*|avis\\w+|pesca\\w*|cach\\w+|dan? bola|entiende\\w*|entendes|lee\\w*|llam\\w+|ayuda\\w*|hace\\w* (?:nada|caso)|sabe\\w* nada|da\\w* (?:una )?(?:solucion|respuesta|razon)|corresponde|coincide|reconoc\\w+|reconozc\\w+|acepta\\w*|procesa\\w*|reflej\\w+|activ\\w+|instal\\w+|arregl\\w+|repar\\w+|reembols\\w+|cumpl\\w+|recib\\w+|sincroniza\\w*|convence\\w*|cuento con (?:servicio|internet|luz|agua|gas|linea|senal)|tengo (?:internet|luz|senal|servicio|linea|agua|gas|cobertura|conexion|wifi|tele|telefono)|hay (?:senal|servicio|luz|internet|agua|cobertura|respuesta|solucion|sistema)|puedo (?:entrar|ingresar|pagar|acceder|iniciar|conectar\\w*|usar|descargar|comunicarme))`,
      '\\bsin (?:obtener |tener |recibir )?(?:luz|internet|servicio|senal|agua|gas|telefono|linea|cobertura|calefaccion|respuesta|solucion|conexion|wifi|tele|cable|sistema|aviso|avisar|motivo|explicacion|razon)\\b',
      '\\bse (?:me |nos |le |les )?(?:esta |estan |sigue |anda |vive )?(?:cayendo|cortando|trabando|congelando|colgando|desconectando|reiniciando|apagando|cae|cayo|caen|corta|corto|cortan|rompio|rompe|cierra|cerro|congela|congelo|traba|trabo|tilda|tildo|colgo|cuelga|desconecta\\w*|apaga|apago|perdio|reinicia)\\b',
      '\\b(?:cobraron|cobran|cobrado|debitaron|cobro|cargo) (?:\\w+ ){0,3}(?:de mas|dos veces|doble|duplicado|indebido|que no corresponde|que nunca)',
      '\\b(?:mucha|tanta|demasiada) demora\\b|\\b(?:llego|llegaron|vino|vinieron|viene|llega)(?: \\w+){1,3} (?:tarde|roto|rota|mojad[oa]|danad[oa]|abiert[oa]|incomplet[oa]|fri[oa])\\b|\\bme (?:cuelgan|colgaron|cortan la llamada|cortaron la llamada)\\b|\\b(?:parado|detenido|estancado|atascado) (?:en|desde)\\b|\\bse demoran? (?:mucho|demasiado|una eternidad)\\b|\\b(?:llego|llegaron|vino|viene|llega) tarde\\b|\\bmuy tarde\\b|\\bni ahi\\b|\\bdice entregado\\b',
      '\\b(?:todavia|aun|sigo|sigue|siguen|seguimos) (?:sin|no|esperando|igual)\\b',
      "\\b(?:doesn't|does not|doesnt|don't|dont|do not|didn't|didnt|did not|isn't|isnt|is not|won't|wont|will not|can't|cant|cannot|can not|couldn't|couldnt|wasn't|wasnt|aren't|arent|haven't|havent|hasn't|hasnt|have not|has not|never|not|nobody|no one|noone)(?: (?:even|ever|yet|i|you|it|they|we|me|been|properly|get|got|will|can|could|seem to))* (?:work\\w*|arriv\\w*|apply|applied|load\\w*|connect\\w*|respond\\w*|answer\\w*|show\\w*|turn\\w* up|came|come|match\\w*|help\\w*|receiv\\w*|heard|get back|got back|call\\w* back|fix\\w*|sort\\w*|refund\\w*|deliver\\w*|updat\\w*|process\\w*|resolv\\w*|reply|replied|told|know\\w*|care\\w*|pick\\w* up|turn\\w* on|boot\\w*|start\\w*|charg\\w*|open\\w*|sync\\w*|pair\\w*|let me|do anything|understand\\w*|recogni[sz]\\w*|accept\\w*|figure\\w*|find|reach\\w*|get through|pay|afford|got (?:one|it|them|any\\w*|a \\w+|my \\w+|the \\w+))",
      '\\b(?:says|shows|showing|marked)(?: as)? delivered\\b|\\bwhy (?:does|do|did|is|are|was|has|have) (?:it|this|my|the|you|i)\\b(?: \\w+){0,4} (?:take|so long|still|never|keep|always)\\b|\\bcut (?:off )?(?:my|our|the) (?:internet|power|service|line|phone|gas|water|electricity|broadband)\\b|\\bleft (?:\\w+ )?(?:out )?in the rain\\b|\\bnowhere near\\b|\\bnot what (?:i|we) (?:paid|ordered|was promised)\\b|\\bpromised (?:a |me )?(?:\\w+ )?(?:callback|call back|refund)\\b(?: \\w+){0,4} (?:never|not|no)\\b',
      '\\b(?:cargos?|cobros?) (?:\\w+ ){0,2}que no (?:entiendo|reconozco|corresponde\\w*|pedi|contrate|autorice|solicite)\\b|\\bsin (?:arreglar|solucionar|resolver|hacer|revisar|decir) nada\\b|\\bme (?:vaciaron|hackearon|clonaron|sacaron (?:plata|dinero)) ?(?:la cuenta|la tarjeta)?\\b|\\bno es lo que (?:mostraban|decia|decian|ofrecian|prometieron|pedi|compre|anunciaban)\\b|\\b(?:factura|cuenta|cobro|boleta|cuota)s? (?:\\w+ )?(?:tan |muy |super |demasiado )?(?:alta|cara|elevada)s?\\b|\\bme (?:grito|colgo|trato mal|trataron mal|gritaron)\\b',
      "\\b(?:yelled|shouted|screamed|swore|hung up) (?:at|on) me\\b|\\b(?:logged|logs|kicked|kicks|keeps logging) me out\\b|\\b(?:never|didn't|didnt|did not) (?:sign(?:ed)? up|authori[sz]e\\w*|agree\\w*|ask(?:ed)? for|order(?:ed)?)\\b|\\bcharged\\b(?: [\\w']+){0,6} (?:i|we) (?:didn't|didnt|never|did not)\\b|\\b(?:not|isn't|isnt|wasn't) what (?:it|they|you) (?:said|showed|advertised|promised|looked like)\\b",
      '\\b(?:me|nos) (?:estan|siguen|sigue) (?:cobrando|llegando cobros|molestando|llamando)\\b|\\ben mal estado\\b|\\b(?:publicidad|informacion) enganosa\\b|\\bcobro (?:abusivo|indebido|no reconocido)\\b|\\bme (?:subieron|aumentaron) (?:el precio|la cuota|la tarifa|el plan)\\b|\\bno hay caso\\b|\\bsin novedad(?:es)?\\b|\\bno se presento\\b|\\bme (?:tienen|tuvieron) esperando\\b',
      "\\b(?:have|having|got|there's|there is) (?:a|an|some) (?:problem|issue|fault)\\b|\\bfalse advertising\\b|\\brip ?off\\b|\\bfor (?:this|that) price\\b",
      '\\b(?:stopped|stops|keeps?|kept) (?:working|dropping|crashing|logging|failing|disconnecting|cutting|freezing|buffering|rebooting|restarting|going down|breaking)\\b',
      "\\b(?:is|are|was|went|goes|been|it's|its) (?:down|offline|dead)\\b|\\bdown again\\b",
      '\\bno (?:signal|internet|power|service|broadband|phone|connection|wifi|answer|response|reply|word|refund|heat|heating|hot water|water|gas|television|cable)\\b(?! (?:cuts?|outages?|interruptions?|drops?|dropouts?|issues?|problems?|leaks?|trips?|failures?|complaints?)\\b)',
      '\\bwithout (?:power|internet|service|phone|heat|heating|water|gas|signal|broadband|wifi|tv|any notice|notice|warning|explanation)\\b',
      "\\bstill (?:no|not|nothing|waiting|broken|down|haven't|havent|hasn't|hasnt|the same)\\b",
      "\\bcharged (?:me )?(?:twice|double|again|extra)\\b|\\bcharged (?:me )?(?:\\w+ ){0,3}for (?:nothing|something i (?:didn't|never|did not))|\\bdouble (?:charge\\w*|payment|billed|billing)\\b|\\blate fee\\b|\\bbilled twice\\b|\\btook double\\b|\\bfor no reason\\b",
      '\\b(?:bill|price|charge|fee)s? (?:is |are |so |was )*(?:high|higher|steep)\\b|\\bprice (?:increase|hike)\\b',
      '\\bno (?:me |le |nos |les |lo |la |se )*(?:puedo|pude|podemos|pudimos|logro|logre|logramos|consigo|consegui|he podido|hemos podido|he logrado|pueden|pudieron|pudo|podia|podian|deja|dejan|dejo|dejaba|permite|permiten) (?:\\w+(?:ar|er|ir)(?:me|te|le|lo|la|nos|les|los|las|se)?)\\b',
      "\\b(?:can't|cant|cannot|couldn't|couldnt|unable to|not able to|won't let me|wont let me|doesn't let me|doesnt let me|didn't let me|didnt let me)(?: even)? (?!wait\\b|thank\\b|thanks\\b|complain\\b|recommend\\b|believe\\b|fault\\b|say enough\\b|praise\\b|help but\\b|stop\\b|miss\\b|be (?:happier|better|more)\\b|have been (?:happier|better)\\b|ask for\\b)[a-z]+\\b",
      '\\b(?:no|nunca|jamas|nadie|todavia no|aun no)(?: (?:me|te|le|nos|les|lo|la|los|las|se))* (?:(?:puede|pueden|podia|podian|pudo|pudieron|quiere|quieren|quiso|quisieron|supo|supieron|sabe|saben|sabia|sabian|va a|van a) )?(?:ayud\\w*|trae\\w*|traj\\w*|mand\\w*|envi\\w*|entreg\\w*|inclu\\w*|respet\\w*|aplic\\w*|acredit\\w*|explic\\w*|inform\\w*|resolv\\w*|resuelv\\w*|solucion\\w*|arregl\\w*|atend\\w*|atiend\\w*|contest\\w*|respond\\w*|devolv\\w*|devuelv\\w*|reembols\\w*|cumpl\\w*|presta\\w*|funcion\\w*|avis\\w*|pas\\w* (?:a|por) (?:buscar|instalar|retirar|revisar))\\b',
      '\\bno (?:saben|sabe|tienen|tiene|tenian|sabian) (?:ni idea|idea)\\b|\\bno (?:saben|sabe|sabian) (?:nada|ni lo que|ni que)\\b|\\b(?:nobody|no one|noone)(?: there| here)? (?:has|had|have) (?:a|any) (?:clue|idea)\\b|\\bclueless\\b',
      '\\b(?:llego|llegaron|llega|mandaron|mandan|enviaron|entregaron|trajeron|vino|vinieron|viene|dieron|instalaron|pusieron|recibi|recibimos)(?: \\w+){0,2} (?:otr[oa]s?|distint[oa]s?|diferentes?|equivocad[oa]s?) (?:\\w+ )?(?:modelo|talla|talle|color|producto|articulo|pedido|paquete|tamano|marca|version|numero|medida|prenda|equipo|celular|telefono|cosa|caja|plan|tarifa|sabor|mueble|repuesto|pieza|item)s?\\b',
      '\\b(?:distint[oa]s?|diferentes?|otr[oa]s?) (?:\\w+ ){0,3}(?:al|del|de lo|a lo|a la|de la) (?:que )?(?:ped\\w*|compr\\w*|orden\\w*|solicit\\w*|encargu?\\w*|contrat\\w*|pag\\w*|eleg\\w*|escog\\w*|mostr\\w*|anunci\\w*|ofrec\\w*)\\b',
      '\\bno (?:es|era|son|eran) (?:el|la|lo|los|las) que (?:ped\\w*|compr\\w*|orden\\w*|solicit\\w*|encargu?\\w*|contrat\\w*|pag\\w*|eleg\\w*|escog\\w*)\\b|\\bno se parece (?:en nada )?(?:a|al)\\b|\\bnada que ver con (?:la|lo|las|los|el) (?:foto|fotos|imagen|imagenes|anunciad\\w*|publicad\\w*|descripcion|pagina)\\b',
      "\\b(?:different|another) (?:\\w+ )?(?:item|colou?r|model|size|product|one|thing|brand|version) (?:than|from|to) (?:what|the one|the|mine)\\b|\\bnot (?:the one|what) (?:i|we) (?:ordered|asked for|paid for|bought|chose|picked|selected|wanted)\\b|\\bnothing like (?:the|what|in|its|it|my)\\b|\\bnot as (?:described|pictured|advertised|shown)\\b|\\b(?:doesn't|doesnt|does not|didn't|didnt) match (?:the|what|my)\\b|\\binstead of (?:the|what|my)\\b",
      "\\b(?:ordered|paid for|bought|asked for)(?: [\\w']+){0,5} (?:but|and) (?:only |just )?(?:got|received|came|they sent|you sent)\\b(?! (?:it|them|my order|the order|everything)\\b(?: [^ ]+){0,2} (?:by|in|within|on time|the next|next|same|early|fast|quick|before)\\b)|\\b(?:only|just) (?:got|received|came with|arrived with|sent me) (?:\\d+|one|two|three|half|part)\\b",
      '\\b(?:vino|vinieron|viene|venia|llego|llegaron|llega|trajo|trajeron|entregaron|mandaron|enviaron)(?: \\w+){0,3} (?:sin|incomplet\\w*|a medias)\\b|\\b(?:falto|faltaron|falta|faltan) (?:un|una|el|la|los|las|\\d+|dos|tres|piezas|partes|tornillos|cables|productos)\\b|\\b(?:solo|solamente|nomas|nada mas) (?:me )?(?:llego|llegaron|vino|vinieron|trajeron|mandaron|recibi|entregaron)\\b',
      "\\b(?:came|arrived|was delivered|were delivered|got delivered|shipped|showed up|turned up)(?: [\\w']+){0,3} (?:without|missing|minus|with no)\\b|\\bmissing (?:a|an|the|one|two|\\d+|parts|pieces|screws|items|its|some)\\b",
      '\\b(?:factura|cobro|cargo|recibo|boleta|cuota|pago|debito|cuenta|mensualidad)s? (?:\\w+ ){0,2}(?:doble|duplicad[oa]s?|dos veces|repetid[oa]s?|triple)\\b|\\b(?:doble|duplicad[oa]|triple) (?:cobro|cargo|factura|pago|debito|facturacion|cuota)\\b',
      '\\b(?:cobr|carg|debit|factur|descont|desconta)\\w* (?:\\w+ ){0,4}(?:dos|tres|cuatro|\\d+) veces\\b|\\b(?:cobr|carg|debit|factur|descont)\\w* (?:\\w+ ){0,3}(?:de mas|doble|de nuevo|otra vez)\\b',
      '\\b(?:cargo|cobro|descuento|debito|movimiento|compra|transaccion|seguro|plan|suscripcion|servicio|membresia)s? (?:\\w+ ){0,4}que (?:nunca|no|jamas) (?:contrate|pedi|solicite|autorice|compre|use|hice|reconozco|ordene|acepte|firme|active|realice|tengo)\\b|\\b(?:cargo|cobro|movimiento|compra|transaccion|descuento|debito)s? (?:rar[oa]s?|extran[oa]s?|desconocid[oa]s?|sospechos[oa]s?|indebid[oa]s?|no autorizad[oa]s?)\\b',
      '\\b(?:subieron|aumentaron|subio|incrementaron|incremento|duplicaron|triplicaron|doblaron|suben|aumentan|subiendo)(?: \\w+){0,3} (?:precio|cuota|tarifa|plan|factura|mensualidad|recibo|cuenta|valor|costo|abono)\\b|\\b(?:precio|cuota|tarifa|factura|mensualidad|recibo|cuenta|valor|costo|abono)s? (?:\\w+ ){0,2}(?:subio|aumento|se duplico|se triplico|vino (?:mas )?(?:alta|cara|elevada))\\b',
      "\\b(?:charged|billed|debited|deducted|taken|invoiced|charging|billing)(?: [\\w']+){0,4} (?:twice|double|again|(?:two|three|four|five|six|\\d+|several|multiple) times)\\b|\\b(?:double|duplicate|twice)[ -]?(?:charged|billed|charge|payment|billing|debit|transaction)s?\\b",
      '\\b(?:weird|strange|unknown|unrecogni[sz]ed|mystery|random|unexplained|unauthori[sz]ed|suspicious|bogus|hidden|surprise) (?:charge|fee|transaction|payment|debit|deduction)s?\\b|\\b(?:bill|price|rate|payment|premium|fee|cost)s? (?:has |have |just )?(?:went up|gone up|doubled|increased|jumped|tripled|skyrocketed|shot up)\\b|\\b(?:raised|increased|hiked|upped|doubled) (?:my|the|our) (?:price|rate|bill|premium|fee|payment)s?\\b',
      '\\b(?:keeps?|kept) (?:on )?(?!(?:getting better|improving|working|going strong|doing|going|growing|rocking|shining|smiling|helping|getting faster|up)\\b)[a-z]+ing\\b',
      '\\bse (?:me |nos |le )?(?:queda|quedo|quedan|quedaron|quedaba|quedaban) (?:pegad[oa]s?|trabad[oa]s?|colgad[oa]s?|congelad[oa]s?|bloquead[oa]s?|tildad[oa]s?|cargando|pensando|en blanco|en negro|sin (?:senal|internet|servicio|luz|conexion))\\b|\\bse (?:me |nos |le )?(?:fue|va|iba|fueron|van) (?:la|el) (?:luz|internet|senal|servicio|agua|gas|linea|conexion|wifi|cable|tele)\\b',
      '\\b(?:playing up|acting up|on the blink|on the fritz|packed (?:in|up)|conked out|gave up the ghost|given up the ghost|died on (?:me|us)|went dead|gone dead|kaput|haywire|glitching|bugging out|(?:dropping|dropped|drops|cutting|cuts|cut) out)\\b',
      '\\b(?:shrank|shrunk|faded|tore|snapped|leaked|leaks|peeled|melted|crushed|squashed|bent|shattered|mouldy|moldy|rotten|overheat\\w*|fell apart|falling apart|came apart|in pieces|dead pixels?|no show)\\b|\\b(?:se (?:encogio|destino|despego|rajo|partio|descosio|oxido|quemo|derritio|desarmo|desarmo)|lleg\\w* (?:rot[oa]|abollad[oa]|aplastad[oa]|golpead[oa]|quebrad[oa]|trizad[oa]|manchad[oa]|sucio|vencid[oa]|caducad[oa]|en mal estado))\\b',
      '\\b(?:valor|monto|precio|importe|cobro|cargo|total|saldo|cantidad|numero|nombre|direccion|dato|datos)s? (?:\\w+ )?que no (?:es|son|era|corresponde\\w*|cuadra\\w*|coincide\\w*|reconozco)\\b|\\b(?:amount|total|balance|price|name|address|number) (?:is |was )?(?:wrong|incorrect|off)\\b',
      '\\b(?:llego|llegaron|vino|vinieron|viene|llega|entregaron)(?: \\w+){0,3} (?:tarde|rot[oa]s?|mojad[oa]s?|danad[oa]s?|abiert[oa]s?|incomplet[oa]s?|vaci[oa]s?|abollad[oa]s?|golpead[oa]s?|aplastad[oa]s?|quebrad[oa]s?|trizad[oa]s?|sucio|sucia|manchad[oa]s?|vencid[oa]s?|caducad[oa]s?|equivocad[oa]s?|cambiad[oa]s?)\\b',
      "\\b(?:came|arrived|was delivered|got here|showed up)(?: [\\w']+){0,2} (?:open|opened|damaged|broken|torn|wet|soaked|empty|crushed|dented|smashed|late|leaking|used|dirty|expired)\\b|\\b(?:items?|pieces|parts|things|stuff|half) (?:\\w+ )?(?:are|were|is|was) (?:gone|missing|lost)\\b",
      "\\b(?:but|even though|although|though) (?:i|we) (?:already |had already |have already |'ve already )?paid\\b|\\b(?:pero|aunque|si) (?:yo )?(?:ya )?(?:pague|pagamos|habia pagado|he pagado)\\b|\\bque ya (?:pague|pagamos|habia pagado|he pagado|estaba pagad[oa])\\b",
      "\\b(?:received|got|delivered|sent|shows?|showing|charged|billed|seeing)(?: [\\w']+){0,3} (?:someone|somebody) else'?s\\b|\\b(?:llego|llegaron|recibi|mandaron|enviaron|entregaron|aparece|muestra|sale)(?: \\w+){0,4} (?:de|a nombre de) (?:otra persona|otro cliente|otro usuario|un desconocido|una desconocida)\\b",
      '\\bnothing (?:loads|works|worked|happens|happened|arrived|came|shows|showed|opens|prints|plays|connects|changed|has changed|gets done|got done|is working|was working)\\b|\\bnada (?:funciona|carga|anda|sirve|llego|cambio|se resolvio|se soluciono)\\b',
      "\\b(?:no entiendo|no comprendo|no me explico|i don't understand|i dont understand|i do not understand|can't understand|cannot understand|i don't get|i dont get) (?:por que|porque|why|how come)\\b|\\b(?:por que|porque|why|how come) (?:\\w+ )?(?:me|my|i|we|was i|were we|am i|did you|have you|has my|is my|are my) (?:\\w+ )?(?:cobr\\w*|carg\\w*|cort\\w*|bloque\\w*|suspend\\w*|cancel\\w*|subi\\w*|descont\\w*|multa\\w*|factur\\w*|debit\\w*|charg\\w*|bill\\w*|cut|disconnect\\w*|block\\w*|suspend\\w*|lock\\w*|fined|overcharg\\w*|penali[sz]\\w*|double)\\b",
      '\\b(?:llego|llegaron|vino|vinieron|llega|came|arrived)(?: \\w+){0,3} (?:fri[oa]s?|helad[oa]s?|derretid[oa]s?|quemad[oa]s?|crud[oa]s?|cold|warm|lukewarm|melted|stale|raw|undercooked|burnt|soggy|spoiled|off)\\b',
    ],
  },
  {
    id: 'slang_bad',
    v: -2,
    max: 1,
    patterns: [
      '\\besperaba (?:mas|mejor|otra cosa|algo mejor)\\b|\\bexpected (?:more|better)\\b|\\b(?:de la fregada|para el orto|como el orto|como el pico|como las weas|para la mierda|una mierda|de mierda|como el culo|una basura|un asco|da asco|un desastre|un chiste)\\b',
    ],
  },
  {
    id: 'demand_fix',
    v: -1,
    max: 1,
    patterns: [
      '\\b(?:resuelvan|solucionen|arreglen|reparen|reembolsen|reconecten|repongan|restablezcan|habiliten|desbloqueen|bloqueen|devuelvan (?:la plata|el dinero|mi dinero|lo que))\\b',
      '\\bfix (?:it|this|my|the)\\b|\\bgive me my money back\\b|\\brefund me\\b|\\b(?:demand|want) (?:a|my) (?:full )?refund\\b',
      '\\b(?:resuelvan|solucionen|arreglen|reparen|reembolsen|reconecten|repongan|restablezcan|habiliten|desbloqueen|reactiven|devuelvan|cambien|corrijan|anulen)(?:lo|la|los|las|me|nos|melo|mela)\\b',
      '\\b(?:necesito|necesitamos|quiero|queremos|requiero|exijo|ocupo|urge)(?: que)?(?: \\w+){0,3} (?:funcionando|funcione|ande|andando|arreglad[oa]s?|resuelt[oa]s?|solucionad[oa]s?|reparad[oa]s?|reconectad[oa]s?|restablecid[oa]s?|de vuelta|operativ[oa]s?|se (?:solucione|arregle|resuelva|repare))\\b',
      '\\b(?:need|needs|want|wants|get|have)(?: (?:it|this|that|them|these|my \\w+|the \\w+|our \\w+))? (?:fixed|sorted|resolved|repaired|working|back on|back up|restored|reconnected|replaced|refunded|reversed|corrected)\\b',
    ],
  },
  {
    id: 'bot_frustration',
    v: -0.8,
    max: 1,
    patterns: [
      '\\b(?:persona|humano) (?:real|de verdad)\\b|\\bno con (?:la|el|una|un) (?:maquina|bot|robot|contestadora)\\b|\\b(?:real person|real human|actual person|actual human|not a bot|no more bots)\\b|\\b(?:to|the|this|your) (?:bot|robot)\\b',
      '\\bde carne y hueso\\b|\\b(?:no|not) (?:(?:con|with|to|this|that|your|another|otr[oa]|un|una|el|la|mas|more) )+(?:bot|robot|maquina|contestadora|grabacion|chatbot|teleoperador\\w*|machine|recording|automated \\w+)s?\\b',
    ],
  },
  {
    id: 'self_error',
    v: 0,
    flag: 'self',
    max: 1,
    patterns: [
      '\\bi (?:ordered|picked|chose|bought|selected|entered|typed|put|sent) (?:the |a )?wrong\\b|\\bmy (?:bad|mistake|fault)\\b|\\bme equivoque\\b|\\b(?:mi|error mio|fue mi) (?:error|culpa)\\b|\\bpedi (?:el|la|un|una) (?:\\w+ )?equivocad[oa]\\b',
      // "Sorry, I missed my appointment", "se me pasó la cita": the customer's own miss.
      "\\b(?:i|we) (?:missed|forgot|slept through|wasn't in for|was out for|wasn't home for) (?:my|our|the) (?:appointment|delivery|visit|slot|call|booking|payment)\\b|\\b(?:se me (?:paso|olvido)|(?:me|nos) perd[ií]\\w*|falte a|no estuve para) (?:la|el|mi) (?:cita|turno|entrega|visita|hora|llamada|pago)\\b",
    ],
  },
  {
    // "cancelled at 9:05 cos I'm an idiot", "soy una despistada": the customer calls themself names, not the company.
    id: 'self_blame',
    // Valence 0: a positive one is ignored in a question ("…because I'm an idiot, how do I swap it?").
    v: 0,
    anger: -2.5,
    flag: 'self',
    max: 1,
    patterns: [
      "\\b(?:i'm|im|i am|i was|i've been|ive been) (?:such |a bit of |a total |a complete )?(?:an? )?(?:idiot|moron|dummy|dumbass|muppet|numpty|eejit|dope|doofus|clown|twit|plonker|dingbat)\\b|\\b(?:soy|fui) (?:un[ao]? |tan )?(?:idiota|tont[oa]|bob[oa]|boluda?|pendej[oa]|gil|mens[oa]|burr[oa]|despistad[oa]|distraid[oa])(?: que soy)?\\b(?! (?:de|del|los|las|la|el) )|\\b(?:my bad|silly me|tonta de mi|tonto de mi)\\b",
    ],
  },
  {
    id: 'recurrence',
    v: -0.3,
    frust: 0.8,
    flag: 'recur',
    max: 1,
    patterns: [
      '(?<!\\b(?:thanks|thank you|gracias) )\\b(?:(?<!\\bla )otra vez|de nuevo|nuevamente|una vez mas|again|once again|yet again|another)\\b',
      '\\botr[oa] (?:aumento|corte|cobro|error|problema|falla)\\b',
      '\\b(?:every single time|cada dos por tres|a cada rato|all the time|todo el tiempo)\\b',
    ],
  },
  {
    // A wait under half an hour ("llevo unos 10 minutos esperando", "waited about 20 mins for my driver"): a wait, not
    // the long hold the guide hands to a person.
    id: 'wait_short',
    v: -1.5,
    frust: 3,
    flag: 'wait',
    max: 1,
    patterns: [
      `\\b(?=(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?)(?: \\w+){0,3} (?:esperando|en espera|en linea|en la linea|al telefono|colgad[oa]|pegad[oa])\\b`,
      `\\b(?:esperando|en espera)(?: \\w+){0,3} (?=(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?)\\b`,
      `\\bhace (?=(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?) que (?:estoy |sigo )?(?:esperando|espero|en espera|llamo|intento)\\b`,
      `\\b(?:on hold|holding|held|kept|waiting|waited|after|spent|wasted|in (?:the )?queue)(?: \\w+){0,3} (?=(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${N_EN} (?:\\w+ )?(?:hours?|minutes|mins?|hrs?)\\b`,
      `\\b(?=(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)(?:${N_EN}|another) (?:\\w+ )?(?:hours?|minutes|mins?|hrs?) (?:on hold|in (?:the )?queue|waiting)\\b`,
    ],
  },
  {
    id: 'wait_hold',
    v: -1.5,
    frust: 3,
    flag: 'wait',
    reason: 'repeated_contact',
    reasonIf: 'negative',
    max: 1,
    patterns: [
      `\\b(?!(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?)(?: \\w+){0,3} (?:esperando|en espera|en linea|en la linea|al telefono|colgad[oa]|pegad[oa])\\b`,
      `\\b(?:esperando|en espera)(?: \\w+){0,3} (?!(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?)\\b`,
      `\\bhace (?!(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${MIN_ES} (?:hora|horas|minutos|mins?) que (?:estoy |sigo )?(?:esperando|espero|en espera|llamo|intento)\\b`,
      `\\b(?:on hold|holding|held|kept|waiting|waited|after|spent|wasted|in (?:the )?queue)(?: \\w+){0,3} (?!(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)${N_EN} (?:\\w+ )?(?:hours?|minutes|mins?|hrs?)\\b`,
      `\\b(?!(?:[1-9]|[12]\\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|a couple of|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte)(?: \\w+)? (?:minutes?|minutos|mins?)\\b)(?:${N_EN}|another) (?:\\w+ )?(?:hours?|minutes|mins?|hrs?) (?:on hold|in (?:the )?queue|waiting)\\b`,
      '\\b(?:waiting|waited|on hold) (?:for )?(?:forever|ages|an eternity)\\b|\\bis any ?(?:one|body) (?:there|here)\\b|\\besperando (?:una eternidad|horas)\\b|\\bhay alguien (?:ahi|ahi\\?)\\b',
      `\\b(?:on hold|holding|held|kept|waiting|waited|after|spent|wasted|in (?:the )?queue|typing|chatting|sitting|stuck|on the phone|on the line|in (?:the )?chat|on (?:the )?(?:live )?chat|listening to|bouncing|going back and forth|being transferred|trying to get through)(?: [\\w']+){0,3} (?:for )?${HOLD_EN}\\b`,
      // "40 minutos para que me colgaran".
      `\\b${HOLD_ES} para que (?:me |nos )?(?:colgaran|cortaran|atendieran|contestaran|respondieran|dijeran|pasaran)\\b|\\b${HOLD_EN}(?: just)? (?:to|for them to|before they) (?:hang up|cut me off|tell me|put me through)\\b`,
      // "50 minutes on your hotline now", "45 minutos en la línea".
      `\\b${HOLD_EN} (?:on|in) (?:your|the|this|ur) (?:hotline|helpline|line|phone|queue|call|chat|call ?cent(?:re|er)|customer (?:service|care) line)\\b|\\b${HOLD_ES} (?:en|con) (?:la|su|el|esta) (?:linea|llamada|espera|chat|call ?center)\\b`,
      // Caribbean English: "mi deh pon hold fi 40 minute now".
      `\\bpon hold\\b(?: \\w+){0,2} ${HOLD_EN}\\b`,
      // "a 50 minute call that ended with them hanging up", "una llamada de 40 minutos".
      `\\b(?:[3-9]\\d|\\d{3,}|thirty|forty|fifty|ninety)[ -]?(?:minute|min)s? (?:long )?(?:call|wait|hold|queue|chat|phone call)\\b|\\b(?:\\d+|one|two|three|an|a) (?:hour|hr)s?[ -]?(?:long )?(?:call|wait|hold|queue|chat|phone call)\\b|\\b(?:llamada|espera|chat) de ${HOLD_ES}\\b`,
      `\\b${HOLD_EN} (?:on hold|in (?:the )?queue|waiting|on the phone|on the line|in (?:the )?chat|on (?:the )?(?:live )?chat|of hold music|listening|typing|being transferred|bouncing)\\b`,
      `\\b${HOLD_ES}(?: \\w+){0,3} (?:esperando|en espera|en linea|en la linea|al telefono|en el telefono|colgad[oa]|pegad[oa]|en el chat|escuchando|con la musica|de musica|de espera|intentando|tratando|marcando)\\b`,
      `\\b(?:esperando|en espera|en linea|en la linea|al telefono|en el chat|escuchando|pegad[oa] al telefono|colgad[oa] al telefono)(?: \\w+){0,3} ${HOLD_ES}\\b`,
      `\\b${HOLD_ES}(?: \\w+){0,3} (?:musica|musiquita|musiquilla|cancioncita|melodia|grabacion)\\b|\\b${HOLD_EN}(?: [\\w']+){0,3} (?:hold music|on the phone|on the line)\\b`,
    ],
  },
  {
    id: 'wait_days',
    v: -1,
    frust: 1.5,
    flag: 'wait',
    max: 1,
    patterns: [
      `\\b(?:llevo|hace|van|ya van|ya paso|ya pasaron|desde hace|mas de) (?:\\w+ )?${N_ES} (?:dia|dias|semana|semanas|mes|meses)\\b`,
      `\\b${N_ES} (?:dias?|semanas?|mes|meses) (?:esperando|sin)\\b`,
      '\\bdesde (?:ayer|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la semana pasada|el mes pasado)\\b',
      // Not a fast arrival: "received my phone in 2 days".
      "(?<!\\b(?:received|arrived|delivered|came|got (?:it|them|here)|shipped|landed|turned up)\\b(?: [\\w']+){0,4} )\\b(?:for|in|over) (?:(?:over|about|almost|nearly|more than) )?(?:\\d+ |two |three |four |five |several |a few |many |a couple of )?(?:days|weeks|months)\\b",
      `\\b(?:waited|waiting|been) (?:for )?(?:(?:over|about|almost|nearly|more than) )?(?:${N_EN} )?(?:days|weeks|months|week|month)\\b`,
      '\\bsince (?:yesterday|last (?:week|month|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning)\\b',
    ],
  },
  {
    id: 'repeated_contact',
    v: -1.5,
    frust: 2.5,
    reason: 'repeated_contact',
    reasonIf: 'negative',
    max: 1,
    patterns: [
      ...REPEAT_FIL,
      ...REPEAT_MIXED,
      // Banglish and Hinglish counts of calls, and a new agent every time: "5 bar call dilam… protibar notun agent",
      // "teen baar complaint kiya", "har baar naya ticket".
      '\\b(?:\\d+|do|teen|char|paanch|kai|kitni|bohot|dui|tin|pach|onek|koyek|koto) ?(?:baar|bar|bari)(?: \\w+){0,2} (?:call|phone|message|complain|complaint|email|visit)\\w*\\b|\\b(?:protibar|prottekbar|har baar|harbar) (?:notun|naya|nayi|new|different|alada|alag|onno)\\b',
      // "technician came last week, week before also came, same problem lah", "el técnico vino la semana anterior también".
      '\\b(?:week before|the week before|time before|la semana anterior|la vez anterior|la otra semana)(?: also| tambien| igual)? (?:came|come|vino|vinieron|visited)\\b|\\bsame problem (?:lah|again|still|every time|each time)\\b|\\bmismo problema (?:otra vez|de nuevo|cada vez|siempre)\\b',
      // "Ya me han mandado tres técnicos para el aire y sigue goteando", "you've sent two engineers and it still trips".
      '\\b(?:mandado|mandaron|enviado|enviaron|venido|vinieron|sent|had)\\b(?: [^ ]+){0,2} (?:dos|tres|cuatro|cinco|varios|\\d+|two|three|four|five|several) (?:tecnicos|tecnico|instaladores|visitas|technicians|engineers|techs|visits)\\b',
      // "Your tech came out twice already… now they want to send a third one?": a recurring visit.
      "\\b(?:came|come|been|gone|went) (?:out|round|around|over|by)(?: [\\w']+){0,2} (?:twice|(?:three|four|five|\\d+|several|multiple) times)\\b|\\b(?:send|sending|book|booking|schedule|scheduling) (?:a|another|the) (?:third|fourth|fifth|sixth|\\d+(?:rd|th)) (?:one|tech|technician|engineer|visit|time|appointment)\\b|\\b(?:mandar|enviar|agendar|mandan|envian) (?:un|una|el|la) (?:tercer|tercera|cuarto|cuarta|quinto|quinta) (?:tecnico|visita|vez)\\b",
      `\\b${ORD_ES} (?:\\w+ )?(?:vez|veces|llamada|reclamo|reclamacion|queja|mensaje|correo|visita|ocasion|solicitud|peticion|caso|ticket|corte|falla)\\b(?! (?:que )?(?:compro|compramos|pido|pedimos|ordeno|uso|usamos|contrato|viajo|vengo a comprar|les compro))`,
      '\\bcuantas veces (?:mas )?(?:tengo|hay|debo|voy a tener) (?:que )?(?:llamar|escribir|reclamar|decir|explicar|pedir)\\b|\\bhow many (?:more )?times (?:do|must|will|have|should) (?:i|we) (?:have to )?(?:call|ask|tell|explain|write|contact)\\b|\\b(?:passed|bounced|transferred) (?:between|around|from one)\\b',
      `\\b(?:llame|llamado|marcado|marque|escribi|escrito|reclame|reclamado|dicho|pedido|reportado|avisado|enviado|mandado|explicado|contactado|comunicado|insistido|solicitado|preguntado)(?: \\w+){0,3} ${TIMES_ES}\\b`,
      '\\b(?:llamado|llame|escrito|escribi|reclamado|reclame|comunicado|contactado|solicitado|insistido)(?: \\w+){0,3} (?:en (?:reiteradas|varias|repetidas|multiples|numerosas|muchas) ocasiones|reiteradamente|repetidamente|repetidas veces)\\b',
      `\\b(?:ya van|van|ya son|son|fueron|llevo) ${TIMES_ES}\\b|\\b(?:he hablado|hable|explique|he explicado) con (?:dos|tres|cuatro|varios|varias|\\d+) (?:ejecutivos|agentes|asesores|personas|operadores)\\b`,
      "\\b(?:explained|told|repeated|spoken|talked|gone through)(?: [\\w']+){0,3} (?:\\d+|two|three|four|five|several|multiple|many) (?:different )?(?:agents|people|reps|representatives|departments|persons)\\b",
      '\\b(?:dos|tres|cuatro|cinco|seis|varias|muchas|mil|\\d+) (?:llamadas|reclamos|correos|mensajes|tickets|visitas|solicitudes)\\b',
      '\\b(?:llevo|hace|van|estoy|sigo)(?: \\w+){0,4} (?:llamando|reclamando|reportando|escribiendo|insistiendo)\\b',
      '\\bhace (?:\\w+ ){1,3}que (?:llamo|reclamo|escribo|reporto|insisto|vengo reclamando|estoy reclamando|estoy llamando)\\b',
      '\\b(?:harto|harta|cansad[oa]|aburrid[oa]|chat[oa]|podrid[oa])s? de (?:llamar|reclamar|escribir|insistir|explicar|repetir)\\b',
      '\\bvuelvo a (?:escribir|llamar|reclamar|repetir|insistir|explicar)\\b|\\b(?:como|tal como) (?:ya )?(?:les |le |os )?(?:dije|explique|comente|indique|informe)\\b|\\b(?:mi|el) (?:reclamo|caso|ticket|radicado) anterior\\b|\\breitero\\b|\\bya (?:hice|puse|ingrese) (?:el|un|mi) (?:reclamo|ticket|caso)\\b',
      "\\bas i (?:already )?(?:said|told you|explained|mentioned)\\b|\\bi (?:already|have already|'ve already) (?:explained|told|called|reported|sent)\\b|\\bfollowing up (?:again|for the \\w+ time)\\b|\\bmy (?:previous|last|earlier) (?:complaint|ticket|email|call|case)s?\\b|\\byet another (?:call|email|ticket)\\b",
      '\\b(?:otra vez|de nuevo|nuevamente|una vez mas) (?:les |le |os )?(?:escribo|llamo|me comunico|reclamo|contacto|insisto)\\b|\\b(?:escribo|llamo|me comunico|reclamo) (?:otra vez|de nuevo|nuevamente)\\b',
      '\\b(?:calling|writing|emailing|contacting|messaging|chatting|reaching out) (?:you |to you )?(?:again|back again|once more)\\b|\\bhere again\\b',
      '\\bcada vez que (?:llamo|escribo|reclamo)\\b|(?<!\\b(?:anduvo|andaba|anduvieron|andaban|estuvo|estaba|estuvieron|estaban) )\\bdando vueltas\\b|\\bde un lado (?:a|para) otro\\b',
      '\\bya (?:les |lo |se lo |os lo |le )?(?:he |hemos )?(?:llame|llamado|escribi|escrito|reclame|reclamado|dije|dicho|explique|explicado|avise|avisado) (?:antes|ayer|varias|muchas|mil|un monton)\\b',
      `${NOT_SUCCESS_EN}\\b${ORD_EN} (?:\\w+ )?(?:time|call|visit|attempt|email|message|complaint|ticket|outage|failure|incident|request)\\b(?! (?:ordering|buying|using|shopping|purchasing|i(?:'ve| have)? (?:ordered|bought|used|shopped)|i order|i buy))`,
      `\\b(?:called|emailed|written|wrote|contacted|rung|rang|chased|reported|asked|messaged|phoned|texted|complained|explained|told you|been in touch|reached out)(?: [\\w']+){0,3} ${TIMES_EN}`,
      '\\b(?:\\d+|two|three|four|five|six|several|multiple|many|countless) (?:calls|emails|tickets|complaints|visits|chats)\\b',
      '\\bagain and again\\b|\\bover and over\\b|\\bevery time i (?:call|contact|write|chat)\\b|\\bkeep (?:having to )?(?:call|calling|chasing|chase|contacting|explaining|repeating)\\b|\\bhad to (?:chase|call back|call again)\\b|\\bpassed around\\b|\\brun ?around\\b|\\b(?:going|go|goes|went|gone|sent|sending|running|run|taken) (?:a?round |round )?in circles\\b|\\b(?:dando|doy|dar|di) vueltas en circulos\\b',
      // Not the company calling the customer: `el repartidor tuvo que llamarme varias veces`.
      `(?<!\\bme )\\b(?!(?:llamarme|llamandome|escribirme|contactarme|marcarme)\\b)${CONTACT_ES}(?: \\w+){0,5} (?:(?:como|unas|mas de|casi|ya) )?${TIMES_ES_N}\\b`,
      `\\b${TIMES_ES_N}(?: \\w+){0,3} (?:que )?(?:les |le |os |te |lo |la |se lo |se la )?(?:he |hemos |ya )?${CONTACT_ES}\\b`,
      '\\b(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|varios|varias|muchos|muchas|mil|incontables) (?:llamadas|reclamos|reclamaciones|correos|mails|emails|mensajes|whatsapps|tickets|visitas|solicitudes|casos|radicados|quejas|chats|intentos)\\b',
      `\\b${CONTACT_EN}(?: [\\w']+){0,5} (?:twice|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|a few|several|multiple|many|numerous|countless|so many|a million|a hundred|umpteen) times)\\b`,
      '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|countless|numerous|a dozen) (?:calls|emails|e mails|tickets|complaints|visits|chats|messages|letters|texts|attempts|agents|reps|technicians|engineers)\\b',
      `\\b(?:todos los dias|cada dia|a diario|diariamente|dia tras dia|todas las semanas|cada semana)(?: \\w+){0,4} ${CONTACT_ES}\\b|\\b${CONTACT_ES}(?: \\w+){0,4} (?:todos los dias|cada dia|a diario|diariamente|dia tras dia|todas las semanas|cada semana)\\b`,
      `\\b(?:every (?:single )?day|daily|every (?:single )?week|day after day)(?: [\\w']+){0,4} ${CONTACT_EN}\\b|\\b${CONTACT_EN}(?: [\\w']+){0,4} (?:every (?:single )?day|daily|every (?:single )?week|day after day)\\b`,
      `${NOT_SUCCESS_ES}\\b${ORD_ES} (?:\\w+ )?(?:tecnico|tecnicos|caida|cortes?|cobro|factura|error|intento|asesor|ejecutivo|agente|operador|persona|mail|chat|cita|reprogramacion)s?\\b|\\b${ORD_ES} (?:semana|dia|mes) (?:seguid[oa]|consecutiv[oa]|que|en que|sin)\\b`,
      `\\b${ORD_EN} (?:\\w+ )?(?:technician|engineer|tech|appointment|rep|agent|person|department|bill|invoice|error|mistake|letter|chat|no show|reschedul\\w*)s?\\b|\\b(?:${ORD_EN}|\\d+|two|three|four|five) (?:\\w+ ){0,2}in a row\\b|\\b${ORD_EN} (?:week|day|month) (?:running|straight|in a row)\\b`,
      // "Was told my issue was resolved but it's still happening", "me dijeron que estaba solucionado y sigue igual".
      `\\b(?:told|said|says|marked|closed|claimed|closing|assured)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,5} (?:resolved|fixed|sorted|solved|closed|done|repaired)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:but|yet|and|however)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:still|again|not|isn't|hasn't|nothing|never)\\b|\\b(?:dijeron|dicen|dijo|figura|aparece|marcaron|cerraron|cerro|aseguraron)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,5} (?:resuelto|solucionado|arreglado|cerrado|reparado|listo)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:pero|y|sin embargo)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:sigue|siguen|todavia|aun|no|otra vez|de nuevo|nada)\\b`,
      // "mi did call last week bout him already", "mi tired fi call unnu bout di same wrong bill", "ya le dije a la de la
      // mañana, al de la tarde y ahora a usted".
      "\\b(?:did|already|done) (?:call|called|ring|rang|complain|complained|report|reported|write|wrote|email|emailed|tell|told)\\b(?: [\\w']+){0,5} (?:last week|last month|yesterday|before|already|twice)\\b|\\b(?:tired|sick|weary) (?:fi|of|to) (?:call|calling|ring|ringing|write|writing|complain|complaining|chase|chasing|explain|explaining)\\b|\\bya (?:le |les |se lo |se la |te )?(?:dije|explique|conte|comente|reporte|avise)\\b(?: [^ ]+){0,12} y (?:ahora|hoy) (?:a usted|a ti|a vos|a ustedes|otra vez|de nuevo)\\b|\\btold (?:the|your)\\b(?: [\\w']+){0,8} and now (?:you|u)\\b",
      // Counted within a span: "the 5th power trip this month", "third evening this week the fibre has gone", "el tercer
      // apagón de la semana".
      `\\b${ORD_EN} (?:\\w+ ){0,2}(?:trips?|cuts?|blackouts?|outages?|interruptions?|disconnections?|drops?|breakdowns?|evening|night|day|morning|weekend|time)(?: (?:running|straight))? (?:this|in a|in the last|within a|of the) (?:week|month|year|fortnight|few days)\\b|\\b${ORD_ES} (?:\\w+ ){0,2}(?:apagon|corte|caida|interrupcion|noche|dia|tarde|manana|fin de semana|vez) (?:esta|este|en la|en el|en lo que va del?|del|de la) (?:semana|mes|ano|quincena)\\b`,
      "\\b(?:perdi la cuenta|ya ni se|ya no se|no se ni) (?:de )?cuantas veces\\b|\\blost count\\b|\\b(?:i don't|i dont|i do not) (?:even )?know how many times\\b",
      '\\bcada (?:\\w+ )?(?:ejecutivo|ejecutiva|asesor|asesora|agente|operador|operadora|persona|uno|quien|vez|llamada) (?:me |nos )?(?:dice|dicen|dijo|da|dan|responde|contesta|informa)\\w* (?:algo|una cosa|otra cosa|cosas) (?:distint|diferent)\\w*\\b|\\b(?:every|each) (?:\\w+ )?(?:agent|rep|person|one|time|call) (?:i (?:speak|talk) to )?(?:tells|told|says|said|gives|gave) (?:me )?(?:something|a) different\\b|\\b(?:different|conflicting|contradictory) (?:answers?|stor(?:y|ies)|information|excuses?)\\b|\\brespuestas (?:distintas|diferentes|contradictorias)\\b',
      '\\bde (?:aca|aqui|alla|alli) (?:para|a|pa) (?:alla|aca|aqui|alli)\\b|\\bde (?:area|departamento|persona|asesor|ejecutivo|agente|operador|oficina|sucursal|ventanilla) en (?:area|departamento|persona|asesor|ejecutivo|agente|operador|oficina|sucursal|ventanilla)\\b|\\bde (?:un|una) (?:area|departamento|asesor|ejecutivo|agente|operador|persona|oficina|sucursal) (?:a|para) otr[oa]\\b|\\bme (?:pelotean|pelotearon|tienen peloteando|peloteando)\\b',
      '\\b(?:pass|passed|passing|bounc\\w*|transferr\\w*|transfer|shuffl\\w*|shunt\\w*|redirect\\w*|forward\\w*|kick\\w*|sent|send\\w*|push\\w*|fobbed)(?: me)? (?:around|about|between|back and forth|off again|from one)\\b|\\bfrom pillar to post\\b|\\bbetween (?:departments|agents|teams|people|reps)\\b',
      '\\b(?:me )?(?:canse|cansamos|cansado|cansada|harto|harta|hartos|aburri|agotad[oa])(?: \\w+){0,2} de (?:repetir|explicar|contar|llamar|escribir|reclamar|insistir)\\b|\\brepetir (?:lo mismo|la misma|otra vez|de nuevo|mi caso|todo)\\b|\\b(?:tired|sick) of (?:repeating|explaining|calling|chasing|having to)\\b|\\brepeat(?:ing)? (?:myself|the same)\\b|\\bexplain(?:ing)? (?:this|it|myself|everything) (?:again|all over)\\b',
      '\\b(?:llevo|llevamos|hace|van|estoy|estamos|sigo|seguimos|vengo|venimos)(?: \\w+){0,4} (?:marcando|contactando|chateando|preguntando|pidiendo|peleando|mandando (?:correos|mails|mensajes)|(?:tratando|intentando) de (?:comunicarme|contactar\\w*|hablar))\\b',
      "\\b(?:been|keep|kept|still) (?:calling|ringing|phoning|emailing|chasing|messaging|contacting|writing|trying to (?:reach|get through|contact|call|get hold))\\b(?: [\\w']+){0,3} (?:for|since|all|every)\\b",
    ],
  },
  {
    id: 'asks_for_human',
    v: 0,
    reason: 'asks_for_human',
    // "no necesito hablar con un asesor", "I don't need a manager".
    negatable: true,
    max: 1,
    patterns: [
      ...HUMAN_FIL,
      ...HUMAN_PARTS,
      // "Who's the manager on shift today? I'd like a word with them about how my return was handled".
      "\\b(?:i'd|i would|id) (?:like|love|appreciate) (?:a )?(?:quick )?(?:word|chat|talk) with (?:them|him|her|the manager|your manager|the supervisor|whoever)\\b|\\bmanager on (?:shift|duty)\\b",
      ...HUMAN_MIXED,
      // Indirect: "prefiero ver esto con alguien que pueda revisar la cuenta", "someone with access to the account could give me a
      // ring", "can pass this to your colleague who handle billing?".
      '\\b(?:con|a) alguien (?:que|quien) (?:pueda|me pueda|sepa|tenga acceso|vea|revise|entienda)\\b|\\bsomeone (?:with access|who (?:can|could|knows)|that (?:can|could|knows)|from (?:billing|accounts|the \\w+ (?:team|department)))\\b(?: [^ ]+){0,8} (?:give me a (?:ring|call|bell)|ring me|call me|phone me|look at|check|sort)\\b|\\b(?:could|can|would) (?:someone|somebody|you) (?:please )?give me a (?:ring|call|bell)\\b',
      // A person preferred for the matter: "prefiero atender esto con un agente en vivo", "a live agent please".
      `\\b(?:prefiero|preferiria|quisiera|quiero|me gustaria|necesito) (?:ver|atender|tratar|resolver|hablar|revisar|conversar|llevar|gestionar)(?:lo|la)? (?:esto |este tema |el tema |mi caso |el caso )?con (?:un |una |el |la |algun |alguna )?${ROLE_ES2}\\b|\\b(?:agente|asesora?|ejecutiv[oa]|operadora?|persona) en vivo\\b|\\blive (?:agent|person|human|rep|representative)\\b`,
      // Swahili, the menu sends the customer back: "Nikichagua namba 4 kwenye menu inanirudisha mwanzo".
      '\\b(?:inanirudisha|imenirudisha|inarudisha|inanipeleka) (?:mwanzo|nyuma|pale pale)\\b',
      // "Would someone from your team be able to ring me", "be put through to someone in billing", "prefer to discuss my
      // renewal with an agent rather than the automated assistant", "¿será que algún compañero me puede llamar?".
      '\\b(?:would|could|can|will) (?:someone|somebody|anyone|anybody|a person)(?: (?:from|in|at|on) (?:your|the) \\w+(?: \\w+)?)? (?:be able to |please )?(?:call|ring|phone|contact|give me a (?:call|ring|bell))\\b|\\b(?:arrange|organi[sz]e|ask|get) (?:for )?(?:someone|somebody|a person|one of your (?:team|staff|people|colleagues))(?: (?:from|in|at|on) (?:the|your) [^ ]+(?: [^ ]+){0,2})? to (?:call|ring|phone|contact|get back to)\\b|\\b(?:be |get |been )?put through to (?:one of your (?:team|staff|people|colleagues|agents|advisers|advisors)|someone|somebody|a person|a human|an? \\w+|the \\w+ (?:team|department|desk)|your \\w+)\\b|\\b(?:(?:algun|alguna|un|una) (?:companer[oa]|colega|asesora?|ejecutiv[oa]|agente|persona|operadora?)|alguien) (?:me|nos) (?:puede|podria|pueda|pudiera|podra) (?:llamar|contactar|atender|marcar|escribir)\\b|\\bhay (?:algun |alguna |un |una )?(?:humano|humana|persona real|ser humano)\\b',
      `\\b(?:prefer|rather|like|want|wish)(?: to)? (?:discuss|talk (?:about|through)|go (?:over|through)|sort|deal with|speak about|review)(?: [\\w']+){0,5} with (?:(?:a |an |the |your |one of your |a real |a live )?(?:\\w+ )?${ROLE_EN3}|someone|somebody|a person|a human)\\b|\\b(?:could|can|would|will) your (?:\\w+ )?${ROLE_EN3} (?:please )?(?:ring|call|phone|contact) me\\b|\\b(?:referred|passed|escalated|forwarded|handed|sent|refer|pass|escalate|forward|hand) (?:on |over |up )?to (?:a |an |the |your |one of your )?(?:\\w+ )?(?:${ROLE_EN3}|team member)s?\\b|\\b(?:have|get|let) (?:a|an|the|your|one of your) (?:\\w+ )?${ROLE_EN3}s? (?:look at|look into|review|check|go over|go through) (?:my|our|the|this)\\b|\\b(?:solicito|solicitamos|pido|pedimos|quisiera|agradeceria) que (?:un|una|el|la|algun|alguna|su) ${ROLE_ES2}\\b(?: [^ ]+){0,6} (?:se comunique|me contacte|me llame|nos contacte|nos llame|me atienda)\\b|\\b(?:kindly|please|pls|plz) have (?:one of your |a |an |your )?(?:\\w+ )?${ROLE_EN3}s? (?:call|ring|phone|contact|get back to)\\b|\\b(?:with |to )?(?:a |an |one of your )?(?:\\w+ )?(?:${ROLE_EN3}|team members?|staff|someone|somebody|human)s? rather than (?:the |a |an |your )?(?:automated|bot|chatbot|assistant|virtual|menu|app|machine)\\b`,
      `\\b(?:podria|podrian|puede|pueden|podras|podes|sera que|seria que|seria posible|es posible|habra (?:manera|forma)|habria (?:manera|forma)|hay (?:manera|forma)|quisiera|me gustaria|prefiero|preferiria|necesito|agradeceria|agradecere|favor de)\\b(?: [^ ]+){0,8} (?:alguien|una persona|un humano|(?:el|la|un|una|algun|alguna|su) (?:[^ ]+ )?${ROLE_ES2})\\b(?: [^ ]+){0,6} (?:me |nos )?(?:llame|llamen|llamara|llamar|comunique|comuniquen|comunicara|hable|contacte|contacten|contactara|atienda|marque|marquen)\\b|\\b(?:habra|habria|hay) (?:manera|forma) de (?:que )?(?:me )?(?:comunique|comunicarme|hablar|hable)\\b(?: [^ ]+){0,2} con (?:alguien|una persona|(?:un|una|el|la|algun|alguna) ${ROLE_ES2})\\b`,
      // By title with the company's words around it: "speak with your customer care officer directly", "sit down with someone
      // at the Cork branch", "me regala el número de alguien de la oficina que me explique".
      `\\b(?:speak|talk|chat) (?:directly )?(?:to|with) (?:your |a |an |the |one of your )?(?:\\w+ ){1,2}${ROLE_EN3}\\b|\\b(?:sit down|meet|meet up|have a meeting|have a sit down) with (?:someone|somebody|a person|an? (?:\\w+ ){0,2}${ROLE_EN3})\\b|\\b(?:numero|telefono|celular|whatsapp|contacto|correo|number|contact|email) (?:de|of|for) (?:alguien|una persona|un asesor|una asesora|un ejecutivo|una ejecutiva|someone|somebody|a person|an advis[eo]r|an agent)\\b|\\b(?:reunirme|sentarme|verme|juntarme) con (?:alguien|un asesor|una asesora|un ejecutivo|una ejecutiva|el gerente|la gerente)\\b`,
      '\\b(?:pass|transfer|forward|put|send|hand) (?:this|me|it|my case|my query) (?:to|through to|on to|over to) (?:your |a |the |one of your )?(?:colleague|colleagues|coworker|team ?mate|supervisor|manager|senior|someone|somebody|person|department|team)\\b|\\b(?:pasar|pasen|pasame|pasenme|pasa|derivar|deriven|derivame|transferir|transfieran|transfierame) (?:esto |mi caso |el caso |mi consulta )?(?:con|a) (?:un |una |su |tu )?(?:companer[oa]|colega|supervisor[a]?|encargad[oa]|jefe|area|departamento)\\b',
      // Whom to write to above the front line: "¿me podrían indicar el nombre de su jefe de atención al cliente? Quisiera enviarle una carta".
      '\\b(?:nombre|correo|email|mail|direccion|contacto|datos|telefono|name|address|contact details|details|number) (?:de|del|of|for) (?:su |tu |el |la |your |the |a )?(?:jefe|jefa|gerente|supervisor|supervisora|director|directora|encargad[oa]|responsable|manager|head|ceo|boss|person in charge)\\b',
      // A person asked for by title alone: "Customer care executive please", "un asesor por favor".
      '\\b(?:customer (?:care|service|support) )?(?:executive|agent|representative|officer|advisor|adviser|operator|asesor|asesora|ejecutivo|ejecutiva|agente|operador|operadora)(?: real| humano)? (?:please|pls|plz|por favor|porfa|porfavor|xfa)\\b',
      '\\bque (?:me|nos) (?:llame|llamen|llamara|llamase|contacte|contacten|contactara|marque|marcara|atienda|atendiera|devuelva la llamada) alguien\\b',
      // "que alguien del departamento de facturación me contactara", "¿me la pueden comunicar de nuevo?", "get her back on the line".
      '(?<!\\b(?:no|sin) (?:hace falta|es necesario|necesito|quiero|hay necesidad de|hay que) que )\\balguien(?: (?:de|del) (?:ustedes|\\w+(?: de \\w+)?))? (?:me|nos) (?:llame|llamen|llamara|llamase|contacte|contactara|contactase|marque|marcara|telefonee|devuelva la llamada|atienda|atendiera)\\b',
      // Put through, said in the present: "¿me comunica con uno, por favor?", "me pasan con alguien de reclamos".
      '\\bme (?:comunica|comunican|comunicas|pasa|pasan|pasas|transfiere|transfieren|conecta|conectan) con (?:uno|una|alguien|el|la|un|una|algun|alguna|su|otro|otra)\\b',
      '\\bme (?:la|lo) (?:pueden|puede|podrian|podria|podes|puedes|podeis) (?:volver a )?(?:comunicar|pasar|transferir|conectar|poner)\\b|\\b(?:puede|pueden|podria|podrian) volver a (?:llamar|contactar|atender|escribir)(?:me)?(?: \\w+){0,2} (?:la senorita|el senor|la senora|la ejecutiva|el ejecutivo|la asesora|el asesor|la chica|el chico|quien)\\b',
      '\\b(?:get|put|have) (?:her|him|them|that (?:agent|lady|guy|person|rep)|the same (?:agent|person|rep)) (?:back )?on the (?:line|phone)\\b|\\b(?:speak|talk) (?:to|with) (?:her|him|that (?:agent|lady|guy|person|rep)|the same (?:agent|person|rep)) again\\b',
      // Polite and indirect: "someone from the team to ring me back", "a customer care executive to call me",
      // "is there a supervisor available I could speak with", "que me marque un asesor", "coordinar con un ejecutivo".
      `\\b(?:someone|somebody|anyone|anybody|a person|an? (?:\\w+ ){0,2}${ROLE_EN3})(?: (?:from|in|at|on) (?:the|your|a|an) \\w+(?: \\w+)?)? to (?:call|ring|phone|contact|get back to|reach out to|give) me\\b|\\b(?:somebody|someone|anyone) (?:from|at|in) (?:the|your) \\w+(?: \\w+)? (?:could |can |would |to )?(?:call|ring|phone|contact) me\\b`,
      `\\b(?:is there|are there|have you got|do you have) (?:a|an|any|someone|somebody|anyone|anybody)(?: \\w+){0,2} ${ROLE_EN3}s?(?: \\w+){0,4} (?:i|we) (?:could|can|may|might) (?:speak|talk|chat|discuss \\w+)(?: with| to)?\\b`,
      '\\b(?:is there|are there|have you got|do you have) (?:someone|somebody|anyone|anybody|a person|a real person)(?: \\w+){0,5} (?:i|we) (?:could|can|may|might) (?:speak|talk|chat|explain (?:this|it|my case)|have a (?:quick )?word)(?: with| to)?\\b|\\b(?:naeza|naweza|ninaweza|nataka|ningependa|tunaweza) (?:ku)?ongea na (?:mtu|agent|mhudumu|binadamu|mtu live)\\b',
      `\\b(?:arrange|organi[sz]e|book|schedule|set up) (?:for )?(?:a |an )?(?:call|callback|call back|phone call|ring)(?: back)? (?:from|with) (?:a |an |the |your |one of your )?(?:\\w+ ){0,2}${ROLE_EN3}\\b|\\b(?:arrange|organi[sz]e|ask) (?:for )?(?:a |an |the |your |one of your |one of the )?(?:\\w+ ){0,2}${ROLE_EN3}s? to (?:call|ring|phone|contact)\\b`,
      `\\b(?:que|quisiera que|me gustaria que|necesito que|pueden hacer que) (?:me |nos )?(?:marque|marquen|llame|llamen|telefonee|telefoneen|contacte|contacten|escriba|atienda|visite)(?: \\w+){0,2} (?:un |una |el |la |algun |alguna )?${ROLE_ES2}\\b|\\b(?:coordinar|agendar|programar|concertar|conseguir|pedir|solicitar) (?:una (?:llamada|cita|reunion|videollamada) )?con (?:un |una |el |la |algun |alguna |su )?${ROLE_ES2}\\b`,
      `\\b(?:hablar|comunicarme|conversar|contactar|chatear) con (?:un |una |el |la |algun |alguna |otro |otra )?${ROLE_ES}\\b`,
      `\\b(?:pasame|pasenme|paseme|pasarme|pasar|pasas|pasan|comunicar|transferir|derivar|conectar|comunicame|comuniqueme|comuniquenme|comunicarme|comunicas|comunican|transfiereme|transfierame|transfieranme|transferirme|derivame|deriveme|derivenme|conectame|conecteme|ponme|pongame|ponganme) con (?:un |una |el |la |algun |alguna |otro |otra )?${ROLE_ES}\\b`,
      '\\b(?:quiero|necesito|exijo|pido|dame|deme|denme|solicito|quisiera|queremos) (?:a |un |una |el |la )?(?:humano|persona real|persona de verdad|ejecutiv[oa]|agente|asesora?|operadora?|supervisora?|gerente)\\b',
      `\\b(?:que|quiero que|necesito que) me (?:llame|contacte|atienda|devuelva la llamada) (?:un |una |el |la |algun |alguna )?${ROLE_ES}\\b|\\bcon quien (?:puedo|debo|tengo que) hablar\\b|\\bhay alguien que me (?:pueda )?(?:atienda|atender|ayude|ayudar)\\b`,
      '\\b(?:humano|persona|ejecutiv[oa]|agente|asesora?|operadora?|supervisora?)(?: real| de verdad| humano)?(?: ,)? (?:por favor|porfa|porfavor|please|pls|ya)\\b',
      '\\bno (?:quiero |con )?(?:hablar con )?(?:un |una |la |el )?(?:bot|robot|maquina|contestadora|grabacion)\\b|\\b(?:eres|sos|es) (?:un |una )?(?:bot|robot|maquina)\\b|\\b(?:persona|humano) (?:real|de verdad)\\b',
      `\\b(?:contact|reach|get hold of|get through to) (?:a |an |the )?(?:real |live |actual )?(?:human|person|agent|representative|operator|supervisor|manager)\\b`,
      `\\b(?:talk|speak|chat|talking|speaking) (?:to|with) (?:a |an |the |your |some )?(?:real |live |actual |human |proper )?${ROLE_EN}\\b`,
      '\\b(?:transfer|connect|put|patch|escalate) (?:me|this|my call)(?: \\w+){0,2} (?:to|through|with)\\b',
      '\\b(?:get|give|find) me (?:a |an |the |your )?(?:real |live |actual )?(?:human|person|agent|manager|supervisor|representative|rep|operator|someone|somebody)\\b',
      '\\b(?:human|agent|representative|rep|operator|person|manager|supervisor)s? (?:please|pls|plz|now|asap|immediately)\\b',
      '\\b(?:someone|somebody|a person|an agent|a manager|a human|a supervisor) (?:to )?(?:call|contact|ring) me\\b|\\bwho (?:can|do|should) i (?:talk|speak) to\\b|\\bput me through\\b',
      "\\b(?:real person|real human|live agent|live person|actual person|actual human|human being|not a bot|no more bots)\\b|\\b(?:real|actual|living|live),? (?:living|breathing|live|flesh and blood)(?: ,? ?breathing)? (?:person|human|human being|people)\\b|\\b(?:are you|is this|you're) (?:a |an )?(?:bot|robot|machine)\\b",
      "\\bi (?:want|need|demand|would like|'d like)(?: to (?:talk|speak) to)? (?:a |an |the )?(?:human|person|manager|supervisor|representative|agent)\\b",
      `\\b(?:pasame|pasenme|paseme|pasarme|pasar|pasas|pasan|pasais|pasaras|pasarias|comunicar|transferir|derivar|conectar|poner|dar|dame|deme|denme|das|dan|ponme|pongame|ponganme|comunicame|comuniqueme|comuniquenme|comunicarme|comunicas|comunican|transfiereme|transfierame|transfieranme|transferirme|derivame|deriveme|derivenme|conectame|conecteme|contactarme|hablar|conversar|contactar|chatear|charlar) con (?:un |una |el |la |los |las |algun |alguna |otro |otra |su |tu |vuestro |vuestra |mi )?(?:\\w+ )?${ROLE_ES2}\\b`,
      `\\bque me (?:atienda|atiendan|llame|llamen|contacte|contacten|responda|escriba|devuelva la llamada|ayude|explique|visite)(?: \\w+){0,2} (?:un |una |el |la |algun |alguna )?${ROLE_ES2}\\b|\\bme (?:puede|pueden|podria|podrian|podeis|puedes|podes|podrias) (?:atender|llamar|contactar|ayudar|llamar por telefono|devolver la llamada)(?: \\w+){0,2} (?:un |una |el |la |algun |alguna )?${ROLE_ES2}\\b`,
      '\\b(?:quiero|necesito|exijo|pido|solicito|quisiera|queremos|requiero|deseo|prefiero) (?:hablar con |que me atienda |que me llame )?(?:a |un |una |el |la |algun |alguna )?(?:supervisora?|gerente|jef[ea]|encargad[oa]|responsable|coordinadora?|directora?|superior|alguien (?:real|de verdad|que sepa|que pueda|responsable|de mas arriba|a cargo|con autoridad|competente|humano|que me (?:ayude|atienda|resuelva)))\\b',
      `\\b(?:escalate|escalating|pass|passing|forward|refer|bump|send|take)(?: (?:this|it|me|my (?:case|complaint|issue|ticket|call)))?(?: up)? to (?:a |an |the |your |some )?(?:higher (?:level|up|ups)|${ROLE_EN2})\\b|\\bcall ?back from (?:a |an |the |your |some )?${ROLE_EN2}\\b`,
      `\\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have|speak|talk|chat)(?: to| with)? (?:a |an |the |your |some )?(?:real |live |actual |human )?${ROLE_EN2}\\b|\\b(?:someone|somebody|anyone|a person) (?:in charge|senior|higher up|more senior|with (?:authority|the authority)|who can (?:actually )?(?:help|fix|do))\\b`,
      `\\b(?:put|get|transfer|connect|pass|send) me (?:through )?(?:to|with) (?:a |an |the |your |some )?(?:real |live |actual |human )?${ROLE_EN2}\\b`,
      `\\b(?:human|person|agent|representative|rep|manager|supervisor|someone|somebody|anyone|anybody|operator)s? (?:i|we) (?:can|could|may) (?:actually |really |please |just )?(?:talk|speak|chat) (?:to|with)\\b|\\b(?:get|put) (?:a |an |the |your )?${ROLE_EN2} on the (?:line|phone)\\b`,
      // "could someone from your team give me a ring about my claim?".
      `\\b(?:could|can|would|will) (?:someone|somebody|anyone|a person|an? (?:\\w+ ){0,2}${ROLE_EN3})(?: (?:from|in|at|on) (?:the|your|a|an) \\w+(?: \\w+)?)? (?:please )?(?:call|ring|phone|contact|give me a (?:ring|call|bell|buzz|shout)|get back to|reach out to) (?:me|us)?\\b`,
      // A callback asked outright: "solicito que me devuelvan la llamada", "llámenme cuando puedan", "please call me back".
      '\\bque (?:me |nos )?(?:devuelvan|devuelva|regresen|regrese|retornen|retorne) (?:la |una )?llamada\\b|\\b(?:devuelvanme|devuelvame|regresenme|regreseme) la llamada\\b|\\b(?:llamenme|llameme|marquenme|marqueme|telefoneenme)\\b(?! (?:solo|solamente|unicamente) (?:si|cuando))|\\b(?:please|pls|plz|kindly|do) (?:call|ring|phone) (?:me|us) back\\b|\\b(?:call|ring|phone) (?:me|us) back (?:please|pls|plz|when you can|asap|today|tomorrow|on this number)\\b',
      // "any chance someone could give me a ring tomorrow?", "can I be transferred to someone who handles escalations?".
      `\\b(?:someone|somebody|anyone|a person|an? (?:\\w+ ){0,2}${ROLE_EN3})(?: (?:from|in|at|on) (?:the|your|a|an) \\w+(?: \\w+)?)? (?:could|can|might) (?:please )?(?:(?:call|ring|phone|get back to|reach out to) (?:me|us)|give (?:me|us) a (?:ring|call|bell|buzz|shout))\\b`,
      "\\b(?:can|could|may) (?:i|you|we) (?:please )?(?:be )?(?:transfer(?:red)?|put through|passed|connected)(?: me| us)? to (?:someone|somebody|a person|a human|an agent|a supervisor|a manager|a specialist|your \\w+ (?:team|department))\\b(?! (?:else's|else|\\w+'s) (?:account|number|card))|\\b(?:someone|somebody|a person|the team|the department|whoever) (?:who|that) (?:handles|deals with|looks after|manages|does) (?:escalations|complaints|disputes)\\b",
      // "¿hay algún número donde me atienda una persona?", "can I have a callback from your team?".
      '\\b(?:donde|en (?:el )?que|con (?:el )?que|para que|por donde) (?:me |nos )?(?:atienda|atiendan|conteste|contesten|responda|hable|pueda hablar con) (?:una persona|un humano|una persona real|alguien|un asesor|una asesora|un ejecutivo|una ejecutiva|un agente|un operador|una operadora)\\b',
      '\\b(?:can|could|may) (?:i|we) (?:please )?(?:have|get|request|book|arrange|schedule) (?:a )?(?:call ?back|phone call|call|ring)(?: back)?(?: (?:from|with) (?:your|the|a|one of your|someone|somebody)\\b| please\\b|(?= ?\\?))',
      // "could I get a wee word wi somebody", "have a quick chat with someone in billing".
      `\\b(?:get|have|grab|need|want|like) (?:a )?(?:wee |quick |brief |short |proper )?(?:word|chat|natter|yarn|talk|conversation) (?:with|wi|w|to) (?:a |an |the |your |some )?(?:real |live |actual |human )?(?:${ROLE_EN2}|${ROLE_EN3})\\b|\\b(?:speak|talk|chat) wi (?:a |an |the |some )?(?:${ROLE_EN2}|${ROLE_EN3})\\b`,
      // "someone who speaks Spanish", "alguien que hable inglés": a person in the customer's language.
      '\\b(?:someone|somebody|anyone|anybody|an agent|a person|a rep|an advisor|staff) (?:who|that) (?:speaks|can speak|talks) (?!english\\b)[a-z]+\\b|\\b(?:alguien|una persona|un asesor|una asesora|un agente|un ejecutivo|una ejecutiva) que (?:hable|sepa|pueda hablar) (?!espanol\\b|castellano\\b)[a-z]+\\b',
      `\\b${ROLE_ES2} con (?:quien|el que|la que|quienes) (?:pueda|puedo|podamos|podria|se pueda) (?:hablar|comunicarme|conversar)\\b|\\bcon quien (?:pueda|podria|se pueda|corresponda) (?:hablar|resolver|ayudarme)\\b`,
    ],
  },
  {
    id: 'churn_threat',
    v: -1.5,
    frust: 1,
    anger: 0.5,
    reason: 'churn_threat',
    negatable: true,
    max: 1,
    patterns: [
      ...CHURN_FIL,
      ...CHURN_MIXED,
      // Leaving asked as a how-to with a reason of price: "qué necesito para dar de baja el servicio… con lo que sube cada
      // mes no vale la pena" (unless the reason is of life, "ya casi no lo vemos": LIFE_EXIT),
      // a relative's company named and "creo q me voy a pasar", "if Flow cyaa fix it mi a cancel and go Digicel",
      // Banglish "connection cancel kore Carnival e chole jabo".
      "\\bdar de baja (?:el|la|mi|nuestro|nuestra) (?:servicio|plan|contrato|linea|cuenta|suscripcion|cable|internet|television)\\b(?: [^ ]+){0,30} (?:no vale la pena|no me sirve|sube cada mes|muy car[oa])\\b|\\b(?:otra|otro) (?:empresa|compania|operador|operadora|banco|proveedor)\\b(?: [^ ]+){0,16} (?:me voy a|nos vamos a) (?:pasar|cambiar)\\b|\\bif\\b(?: [^ ]+){0,3} (?:cyaa|cyaan|can't|cant|cannot|don't|dont|won't|wont|no fit|nah) (?:fix|sort|solve|resolve|repair|match)\\b(?: [^ ]+){0,4} (?:mi a |me a |i'll |ill |i will |i'm |im |am |we'll |we will )?(?:cancel|switch|leave|move|port|close)\\b",
      '\\b(?:cancel|band|bondho) kore\\b(?: [^ ]+){0,4} (?:chole|cole) jabo\\b',
      // Leaving weighed aloud: "weighing up whether it's worth keeping the membership", "thinking whether to continue the
      // annual contract", "estamos evaluando cambiarnos a otra operadora", "valorando seriamente cancelar la membresía".
      '\\bweighing (?:up )?(?:whether|if)\\b(?: [^ ]+){0,4} (?:keep|keeping|stay|staying|renew|renewing|continue|continuing|cancel|cancelling|canceling|leave|leaving|switch|switching)\\b|\\bthinking (?:whether|if) (?:to |i should |we should )?(?:continue|keep|renew|stay|cancel)\\b(?: [^ ]+){0,3} (?:contract|plan|membership|subscription|policy|account|service)\\b|\\b(?:evaluando|valorando|considerando|pensando en serio|pensando seriamente)(?: seriamente| muy en serio| en serio)? (?:cambiarnos|cambiarme|irnos|irme|cancelar|dar de baja|darnos de baja|darme de baja|pasarnos|pasarme|mudarnos a otra|mudarme a otra)\\b|\\bcancelar definitivamente\\b',
      '\\b(?:soch (?:raha|rahi|rahe) (?:hoon|hu|hun|hain)|sochta (?:hoon|hu))\\b(?: \\w+){0,4} (?:cancel|band|port|shift|close) kar (?:doon|du|dun|dein|denge)\\b|(?<=\\b(?:di|hindi) ko na )(?:irerenew|ire renew|i re renew|itutuloy)\\b|\\bonno (?:bank|company|provider|network)\\b(?: \\w+){0,3} (?:account|connection|sim)? ?(?:kholar|nibo|nebo|shift|switch)\\b',
      // A rival's offer put as an ultimatum: "díganme qué pueden hacer o hago el cambio este viernes"; Swahili "nitahama
      // mwisho wa mwezi kama hamtarekebisha" (I'll move at the month's end unless you fix it).
      '\\bo (?:hago el cambio|me cambio(?! de (?:casa|ciudad|direccion|domicilio))|me paso a|cancelo|doy de baja|me llevo (?:mi|la|el|mis))\\b|\\b(?:nitahama|tutahama|nitahamia)\\b(?: [^ ]+){0,6} (?:kama|ikiwa|zuku|safaricom|airtel|faiba)\\b',
      // "If unu cyaan match it, close out mi account": a rival's rate put to the company, in patois.
      "\\bclose (?:out )?(?:mi|me) (?:account|acct)\\b|\\bif (?:you|u|unu|una|y'all|you guys|you lot) (?:can't|cant|cannot|cyaan|kyaan|no fit|won't|wont|don't|dont|do not) match\\b",
      // A condition with "unless", a rival's quote taken, years of loyalty weighed against a price: "unless the line is
      // fixed by Friday, I'll be accepting the quote Sky sent me", "been with you 12 years but the rate gap is too big".
      "\\bunless\\b(?: (?![.!?]+(?: |$))[^ ]+){1,12} (?:i'll|i will|we'll|we will|i'm|im|i am|we're|we are) (?:be |have to |just )?(?:accept\\w*|go(?:ing)? (?:elsewhere|with)|switch\\w*|mov\\w*|tak\\w* (?:my|our|the)|cancel\\w*|port\\w*|leav\\w*|clos\\w*)\\b|\\b(?:accept|accepting|take|taking|go with|going with|sign with|signing with) (?:up )?(?:the|their|a|an|that) (?:\\w+ )?(?:quote|offer|deal)\\b(?: \\w+){0,2} (?:from|sent|that|they)\\b|\\b(?:been|banked|stayed) with (?:you|u|your bank|your company) (?:for )?(?:\\d+|\\w+|over \\w+) years?\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:but|however)\\b",
      // "Les agradecería una contraoferta… de lo contrario procederé con el traslado", "ya estoy viendo otras opciones",
      // "Entel me cotizó el plan mucho más barato", "Davivienda me ofrece trasladar la nómina".
      '\\bcontraoferta\\b|\\bprocedere con el (?:traslado|cambio|cierre)\\b|\\b(?:estoy|estamos|ando) (?:viendo|mirando|evaluando|considerando|cotizando) (?:otras|otra) (?:opciones|empresas|companias|alternativas|ofertas|compania|empresa)\\b|\\bme (?:cotizo|cotizaron)\\b(?: [^ ]+){0,8} (?:mas barat[oa]|mas economic[oa]|menos)\\b|\\bme (?:ofrece|ofrecen|ofrecio|ofrecieron) (?:trasladar|pasar|mover|llevar\\w*) (?:la nomina|mi nomina|el credito|mi credito|la hipoteca|mi hipoteca|la cuenta|mi cuenta|el sueldo|mi sueldo)\\b',
      // A threat as a condition: "Si en enero vuelve a subir la cuota, cancelo la póliza y chau", "If the glitch happens
      // again I'm moving my checking to the credit union", "porto el número", "transactions move there unless you can do
      // something".
      "\\bsi\\b(?: [^ ]+){1,14} , (?:y |pues |entonces |yo )?(?:cancelo|me cambio|me paso|me voy(?! de (?:viaje|vacaciones))|porto|me llevo|doy de baja|damos de baja|cierro (?:la|mi)|rescindo|dejo (?:de pagar|el servicio|la compania))\\b|\\bporto (?:el|mi|los|mis) (?:numero|numeros|linea|lineas)\\b|\\bif\\b(?: [^ ]+){1,14} (?:i'm|im|i am|we're|we are|i'll|ill|i will|we'll|we will) (?:moving|move|taking|take|switching|switch|leaving|leave|cancell?ing|cancel|closing|close|porting|port|done with you)\\b(?! (?:house|home|abroad|out|flat|apartment|away|overseas|interstate|back|in|to (?:a |the )?(?:new|another|different) (?:house|home|flat|city|town|country|address)))|\\b(?:move|moving|go|going|shift|shifting) (?:there|over there|to them)\\b(?: [^ ]+){0,3} unless\\b",
      // A rival's lower price put to the company: "Rogers just quoted me the same plan for $20 less a month… can you
      // match it or should I start the port-out?".
      '\\b(?:quoted|offered|offering|quoting)(?: me| us)?\\b(?: [^ ]+){0,8} \\d[\\d.,]* (?:\\w+ )?(?:less|cheaper)\\b|\\b(?:start|begin|do|request|initiate|go ahead with) (?:the |a |my )?port (?:out|request)\\b',
      // Asking for the code that moves a number to another network is leaving: "I'd like my PAC code please".
      '\\b(?:pac|stac|porting|port out|transfer out) code\\b|\\bcodigo (?:de )?(?:portabilidad|portacion|nip)\\b|\\bnip de portabilidad\\b',
      // A reason to stay asked for: "Give me one reason to stay", "Why should I continue with you", "dime por qué me debo quedar".
      '\\b(?:give|tell|name) (?:me|us) (?:one|a|1|a single|any|one good|a good) (?:good )?reason (?:to|why (?:i|we) should|(?:i|we) should) (?:stay|keep (?:you|paying you)|continue|remain)\\b|\\bwhy (?:should|would) (?:i|we) (?:stay|continue|remain)(?: with (?:you|u|your \\w+))?\\b|\\bpor que (?:me |nos )?(?:debo|deberia|debiera|tendria que|tengo que|voy a|habria de|debemos|deberiamos) (?:quedar(?:me|nos)?|seguir con (?:ustedes|vosotros|usted|su \\w+)|continuar con (?:ustedes|vosotros|usted)|seguir siendo cliente)\\b|\\b(?:una|alguna|una sola|una buena) (?:buena |sola )?razon (?:para|pa|por la que|por la cual) (?:me quede|quedarme|seguir con ustedes|no irme|no cambiarme)\\b',
      // A rival named with what it gives: "Telcel me está ofreciendo 20 gigas por lo mismo", "en Liberty me dan el mismo plan con
      // Netflix incluido", "Jio is giving double data for same price", "Aussie Broadband reckons they can have me connected".
      `\\b${COMPANY}\\b(?: [^ ]+){0,3} (?:ofreciendo|ofrece|ofrecen|ofrecio|ofrecieron|me da|me dan|nos da|nos dan|me regala|me regalan|me deja|me dejan)\\b(?: [^ ]+){0,8} (?:por lo mismo|por menos|al mismo precio|mas barat[oa]|la mitad|el doble|(?:el )?mismo plan|incluid[oa]|gratis|mejor precio|mejor tarifa)\\b|\\b${COMPANY}(?:'s| is| are| was| were)? (?:offering|giving|doing|quoting|offers|gives|does)\\b(?: [^ ]+){0,8} (?:(?:for|at) (?:the )?same (?:price|money|cost)|for less|cheaper|for half|half the price|double|twice the|more data|for free)\\b|\\b${COMPANY} (?:reckons|reckon|says|said|promised|promises|can|will|could)\\b(?: [^ ]+){0,4} (?:have me connected|connect me|get me connected|switch me|port me|have me (?:up and running|switched|set up|sorted))\\b`,
      // Weighing another proposal: "estoy mirando otra propuesta", "looking at a cheaper quote".
      '\\b(?:mirando|viendo|evaluando|revisando|analizando|considerando|comparando|cotizando|tengo|me hicieron|me llego|recibi) (?:otra|otras|una mejor|una) (?:propuesta|oferta|ofertas|cotizacion|propuestas) (?:de|en|con) (?:otra|otro|la competencia)\\b|\\b(?:mirando|viendo|evaluando|considerando|comparando) (?:otra propuesta|otras propuestas|otras ofertas|otra oferta|la competencia)\\b|\\b(?:looking at|weighing|considering|comparing|weighing up) (?:another|a better|a rival|a competing|a cheaper|an outside|other) (?:offer|quote|deal|proposal|provider)s?\\b|\\b(?:got|have|received|been offered|was offered|been sent) (?:a better|a rival|a competing|a cheaper|an outside) (?:offer|quote|deal|proposal)\\b',
      // A rival's quote on the table, a deadline to keep them: "have a quote from Pure Telecom on the table… or I'll head
      // off", "ill have a look at switching to Electric Kiwi", "I'll be asking for my account to be closed".
      "\\b(?:quote|offer|deal)s? from (?:[a-z]+ ){1,2}on the table\\b|\\bor (?:i'll|ill|i will|we'll|we will) (?:head off|be off|be gone|go elsewhere|walk|take my business)\\b|\\b(?:have|take|had|having) a (?:look|squiz|gander|peek) at (?:switching|moving|changing (?:providers?|banks?|companies))\\b|\\blook(?:ing)? into switching\\b|\\b(?:my|our|the) (?:account|plan|contract|service|line|subscription|membership) (?:to be|be|being) (?:closed|cancelled|canceled|terminated|ended)\\b",
      '\\b(?:offering|giving|doing|quoting|offers|gives|does) (?:me |us )?(?:the same|the exact same|a similar|an identical)\\b(?: [^ ]+){0,4} (?:for|at) (?:\\d+ (?:dollars |pounds |euros |bucks )?less|less)\\b',
      // "how do I request termination of my postpaid plan", "the cancellation of my gym membership".
      '\\b(?:terminat\\w*|cancell?ation|closure|discontinuation|disconnection|deactivation) of (?:my|our|the) (?:\\w+ ){0,2}(?:plan|contract|account|subscription|service|line|membership|policy|broadband|connection)\\b',
      // "I'm moving my accounts.", "we are pulling our money out": leaving, with no destination named.
      "\\b(?:i'm|im|i am|we're|we are|i'll|ill|i will|we'll|we will|i've decided to|we've decided to) (?:moving|move|taking|take|pulling|pull|closing|close|withdrawing|withdraw) (?:all )?(?:my|our) (?:accounts?|money|savings|business|custom|deposits|mortgage|pension)(?: out| away| elsewhere)?(?: \\.| !|$| and\\b)",
      // "I'm moving my salary to another bank", "not planning to renew my membership", "won't be renewing", Swahili "nahamisha
      // line yangu", "solicito la cancelación de mi membresía", "en febrero hago la portabilidad".
      "\\b(?:moving|move|shifting|shift|transferring|transfer|switching|switch) (?:my|our) (?:salary|salary account|pay|wages|pension|savings|business|money) (?:to|over to) (?:another|a different|other|a new|the other|\\w+) (?:bank|provider|company|network|fund)\\b|\\b(?:not (?:planning|going) to|won't be|will not be|wont be|not gonna|don't plan to|do not plan to|(?:have |we've |i've )?decided not to|no (?:voy|vamos|pienso|pensamos) a|decidimos no|decidi no) (?:renew|renewing|renovar)\\b|\\b(?:nahamisha|nitahamisha|ninahamisha|tunahamisha|tutahamisha) (?:line|laini|namba|akaunti|account)\\b|\\b(?:solicito|solicitamos|pido|pedimos|requiero|quisiera|deseo|vengo a solicitar) (?:la )?(?:cancelacion|baja|rescision|terminacion|anulacion) (?:de|del) (?:mi|nuestro|nuestra|el|la) (?:membresia|contrato|plan|servicio|linea|cuenta|suscripcion|poliza|afiliacion)\\b|\\b(?:hago|hare|voy a hacer|vamos a hacer|hacemos|solicito|pido) la portabilidad\\b|\\b(?:i|we) (?:will|'ll|shall|am going to|are going to) be closing (?:my|our) (?:\\w+ )?account\\b|\\bport (?:karwa|karva|kara|kar) (?:raha|rahi|rahe|lunga|lungi|denge|dunga|doonga)\\b|\\b(?:trasladar|pasar|mover|llevar|cambiar|llevarme|pasarme) (?:mi|la|el|mis|nuestra|nuestro) (?:hipoteca|cuenta|credito|prestamo|nomina|ahorros|linea|plan|seguro|poliza) a (?:otra|otro) (?:entidad|banco|compania|empresa|operador|operadora|aseguradora|financiera)\\b",
      // "If the price goes up again in April I'll be switching": a switch announced, with or without a name.
      "\\b(?:i'll|ill|i will|we'll|we will|i'd|we'd) (?:be |have to be |probably be |definitely be |just be |seriously be )switching\\b",
      // "Reckon I'll just switch to Telstra then": a switch announced, to a name (not to a plan or a setting).
      "\\b(?:i'll|ill|i will|i'm gonna|im gonna|gonna|going to|reckon i'll|think i'll|might as well|time to|i'm|im|we'll|we're) (?:just |probably |definitely |seriously )?(?:switch|switching|port|porting|jump ship|move|moving) (?:everything |it all |all of it |over )?(?:over )?to (?!(?:tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|the|a|an|your|our|my|this|that|annual|monthly|yearly|paperless|online|e|dark|light|direct|auto|autopay|another plan|plan|prepaid|postpaid|fibre|fiber|5g|4g|wifi|email|sms|digital|ebilling|e-billing)\\b)[a-z][a-z0-9&]{2,}\\b",
      // "the other telco already offer me better deal", "otra compañía me ofrece mejor precio".
      "\\b(?:other|another|a different|the other|competitor|rival|different)(?: \\w+)? (?:telco|company|bank|provider|network|carrier|isp|insurer|operator|gym|supplier|broadband|airline)s?\\b(?: [\\w']+){0,3} (?:offer\\w*|giv\\w*|quot\\w*|promis\\w*) (?:me|us)\\b(?: \\w+){0,2} (?:better|cheaper|lower|good|best|half)\\b|\\b(?:otra|otro|la otra|el otro) (?:compania|empresa|operadora?|aseguradora|isapre|banco|proveedor|prestadora?)\\b(?: \\w+){0,3} (?:me|nos) (?:ofrece|ofrecen|ofrecio|ofrecieron|da|dan|dio|dieron|cobra|cobran) (?:un |una )?(?:mejor|mejores|mas barat[oa]|la mitad|menos)\\b",
      // Weighing it aloud: "honestly thinking of moving all my accounts to Monzo", "tempted to take my savings elsewhere",
      // "estoy pensando en cambiarme de banco".
      '\\b(?:thinking|thinkin|considering|tempted|planning|ready|about|looking) (?:seriously )?(?:of |about |to |at )?(?:moving|move|switching|switch|taking|take|pulling|pull|closing|close|transferring|transfer|porting|port) (?:all |everything |all of )?(?:my|our) (?:accounts?|money|savings|business|custom|deposits|mortgage|pension|numbers?|lines?|broadband|policies|policy)\\b(?: (?:out|away|elsewhere|over))?(?: to (?!you\\b|your\\b)\\w+|(?= (?:after|because|if|unless)\\b)| ?[.!]| ?$)',
      `\\b(?:pensando|pienso|considerando|evaluando|tentad[oa])(?: seriamente)? (?:en |de )?(?:cambiarme|pasarme|irme|llevarme|llevar (?:mi|mis) \\w+) (?:de|a|con) (?:la |el |otra |otro )?(?:banco|compania|empresa|operadora?|proveedor|prestadora?|isapre|aseguradora|competencia|otra|otro|${COMPANY})\\b`,
      `\\bme (?:cambio|paso|voy|mudo|cambiare|pasare|ire|voy a cambiar|voy a pasar|voy a ir|quiero cambiar|quiero pasar|cambiaria) (?:de|a|con) (?:la |el |otra |otro )?(?:banco|compania|empresa|operadora?|proveedor|prestadora?|isapre|aseguradora|competencia|otra|otro|${COMPANY})\\b`,
      '\\b(?:voy a|quiero|vamos a|pienso|procedo a|me voy a|necesito|deseo|quisiera|solicito) (?:\\w+ )?(?:cancelar|anular|cerrar|rescindir|terminar|finalizar|desafiliar\\w*)(?: \\w+){0,2} (?:servicio|servicios|plan|contrato|cuenta|suscripcion|linea|tarjeta|todo|membresia|poliza|seguro|afiliacion)\\b',
      `(?<!\\bsi (?:algun dia |alguna vez |en algun momento |un dia |mas adelante )?(?:quisiera |quiero |decido |decidiera |llegara a |tuviera que |me quisiera )?(?:me )?)\\b(?:dar|doy|darme|damos|den|dare|demos|darnos|darlo|darla) de baja\\b${NOT_MAILING}|\\b(?:quiero|queria|quisiera|necesito|deseo|pido|solicito|solicitar|pedir|tramitar|tramito|gestionar|exijo|hacer) (?:la|mi) baja\\b(?! (?:del? (?:newsletter|boletin|correo|lista|mail|mailing|publicidad|promociones|sms)))`,
      '\\b(?:voy a|vamos a|lo voy a|los voy a) (?:cancelar|anular)(?! (?:el|la|los|las|mi|mis|esta|este) (?:pedido|orden|compra|cita|reserva|envio|transferencia|pago|visita|turno|hora))\\b',
      "\\b(?:i'm|im|i am|we're|we are) (?:going to |gonna )?cancel\\w*\\b(?! (?:the|my|this|our) (?:order|appointment|booking|reservation|payment|transfer|visit))",
      '\\bno (?:los|las|les|lo) aguanto mas\\b|\\bno (?:vuelvo|volvere|pienso volver) a (?:comprar|contratar|usar|pedir)\\b|\\bultima vez que (?:compro|contrato|les compro)\\b|\\bno quiero saber nada (?:mas )?de ustedes\\b|\\b(?:quiero|voy a|vamos a|solicito|pido|pedir|solicitar|hacer|hare|me hago|pedi|solicite|hice|inicie|tramite|ya pedi|ya solicite|ya hice|ya inicie) (?:la |mi )?portabilidad\\b|\\bya no (?:los|las|les|lo|la|os) (?:aguanto|soporto|banco)\\b|\\blos (?:voy a dejar|dejo)\\b|\\bno (?:pienso|voy a) (?:seguir pagando|renovar)\\b|\\b(?:cancelen|cancelenme|anulen) (?:todo|el servicio|mi plan|mi contrato|la cuenta)\\b|\\bquiero irme\\b|\\bme voy con (?:otra|otro|la competencia)\\b',
      `\\b(?:switch\\w*|leav\\w*|mov\\w*) (?:to |for )?(?:another|a different|a new|the competition|other) (?:provider|bank|company|carrier|network|isp|supplier)s?\\b|\\bswitch\\w* (?:providers?|banks?|carriers?|companies|networks?|to ${COMPANY})\\b`,
      // A rival's offer on the table: "me llegó una oferta de otra compañía por la mitad… antes de irme", "Vodafone's offering me
      // double the data for less", "can you match it?".
      `\\b(?:oferta|propuesta|cotizacion|promo|promocion)\\b(?: [^ ]+){0,4} (?:de|en|con) (?:otra compania|otro banco|otra empresa|otro proveedor|otra operadora|otro operador|otra aseguradora|la competencia|${COMPANY})\\b|\\b${COMPANY}(?:'s| is| are) (?:offering|giving|quoting|doing) (?:me|us)\\b|\\b(?:offer|quote|deal)\\b(?: [^ ]+){0,3} from (?:another (?:company|provider|bank|carrier|network|insurer)|a competitor|${COMPANY})\\b`,
      '\\bantes de (?:cambiarme|pasarme|darme de baja|irme (?:con|a) (?:otra|otro|la competencia))\\b|\\bantes de irme(?= (?:[.,!?]|queria|quisiera|quiero|me gustaria|les|prefiero))|\\bbefore i (?:switch|go elsewhere|take my business|leave you|leave for (?:another|a competitor|the competition))\\b|\\b(?:igualar|igualen|igualarme) (?:la |esa |el |ese |su )?(?:oferta|precio|propuesta|tarifa)\\b|\\b(?:me la|me lo|la|lo) (?:pueden|podrian|puede|podria|podrias|podes) igualar\\b|\\b(?:match|beat) (?:the|that|their|this|his|her) (?:offer|price|deal|quote)\\b',
      `\\b(?:give|try|giving|trying|gonna give|going to give) ${COMPANY} a (?:go|try|shot|whirl|bash)\\b|\\b(?:moving|move|switching|switch|taking|take|porting|port|transferring|transfer|shifting|shift)\\b(?: [^ ]+){0,4} (?:to|over to) ${COMPANY}\\b|\\b(?:rather not|don't want to|do not want to|would hate to|no quiero|preferiria no|no quisiera) (?:have to )?(?:switch|move|leave|go elsewhere|cambiarme|irme|pasarme)\\b|\\bmaking (?:the|that|this) decision for me\\b`,
      '\\b(?:take|taking|took) my (?:business|money) elsewhere\\b|(?<!\\bhad to )\\b(?:go|going|went) elsewhere\\b(?! (?:for|to (?:buy|get|find)) (?:it|them|that|one|the|my|a)\\b)',
      '\\b(?:cancel\\w*|clos\\w*|terminat\\w*|end|ending|quit\\w*) (?:my |our |the |this )?(?:account|subscription|service|contract|plan|membership|policy|line|broadband)\\b',
      "\\b(?:i'm|im|i am) (?:done with (?:you|this|your)|leaving(?! (?:for|on|tomorrow|today|tonight|next|this|in|at|soon|the country|town|home|work|early)\\b)|finished with you)\\b|\\blast straw\\b|\\bnever (?:buying|ordering|using) (?:from )?(?:you|this|again)\\b|\\b(?:not renewing|will not renew|won't renew)\\b|\\b(?:looking at|shopping around for|considering) (?:other|another|switching)\\b|\\bcancel everything\\b|\\bi want out\\b|\\bport(?:ing)? (?:my|our) number\\b(?! (?:to you|over to you|across to you|to your|in|into|from))",
      `\\bme (?:voy|paso|cambio|mudo|ire|pasare|cambiare|largo) (?:a|con|para) (?:la |el |otra |otro )?(?:${COMPANY}|[a-z]+ (?:que|donde) (?:si|me))\\b|\\b(?:me voy|nos vamos|me paso|me cambio|me largo|me retiro)(?: de aqui| de aca| de esta \\w+)?(?: ,)? (?:ya|chau|chao|adios|bye)\\b`,
      '\\b(?:taking|take|took|move|moving|switch\\w*) my (?:money|business|custom|account|accounts|service|number) (?:to(?! (?:you|u|your))|elsewhere|somewhere)\\b|\\b(?:to|with|for) (?:a|the|your) competitors?\\b|\\b(?:a|con|para) la competencia\\b',
      "\\b(?:cancel\\w*|clos\\w*|terminat\\w*|leav\\w*|quit\\w*|done)\\b(?: [\\w']+){0,3} (?:and|&) (?:leav\\w*|go\\w*|switch\\w*|writ\\w*|post\\w*) (?:a |an )?(?:\\w+ )?(?:review|elsewhere|to)\\b|\\b(?:i'm|im|i am|we're|we are) (?:so |totally |completely )?(?:done|out|through)(?: with (?:you|this|your \\w+))?(?: \\.| !|$)",
      '\\b(?:no (?:les |os )?(?:renuevo|renovare|pienso renovar)|no (?:lo |la |los |las |les )?(?:voy|vamos) a renovar|no pienso seguir con (?:ustedes|vosotros)|me voy (?:a ir )?(?:de|con) (?:la |otra |otro )?(?:competencia|compania|empresa|banco)|(?:estoy|estamos) (?:pensando|evaluando|viendo|considerando) (?:seriamente )?(?:en )?(?:irme|cambiarme|pasarme|cancelar|dar(?:me)? de baja|no renovar))\\b(?! (?:de|a) (?:casa|domicilio|departamento|depa|piso|plan|direccion|ciudad|region|barrio|comuna|un plan|otro plan|mi casa)\\b)',
      '\\bnunca mas (?:les |os |le |te )?(?:compro|contrato|pido|vuelvo|uso|recomiendo|compramos|contratamos|piso)\\b|\\bnever again\\b',
    ],
  },
  {
    id: 'regulator',
    v: -2,
    anger: 1,
    reason: 'regulator_complaint',
    negatable: true,
    max: 1,
    patterns: [
      // The press already involved: "a reporter from the local paper has been asking", "ya hablé con un periodista del noticiero".
      '\\b(?:reporter|journalist|periodista|reporter[oa])s?\\b(?: [^ ]+){0,12} (?:mi caso|my case|my story|this story|la historia|esta historia|curios[oa])\\b|\\bantes de (?:contarselo|contarlo|publicarlo|hacerlo publico|subirlo)\\b|\\bbefore (?:i|we) (?:tell|go to|post|share) (?:them|the press|it)\\b',
      "\\b(?:reporter|journalist|periodista|reporter[oa])s?\\b(?: [\\w']+){0,6} (?:(?:has|have|is|are) been )?(?:asking|asked|contacted|called|calling|writing|interested|wants|investigating)\\b|\\b(?:hable|hablado|hablamos|contacte|contactado|escribi|escrito|fui|acudi)(?: \\w+){0,2} (?:con|a) (?:un |una |el |la )?(?:periodista|reporter[oa]|noticiero|diario|canal|prensa|medio)\\b|\\b(?:spoke|spoken|talked|been in touch|reached out|went|gone) (?:to|with) (?:a |the )?(?:local )?(?:reporter|journalist|paper|newspaper|press|news desk)\\b|\\b(?:works?|working|writes?|writing|is) (?:at|for|with|in) (?:the |a )?(?:local |city |regional |national )?(?:paper|newspaper|news ?paper|news desk|news|tv station|tv channel|radio station|news channel)\\b(?: [\\w']+){0,10} (?:interested|asking|curious|story|looking into|wants to (?:know|write|cover|hear))\\b|\\btrabaja en (?:el |un |una |la )?(?:diario|periodico|noticiero|canal|radio)\\b(?: [^ ]+){0,10} (?:interesad[oa]|preguntando|curios[oa]|la historia|nota|reportaje)\\b|\\b(?:a )?chance to (?:comment|respond) (?:first|before)\\b|\\boportunidad de (?:responder|comentar|dar su version) antes\\b",
      // "Expect to see this on the local news", "I'll be writing to my MP".
      '\\b(?:see|read|hear|find) (?:this|it|about this|about it|us) (?:on|in) (?:the )?(?:local |national |evening |morning )?(?:news|papers?|press|tv|telly)\\b|\\b(?:writing|write|wrote|going|go|complain\\w*|contact\\w*|email\\w*|report\\w*) to my (?:mp|congressman|congresswoman|senator|councillor|councilor|local (?:paper|newspaper|mp|councillor)|member of parliament|state representative)\\b|\\b(?:le escribo|voy a escribir|ire|voy a ir|acudire) (?:a|al) (?:mi )?(?:diputad[oa]|senador[a]?|concejal|alcald[ea]|periodico|diario|canal)\\b',
      '\\b(?:sernac|profeco|condusef|defensa del consumidor|defensoria del (?:pueblo|consumidor)|superintendencia|superfinanciera|supersalud|superservicios|sic|subtel|cmf|ift|enacom|bcra|ocu|facua|omic|oficina (?:municipal )?de consumo|(?:en|a|ante) consumo|hoja de reclamaciones|libro de (?:quejas|reclamos|reclamaciones))\\b',
      '(?<!\\b(?:soy|somos|como|trabajo de|trabajo como|bufete de|estudio de|firma de) )\\b(?:abogad[oa]s?|demandar\\w*|(?:una|la|poner|interponer|meter|presentar) demanda|denunci(?:ar|arlos|arlas|arlo|arla|aremos|e|o)|la denuncia(?! (?:del|por|de) (?:robo|hurto|extravio|perdida)| policial| en (?:carabineros|la policia|la comisaria))|accion(?:es)? legal(?:es)?|acciones judiciales|via judicial|tribunales|juzgado|juicio|fiscalia|tutela|derecho de peticion|queja formal|reclamo formal|procuraduria|contraloria|defensor del (?:cliente|consumidor financiero)|(?<!\\b(?:un|algun|cualquier|otro) )banco de espana|cnmc|secretaria de comercio|crc)\\b',
      '\\b(?:voy a|lo voy a|los voy a|vamos a) (?:publicar|subir|exponer|viralizar|escrachar)\\w*(?: \\w+){0,3} (?:en )?(?:redes|twitter|facebook|tiktok|instagram|la prensa|los medios|las noticias)\\b',
      '\\b(?:post|posting|put|putting|share|sharing|going)(?: this| it| public)?(?: on| to) (?:twitter|facebook|social media|reddit|the news|the press|tiktok|yelp)\\b',
      // Regulators and tribunals by country: MY, SG, NZ, AU, IN, NG, KE, GH, ZA, PH, PK, JM, IE, CA.
      '\\b(?:kpdnhep|kpdn|kpdnkk|ttpm|tribunal for consumer claims|mcmc|bank negara|case singapore|disputes tribunal|commerce commission|(?<=\\b(?:the|to|with|via) )tio|acma|accc|fair trading|consumer (?:court|forum|commission)|banking ombudsman|rbi ombudsman|trai|fccpc|ncc|cbn|communications authority|competition authority|purc|nca ghana|icasa|national consumer commission|cgso|dti|ntc|bangko sentral|bsp|pta|nepra|ogra|state bank|office of utilities regulation|our jamaica|consumer affairs commission|comreg|ccpc|fspo|crtc|ccts)\\b|\\btak(?:e|ing|en) (?:this|it|you|them|the matter|my case|my complaint) (?:to|before) (?:the )?(?:\\w+ ){0,3}(?:tribunal|court|ombudsman|regulator|commission|authority|council)\\b|\\b(?:made|lodged|filed|submitted) (?:a )?(?:report|complaint|case) (?:to|with) (?:the )?[a-z]{3,}\\b(?= (?:because|since|as|after|for|about|against|and)\\b)',
      '\\b(?:bbb|better business bureau|fcc|cfpb|ftc|attorney general|ofcom|ofgem|ombudsman|trading standards|consumer (?:protection|affairs|council|rights)|(?<!\\b(?:i\\u0027m a|i am a|im a|as a|we are|we\\u0027re|pay for a|cover a|pay for) )(?:lawyers?|attorneys?|solicitors?)|sue|suing|lawsuit|legal action|small claims|class action|regulator|chargeback|the press|the media)\\b',
      '\\bdisput\\w* (?:the|this|a|these) (?:charge|transaction|payment)s?\\b|\\b(?:call|calling|contact|contacting) my bank\\b',
      '\\b(?:take|taking) (?:you|them|this) to court\\b|\\bfil(?:e|ing) (?:a |an )?(?:formal )?complaint\\b|\\bformal complaint\\b|\\breport(?:ing)? (?:you|this|it|them) to\\b',
      '\\b(?:publicar\\w*|publico|publique|publicare|subir\\w*|subo|subire|exponer\\w*|expongo|expondre|escrach\\w*|funar\\w*|funo|funare|funamos|quemar\\w*|quemo|quemare|viraliz\\w*|exhibir\\w*|exhibo|exhibire|difundir\\w*|difundo|difundire|contar(?:lo|la|les)?|contare|compartir\\w*|compartire|postear\\w*|postearlo|ventilar\\w*|hacer public\\w*|hacerlo public\\w*|dejar (?:una )?(?:resena|opinion|calificacion))(?!(?: \\w+){0,6} (?:buen[ao]s?|positiv\\w*|excelente\\w*|linda|bonita|good|great|positive|glowing|amazing|(?:5|five|cinco) (?:star|stars|estrellas)))(?: \\w+){0,6} (?:en |por |a )?(?:las |los |todas las |todos los |mis )?(?:redes(?: sociales)?|twitter|facebook|face|instagram|insta|tiktok|youtube|linkedin|la prensa|prensa|los medios|medios|las noticias|noticias|la tele|television|google)\\b',
      '\\b(?:resena|resenas|opinion|calificacion|comentario)s? (?:negativ\\w*|mal[oa]s?|de (?:una|1) estrella)\\b|\\b(?:una|1) estrella\\b',
      "\\b(?:post|posting|posted|put|putting|share|sharing|blast|blasting|tweet|tweeting|expose|exposing|plaster|plastering|spread|spreading|air|airing|leave|leaving)(?!(?: [\\w']+){0,6} (?:buen[ao]s?|positiv\\w*|excelente\\w*|linda|bonita|good|great|positive|glowing|amazing|(?:5|five|cinco) (?:star|stars|estrellas)))(?: [\\w']+){0,6} (?:on |to |all over |across )(?:the )?(?:twitter|x|facebook|fb|instagram|insta|tiktok|youtube|reddit|yelp|google|trustpilot|linkedin|nextdoor|social media|socials|the news|news|the press|press|the media|media|local news|tv|internet)\\b|\\bmake sure (?:everyone|everybody|the world|people)(?: [\\w']+){0,3} (?:knows?|hears?|finds out|sees)\\b",
      '\\b(?:(?:1|one)[- ]star|bad|negative|scathing|terrible|awful) (?:review|reviews|rating)\\b|\\bgo(?:ing)? public\\b|\\b(?:contact\\w*|call\\w*|tell\\w*|email\\w*|writ\\w*) (?:to )?(?:the )?(?:news|press|media|reporters?|a journalist|journalists|local paper|newspaper)\\b',
      '(?<!\\b(?:bufete|estudio|firma|despacho) de )\\b(?:abogad[oa]s?|letrad[oa]|demand\\w* (?:a|judicial\\w*)|denunci\\w*(?<!denuncia)|carta documento|coprec|mediacion (?:prejudicial|obligatoria)|querella\\w*|(?:accion|acciones|medidas|proceso|instancias) (?:legal\\w*|judicial\\w*)|por la via (?:legal|judicial)|ir a juicio|a la justicia|(?:oficina|direccion|defensa|proteccion) (?:de |del |al )?(?:l )?consumidor\\w*|ente regulador|organismos? de (?:control|defensa|consumo)|junta arbitral|arbitraje de consumo|libro de quejas|reclamaciones? formal\\w*|queja formal|queja oficial|enre|enargas|sspd|osiptel)\\b',
      '\\b(?:file|filing|filed|open|opening|opened|raise|raising|start|starting|lodge|lodging|lodged|submit|submitting) (?:a |an )?(?:formal )?(?:dispute|chargeback|complaint|grievance)\\b|\\b(?:ofwat|fca|ico|asa|citizens advice|watchdog|public (?:utilit(?:y|ies)|service) commission|puc|utilities commission|state regulator|consumer watchdog|(?:congressman|congresswoman|senator|councillor|councilman|councilwoman)|legal (?:counsel|advice))\\b|\\b(?:disput\\w*|report\\w*|complain\\w*)(?: \\w+){0,4} (?:with |to )?(?:my |the )?(?:credit card company|card company|card issuer|bank)\\b',
      '\\b(?:hacer(?:les|los)?|dar(?:les)?|voy a dar|les hare|hare) (?:una )?mala (?:fama|publicidad)\\b|\\bhablar mal de (?:ustedes|vosotros|la empresa|la compania|su empresa)\\b|\\b(?:go|going|went|gone) to the (?:local )?(?:news|press|media|papers|newspapers|telly)\\b',
    ],
  },
  {
    id: 'vulnerable',
    v: -1,
    urg: 0.5,
    reason: 'vulnerable_customer',
    notInInfoQuestion: true,
    max: 1,
    patterns: [
      ...VULNERABLE_FIL,
      ...VULNERABLE_MIXED,
      '\\b(?:adult[oa]s? mayor(?:es)?|tercera edad|jubilad[oa]s?|pensionad[oa]s?|pensionistas?|(?:tengo|tiene|de) (?:[7-9]\\d|1[01]\\d) anos|(?<!\\bsi (?:me|se|nos|te|alguien se) )enferm[oa]s?|(?<!\\ben caso de )enfermedad|(?<!\\bnetwork )(?<!\\b(?:cubre|cubren|cubriria|cubririan|covers?|covered|incluye|incluyen|includes|acepta|aceptan|accepts?)\\b(?: [^ ]+){0,4} )(?<!\\b(?:shifts? at the|shift at the|work at the|working at the|work in the|working in the|turno en el|trabajo en el|trabajo en un|trabajo de noche en el) )(?<!\\b(?:nurse|doctor|porter|cleaner|midwife|paramedic|work|works|worked|working|shifts?|enfermer[oa]|medic[oa]|doctor[a]?|trabajo|trabaja) (?:at|in|en) (?:a|an|the|el|un|una|la) )(?<!\\b(?:which|what|que|cuales|cual|list of|lista de)(?: [^ ]+){0,2} )(?<!\\b(?:visiting|visit|visitas?|horario de visitas?)\\b(?: [^ ]+){0,8} )hospital\\w*(?!(?: [^ ]+){0,4} (?:are |is )?(?:covered|included|in (?:the |your )?network|empanell?ed|cubiertos?|incluidos?))(?! (?:pharmacy|is open|open|opening|hours|parking|cafeteria|canteen|shop|gift|plan|plans|cover|coverage|list|network|cash|benefit|benefits|bills? cover))|internad[oa]|embarazada|discapacidad|discapacitad[oa]|silla de ruedas|movilidad reducida|ciego|ciega|sord[oa]|no vidente|(?:es|esta|persona|gran) dependiente|grado de dependencia|postrad[oa]|encamad[oa]|ingresad[oa]|madre soltera|padre soltero|oxigeno|dialisis|quimio\\w*|cancer|marcapasos|insulina|electrodependiente|diabetic[oa]|cirugia|recien operad[oa]|licencia medica|reposo medico|tratamiento medico|alzheimer|demencia|autismo|viud[oa]|fallecio|fallecido|fallecida|murio|situacion de calle|violencia|necesidades especiales|hogar de ancianos|asilo|enfermedad terminal|paciente (?:oncologic[oa]|renal|cronic[oa])|trasplante|infarto|derrame cerebral|epilepsia|no se leer|analfabet[oa])\\b',
      '\\bno tengo (?:ni )?(?:para|que|plata para|dinero para) (?:comer|pagar los remedios|los remedios|medicamentos|la comida)\\b|\\bno tengo (?:plata|dinero|nada) para comer\\b|\\b(?:desemplead[oa]|cesante|sin trabajo|perdi (?:mi|el) (?:trabajo|empleo)|me despidieron|no llego a fin de mes|ni para (?:comer|el super|la comida|los remedios|el pan)|viv[oa] sol[oa]|(?<!\\b(?:tener|planeando|planear|planeamos|buscando|buscar|queremos|quiero) )un bebe|(?:bebe|bebito|bebita) de (?:\\d+|dos|tres|cuatro|un|una) (?:dias|semanas|mes|meses)|recien nacid[oa]|mis hijos (?:sin|no tienen)|depresion)\\b',
      "\\b(?:elderly|senior citizen|pensioner|retiree|(?:i'm|im|i am|he's|she's|he is|she is|aged) (?:[7-9]\\d|1[01]\\d)|(?:[7-9]\\d|1[01]\\d) years? old|disabled|disability|wheelchair|blind|deaf|housebound|bedridden|in (?:the )?hospital|hospitali[sz]ed|chemo\\w*|cancer|dialysis|oxygen|newborn|(?:got|have|with|had) (?:a|an|our|my) (?:\\d|one|two|three|four|five|six) (?:day|days|week|weeks) old\\b|(?:a|my|our) (?:baby|bub|bubba)(?! shower| monitor| clothes| products?)|(?:\\d+|a|one|two|three|four|five|six) (?:day|week|month)s?[ -]old (?:bub|bubba|baby|babe|newborn|twins)|pregnant|lost my job|unemployed|laid off|live alone|lives alone|carer|caregiver|terminally ill|medical (?:condition|equipment|device)|life support|vulnerable|partially sighted|visually impaired|hard of hearing|ptsd|mental health|bipolar|panic attacks|medical alert|life alert|alarm line|personal alarm|special needs|care home|nursing home|immunocompromised|transplant|stroke|heart attack|epilepsy|can't read|don't speak english|diabetic|(?<!\\b(?:gp|doctor's|doctors|the|dental|vet|vet's) )surgery(?! (?:rang|called|phoned|texted|emailed|is open|opens|hours))|recovering from|on medication|autistic|dementia|alzheimer'?s|widow|widowed|homeless|domestic violence|bereavement|passed away|(?:mom|mum|mother|dad|father|husband|wife|son|daughter|brother|sister|grandma|grandmother|grandpa|grandfather|granny|nan|partner|friend|uncle|aunt|cousin|he|she)(?: [\\w']+){0,2} just died|funeral|single (?:mom|mum|mother|parent|dad|father))\\b",
      '\\b(?:grandma|grandmother|grandpa|grandfather|lola|lolo|mother|mom|mum|father|dad|aunt|uncle|husband|wife|neighbou?r) (?:is|who is|,) (?:[7-9]\\d|1[01]\\d)\\b',
      // "my neighbour, Mrs Patel, who is 93", "a customer aged 88".
      "\\b(?:who is|who's|aged) (?:[7-9]\\d|1[01]\\d)\\b(?! ?(?:percent|%|pounds|dollars|euros|rand|minutes|mins|days|hours|km|miles|kg|gb|mb|mbps|times|calls|messages|emails|weeks|months))",
      "\\b(?:can't|cant|cannot) afford (?:food|to eat|groceries|rent|my medication|medicine)\\b|\\b(?:i'm|im|i am|(?<!\\b(?:equipment|app|gym|song|view|food|place|game|beat|track|show|car|bike|setup|vibe|fit|design|thing|it|this|that|new \\w+) )(?:is|are)|been) (?:very |really |seriously )?(?:sick|ill)\\b(?! of| and tired)",
      '\\b(?:mi |la |el |su |nuestr[oa] )?(?:abuel\\w*|mama|mami|papa|papi|madre|padre|viejo|vieja|viejit[oa]|suegr[oa]|tia|tio|senora|senor|vecin[oa]|espos[oa]|marido|mujer)(?: \\w+){0,3} (?:[7-9]\\d|1[01]\\d) anos\\b|\\b(?:persona|personas|senora|senor|gente) mayor(?:es)?\\b|\\bedad avanzada\\b|\\bancian[oa]s?\\b|\\bsoy mayor\\b|\\b(?:vivo|vive|viven|vivimos|vivia) sol[oa]s?\\b',
      '\\b(?:me operaron|lo operaron|la operaron|operad[oa] de|recien operad[oa]|postoperatori[oa]|post ?operatori[oa]|convalec\\w*|recuperando(?:me|se)? de|en recuperacion|incapacidad medica|incapacitad[oa]|fractura\\w*|muletas|yeso|embarazo|lactancia|lactante|bebes|mi bebe|nuestro bebe|el bebe|hipertens\\w*|asmatic[oa]|parkinson|esclerosis|vih|autista|sindrome de \\w+|paralisis|cuidador[oa]?|cuido a mi|marcapaso\\w*|ventilador mecanico|concentrador de oxigeno|medicamentos? (?:refrigerad\\w*|que necesit\\w*))\\b|\\boperacion (?:de|a|en) (?:la |el |los |las )?(?:cadera|rodilla|corazon|columna|espalda|ojos?|pierna|brazo|hombro|vesicula|apendice|cabeza|pulmon|rinon|cerebro)\\b|\\bno (?:puedo|puede|podemos|pueden) (?:caminar|moverme|moverse|levantarme|levantarse|salir de (?:la |mi |su )?casa|subir escaleras|ver bien|oir bien|escuchar bien)\\b',
      '\\b(?:perdi|perdimos|perdio) a (?:mi|nuestr[oa]|su) (?:espos[oa]|marido|mujer|mama|papa|madre|padre|hij[oa]|herman[oa]|abuel[oa]|pareja|companer[oa])\\b|\\b(?:enviud\\w*|luto|fallecimiento|velorio|sepelio|entierro|difunt[oa]|finad[oa])\\b',
      '\\bsin (?:trabajo|empleo|laburo|chamba|curro|camello|pega|lana|plata|dinero|un peso|un duro|un centavo|ingresos|sueldo)\\b|\\b(?:en el paro|desocupad[oa]|me quede sin (?:trabajo|empleo|laburo|chamba|curro|pega|plata|dinero)|perdi (?:mi|el) (?:trabajo|empleo|laburo|curro|pega))\\b|\\bno (?:me |le |nos )?alcanza (?:el sueldo|la plata|la pension|el dinero|para (?:pagar|comer|vivir|los remedios|la comida|el arriendo|el alquiler|la renta))\\b|\\bno (?:llego|llegamos|llega) a (?:pagar|fin de mes)\\b|\\bno (?:tengo|tiene|tenemos) (?:como|con que) pagar\\b|\\b(?:la pension|el sueldo|la jubilacion) no (?:me |le |nos )?alcanza\\b|\\b(?:pension|jubilacion) minima\\b|\\b(?:de )?(?:bajos|escasos) recursos\\b|\\bsituacion (?:economica )?(?:dificil|complicada|precaria|critica)\\b',
      "\\b(?:dad|mom|mum|mother|father|grandma|grandmother|grandpa|grandfather|lola|lolo|nan|nana|gran|granny|aunt|uncle|husband|wife|neighbou?r)(?:'s| is| who is| turns| turned| aged| ,) (?:[7-9]\\d|1[01]\\d)\\b|\\b(?:[7-9]\\d|1[01]\\d) year old\\b|\\b(?:oap|old age pensioner|retired|on a pension)\\b",
      "\\b(?:hip|knee) replacement\\b|\\b(?:just had|recovering from|had) (?:an? )?(?:operation|surgery|stroke|heart attack)\\b|\\b(?:post op|postop)\\b|\\b(?:hospice|cpap|ventilator|insulin|oxygen machine|oxygen concentrator|infant|toddler|months pregnant|mobility (?:issues|problems|scooter)|can't walk|cant walk|cannot walk|bedbound|housebound|chronic (?:illness|pain|condition)|veteran with|disabled (?:son|daughter|child|husband|wife|mother|father|mom|dad))\\b",
      '\\b(?:husband|wife|mother|father|mom|mum|dad|son|daughter|partner|spouse|brother|sister|grandmother|grandfather) (?:just |recently )?(?:passed|died)\\b|\\blost my (?:husband|wife|mom|mum|dad|mother|father|son|daughter|partner|spouse)\\b|\\blate (?:husband|wife|father|mother|mom|mum|dad|partner)\\b|\\b(?:death certificate|deceased|estate of)\\b',
      "\\b(?:fixed income|on benefits|universal credit|food stamps|snap benefits|food bank|paycheck to paycheck|make ends meet|struggling (?:to pay|financially|with money))\\b|\\b(?:can't|cant|cannot) afford\\b|\\b(?:i'm|im|i am|we're|we are) (?:flat |totally |completely )?broke\\b|\\b(?:have|with|got) no money\\b(?!(?: left)? (?:on|in) (?:my|the) (?:prepaid|balance|card|account|wallet|phone|sim|app|meter))|\\bno money (?:left(?! (?:on|in) (?:my|the) (?:prepaid|balance|card|account|wallet|phone|sim|app|meter))|for|to)\\b|\\b(?:can't|cant|cannot) pay (?:my |the )?(?:rent|bills|for food|for groceries|for my \\w+)\\b",
    ],
  },
  {
    id: 'urgency',
    v: -0.6,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    max: 1,
    patterns: [
      ...URGENCY_FIL,
      ...DEADLINE_MIXED,
      ...DEADLINE_NEPALI,
      // A time today: "the payment has to be in by 3 today", "antes de las 6 de hoy".
      "(?<!\\b(?:on|back|up|doorstep|arrived|delivered|fixed|restored|sorted|here|came|done|installed|reconnected|there|connected|working|open|opens|close|closes|closed|staffed) )\\b(?:by|before|until|no later than) (?:\\d{1,2}(?: ?[.:] ?\\d\\d)?(?: ?(?:am|pm|o'clock|h))?|noon|midday|midnight|close of business|cob|eod|end of (?:the )?day) (?:today|tonight|this (?:afternoon|evening|morning))\\b|\\b(?:antes de|hasta|a mas tardar a) las \\d{1,2}(?: ?[.:] ?\\d\\d)?(?: ?(?:am|pm|hrs|horas|h))? (?:de )?(?:hoy|esta tarde|esta noche|esta manana)\\b",
      // Leaving tomorrow: "mañana me voy de viaje", "I fly out tomorrow morning".
      "\\b(?:manana|pasado manana) (?:temprano )?(?:me voy|viajo|salgo|vuelo|parto|nos vamos|viajamos|salimos|me opero|me operan|me mudo)\\b|\\b(?:me voy|viajo|salgo|vuelo|nos vamos|viajamos|salimos) (?:de viaje |fuera |del pais )?(?:manana|esta noche|hoy)\\b|\\b(?:i|we) (?:fly|leave|travel|depart|fly out|am flying|are flying|am leaving|are leaving|'m flying|'m leaving|'re leaving)\\b(?: [\\w']+){0,3} (?:tomorrow|tonight|today|first thing)\\b",
      // The day named is tomorrow: "I fly out Thursday morning and today's Wednesday", "el jueves viajo y hoy es miércoles".
      ...NEXT_DAY,
      `(?<!\\bgracias por (?:el |la |los |las |su |mi |tu )?(?:\\w+ )?)\\b(?:(?<!\\b(?:envio|envios|entrega|correo|mensajeria|despacho|tarifa|paquete|courier|opcion|modalidad) )urgente|urgentemente|(?<!\\b(?:sala|servicio|area|guardia|departamento|unidad|centro) de )(?:urgencia|emergencia)(?! (?:pediatric\\w*|medic\\w*|dental\\w*|veterinari\\w*|24 horas|de (?:la clinica|del hospital)))|ya mismo|hoy (?:mismo )?sin falta|hoy mismo|lo antes posible|cuanto antes|a la brevedad|${NOT_STATUS_Q}ahora mismo(?!(?: ,)? (?:tengo|tenemos|estoy en|estamos en|cuento con|pago|pagamos|uso|me cobran))|ahora ya|auxilio|socorro|es grave|me urge|nos urge|lo mas pronto posible|apurense|para hoy mismo|a mas tardar hoy|es para hoy|para ya)\\b`,
      '\\b(?:lo|la|los|las) necesito (?:hoy|ya|ahora)\\b|\\b(?:necesito|quiero|exijo) (?:una )?(?:solucion|respuesta) (?:ya|hoy|ahora)\\b',
      `(?<!\\b(?:(?:thanks|thank you|cheers) for|gracias por) (?:the |your |my |that |el |la |los |las |su |mi |tu )?(?:\\w+ )?)(?<!\\b(?:not|isn't|no) (?:that |too |really |very |super )?urgent )\\b(?:(?<!\\b(?:envio|envios|entrega|correo|mensajeria|despacho|tarifa|paquete|courier|opcion|modalidad) )urgent\\w*(?! (?:care|delivery|deliveries|shipping|courier|post|postage|parcel|dispatch|option|rate|fee|service)\\b)|asap|(?<!\\b(?:if there's|if there is|if there were|if i have|if we have|if we ever have|in case of|in the event of|in) (?:an? |the )?(?:\\w+ )?)emergency(?! (?:contact|contacts|number|numbers|details|info|kit|fund|savings|exit|lighting))|${NOT_STATUS_Q}right now(?!(?: ,)? (?:i'm on|im on|i am on|i have|i've got|ive got|i pay|we have|we're on|we are on|i use|my plan|my bill))|as soon as possible|can't wait|cannot wait|time sensitive|hurry|by end of (?:the )?day|by today|before tomorrow)\\b|\\b(?:need|want) (?:it|this|them|someone|somebody|help)(?: \\w+){0,3} (?:today|now|tonight)\\b`,
      '\\b(?:urge|prioridad|prioritari[oa]|priorizar|prioricen|sin falta|no puede esperar|no puedo esperar|es de vida o muerte|lo mas rapido posible|rapido por favor|rapido porfa)\\b',
      '\\b(?:resuelvan|solucionen|arreglen|reparen|reconecten|reactiven|devuelvan|activen|vengan|manden|hagan)(?:lo|la|los|las|me|nos)? (?:ya|ahora|ahora mismo|hoy)\\b',
      '\\b(?:priority|prioriti[sz]e|top priority|high priority|(?<!\\b(?:all|both|months?|years?|weeks?|days?|them|everything|together|items?|orders?) )at once|this minute|without delay|time[- ]critical|life or death)\\b',
      "\\b(?:necesito|necesitamos|lo necesito|la necesito|los necesito|need|needed|needs)(?: [\\w']+){0,6} (?:en|para|dentro de|antes de|within|in|by) (?:una|media|dos|\\d+|an|one|half an|two|the|the next) (?:hora|horas|minutos|hour|hours|minutes)\\b",
    ],
  },
  {
    id: 'urgency_adverb',
    v: -0.6,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    notInQuestion: true,
    reasonIf: 'notPositive',
    max: 1,
    patterns: [
      '\\b(?:inmediatamente|de inmediato|al instante|en el acto|immediately|instantly|right away|straight away)\\b',
    ],
  },
  {
    id: 'anger',
    v: -2.5,
    anger: 2.5,
    max: 2,
    patterns: [
      ...ANGER_FIL,
      '\\b(?:que|una|vaya|menuda|esta|esa) (?:mierda|porqueria|basura|verga|chingadera|poronga|cagada|bosta|garcha) de\\b|\\b(?:servicio|empresa|compania|atencion|internet|app|aplicacion) (?:de|del) (?:mierda|porqueria|orto|cuarta)\\b|\\b(?:shit|shite|crap|crappy|shitty|garbage|trash|rubbish|piss ?poor) (?:service|company|network|provider|support|customer service|app|broadband|internet)\\b',
      '\\b(?:load|pile|heap|bunch) of (?:crap|rubbish|shite|shit|bollocks|bull|bullshit|garbage|tosh|cobblers|pants|nonsense)\\b|\\b(?:bloody |fucking |absolutely |completely |totally |utterly )?(?:useless|hopeless|incompetent|pathetic|clueless|shocking|disgraceful|inutiles|incompetentes)\\b ,? (?:the (?:whole )?lot of you|all of you|every (?:last )?one of you|you lot|the pair of you|todos ustedes|todos)\\b',
      // "Your customer service is a total disgrace".
      "\\b(?:is|are|was|were|been|'s) (?:an? )?(?:total |complete |absolute |utter |bloody |fucking |right |bit of a )?(?:disgrace|shambles|omnishambles|farce|rip ?off|circus|clown show)\\b",
      '\\bhasta (?:la madre|la coronilla|las narices|las pelotas|los huevos|los cojones)\\b|\\bme tienen (?:re )?(?:hart[oa]|podrid[oa]|chat[oa]|mamad[oa]|hasta|cansad[oa]|aburrid[oa]|loc[oa])\\b',
      '\\bque poca madre\\b|\\bno mam(?:es|en|ar)\\b|\\bla madre que (?:os|les|los|te) pario\\b|\\bla concha de (?:su|tu|la) \\w+\\b|\\bme cago en\\b|\\bque (?:os|les|te) den\\b',
      '\\b(?:vayanse|idos) a la mierda\\b|\\bya no (?:aguanto|soporto) mas\\b|\\bno da (?:para )?mas\\b|\\bya me canse\\b|\\bya (?:estuvo|basta)\\b|\\bestoy (?:hasta aqui|hasta la coronilla)\\b|(?<!de )\\bputa madre\\b(?!(?: ,)? (?:que|como|how) (?:rapid\\w*|bien|buen\\w*|bacan\\w*|rico|rica|bonit\\w*|lind\\w*|chido|genial|excelente|increible|good|fast)\\b)|\\bno sean (?:sinverguenzas|ladrones|descarados|conchudos|frescos)\\b|\\bdejen de (?:robar|mentir|estafar)\\b|\\bfalta de respeto\\b|\\bhasta el (?:mono|gorro|copete)\\b|\\bestoy (?:hart[oa]|chat[oa]|choread[oa]|caliente|que (?:exploto|reviento))\\b|\\bme da rabia\\b|\\btomadura de pelo\\b',
      '\\bme (?:estan|tienen) (?:jodiendo|robando|estafando|tomando el pelo)\\b|\\bde puta pena\\b|\\bno tiene nombre\\b|\\bes el colmo\\b|\\b(?:una|que) verguenza\\b',
      '\\b(?:son|sois|eres|es) unos? (?:ladrones|rateros|chantas|sinverguenzas|estafadores|inutiles|incompetentes|payasos|mentirosos|idiotas)\\b',
      "\\bfed up\\b|\\bsick (?:and tired )?of\\b(?! (?:this |the |all this |all the )?(?:rain|weather|heat|cold|snow|wind|traffic|winter|summer|humidity|drizzle)\\b)|\\bhad enough\\b|\\bare you (?:kidding|joking|serious)\\b|\\bwhat the (?:hell|heck|fuck)\\b|\\bpissed off\\b|\\bfuming\\b|\\blosing my (?:patience|mind|temper)\\b|\\bscrew (?:you|this)\\b|\\bhow dare you\\b|\\benough is enough\\b|\\bbeyond (?:angry|furious|frustrated)\\b|\\braging\\b|\\bshame on you\\b|\\bi'?ve had it\\b|\\bget your act together\\b|\\b(?:wasting my time|stop wasting)\\b",
      `\\b(?:ustedes|vosotros|usted|son|sois|eres|(?:esta|la|su|vuestra|tu) (?:empresa|compania|gente|tienda|institucion|firma|operadora)|(?:este|el|su|vuestro|tu) (?:banco|personal|equipo))(?: (?:son|sois|es|eres|unos|unas|un|una|tan|muy|re|super|puros|puras|todos|todas|una (?:bola|manada|banda|partida|panda|pandilla|sarta|cueva|punta|manga|tropa|recua|jauria|horda|coleccion|plaga|mafia|sarta) de|un (?:grupo|monton|par|punado|nido|hatajo|atajo|rejunte) de|de)){0,3} ${INSULT_ES}\\b`,
      `\\b(?:bola|manada|banda|partida|panda|pandilla|sarta|cueva|punta|manga|tropa|recua|jauria|horda|nido|plaga|par|grupo|monton|punado|hatajo|atajo|rejunte|cuadrilla|empresa|compania|banco|nido) de ${INSULT_ES}\\b|\\b(?:pinches|pinche|malditos|malditas|maldito|maldita|putos|putas|jodidos|jodidas|mugrosos|asquerosos|desgraciados|cochinos|mierdas) ${INSULT_ES}\\b|\\bque manera de ser ${INSULT_ES}\\b`,
      `\\b(?:you|u|ya|y'all|you guys|you people|you lot|you all|your (?:company|staff|people|team|agents|reps|employees|workers|technicians|engineers)|(?:this|your|the) (?:company|business|outfit|firm|bank|place|shop|store|operation|crowd|mob))(?: (?:are|r|re|'re|is|all|just|nothing but|such|so|absolutely|completely|totally|utterly|truly|really|absolute|total|complete|utter|right|proper|bloody|fucking|real|a|an|the|bunch of|pack of|band of|gang of|of))+ ${INSULT_EN}\\b|\\b(?:you're|youre|ur)(?: (?:all|just|nothing but|such|so|absolutely|completely|totally|utterly|truly|really|absolute|total|complete|utter|right|proper|bloody|fucking|real|a|an|the|bunch of|pack of|band of|gang of|of))* ${INSULT_EN}\\b`,
      `\\b(?:bunch|pack|band|gang|den|nest|crew|shower) of ${INSULT_EN_N}\\b|\\b${INSULT_EN_N} ,? (?:the lot of you|all of you|every one of you|the whole lot)\\b`,
      '\\b(?:es|fue|esto es) (?:un[ao]? )?(?:robo|estafa|fraude|afano|choreo|timo|abuso|burla|descaro|verguenza|falta de respeto|tomadura de pelo) (?:lo que (?:hacen|hicieron|estan haciendo|me hicieron|me hacen)|de (?:su|vuestra) parte)\\b',
      '\\b(?:esto|eso|lo de ustedes|lo que hacen) (?:es|fue|ya es) (?:un[ao]? )?(?:robo|estafa|fraude|afano|choreo|timo|atraco|asalto|abuso|burla|descaro|verguenza|mafia)\\b|\\bun (?:robo|afano|choreo|atraco|asalto) (?:descarado|total|a mano armada)\\b|\\b(?:this|that|it) is (?:theft|robbery|daylight robbery|extortion|a scam|fraud|a racket|criminal)\\b',
      '\\bstop (?:lying|stealing|scamming|ripping (?:me|us|people) off|robbing|cheating)\\b|\\b(?:lying|lied) to (?:me|us|customers|your customers)\\b|\\bme (?:mintieron|mienten|mintio|estan mintiendo|han mentido|habeis mentido|enganaron|estan enganando|estan robando|estafaron|estan estafando|timaron|choreraron|afanaron)\\b',
      '\\bhasta (?:el|la|los|las) (?:mono|gorro|coronilla|narices|madre|copete|ultimo pelo|culo|chingada|pincho|orto)\\b|\\b(?:me lleva la chingada|me lleva el diablo|echando humo|echo chispas|que trino|que muerdo|me hierve la sangre|me (?:saca|sacan|sacaron) de quicio|me tienen negr[oa]|de mala leche|estoy rabios[oa]|estoy furios[oa]|estoy indignad[oa]|estoy encabronad[oa]|estoy mosquead[oa]|estoy rebotad[oa]|estoy enfurecid[oa])\\b',
      "\\b(?:seething|incensed|apoplectic|steaming mad|hopping mad|spitting feathers|at my wit'?s'? end|at the end of my (?:rope|tether)|blood (?:is )?boiling|sick to death|up to here|absolutely (?:livid|furious|seething|raging|disgusted))\\b",
    ],
  },
  {
    id: 'annoyance',
    v: -1.2,
    anger: 1.2,
    max: 2,
    patterns: [
      ...ANNOYANCE_FIL,
      '\\besto no puede ser\\b|\\b(?:falta de|poca|que poca) (?:seriedad|profesionalismo|criterio|verguenza)\\b|\\bno (?:es|puede ser) posible\\b|\\bque (?:onda|pedo|pasa|paso) con (?:el|la|los|las|ustedes|mi|mis|este|esta|esto)\\b|\\bpor dios\\b|\\bvaya tela\\b|\\bque boleta\\b|\\bque lata\\b|\\bno es normal\\b|\\bes increible que\\b',
      "\\b(?:you|u) people\\b|\\bi demand\\b|\\b(?:this is|you are|you're|are) a joke\\b|\\bstop (?:sending|transferring|redirecting|passing|bouncing) me\\b|\\bgive me a break\\b|\\bcome on\\b|\\bfor (?:god'?s|heaven'?s|crying out loud) sake\\b|\\bwhat is wrong with you\\b|\\bnot impressed\\b|\\bnot good enough\\b",
      '\\b(?:no hay derecho|que les pasa|que os pasa|que te pasa|ya ni la amuelan|no manches|no manchen|que falta de|vaya servicio|menudo servicio|menuda atencion|que desastre|que barbaridad|que descaro|no puede ser que|como es posible que|es inaudito|inaudito)\\b',
      "\\b(?:worst|peor)(?: [\\w']+){0,4} (?:ever|(?:i've|i have|i've ever|i have ever) (?:had|dealt with|experienced|seen|used)|del mundo|de la historia|que he (?:tenido|visto|conocido|usado|vivido))\\b|\\b(?:unreal|unbelievable|ridiculous|absurd|insane|crazy)\\s*\\.",
    ],
  },
  {
    // "…and the customer line just ringing out. Real professional.", "…y encima me dicen que es culpa mía. Genios.":
    // praise that closes a complaint.
    id: 'sarcastic_closer',
    v: -2,
    frust: 1,
    flag: 'sarcasm',
    max: 1,
    context:
      "\\b(?:never|nobody|nunca|nadie|gone|ringing out|culpa|cobran|cobraron|charged|still not|still no|todavia no|sigue sin|siguen sin|again|otra vez|worse|peor|broken|roto|rota|down|caido|caida|sin (?:luz|agua|internet|senal|servicio)|no uso|didn't|didnt|hasn't|hasnt|won't|wont|no funciona|no llega|no llego|no anda|no contestan|no responden)\\b",
    patterns: [
      '[.!?] (?:real|very|so|how|truly|proper|muy|super|re|que) (?:professional|profesional|profesionales|efficient|eficiente|eficientes|serio|serios|organized|organised)(?: [.!]+| 👏+| 🙃| 🙄)* *$|[.!?] (?:genios|unos genios|cracks|unos cracks|maestros|idos|legends|geniuses|bravo|bravisimo|well done|good job|great job|nice work|top notch|five stars|cinco estrellas)(?: [.!]+| 👏+| 🙃| 🙄)* *$',
    ],
  },
  {
    id: 'sarcasm_marker',
    v: -2.5,
    frust: 1,
    flag: 'sarcasm',
    max: 1,
    patterns: [
      // Mock congratulations and thanks for harm: "Felicitaciones al genio que diseñó…", "Gracias por cortarnos la luz justo…".
      "\\b(?:felicitaciones|felicidades|enhorabuena|bravo|congrats|congratulations|kudos|hats off|well done|grand job|great job|good job|nice one)(?: ,)? (?:al genio|a los genios|to the genius|to the geniuses|to whoever|al que|a quien|al responsable|habeis conseguido|han conseguido|han logrado|habeis logrado|you've managed|you managed|you have managed)\\b",
      '\\b(?:gracias|thanks|thank you|thx)(?: \\w+)? (?:por|for) (?:cortar(?:nos|me|les)?|dejar(?:nos|me) sin|cobrar(?:me|nos) (?:doble|de mas|dos veces)|perder (?:mi|mis|el|la|nuestro)|ignorar(?:me|nos)|cutting (?:off|us|me)|leaving (?:me|us) without|charging (?:me|us) (?:twice|double)|losing (?:my|our)|ignoring (?:me|us|my))\\b|\\btodo un detalle de (?:su|tu|vuestra) parte\\b(?= .*(?:👏|🙃|🙄|😒))|\\bfair play to (?:ye|you)\\b(?<=\\b(?:doubled|worse|tripled|again)\\b.*)',
      '\\b(?:love|loving) that\\b(?: [^ ]+){2,25} (?:great|nice|brilliant|fantastic|lovely|super) (?:system|job|work|stuff|service|planning)\\b|\\b(?:love|loving) how\\b|\\bme encanta (?:que|como) (?:nadie|nunca|no)\\b|\\b(?:gracias por nada|lo que me faltaba|lo que faltaba|si claro|que suerte la mia|thanks for nothing|love that for me|yeah right|oh joy|just what i needed)\\b',
      '\\b(?:oh )?(?:great|wonderful|fantastic|perfect|brilliant|lovely|super|awesome)(?: ,| \\.|!)? just (?:great|wonderful|fantastic|perfect|brilliant|lovely|what i needed)\\b|\\b(?:muchas gracias|gracias|thanks|thank you|thx|thnx|thanx|ty|cheers|ta|thank u|thanks a lot) (?:por|for) (?:nada|nothing|the runaround|dejarme|leaving me|cortarme|cutting)\\b|\\bbravo\\b(?: \\w+){0,6} (?:otra vez|again|de nuevo)\\b',
      '\\b(?:love|loving|adore|enjoy|enjoying) (?:being (?:put )?on hold|waiting|paying (?:twice|double|extra|more)|getting (?:charged|cut off|disconnected|transferred|ignored|hung up on)|being (?:ignored|transferred|charged))\\b|\\bme (?:encanta|encantan|fascina) (?:esperar|pagar (?:doble|dos veces|de mas)|que me (?:cobren|corten|cuelguen|ignoren|dejen|tengan esperando|pasen))\\b',
    ],
  },
  {
    // Praise that swears: "Joder, qué rápido lo habéis arreglado", "la puta madre qué buena la promo", "de puta madre,
    // gracias chavales". The swear word intensifies the praise: its anger is taken back.
    id: 'praise_swear',
    v: 2,
    anger: -1.75,
    flag: 'positive',
    max: 2,
    patterns: [
      '\\b(?:joder|hostia|hostias|la puta madre|puta madre|carajo|chucha|no mames|no manches|damn|holy shit|bloody hell)(?: ,| !)? (?:que|how|so|what|como) (?:rapid\\w*|bien|buen\\w*|genial|bacan\\w*|chido|chevere|excelente|increible|maravill\\w*|fast|quick|good|great|amazing|brilliant)\\b|\\b(?:de (?:la )?puta madre|a toda madre)\\b(?= ?(?:[,.!]|$| gracias| thanks| todo| el | la | los | las ))',
      // "Hell yeah, refund landed already. Damn quick work."
      '\\bhell (?:yeah|yes)\\b|\\b(?:bloody hell|holy shit|holy crap|damn|hell|shit|joder|hostia) (?:that|this|it) (?:was|is) (?:quick|fast|speedy|good|great|brilliant|amazing|rapido|rapidisimo)\\b|\\b(?:damn|bloody|fucking|freaking|effing|hella) (?:quick|fast|good|great|nice|speedy|brilliant|impressive|solid) (?:work|job|service|delivery|turnaround|response|fix)\\b',
    ],
  },
  {
    id: 'positive',
    v: 2,
    flag: 'positive',
    // "wasn't worth it", "no es de lujo".
    negatable: true,
    max: 2,
    patterns: [
      '\\b(?:chapo|chapeau)\\b',
      '\\b(?:un siete|la raja|de lujo|una pasada|buena onda|a toda madre|de puta madre|que padre|muy padre|esta padre|bien padre|que chimba|una chimba|de diez|un diez|un crack|unos cracks|me salvaron|me salvo|lo recomiendo|los recomiendo|cinco estrellas|5 estrellas)\\b',
      '\\btodo (?:bien|ok|perfecto|resuelto|solucionado|listo|chido|joya|genial)\\b|\\bquedo (?:todo )?(?:perfecto|funcionando|listo|bien|resuelto|impeque|impecable)\\b|\\b(?:buen|excelente|gran) (?:servicio|atencion)\\b|\\bbuena atencion\\b',
      '\\b(?:slaps|stupid good|goes hard|hits different|bussin|still (?:warm|hot|fresh|crispy|piping hot|cold(?= (?:drinks?|beer|soda)))|(?:llego|llegaron|vino|estaba|estaban|seguia|seguian) (?:todavia |aun )?(?:calient\\w*|calentit\\w*|fresquit\\w*)|you (?:guys )?rock|(?:nice|great|good) (?:job|work)|well done|would recommend|highly recommend|5 stars|five stars|spot on|top notch|above and beyond|made my day|saved my day|keep it up|no complaints)\\b|\\bhassle[ -]?free\\b|\\bexceeded (?:my )?expectations\\b',
      '\\b(?:de maravilla|lo maximo|un amor|todo en orden|supero (?:mis|las) expectativas|muy conforme|quede conforme|vale la pena|valio la pena|worth it|worth every penny)\\b|\\b(?:nunca|jamas) (?:he tenido|tuve|tuvimos|hemos tenido) (?:ningun |un |una )?(?:problema|inconveniente|queja|reclamo)s?\\b|\\bnever (?:had|have had|had any) (?:a |an |any )?(?:problem|issue|complaint)s?\\b',
      "\\b(?:couldn't|could not|couldnt) (?:be|have been|ask for) (?:happier|better|more (?:satisfied|pleased|happy|grateful|impressed|helpful)|a better)\\b|\\bno (?:podria|podriamos|podia|puedo) (?:estar|haber estado|quedar|pedir) mas (?:content[oa]s?|feliz|felices|satisfech[oa]s?|agradecid[oa]s?|conforme)\\b|\\bno (?:me )?(?:puedo|podemos) quejar\\b|\\bcan't complain\\b|\\bnada que (?:reclamar|objetar|decir)\\b|\\bno (?:tengo|tenemos) (?:ninguna )?queja\\b",
    ],
  },
  {
    id: 'resolved',
    v: 1.5,
    flag: 'resolve',
    max: 1,
    patterns: [
      '\\bya (?:me |nos |se |lo |la )?(?:funciona|funcionan|anda|andan|llego|llegaron|activaron|activo|resolvieron|solucionaron|arreglaron|devolvieron|quedo|esta (?:listo|resuelto|solucionado|funcionando|activ\\w+))\\b',
      '\\b(?:quedo|esta|todo) (?:resuelto|solucionado|arreglado)\\b|\\bme (?:resolvieron|solucionaron|arreglaron|ayudaron)\\b',
      "\\b(?:works now|working now|working again|works again|now works|fixed (?:it|now)|sorted now|problem solved|issue resolved|everything works|that fixed it|that did it|back online)\\b|\\b(?:is|are|was|that's|thats|it's|its|all|everything's|everything is) (?:now )?(?:sorted|fixed|resolved|solved|working)\\b",
    ],
  },
  {
    id: 'thanks_plus',
    v: 1,
    flag: 'thanks',
    max: 1,
    patterns: ['\\b(?:thanks|thank you) (?:a lot|so much|a million|a ton|ever so much)\\b|\\bmuch appreciated\\b'],
  },
];
