/**
 * Multi-word rules, matched on the folded text: lowercase, no accents, one space between tokens,
 * punctuation as separate tokens ("hola , me pasas con un ejecutivo ?"). Each rule is a list of
 * regular-expression alternatives (Spanish and English together) compiled into one RegExp.
 */
import type { EscalationReason } from '../types';

export type PhraseFlag = 'problem' | 'recur' | 'wait' | 'resolve' | 'sarcasm' | 'positive' | 'thanks' | 'self';

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
  flag?: PhraseFlag;
  max?: number;
  patterns: string[];
}

const OBJ = '(?: (?:me|te|le|nos|les|lo|la|los|las|se|ha|han|he|hemos|has))*';
const N_ES = '(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|varios|varias|mas de un|mas de una)';
const N_EN =
  '(?:\\d+|a|an|one|two|three|four|five|six|several|a few|a couple of|many|over an|over|almost an|nearly an)';
const MIN_ES = '(?:\\d+|una|media|dos|tres|cuatro|cinco|varias|mas de una|veinte|treinta|cuarenta|cuarenta y cinco)';
const ROLE_ES =
  '(?:ser humano|humano|humana|persona|ejecutiv[oa]|agente|asesora?|operadora?|supervisora?|encargad[oa]|gerente|representante|alguien|jef[ea]|responsable)';
const ROLE_EN =
  '(?:person|human|agent|representative|rep|manager|supervisor|someone|somebody|anyone|anybody|operator|people|being)';
const ORD_ES =
  '(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|decim[oa]|enesim[oa]|milesim[oa]|\\d+(?:a|ra|da|va|ta|o|ro|do|vo|to))';
const ORD_EN = '(?:second|third|fourth|fifth|sixth|seventh|tenth|nth|umpteenth|\\d+(?:st|nd|rd|th))';
const TIMES_ES = '(?:dos|tres|cuatro|cinco|seis|siete|ocho|diez|varias|muchas|mil|cien|un monton de|\\d+) veces';
const TIMES_EN =
  '(?:twice|(?:three|four|five|six|seven|eight|nine|ten|a few|\\d+|several|multiple|many|numerous|countless|a dozen|so many|a million|a hundred) times|again and again|over and over|already)';
const COMPANY =
  '(?:movistar|claro|entel|vtr|wom|telcel|att|personal|telecentro|fibertel|tigo|vodafone|orange|jazztel|digi|izzi|totalplay|etb|directv|masmovil|yoigo|bbva|santander|verizon|t mobile|tmobile|sprint|comcast|xfinity|spectrum|cox|bt|sky|virgin|ee|o2|talktalk|plusnet)';

export const PHRASE_RULES: PhraseRuleSpec[] = [
  {
    id: 'problem',
    v: -1.5,
    frust: 0.6,
    flag: 'problem',
    max: 3,
    patterns: [
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
      '\\bno (?:signal|internet|power|service|broadband|phone|connection|wifi|answer|response|reply|word|refund|heat|heating|hot water|water|gas|television|cable)\\b',
      '\\bwithout (?:power|internet|service|phone|heat|heating|water|gas|signal|broadband|wifi|tv|any notice|notice|warning|explanation)\\b',
      "\\bstill (?:no|not|nothing|waiting|broken|down|haven't|havent|hasn't|hasnt|the same)\\b",
      "\\bcharged (?:me )?(?:twice|double|again|extra)\\b|\\bcharged (?:me )?(?:\\w+ ){0,3}for (?:nothing|something i (?:didn't|never|did not))|\\bdouble (?:charge\\w*|payment|billed|billing)\\b|\\blate fee\\b|\\bbilled twice\\b|\\btook double\\b|\\bfor no reason\\b",
      '\\b(?:bill|price|charge|fee)s? (?:is |are |so |was )*(?:high|higher|steep)\\b|\\bprice (?:increase|hike)\\b',
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
    ],
  },
  {
    id: 'bot_frustration',
    v: -0.8,
    max: 1,
    patterns: [
      '\\b(?:persona|humano) (?:real|de verdad)\\b|\\bno con (?:la|el|una|un) (?:maquina|bot|robot|contestadora)\\b|\\b(?:real person|real human|actual person|actual human|not a bot|no more bots)\\b|\\b(?:to|the|this|your) (?:bot|robot)\\b',
    ],
  },
  {
    id: 'self_error',
    v: 0,
    flag: 'self',
    max: 1,
    patterns: [
      '\\bi (?:ordered|picked|chose|bought|selected|entered|typed|put|sent) (?:the |a )?wrong\\b|\\bmy (?:bad|mistake|fault)\\b|\\bme equivoque\\b|\\b(?:mi|error mio|fue mi) (?:error|culpa)\\b|\\bpedi (?:el|la|un|una) (?:\\w+ )?equivocad[oa]\\b',
    ],
  },
  {
    id: 'recurrence',
    v: -0.3,
    frust: 0.8,
    flag: 'recur',
    max: 1,
    patterns: [
      '(?<!\\b(?:thanks|thank you|gracias) )\\b(?:otra vez|de nuevo|nuevamente|una vez mas|again|once again|yet again|another)\\b',
      '\\botr[oa] (?:aumento|corte|cobro|error|problema|falla)\\b',
    ],
  },
  {
    id: 'wait_hold',
    v: -1.5,
    frust: 3,
    flag: 'wait',
    reason: 'repeated_contact',
    max: 1,
    patterns: [
      `\\b${MIN_ES} (?:hora|horas|minutos|mins?)(?: \\w+){0,3} (?:esperando|en espera|en linea|en la linea|al telefono|colgad[oa]|pegad[oa])\\b`,
      `\\b(?:esperando|en espera)(?: \\w+){0,3} ${MIN_ES} (?:hora|horas|minutos|mins?)\\b`,
      `\\bhace ${MIN_ES} (?:hora|horas|minutos|mins?) que (?:estoy |sigo )?(?:esperando|espero|en espera|llamo|intento)\\b`,
      `\\b(?:on hold|holding|waiting|waited|in (?:the )?queue)(?: \\w+){0,3} ${N_EN} (?:\\w+ )?(?:hours?|minutes|mins?|hrs?)\\b`,
      `\\b(?:${N_EN}|another) (?:\\w+ )?(?:hours?|minutes|mins?|hrs?) (?:on hold|in (?:the )?queue|waiting)\\b`,
      '\\b(?:waiting|waited|on hold) (?:for )?(?:forever|ages|an eternity)\\b|\\bis any ?(?:one|body) (?:there|here)\\b|\\besperando (?:una eternidad|horas)\\b|\\bhay alguien (?:ahi|ahi\\?)\\b',
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
      `\\b${N_ES} (?:dias|semanas|meses) (?:esperando|sin)\\b`,
      '\\bdesde (?:ayer|anoche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la semana pasada|el mes pasado)\\b',
      '\\b(?:for|in|over) (?:(?:over|about|almost|nearly|more than) )?(?:\\d+ |two |three |four |five |several |a few |many |a couple of )?(?:days|weeks|months)\\b',
      `\\b(?:waited|waiting|been) (?:for )?(?:(?:over|about|almost|nearly|more than) )?(?:${N_EN} )?(?:days|weeks|months|week|month)\\b`,
      '\\bsince (?:yesterday|last (?:week|month|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning)\\b',
    ],
  },
  {
    id: 'repeated_contact',
    v: -1.5,
    frust: 2.5,
    reason: 'repeated_contact',
    max: 1,
    patterns: [
      `\\b${ORD_ES} (?:\\w+ )?(?:vez|veces|llamada|reclamo|reclamacion|queja|mensaje|correo|visita|ocasion|solicitud|peticion|caso|ticket|corte|falla)\\b`,
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
      '\\bcada vez que (?:llamo|escribo|reclamo)\\b|\\bdando vueltas\\b|\\bde un lado (?:a|para) otro\\b',
      '\\bya (?:les |lo |se lo |os lo |le )?(?:he |hemos )?(?:llame|llamado|escribi|escrito|reclame|reclamado|dije|dicho|explique|explicado|avise|avisado) (?:antes|ayer|varias|muchas|mil|un monton)\\b',
      `\\b${ORD_EN} (?:\\w+ )?(?:time|call|visit|attempt|email|message|complaint|ticket|outage|failure|incident|request)\\b`,
      `\\b(?:called|emailed|written|wrote|contacted|rung|rang|chased|reported|asked|messaged|phoned|texted|complained|explained|told you|been in touch|reached out)(?: [\\w']+){0,3} ${TIMES_EN}`,
      '\\b(?:\\d+|two|three|four|five|six|several|multiple|many|countless) (?:calls|emails|tickets|complaints|visits|chats)\\b',
      '\\bagain and again\\b|\\bover and over\\b|\\bevery time i (?:call|contact|write|chat)\\b|\\bkeep (?:having to )?(?:call|calling|chasing|chase|contacting|explaining|repeating)\\b|\\bhad to (?:chase|call back|call again)\\b|\\bpassed around\\b|\\brun ?around\\b',
    ],
  },
  {
    id: 'asks_for_human',
    v: 0,
    reason: 'asks_for_human',
    max: 1,
    patterns: [
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
      "\\b(?:real person|real human|live agent|live person|actual person|actual human|human being|not a bot|no more bots)\\b|\\b(?:are you|is this|you're) (?:a |an )?(?:bot|robot|machine)\\b",
      "\\bi (?:want|need|demand|would like|'d like)(?: to (?:talk|speak) to)? (?:a |an |the )?(?:human|person|manager|supervisor|representative|agent)\\b",
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
      `\\bme (?:cambio|paso|voy|mudo|cambiare|pasare|ire|voy a cambiar|voy a pasar|voy a ir|quiero cambiar|quiero pasar|cambiaria) (?:de|a|con) (?:la |el |otra |otro )?(?:banco|compania|empresa|operadora?|proveedor|prestadora?|isapre|aseguradora|competencia|otra|otro|${COMPANY})\\b`,
      '\\b(?:voy a|quiero|vamos a|pienso|procedo a|me voy a|necesito|deseo|quisiera|solicito) (?:\\w+ )?(?:cancelar|anular|cerrar|rescindir|terminar|finalizar|desafiliar\\w*)(?: \\w+){0,2} (?:servicio|servicios|plan|contrato|cuenta|suscripcion|linea|tarjeta|todo|membresia|poliza|seguro|afiliacion)\\b',
      '\\b(?:dar|doy|darme|damos|den|dare|demos|darnos|darlo|darla) de baja\\b|\\b(?:quiero|pido|solicito|tramitar|tramito|exijo) (?:la|mi) baja\\b',
      '\\b(?:voy a|vamos a|lo voy a|los voy a) (?:cancelar|anular)(?! (?:el|la|los|las|mi|mis|esta|este) (?:pedido|orden|compra|cita|reserva|envio|transferencia|pago|visita|turno|hora))\\b',
      "\\b(?:i'm|im|i am|we're|we are) (?:going to |gonna )?cancel\\w*\\b(?! (?:the|my|this|our) (?:order|appointment|booking|reservation|payment|transfer|visit))",
      '\\bno (?:los|las|les|lo) aguanto mas\\b|\\bno (?:vuelvo|volvere|pienso volver) a (?:comprar|contratar|usar|pedir)\\b|\\bultima vez que (?:compro|contrato|les compro)\\b|\\bno quiero saber nada (?:mas )?de ustedes\\b|\\b(?:quiero|voy a|vamos a|solicito|pido|pedir|solicitar|hacer|hare|me hago) (?:la |mi )?portabilidad\\b|\\blos (?:voy a dejar|dejo)\\b|\\bno (?:pienso|voy a) (?:seguir pagando|renovar)\\b|\\b(?:cancelen|cancelenme|anulen) (?:todo|el servicio|mi plan|mi contrato|la cuenta)\\b|\\bquiero irme\\b|\\bme voy con (?:otra|otro|la competencia)\\b',
      `\\b(?:switch\\w*|leav\\w*|mov\\w*) (?:to |for )?(?:another|a different|a new|the competition|other) (?:provider|bank|company|carrier|network|isp|supplier)s?\\b|\\bswitch\\w* (?:providers?|banks?|carriers?|companies|networks?|to ${COMPANY})\\b`,
      '\\b(?:take|taking|took) my (?:business|money) elsewhere\\b|\\b(?:go|going|went) elsewhere\\b',
      '\\b(?:cancel\\w*|clos\\w*|terminat\\w*|end|ending|quit\\w*) (?:my |our |the |this )?(?:account|subscription|service|contract|plan|membership|policy|line|broadband)\\b',
      "\\b(?:i'm|im|i am) (?:done with (?:you|this|your)|leaving|finished with you)\\b|\\blast straw\\b|\\bnever (?:buying|ordering|using) (?:from )?(?:you|this|again)\\b|\\b(?:not renewing|will not renew|won't renew)\\b|\\b(?:looking at|shopping around for|considering) (?:other|another|switching)\\b|\\bcancel everything\\b|\\bi want out\\b|\\bport(?:ing)? (?:my|our) number\\b",
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
      '\\b(?:sernac|profeco|condusef|defensa del consumidor|defensoria del (?:pueblo|consumidor)|superintendencia|superfinanciera|supersalud|superservicios|sic|subtel|cmf|ift|enacom|bcra|ocu|facua|omic|oficina (?:municipal )?de consumo|(?:en|a|ante) consumo|hoja de reclamaciones|libro de (?:quejas|reclamos|reclamaciones))\\b',
      '\\b(?:abogad[oa]s?|demandar\\w*|(?:una|la|poner|interponer|meter|presentar) demanda|denunci(?:ar|arlos|arlas|arlo|arla|aremos|e|o)|la denuncia|accion(?:es)? legal(?:es)?|acciones judiciales|via judicial|tribunales|juzgado|juicio|fiscalia|tutela|derecho de peticion|queja formal|reclamo formal|procuraduria|contraloria|defensor del (?:cliente|consumidor financiero)|banco de espana|cnmc|secretaria de comercio|crc)\\b',
      '\\b(?:voy a|lo voy a|los voy a|vamos a) (?:publicar|subir|exponer|viralizar|escrachar)\\w*(?: \\w+){0,3} (?:en )?(?:redes|twitter|facebook|tiktok|instagram|la prensa|los medios|las noticias)\\b',
      '\\b(?:post|posting|put|putting|share|sharing|going)(?: this| it| public)?(?: on| to) (?:twitter|facebook|social media|reddit|the news|the press|tiktok|yelp)\\b',
      '\\b(?:bbb|better business bureau|fcc|cfpb|ftc|attorney general|ofcom|ofgem|ombudsman|trading standards|consumer (?:protection|affairs|council|rights)|lawyers?|attorneys?|solicitors?|sue|suing|lawsuit|legal action|small claims|class action|regulator|chargeback|the press|the media)\\b',
      '\\bdisput\\w* (?:the|this|a|these) (?:charge|transaction|payment)s?\\b|\\b(?:call|calling|contact|contacting) my bank\\b',
      '\\b(?:take|taking) (?:you|them|this) to court\\b|\\bfil(?:e|ing) (?:a |an )?(?:formal )?complaint\\b|\\bformal complaint\\b|\\breport(?:ing)? (?:you|this|it|them) to\\b',
    ],
  },
  {
    id: 'vulnerable',
    v: -0.5,
    urg: 0.5,
    reason: 'vulnerable_customer',
    max: 1,
    patterns: [
      '\\b(?:adult[oa]s? mayor(?:es)?|tercera edad|jubilad[oa]s?|pensionad[oa]s?|pensionistas?|(?:tengo|tiene|de) (?:[7-9]\\d|1[01]\\d) anos|enferm[oa]s?|enfermedad|hospital\\w*|clinica|internad[oa]|embarazada|discapacidad|discapacitad[oa]|silla de ruedas|movilidad reducida|ciego|ciega|sord[oa]|no vidente|(?:es|esta|persona|gran) dependiente|grado de dependencia|postrad[oa]|encamad[oa]|ingresad[oa]|madre soltera|padre soltero|oxigeno|dialisis|quimio\\w*|cancer|marcapasos|insulina|electrodependiente|diabetic[oa]|cirugia|recien operad[oa]|licencia medica|reposo medico|tratamiento medico|alzheimer|demencia|autismo|viud[oa]|fallecio|fallecido|fallecida|murio|situacion de calle|violencia|necesidades especiales|hogar de ancianos|asilo|enfermedad terminal|paciente (?:oncologic[oa]|renal|cronic[oa])|trasplante|infarto|derrame cerebral|epilepsia|no se leer|analfabet[oa])\\b',
      '\\bno tengo (?:ni )?(?:para|que|plata para|dinero para) (?:comer|pagar los remedios|los remedios|medicamentos|la comida)\\b|\\bno tengo (?:plata|dinero|nada) para comer\\b|\\b(?:desemplead[oa]|cesante|sin trabajo|perdi (?:mi|el) (?:trabajo|empleo)|me despidieron|no llego a fin de mes|ni para (?:comer|el super|la comida|los remedios|el pan)|viv[oa] sol[oa]|un bebe|recien nacid[oa]|mis hijos (?:sin|no tienen)|depresion)\\b',
      "\\b(?:elderly|senior citizen|pensioner|retiree|(?:i'm|im|i am|he's|she's|he is|she is|aged) (?:[7-9]\\d|1[01]\\d)|(?:[7-9]\\d|1[01]\\d) years? old|disabled|disability|wheelchair|blind|deaf|housebound|bedridden|in (?:the )?hospital|hospitali[sz]ed|chemo\\w*|cancer|dialysis|oxygen|newborn|(?:a|my|our) baby|pregnant|lost my job|unemployed|laid off|live alone|lives alone|carer|caregiver|terminally ill|medical (?:condition|equipment|device)|life support|vulnerable|partially sighted|visually impaired|hard of hearing|ptsd|mental health|bipolar|panic attacks|medical alert|life alert|alarm line|personal alarm|special needs|care home|nursing home|immunocompromised|transplant|stroke|heart attack|epilepsy|can't read|don't speak english|diabetic|surgery|recovering from|on medication|autistic|dementia|alzheimer'?s|widow|widowed|homeless|domestic violence|bereavement|passed away|just died|funeral|single (?:mom|mum|mother|parent|dad|father))\\b",
      '\\b(?:grandma|grandmother|grandpa|grandfather|mother|mom|mum|father|dad|aunt|uncle|husband|wife|neighbou?r) (?:is|who is|,) (?:[7-9]\\d|1[01]\\d)\\b',
      "\\b(?:can't|cant|cannot) afford (?:food|to eat|groceries|rent|my medication|medicine)\\b|\\b(?:i'm|im|i am|is|are|been) (?:very |really |seriously )?(?:sick|ill)\\b(?! of| and tired)",
    ],
  },
  {
    id: 'urgency',
    v: -0.3,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    max: 1,
    patterns: [
      '\\b(?:urgente|urgentemente|urgencia|emergencia|ya mismo|hoy (?:mismo )?sin falta|hoy mismo|lo antes posible|cuanto antes|inmediatamente|de inmediato|a la brevedad|ahora mismo|ahora ya|auxilio|socorro|es grave|me urge|nos urge|lo mas pronto posible|apurense|para hoy mismo|a mas tardar hoy|es para hoy|para ya)\\b',
      '\\b(?:lo|la|los|las) necesito (?:hoy|ya|ahora)\\b|\\b(?:necesito|quiero|exijo) (?:una )?(?:solucion|respuesta) (?:ya|hoy|ahora)\\b',
      "\\b(?:urgent\\w*|asap|emergency|right now|right away|immediately|as soon as possible|can't wait|cannot wait|time sensitive|hurry|by end of (?:the )?day|by today|before tomorrow)\\b|\\b(?:need|want) (?:it|this|them|someone|somebody|help)(?: \\w+){0,3} (?:today|now|tonight)\\b",
    ],
  },
  {
    id: 'anger',
    v: -2.5,
    anger: 2.5,
    max: 2,
    patterns: [
      '\\bhasta (?:la madre|la coronilla|las narices|las pelotas|los huevos|los cojones)\\b|\\bme tienen (?:re )?(?:hart[oa]|podrid[oa]|chat[oa]|mamad[oa]|hasta|cansad[oa]|aburrid[oa]|loc[oa])\\b',
      '\\bque poca madre\\b|\\bno mam(?:es|en|ar)\\b|\\bla madre que (?:os|les|los|te) pario\\b|\\bla concha de (?:su|tu|la) \\w+\\b|\\bme cago en\\b|\\bque (?:os|les|te) den\\b',
      '\\b(?:vayanse|idos) a la mierda\\b|\\bya no (?:aguanto|soporto) mas\\b|\\bno da (?:para )?mas\\b|\\bya me canse\\b|\\bya (?:estuvo|basta)\\b|\\bestoy (?:hasta aqui|hasta la coronilla)\\b|(?<!de )\\bputa madre\\b|\\bno sean (?:sinverguenzas|ladrones|descarados|conchudos|frescos)\\b|\\bdejen de (?:robar|mentir|estafar)\\b|\\bfalta de respeto\\b|\\bhasta el (?:mono|gorro|copete)\\b|\\bestoy (?:hart[oa]|chat[oa]|choread[oa]|caliente|que (?:exploto|reviento))\\b|\\bme da rabia\\b|\\btomadura de pelo\\b',
      '\\bme (?:estan|tienen) (?:jodiendo|robando|estafando|tomando el pelo)\\b|\\bde puta pena\\b|\\bno tiene nombre\\b|\\bes el colmo\\b|\\b(?:una|que) verguenza\\b',
      '\\b(?:son|sois|eres|es) unos? (?:ladrones|rateros|chantas|sinverguenzas|estafadores|inutiles|incompetentes|payasos|mentirosos|idiotas)\\b',
      "\\bfed up\\b|\\bsick (?:and tired )?of\\b|\\bhad enough\\b|\\bare you (?:kidding|joking|serious)\\b|\\bwhat the (?:hell|heck|fuck)\\b|\\bpissed off\\b|\\bfuming\\b|\\blosing my (?:patience|mind|temper)\\b|\\bscrew (?:you|this)\\b|\\bhow dare you\\b|\\benough is enough\\b|\\bbeyond (?:angry|furious|frustrated)\\b|\\braging\\b|\\bshame on you\\b|\\bi'?ve had it\\b|\\bget your act together\\b|\\b(?:wasting my time|stop wasting)\\b",
    ],
  },
  {
    id: 'annoyance',
    v: -1.2,
    anger: 1.2,
    max: 2,
    patterns: [
      '\\besto no puede ser\\b|\\b(?:falta de|poca|que poca) (?:seriedad|profesionalismo|criterio|verguenza)\\b|\\bno (?:es|puede ser) posible\\b|\\bque (?:onda|pedo|pasa|paso) con (?:el|la|los|las|ustedes|mi|mis|este|esta|esto)\\b|\\bpor dios\\b|\\bvaya tela\\b|\\bque boleta\\b|\\bque lata\\b|\\bno es normal\\b|\\bes increible que\\b',
      "\\b(?:you|u) people\\b|\\bi demand\\b|\\b(?:this is|you are|you're|are) a joke\\b|\\bstop (?:sending|transferring|redirecting|passing|bouncing) me\\b|\\bgive me a break\\b|\\bcome on\\b|\\bfor (?:god'?s|heaven'?s|crying out loud) sake\\b|\\bwhat is wrong with you\\b|\\bnot impressed\\b|\\bnot good enough\\b",
    ],
  },
  {
    id: 'sarcasm_marker',
    v: -2.5,
    frust: 1,
    flag: 'sarcasm',
    max: 1,
    patterns: [
      '\\b(?:love|loving) how\\b|\\bme encanta (?:que|como) (?:nadie|nunca|no)\\b|\\b(?:gracias por nada|lo que me faltaba|lo que faltaba|si claro|que suerte la mia|thanks for nothing|love that for me|yeah right|oh joy|just what i needed)\\b',
    ],
  },
  {
    id: 'positive',
    v: 2,
    flag: 'positive',
    max: 2,
    patterns: [
      '\\b(?:un siete|la raja|de lujo|una pasada|buena onda|a toda madre|de puta madre|que padre|muy padre|esta padre|bien padre|que chimba|una chimba|de diez|un diez|un crack|unos cracks|me salvaron|me salvo|lo recomiendo|los recomiendo|cinco estrellas|5 estrellas)\\b',
      '\\btodo (?:bien|ok|perfecto|resuelto|solucionado|listo|chido|joya|genial)\\b|\\bquedo (?:todo )?(?:perfecto|funcionando|listo|bien|resuelto|impeque|impecable)\\b|\\b(?:buen|excelente|gran) (?:servicio|atencion)\\b|\\bbuena atencion\\b',
      '\\b(?:you (?:guys )?rock|(?:nice|great|good) (?:job|work)|well done|would recommend|highly recommend|5 stars|five stars|spot on|top notch|above and beyond|made my day|saved my day|keep it up|no complaints)\\b|\\bhassle[ -]?free\\b|\\bexceeded (?:my )?expectations\\b',
      '\\b(?:de maravilla|lo maximo|un amor|todo en orden|supero (?:mis|las) expectativas|muy conforme|quede conforme)\\b',
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
