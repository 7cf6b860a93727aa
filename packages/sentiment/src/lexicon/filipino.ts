/**
 * Filipino forms of the rules' concepts, as Philippine customers mix them into English ("Taglish"): "pwede po
 * ba makausap ang agent?", "ilang beses na kami tumawag". Matched on the folded text like every phrase rule
 * (lowercase, no accents, hyphens dropped: "paulit-ulit" reads "paulit ulit"); each list joins the rule of the
 * same concept in phrases.ts or complaints.ts.
 */

const WE = '(?:ako|kami|akong|kaming|po|na)';
const CONTACTED =
  '(?:tumawag|tumatawag|nag ?call|nagcall|nag ?message|nagmessage|nag ?email|nagemail|nag ?reklamo|nagreklamo|nagrereklamo|nag ?complain|nagcomplain|nag ?follow ?up|nagfollow up|nagfofollow up|bumalik|nagpunta|pumunta)';

/** Asks for a person: "makausap ang agent", "gusto ko po kausapin ang supervisor". */
export const HUMAN_FIL = [
  '\\b(?:makausap|kausapin|makipag ?usap|maka usap)\\b(?: \\w+){0,4} (?:agent|tao|totoong tao|representative|rep|supervisor|manager|csr|operator|customer service)\\b',
];

/** Repeated contact: "ilang beses na kami tumawag", "tawag ako nang tawag". */
export const REPEAT_FIL = [
  `\\b(?:ilang|maraming|paulit ulit na) (?:beses|ulit)(?: na)?(?: ${WE}){0,2} ${CONTACTED}\\b|\\b${CONTACTED}(?: ${WE}){0,2} (?:ilang|maraming|paulit ulit na) (?:beses|ulit)\\b`,
  '\\b(?:tawag|message|email|follow up|balik) (?:ako|kami) (?:nang|ng) (?:tawag|message|email|follow up|balik)\\b',
];

/** The bot does not fit or goes round: "hindi po ako maintindihan ng bot, paulit-ulit lang". */
export const BOT_FIL = [
  '\\b(?:hindi|di) (?:po )?(?:ako |kami )?(?:maintindihan|naiintindihan|maintindihan|nakakaintindi)\\b(?: \\w+){0,2} (?:bot|chatbot|system|automated|auto reply)\\b',
  '\\b(?:bot|chatbot|auto reply|menu)\\b(?: \\w+){0,8} paulit ulit\\b|\\bpaulit ulit(?: \\w+){0,4} (?:bot|chatbot|menu|sagot|reply|auto reply)\\b',
];

/** Strong anger and being fed up: "bwisit", "sawang sawa na ako". */
export const ANGER_FIL = [
  '\\b(?:bwisit|buwisit|nakakabwisit|nakakagalit|galit na galit|putang ina|putangina|tangina|pakshet|pakyu|lintik|hayop kayo|walang hiya kayo)\\b|\\bsawang sawa\\b|\\bsawa na (?:ako|kami)\\b',
];

/** Annoyance: "nakakainis na talaga", "walang kwenta". */
export const ANNOYANCE_FIL = [
  '\\b(?:nakakainis|nakakaasar|kainis|badtrip|nakakadismaya|walang kwenta|walang kwentang)\\b',
];

/** A reported failure: "wala pa rin internet namin", "hindi pa dumating". */
export const PROBLEM_FIL = [
  '\\bwala (?:pa )?(?:rin|din|parin|padin)\\b|\\b(?:hindi|di) (?:pa )?(?:rin |din )?(?:dumating|dumadating|gumagana|umaandar|naayos|nagana|bumabalik)\\b|\\bnawalan (?:kami |ako )?(?:ng )?(?:internet|kuryente|tubig|signal)\\b',
];

/** Urgency: "kailangan ko na ngayon", "ngayon na". */
export const URGENCY_FIL = [
  '\\b(?:ngayon na|ngayon din|agad agad|madaliin|bilisan (?:nyo|niyo|po))\\b|\\bkailangan (?:ko|namin) (?:na |po |ito |itong |ng )*(?:ngayon|bukas)\\b',
];

/** Despair: "hindi ko na alam ang gagawin", "suko na ako". */
export const DESPAIR_FIL = [
  '\\b(?:hindi|di) (?:ko|namin) na alam (?:ang |kung ano(?:ng)? (?:ang )?|kung saan )?(?:gagawin|gawin|lalapitan|pupuntahan)\\b|\\bsuko na (?:ako|kami)\\b|\\bpagod na pagod na (?:ako|kami)\\b',
];

/** Leaving the service: "lilipat na kami", "ipapaputol ko na". */
export const CHURN_FIL = [
  '\\b(?:lilipat|lipat) na (?:ako|kami)\\b|\\bmagpapa ?disconnect na (?:ako|kami)\\b|\\bipapaputol (?:ko|namin) na\\b',
];

/** A vulnerable customer: "buntis", "may sakit ang nanay ko", "bagong panganak". */
export const VULNERABLE_FIL = ['\\b(?:buntis|bagong panganak|senior citizen|may sakit|may kapansanan|pwd)\\b'];

/** Nobody came: "walang dumating na technician". */
export const NO_SHOW_FIL = [
  // "Naghintay kami buong araw… for the aircon installer, 10am daw. Walang dumating": the visitor named first.
  '\\b(?:technician|tech|rider|courier|driver|installer|installers|delivery)\\b(?: [^ ]+){0,6} walang (?:dumating|sumipot|pumunta|nagpunta)\\b|\\bnaghintay (?:kami|ako) (?:buong araw|maghapon)\\b',
  '\\bwalang (?:dumating|pumunta|sumipot|nagpunta)\\b(?: \\w+){0,2}(?: na)? (?:technician|tech|rider|courier|driver|installer)\\b|\\b(?:technician|tech|rider|courier|driver|installer) (?:ay )?(?:hindi|di) (?:dumating|sumipot|pumunta)\\b',
];

/** Money that left and did not arrive: "deducted na sa balance ko pero hindi natanggap ng kapatid ko". */
export const MONEY_FIL = [
  '\\b(?:deducted|nabawas|nakaltas|kinaltas|binawas|na deduct|nadeduct)\\b(?: \\w+){0,8} (?:hindi|di) (?:natanggap|pumasok|dumating|nareceive|na receive|nag reflect|nagreflect)\\b',
];
