/**
 * Code-switched English, the way customers in South Asia and East Africa write it: Hinglish and Urdu-English ("UK 9
 * order kiya tha, box mein UK 7 aaya hai"), Banglish ("Samsung A54 order korsilam, ashse A34"), Swahili and Sheng
 * ("pesa yangu imekwama kwa app yenu"), plus Taglish forms filipino.ts does not hold. Each list joins the rule of the
 * same concept in phrases.ts or complaints.ts, matched on the folded text like every phrase rule.
 */

import { gap } from './tokens';

/** An order that came wrong or short: "6 glasses thay order mein… sirf 4 nikle", "niliorder 6x6, wamekuja na 4x6". */
export const ORDER_MIXED = [
  `\\border (?:kiya|kia|kiye|ki|kari|kri) (?:tha|thi|the|hai)\\b${gap(8)} (?:aaya|aayi|aaye|aya|ayi|nikla|nikle|nikli|mila|mili|bheja|bhej diya)\\b|\\bsirf (?:\\d+|ek|do|teen|char|aadha) (?:\\w+ )?(?:nikle|nikla|aaye|aaya|aayi|mile|mila)\\b`,
  `\\border (?:korsilam|korechilam|korlam|korechi|dilam|disilam)\\b${gap(8)} (?:ashse|asche|eseche|aise|aiche|pathaise|pathiyeche|paisi|peyechi)\\b`,
  `\\b(?:niliorder|nilioda|niliagiza|tuliagiza|tuliorder)\\b${gap(8)} (?:wamekuja na|wameleta|imekuja|imefika|wamenitumia|nimepokea)\\b`,
  `\\b(?:order|inorder) ko\\b${gap(14)} lang (?:po )?(?:ang |yung )?(?:dumating|natanggap|binigay)\\b`,
  // Two sizes and what came: "size 8 US, size 6 po yung dumating".
  `\\bsize [^ ]+\\b${gap(6)} size [^ ]+ (?:po )?(?:ang |yung )?(?:dumating|natanggap|binigay|pinadala|dineliver)\\b`,
];

/** Money gone or not arrived: "abhi tak account mein ek rupaya nahi aaya", "balance theke kete nise… ashe nai". */
export const MONEY_MIXED = [
  `\\b(?:abhi tak|ab tak)\\b${gap(6)} (?:nahi|nahin|nhi) (?:aaya|aayi|aaye|mila|mili|hua|hue|pahuncha|pohncha)\\b|\\b(?:kat|cut|deduct) (?:gaya|gaye|gayi|liya|liye|ho gaya|ho gaye)\\b${gap(10)} (?:nahi|nahin|nhi)\\b`,
  `\\b(?:kete|kaitta) (?:nise|nilo|niyeche|nieche|nisse|gese|geche)\\b${gap(10)} (?:nai|ni)\\b|\\btaka (?:atke|atka|atkay) (?:ase|ache|gese|geche|ace)\\b`,
  '\\b(?:pesa|hela|salio|malipo)(?: yangu| zangu)? (?:imekwama|zimekwama|imepotea|zimepotea|haijafika|hazijafika|imekatwa|zimekatwa)\\b|\\b(?:fee|charge|ada|malipo)\\b(?: [^ ]+){0,4} (?:ambayo|ambazo) (?:hakuna mtu|sikuwahi|hamkuwahi)\\b',
  '\\b(?:nacharge|na charge|nakaltasan|kinaltasan)(?: po)?(?: ako)? (?:pa rin|parin|ulit|pa)\\b',
];

/** Told again and again: "teen different agents se baat ho chuki hai", "ek e kotha ami koto bar bolbo?", "pang-apat ko na pong chat ito". */
export const REPEAT_MIXED = [
  '\\b(?:\\d+|do|teen|char|paanch|kai) (?:different |alag )?(?:agents?|logon|log|bande|executives?)\\b(?: \\w+){0,2} (?:se|say) baat\\b|\\bkoto ?bar (?:bolbo|bollam|bolechi|call|korbo)\\b|\\bprottek ?bar (?:notun|new|onno)\\b|\\b(?:pangatlo|pang apat|pangapat|panglima|pang lima|pang \\d+) (?:ko|na|kong|ko na)\\b',
];

/** A deadline today or tomorrow: "kal subah mera exam hai", "kalke basha bhara dite hobe", "rent inadue kesho", "flight ko po mamayang 6pm". */
export const DEADLINE_MIXED = [
  '\\b(?:aaj|kal) (?:(?:raat|subah|shaam|dopahar) )?(?:ko )?(?:mera|meri|hamara|hamari) (?:exam|flight|interview|paper|visa|appointment|operation|surgery|shaadi)\\b|\\b(?:mera|meri|hamara|hamari) (?:exam|flight|interview|paper|appointment|operation|surgery|shaadi)\\b(?: \\w+){0,2} (?:aaj|kal)\\b',
  '\\b(?:kalke|ajke)\\b(?: \\w+){0,5} (?:dite hobe|lagbe|deadline|last date|exam|flight)\\b',
  // The event named before the day: "Dubai ki flight kal subah hai", "kal mera driving test hai".
  '\\b(?:flight|exam|interview|paper|test|appointment|shaadi|visa|operation)\\b(?: \\w+)? (?:aaj|kal) (?:(?:subah|raat|shaam|dopahar) )?(?:hai|he|h)\\b|\\b(?:aaj|kal) (?:mera|meri|hamara|hamari) \\w+ (?:test|exam|interview|paper|appointment)\\b|\\baaj (?:raat|shaam)?(?: \\d+ baje)? tak\\b(?: \\w+){0,6} (?:karna|bharna|jama|submit|file) (?:hai|h|karna hai)\\b',
  '\\b(?:wanaitaka|wanaihitaji|inahitajika|nahitaji)\\b(?: \\w+){0,6} (?:kesho|leo)\\b|\\bharaka sana\\b|\\b(?:inadue|due|deadline|natakiwa kulipa)\\b(?: \\w+){0,2} (?:kesho|leo)\\b|\\b(?:kesho|leo) (?:asubuhi |jioni |usiku )?(?:ni |nina |tuna |nataka )?(?:mtihani|exam|safari|flight|interview)\\b|\\b(?:safari|flight|mtihani|interview) ya (?:kesho|leo)\\b|\\b(?:leo|kesho)\\b(?: \\w+){0,4} (?:ndio|ndiyo|ni) (?:mwisho|siku ya mwisho|deadline)\\b',
  '\\b(?:flight|exam|interview|alis|biyahe) (?:ko|namin|natin)(?: po)?(?: is| ay)? (?:mamaya|mamayang|bukas|ngayon)\\b|\\b(?:moving out|lilipat|aalis|flight|exam|interview)(?: na)? (?:kami|ako|kayo)? ?bukas\\b',
];

/** Nepali-English, the day before the event: "VFS appointment bholi bihana 10 baje cha" (tomorrow morning at 10). */
export const DEADLINE_NEPALI = [
  '\\b(?:appointment|flight|exam|interview|visa|biyaa|bihe)\\b(?: \\w+){0,2} (?:bholi|aaja|aja|aaile)\\b(?: (?:bihana|beluka|rati|nai))?|\\b(?:bholi|aaja) (?:bihana |beluka |rati )?(?:nai )?(?:mero|hamro) (?:appointment|flight|exam|interview|visa)\\b',
];

/** A newborn: "amar baby 2 week er", "niko na mtoto mchanga". */
export const VULNERABLE_MIXED = [
  '\\b(?:amar|meri|mera|hamara|hamari) (?:baby|bachcha|bacha|bachha|beta|beti)\\b(?: \\w+){0,2} (?:\\d+|ek|dui|do) (?:week|weeks|din|diner|mash|month|months|saptah|hafte|hafta)\\b|\\bmtoto mchanga\\b',
];

/** The bot or menu that goes round: "aapka bot har baar bolta hai…", "option 3 dabao, phir wapas main menu". */
export const BOT_MIXED = [
  '\\b(?:chat ?bot|bot)\\b(?: [^ ]+){0,12} abar (?:chat ?bot|bot)\\w* (?:e |te )?(?:fire|firiye|ferot)\\w*|\\bbot\\b(?: \\w+){0,4} (?:har baar|baar baar|bar bar)\\b|\\b(?:phir|fir) (?:wapas|wapis|se) (?:main )?menu\\b',
];

/** Giving up: "ami r jani na ki korbo", "samajh nahi aa raha kya karun", "sijui nifanye nini". */
export const DESPAIR_MIXED = [
  '\\b(?:jani ?na|bujhtesi na|bujhte parchi na) ki korbo\\b|\\b(?:kya karu|kya karun|kya karoon)\\b(?: \\w+){0,2} (?:samajh|samaj) (?:nahi|nhi)\\b|\\bsamajh (?:nahi|nhi) aa raha kya kar\\w*|\\bsijui (?:nifanye|tufanye) nini\\b',
];

/** Leaving: "salary account Meezan shift kar doon", "ar renew korbo na", "ililipat ko na lang po yung mortgage". */
export const CHURN_MIXED = [
  // Patois, a move weighed: "mi a seriously consider move go Flow".
  '\\bconsider(?:ing)? (?:move|moving|switch|switching) go [a-z]+\\b|\\b(?:seriously |really )?consider(?:ing)? (?:switching|leaving|changing (?:provider|network|bank)s?)\\b',
  '\\b(?:account|salary|loan|mortgage|number|sim|connection)\\b(?: \\w+){0,3} (?:shift|transfer|port) kar (?:doon|dunga|dungi|denge|du|diya|raha|rahi)\\b|\\bmatch kar (?:sakte|sakti|sakta|do)\\b',
  '\\brenew (?:korbo ?na|korbona|karunga nahi|karenge nahi|nahi karunga|nahi karenge)\\b',
  '\\b(?:ililipat|lilipat|ilipat)(?: \\w+){0,6} (?:mortgage|account|loan|salary|sahod|bank|number|line|sim|plan|sa ibang|sa kabilang)\\b',
];
