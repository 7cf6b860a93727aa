/**
 * A person asked for, read by its parts rather than by set phrases: a request (a modal, "please", "is it possible",
 * "agradecería"), a person (someone, a role, a member of a team) and what the person should do (call, meet, explain,
 * look over), within one sentence. Customers ask for a person in more words than a phrase list can hold: "would it be
 * at all possible to have a claims handler go through the assessor's report with me?", "¿será que alguien de su área
 * de tarjetas me pueda marcar?". Matched on the folded text like every phrase rule; joins `asks_for_human`.
 */

import { gap } from './tokens';

/** Not after a declined ask: "no need for anyone to call", "no hace falta que me llamen". */
const NOT_DECLINED_EN =
  "(?<!\\b(?:no need|not necessary|don't need|dont need|do not need|no need for|there's no need|theres no need|won't need|will not need)\\b(?: [^ ]+){0,6} )";
const NOT_DECLINED_ES =
  '(?<!\\b(?:no (?:hace falta|es necesario|necesito|necesitamos|hay necesidad de|hay que|quiero|hara falta)|sin necesidad de)\\b(?: [^ ]+){0,6} )';

/** Anyone at all: "someone", "a person". */
const ANYONE_EN = '(?:someone|somebody|anyone|anybody|sm1|some1|a person|a human|a real person)';
/** Who answers a customer by role, field staff included, or a member of a team. */
const ROLE_EN =
  '(?:one of (?:your|the) (?:[\\w-]+ ){0,2}[\\w-]+|(?:a|an|the|your|ur|my|our|any) (?:[\\w-]+ ){0,3}(?:agent|representative|rep|manager|supervisor|operator|advis[eo]r|executive|officer|consultant|specialist|team leader|person|human|staff member|member of staff|engineer|technician|tech|installer|surveyor|inspector|assessor|adjuster|handler|nurse|doctor|pharmacist|dietitian|teacher|head of year|principal|bursar|registrar|counsell?or|coordinator|banker|planner|broker|caseworker|case worker|senco)s?|(?:an? |the )?(?:[\\w-]+ )?member of (?:your|the|ur) (?:[\\w-]+ )?(?:team|staff|department|unit)|(?:your|the|ur) (?:[\\w-]+ ){0,2}(?:team|department|desk|office|staff))';
const WHO_EN = `(?:${ANYONE_EN}|${ROLE_EN})`;
/** What anyone is asked to do with the customer: be in touch, meet, go through it with them. */
const DO_ANYONE =
  'call|ring|phone|buzz|reach out|get in touch|be in touch|contact|get back to|speak|talk|chat|have a word|meet|see me|sit down|walk (?:me|us) through|go (?:over|through)|tumawag|tawagan';
const DO_EN = `(?:${DO_ANYONE})`;
/**
 * What a named role is asked to do besides: "could the person handling case 48213 email me", "a nurse to look at these
 * results with me", "an engineer to pop round". Asked of "someone", these ask for a fix or a document ("can someone
 * look into it?", "could someone explain the standing charge?", "could someone email me a copy"), not for a person.
 */
const DO_ROLE = `(?:${DO_ANYONE}|email me|e mail me|write to me|text me|message me|explain|look (?:over|at|into|through)|review|handle|deal with|come (?:out|round|around|over|down|by|through|in)|pop (?:round|over|by|in))`;

/** What asks: a modal, a polite frame, a hope, a preference. */
const ASK_EN =
  "(?:could|can|would|will|might|may|please|pls|plz|kindly|any chance|possible|possibly|mind|i'd like|i would like|i'd prefer|i would prefer|i'd love|prefer|appreciate|grateful|hoping|hope|request|requesting|wondering|if|want|need|pwede|puwede|pwd)";

/** Spanish roles, field staff included, and "alguien". */
const WHO_ES =
  '(?:alguien|una persona|un humano|(?:el|la|un|una|algun|alguna|su|mi|los|las|unos|unas) (?:[^ ]+ )?(?:ser humano|humano|humana|persona|ejecutiv[oa]|agente|asesora?|operadora?|supervisora?|encargad[oa]|gerente|representante|jef[ea]|responsable|coordinadora?|directora?|administradora?|tecnic[oa]|funcionari[oa]|gestora?|oficial|ajustadora?|perito|vendedora?|mensajero|maestr[oa]|profesora?|adscript[oa]|medic[oa]|enfermer[oa]|ingenier[oa]|inspectora?|instaladora?|compañer[oa]|companer[oa]|compa|especialista|abogad[oa] de (?:la|su) empresa)s?)';
/** What the person is asked to do. */
const DO_ES =
  '(?:(?:me|nos|lo|la|le) )?(?:llam\\w*|marc\\w*|telefone\\w*|contact\\w*|comuni\\w*|escrib\\w*|atend\\w*|atiend\\w*|recib\\w*|visit\\w*|explic\\w*|orient\\w*|revis\\w*|devuelva la llamada|devolver la llamada|pase a (?:ver|revisar)|pasara a (?:ver|revisar)|pasar a (?:ver|revisar)|reun\\w*|se ponga en contacto|ponerse en contacto|vea|viera|ver mi|venga|viniera|veng\\w*|platic\\w*|habl\\w*|confirme)';
/** What asks, in Spanish, also as a polite negative question ("¿no habrá un compa que me atienda?"). */
const ASK_ES =
  '(?:no (?=(?:habra|habria|sera|seria|podria|podrian|podra|podran|hay|tendran|tienen|pueden|puede)\\b))?(?:podria|podrian|puede|pueden|podra|podran|podras|podes|podeis|pueda|puedan|sera|seria|es posible|existe la posibilidad|habra|habria|hay|tienen|quisiera|quiero|queria|querria|kiero|me gustaria|necesito|necesitaria|agradeceria|agradecere|agradezco|solicito|solicitamos|pido|pedir|ojala|favor|porfa|como pido|a quien|y si|mandar|mandan|manden|decirle)';

/** Asked in passing, in the shape of a preference or of waiting for it: "happy for one of your team to give me a bell",
 * "quedo atento a la llamada de un asesor", "preferiría charlarlo con un asesor", "pásenme con quien vea los reembolsos". */
const HUMAN_IN_PASSING = [
  `${NOT_DECLINED_EN}\\b(?:happy|glad|fine|ok|okay|content) (?:for|to have) ${WHO_EN}\\b${gap(4)} to (?:${DO_ANYONE}|give (?:me|us) a (?:bell|call|ring|buzz|shout))\\b`,
  '\\bgive (?:me|us) a (?:bell|buzz)\\b|\\b(?:may|meron|merong) (?:\\w+ )?(?:tumawag|tatawag)\\b(?: na)?(?: \\w+){0,2} (?:agent|tao|representative|rep)\\b',
  `\\b(?:quedo|quedamos|estoy|estare|quedo muy) (?:atent[oa]s?|pendiente|a la espera) (?:a|de) (?:la|una|su) (?:llamada|comunicacion|contacto|visita) de ${WHO_ES}\\b`,
  `\\b(?:preferiria|prefiero|preferimos|me gustaria|quisiera|quiero) (?:\\w+ )?(?:charlar\\w*|hablar\\w*|verlo|revisarlo|conversar\\w*|platicar\\w*|tratarlo|resolverlo) (?:\\w+ )?con ${WHO_ES}\\b`,
  `\\b(?:pasenme|paseme|pasame|comuniqueme|comunicame|comunicar(?:me)?|comunique|conectenme|transfieranme|derivenme) (?:con|a) (?:quien|${WHO_ES}|alguien|un vendedor|una vendedora|ventas)\\b|\\bque me (?:hable|llame|atienda|marque|contacte|escriba) (?:alguien|${WHO_ES})\\b|\\bme (?:puede|pueden|podria|podrian) comunicar con\\b`,
];

export const HUMAN_PARTS = [
  ...HUMAN_IN_PASSING,
  // "Would it be at all possible to have a claims handler go through the assessor's report with me?", "if someone
  // could look over my tenancy renewal", "Could a teacher or the SENCO ring me when they get a chance?".
  `${NOT_DECLINED_EN}\\b${ASK_EN}\\b${gap(8)} ${ANYONE_EN}\\b${gap(6)} ${DO_EN}\\b`,
  // (Not the visit's logistics: "could the technician call me before he comes round?".)
  `${NOT_DECLINED_EN}\\b${ASK_EN}\\b${gap(8)} ${ROLE_EN}\\b${gap(6)} ${DO_ROLE}\\b(?!(?: (?:me|us))? (?:before|when) (?:he|she|they|you|coming|arriving|the \\w+ (?:comes?|arrives?)))`,
  // A call, a meeting or an appointment with a person: "I'd really appreciate a call from the person dealing with my
  // refund", "requesting a callback from your billing specialist", "a meeting with my relationship manager".
  `${NOT_DECLINED_EN}\\b${ASK_EN}\\b${gap(8)} (?:a |the |an )?(?:call|callback|call back|phone call|video call|teams call|zoom call|ring|meeting|appointment|face to face|sit down)(?: back)? (?:from|with) ${WHO_EN}\\b`,
  // How to reach a named person: "an extension number for the account manager", "the email address for the person
  // handling my claim", "what is the number of the branch manager".
  `\\b(?:extension|direct line|direct number|number|email address|email|contact details|details|phone number) (?:for|of) (?:the |my |your |our )?(?:[\\w-]+ ){0,2}(?:manager|officer|advis[eo]r|handler|agent|specialist|consultant|person (?:handling|dealing with|looking after|in charge of)|supervisor)\\b`,
  // Whether a human reads: "is this chat monitored by anyone?", "do you have actual staff answering these messages?",
  // "best answered by a human", "who's the best person to speak to about…".
  '\\b(?:is this|is the) (?:chat|inbox|line|number|page) (?:monitored|read|answered|staffed) by (?:anyone|anybody|a person|a human|people|humans)\\b|\\b(?:actual|real|live) (?:staff|people|humans|persons?) (?:answering|reading|replying|behind|on)\\b|\\b(?:answered|handled|dealt with) by a (?:human|person|real person)\\b|\\ba human (?:opinion|answer|touch|being)\\b|\\b(?:best|right) person to (?:speak|talk|chat) (?:to|with)\\b|\\bwho (?:do|should|can|would) (?:i|we) (?:need to |have to )?(?:talk|speak) to\\b',
  // "Customer service rep, please", "bro can u just get ur manager on the line", "pass me to your staff".
  '\\b(?:customer (?:service|care|support) )?(?:rep|representative|agent|human|person)s? , (?:please|pls|plz)\\b|\\bget (?:ur|your|a|the) (?:manager|supervisor|boss|agent|rep) on the (?:line|phone)\\b|\\b(?:pass|transfer|connect|put) me (?:to|over to|through to|with) (?:your|ur|a|an|the) (?:[\\w-]+ )?(?:staff|people|team|colleague|agent|human|person)\\b',
  // Spanish: "¿será que alguien de su área de tarjetas me pueda marcar?", "agradecería que un técnico de la empresa
  // viniera a revisar el medidor", "¿La adscripta del liceo me podría llamar?".
  // (Not praise: "quiero felicitar a la ejecutiva Daniela, me explicó todo".)
  `${NOT_DECLINED_ES}\\b${ASK_ES}\\b(?! (?:felicitar|agradecer|reconocer|destacar|saludar))${gap(8)} ${WHO_ES}\\b${gap(6)} ${DO_ES}\\b`,
  `${NOT_DECLINED_ES}\\b${WHO_ES}\\b${gap(6)} (?:me|nos|la|lo|le|les) (?:podria|podrian|puede|pueden|podra|podran|pueda|puedan|pudiera|quiere) ${DO_ES}\\b`,
  // An appointment or a meeting with a person: "quisiera pedir cita con mi gestora", "agendarme una hora con un asesor
  // previsional", "solicito ser atendido por un asesor", "solicitar una entrevista con el responsable de la sucursal".
  `\\b(?:cita|reunion|entrevista|hora|turno|videollamada|llamada) (?:presencial )?con ${WHO_ES}\\b|\\bser atendid[oa]s? (?:personalmente )?por ${WHO_ES}\\b|\\b(?:el|la|un|su) (?:anexo|extension|numero directo|correo|telefono directo|whatsapp) (?:de|del) (?:la |el )?(?:ejecutiv[oa]|asesora?|gestora?|encargad[oa]|gerente|supervisora?|oficial|agente|responsable)\\b`,
  // Whether a person reads: "¿esto lo contesta una persona?", "¿hay alguien que lea este chat?", "¿un humano
  // disponible?", "me ponéis con alguien del departamento", "me atienda personalmente".
  '\\b(?:lo|me) (?:contesta|responde|lee|atiende) (?:una persona|alguien|un humano|gente)\\b|\\b(?:lo lee|lo contesta|lo responde) alguien\\b|\\bhay alguien que (?:lea|leea|conteste|responda|vea)\\b|\\b(?:un|algun) (?:humano|ser humano|asesor|agente|ejecutivo) disponible\\b|\\bme (?:poneis|pones|ponen|pone) con\\b|\\bme atienda personalmente\\b|\\btrato directo con\\b',
];

/**
 * A person asked for in code-switched English: Hinglish and Urdu ("koi banda call kar do", "kisi insaan se baat karwa
 * do"), Banglish ("keu ki amake call dite parben?", "ekjon agent ke dao"), Swahili ("anipigie", "kuongea na agent"),
 * Pidgin and patois ("make una call me", "link me up with your credit officer", "a real smaddy"), Singlish ("arrange one
 * of your staff to come down").
 */
export const HUMAN_MIXED = [
  '\\b(?:se|say|sey) baat (?:karwa|karwao|karwado|karao|karado|karni|karna|kara|ho sakti|ho sakta|kar sakta|kar sakti|karwa do|kara do)\\b|\\b(?:koi|kisi|ek|aik)(?: \\w+){0,2} (?:banda|bande|insaan|aadmi|agent|executive|senior|staff|technician|officer|manager|person|sahab)\\b(?: \\w+){0,4} (?:call|phone|baat|bhej\\w*|dekh\\w*)\\b|(?<!\\bpehle (?:\\w+ )?)\\b(?:call|phone) kar (?:do|dena|dijiye|dein|lein|lena|lo|le)\\b',
  '\\b(?:amake|amader) (?:ekta )?(?:call|phone|fone) (?:dite|diben|den|korben|koren|dao)\\b|\\b(?:ekjon|keu|kono) (?:\\w+ )?(?:agent|lok|manush|officer|staff|technician|executive)\\b(?: \\w+){0,3} (?:dao|den|pathiye|pathan|pathaben|connect|call)\\b|\\b(?:er|r) (?:shathe|sathe|songe) (?:connect|kotha|katha)\\b',
  '\\b(?:anipigie|nipigie|unipigie|mnipigie|nipigiwe|kunicall|anicall|kunipigia|anieleweshe|mnieleweshe)\\b|\\b(?:kuongea|kuzungumza|ongea|niongee) na (?:agent|mtu|binadamu|mhudumu|afisa|meneja|supervisor)\\b|\\bmtu wa (?:customer care|huduma|ofisi)\\b',
  '\\bmake (?:una|you|dem|somebody|someone|one of una(?: \\w+)?) (?:call|ring|phone|contact|reach) (?:me|us)\\b|\\blink me (?:up )?(?:with|to) (?:your|una|una own|the|a|an)\\b|\\b(?:talk|chat|reason|speak) (?:to|with) (?:a |one )?(?:real )?smaddy\\b|\\b(?:one a |one of )?unno (?:\\w+ )?(?:representative|agent|rep|staff|manager|officer)\\b(?: \\w+){0,3} (?:call|ring|phone|contact)\\b',
  '\\barrange (?:one of your|one of ur|a|an|your|ur|someone|somebody) (?:[\\w-]+ )?(?:staff|people|guys|team|technicians?|engineers?|person|someone|somebody)\\b(?: \\w+){0,3} (?:to )?(?:come|call|ring|check|see|look)\\b',
];
