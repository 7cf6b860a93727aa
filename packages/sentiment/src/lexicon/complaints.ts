/**
 * Strong complaints with no anger word that a contact center still hands to a person: money lost,
 * a visit or call that never came, a wrong / incomplete / cold / damaged order, an automated answer
 * that does not fit, despair, colloquial urgency. Each concept is built from word families (who, what
 * happened, which object) joined by small gaps inside one sentence, so new wordings of the same
 * situation match without being listed. Matched on the folded text (see phrases.ts).
 */

import { BOT_FIL, DESPAIR_FIL, MONEY_FIL, NO_SHOW_FIL } from './filipino';
import { BOT_MIXED, DESPAIR_MIXED, MONEY_MIXED, ORDER_MIXED } from './mixed';
import type { PhraseRuleSpec } from './phrases';
import { gap } from './tokens';

/** Up to `n` more words inside the same clause (no comma): "the delivery, the box was…" is two subjects. */
const words = (n: number): string => `(?: (?![.!?,]+(?: |$))[^ ,]+){0,${n}}`;
/** Either order of two parts, with a gap of up to `n` tokens between them inside one sentence. */
const near = (a: string, b: string, n: number): string => `\\b${a}\\b${gap(n)} ${b}\\b|\\b${b}\\b${gap(n)} ${a}\\b`;
const any = (...xs: string[]): string => `(?:${xs.join('|')})`;
/** A modest qualifier before a state ("un poco chafada", "a bit battered"): a mild complaint. */
const NOT_MILD = '(?<!\\b(?:un poco|algo|medio|ligeramente|apenas|a bit|a little|slightly|kinda|kind of|somewhat) )';

// ── Money ────────────────────────────────────────────────────────────────────────────────────────
/** Money that moves (a payment, a transfer, a refund): "not arrived / not showing" is a loss for these. */
const MONEY_FLOW_ES = any(
  'pagos?',
  'pague',
  'pagamos',
  'pagado',
  'pagar',
  'plata',
  'dinero',
  'guita',
  'lana',
  'reembolsos?',
  'reintegros?',
  'devolucion',
  'transferencias?',
  'transferi',
  'depositos?',
  'deposite',
);
/** Charges and the documents that carry them: a wrong amount, twice, unknown, never contracted. */
const MONEY_ES = any(
  'cobr\\w+',
  'debit\\w+',
  'descont\\w+',
  'descuentos?',
  'cargos?',
  'cargaron',
  'cargado',
  'cargasteis',
  'factura\\w*',
  'recibos?',
  'boletas?',
  'cuotas?',
  'mensualidad\\w*',
  'pagos?',
  'pague',
  'pagamos',
  'pagado',
  'plata',
  'dinero',
  'guita',
  'lana',
  'pesos',
  'euros',
  'dolares',
  'reembolsos?',
  'reintegros?',
  'devolucion',
  'transferencias?',
  'transferi',
  'depositos?',
  'deposite',
  'saldo',
  'comision\\w*',
  'recargos?',
  'multas?',
  'intereses',
  'pasajes?',
  'permanencia',
  'reconexion',
);
/** Something wrong about a charge or a payment, said by the customer. */
const MONEY_WRONG_ES = any(
  'dos veces',
  '(?:me |nos )?(?:dijeron|dijo|aseguraron|prometieron|prometio|habian dicho) (?:que )?(?:era|seria|iba a ser|es|salia) (?:gratis|gratuit[oa]|sin costo|sin cargo|bonificad[oa])',
  'doble',
  'duplicad[oa]s?(?! de)',
  'de mas',
  'por error',
  'indebid\\w+',
  'sin (?:mi )?(?:autorizacion|consentimiento|permiso)',
  'no (?:lo |la |los |las )?reconozco',
  'no reconocid\\w+',
  '(?:que|y) (?:yo )?(?:nunca|no|jamas) (?:contrate|pedi|autorice|solicite|firme|hice|realice|use|compre|active|acepte)',
  'nunca (?:contrate|pedi|autorice|solicite|firme)',
  'aunque (?:ya )?(?:pague|habia pagado|di de baja|cancele|cumpli|devolvi|ya la habia)',
  'que (?:ya )?(?:cancele|anule|di de baja|devolvi|ya no (?:tengo|uso)|ustedes cancelaron|cancelaron)',
  '(?:siguen|sigue|siguieron|seguian) (?:cobrando|descontando|debitando|facturando)',
  'sin (?:entregar|recibir|enviar|devolver|hacer|instalar|dar|prestar)\\w*',
  '(?:que )?nadie me (?:explico|aviso|informo|dijo)',
  'sin (?:ninguna )?explicacion',
  'no me (?:dan|dieron|han dado) (?:ninguna )?explicacion',
  'la diferencia',
  'no (?:existe|aparece en (?:el|su|vuestro) sistema|hay registro)',
  'y (?:yo )?(?:no|nunca) (?:tengo|uso|use|pedi|compre|contrate|hice|autorice|estuve|fui)',
  '(?:el )?(?:error|culpa) (?:fue |es )?(?:de ustedes|suya|suyo|vuestra|vuestro|de la empresa|del banco)',
  '(?:su|vuestro|tu) (?:error|culpa)',
  'dicen que (?:debo|les debo)',
  'donde nunca (?:fui|compre|he estado|estuve)',
  'pero (?:yo )?(?:ya )?(?:pague|pagamos|habia pagado)',
  'pague (?:en fecha|a tiempo|puntual\\w*)',
  'y (?:nunca|jamas) (?:me |nos )?\\w+(?:ron|o)',
  'di de baja',
  '(?:cancel\\w+|anul\\w+) (?:el|la|mi) (?:pedido|compra|orden|vuelo|servicio|reserva)(?! y (?:ya )?me (?:devolvieron|reembolsaron|reintegraron|acreditaron|regresaron))',
  '(?:salio|salido) (?:cancelad\\w+)',
  '(?:devuelvan|devolvais|(?<!\\bgracias por )devolverme|devuelvas|regresen|reintegren|reembolsen)',
  'no (?:me )?(?:han |habeis )?(?:devuelto|reintegrado|reembolsado|regresado)',
  // Not a payment proof sent along: "ya pagué la factura, les adjunto el soporte".
  'ya (?:pague|pagamos|estaba pagad\\w+|habia pagado|liquide)(?!(?: \\w+){0,8} ,? (?:les |le |os )?(?:adjunto|envio|mando|comparto|paso) (?:el |la )?(?:soporte|comprobante|recibo|captura|boucher|voucher))',
  'que no (?:es|era|corresponde)',
  'no (?:figura|aparece|esta|estaba|viene) en (?:el|mi) (?:contrato|plan|oferta)',
  'se (?:llevo|llevaron|quedaron con)',
);
/** For money that moves: it did not arrive, does not show, is still pending. */
const MONEY_MISSING_ES = any(
  'no (?:me )?(?:aparece\\w*|figura|se (?:ve|refleja\\w*|acredit\\w+)|(?:ha|han) (?:sido )?(?:acreditad\\w+|reflejad\\w+|devuelto))',
  '(?:sigue|aparece) (?:apareciendo )?(?:como )?pendiente',
  '(?:y|pero) (?:todavia |aun )?(?:no|nunca) (?:me )?(?:llego|llegaron|recibi|entregaron|hicieron|instalaron|reconectaron|activaron|la hicieron)',
  '(?:todavia|aun) no (?:me )?(?:llega|aparece|devuelven|reembolsan|acreditan|reintegran)',
  'no (?:me )?(?:llego|aparece|ha llegado)',
  'no llego a (?:la otra|destino)',
);
const MONEY_EN = any(
  'charg\\w*',
  'bill\\w*',
  'debit\\w*',
  'deduct\\w*',
  'withdr[ae]w\\w*',
  'payments?',
  'paid',
  'money',
  'refunds?',
  'refunded',
  'fees?',
  'cash',
  'funds',
  'dollars',
  'pounds',
  'bucks',
  'quid',
  'transfer\\w*',
  'statement',
  'subscriptions?',
  'pension',
  'wages',
  'deposits?',
  'reimbursement',
  'compensation',
  'credit',
  'transactions?',
  'purchases?',
  'costs?',
  'amount',
  'pesos',
  'naira',
  'cedis',
  'shillings',
  'rupees',
  'ringgit',
  'rand',
  'euros',
  'airtime',
  'top ?ups?',
  'topped up',
  'loaded',
  'recharg\\w*',
  'wallet',
);
const MONEY_WRONG_EN = any(
  'twice',
  'double',
  'duplicate',
  'overcharg\\w+',
  "(?:don't|do not|dont|didn't|did not|didnt|never) (?:recogni[sz]e|authori[sz]e\\w*|make|made|order\\w*|place|placed|sign(?:ed)? up|agree\\w*|use|used|buy|bought|request\\w*|rent|rented|receive|received|get|got)",
  '(?:i|we) (?:had )?(?:turned off|switched off|cancell?ed|stopped|opted out|unsubscribed|closed|froze|frozen|paused|suspended|put (?:it|the \\w+) on hold)',
  'for no reason',
  "(?:doesn't|does not|didn't|did not) exist",
  'no record of',
  "(?:never|wasn't|was not|weren't|were not) (?:told|informed|notified|warned) (?:about|of)",
  '(?:closed|old|wrong|cancell?ed|expired|previous) (?:card|account)',
  "(?:card|account) (?:that's|that has|that was|which is|which was)(?: been)? (?:closed|cancell?ed|expired)",
  'paid (?:in full|it off|it all)',
  "(?:told|said|promised|assured) (?:me |us )?(?:it|it was|it would be|it'd be|it's|this was|this would be) (?:free|free of charge|no charge|complimentary|included)",
  '(?:settled|cleared) (?:in full|it off|it all|already|last (?:week|month))',
  'already (?:settled|cleared)',
  '(?:saying|says|claim\\w*) (?:that )?(?:i|we) owe',
  "(?:hasn't|haven't|has not|have not|never|not) (?:been )?(?:returned|refunded|paid back|credited|reimbursed|given back)",
  "(?:i've|i have|i had|we've|we have) never (?:been|heard of|used|shopped|visited|bought)",
  '(?:your|their) (?:mistake|error|fault)',
  'after (?:i|we) (?:had )?(?:cancell?ed|returned|closed|left|stopped|froze|paused|suspended)',
  "(?:didn't|did not|never) (?:give|gave) me (?:the|my|any) (?:cash|money)",
  'unauthori[sz]ed',
  'unrecogni[sz]ed',
  '(?:i|we) (?:canceled|cancelled|returned|sent back|sent it back)',
  '(?:already|even though i|though i) paid',
  'paid on time',
  'out of (?:my|our) (?:account|bank|checking|savings|card)',
  "(?:never|hasn't|hasnt|haven't|havent|has not|have not|still (?:hasn't|haven't|not)) (?:got|received|arrived|come through|shown up|showed up|been (?:credited|returned|refunded|processed))",
  'never got it',
  '(?:want|need|give me|get) (?:(?![.!?]+(?: |$))[^ ]+ ){0,4}back',
  '(?:order|booking|flight|purchase|trip|subscription|train|bus|ferry|show|concert|event|class|session|ride|tour|appointment|match|game) (?:was |got |has been )?cancel+ed',
  'without (?:fixing|doing|solving|repairing|sorting) (?:anything|it|a thing)',
  'not (?:in|on|part of) (?:my|the|our) (?:contract|plan|agreement|deal)',
  'money back',
  'refund (?:the|my|me)',
  'still waiting (?:for|on) (?:the |my |a )?(?:money|refund)',
  'the whole lot',
  'wrong card',
  "can't access (?:the|my) money",
  'took the payment',
  "(?:not|isn't|is not|wasn't|was not|never|hasn't|has not) (?:been )?(?:booked|confirmed|completed|activated|issued|generated|recharged|credited|reflected|updated)",
  "(?:order|booking|purchase|subscription|account|credit|top ?up|recharge) (?:isn't|isnt|is not|wasn't|hasn't|has not|not|never) (?:been )?(?:showing|showing up|there|listed|confirmed|placed|processed|activated|credited|anywhere)",
  "for (?:nothing|something (?:i|we) (?:didn't|never))",
  // "it didn't reflect but my bank already deducted it": the money left and did not land.
  "(?:didn't|did not|didnt|doesn't|does not|hasn't|has not|still not|not yet|never) (?:reflect|reflected|come through|credit|get credited|post|posted)",
  // "a cancellation fee when the driver cancelled on me": a fee for what the other side did.
  '(?:driver|rider|host|hotel|airline|restaurant|store|shop|seller|merchant|courier|technician|engineer|they|you) (?:had |has |have )?cancell?ed (?:on (?:me|us)|the (?:trip|ride|booking|order|flight|visit|appointment))',
);
/** Outright losses that need no second cue. */
/** Money held or taken: "el banco me retuvo 50 mil pesos", "the ATM kept my card". */
const TAKEN_ES = any(
  'retuvo',
  'retuvieron',
  'retienen',
  'retiene',
  'bloquearon',
  'congelaron',
  'quitaron',
  'sacaron',
  'robaron',
  'se quedaron con',
  'se quedo con',
  'se comio',
  'se trago',
);
const MONEY_OUTRIGHT = [
  // The same charge twice: "dos cargos de $1,249.00 del mismo día", "two identical charges on the same day".
  '\\b(?:dos|2|tres|3) (?:cargos|cobros|debitos|descuentos|transacciones|movimientos|compras)\\b(?: [^ ]+){0,8} (?:del mismo dia|el mismo dia|iguales|identicos|duplicad[oa]s|por lo mismo|por el mismo monto|(?:de|por|en) la misma (?:compra|transaccion|operacion|factura)|(?:de|por|en) el mismo (?:pedido|consumo|pago|servicio))\\b|\\b(?:two|2|three|3) (?:identical |duplicate |matching )?(?:charges|debits|transactions|payments|withdrawals)\\b(?: [^ ]+){0,10} (?:on the same day|the same day|same amount|for the same|(?:both|each) for the same|identical)\\b|\\b(?:payment|pay|taka|tk) (?:korlam|korechi|korsi|korlaam)\\b(?: [^ ]+){0,10} (?:ekhono|akhono|still)\\b(?: [^ ]+){0,4} (?:unpaid|due|pending|dekhay|dekhacche)\\b',
  // Paid and still without it: "Pagué S/ 320 por el plan anual y me sigue saliendo publicidad como si tuviera la versión gratis".
  '\\bcomo si (?:no )?(?:tuviera|tuviese|fuera|usara|hubiera pagado|estuviera en)\\b(?: [^ ]+){0,3} (?:gratis|gratuit[oa]|free|basic[oa])\\b|\\bas if (?:i|we) (?:was|were|had|am|are|was still|were still) (?:on )?(?:the |a )?(?:free|basic|unpaid)\\b|\\b(?:pague|pagamos|ya pague|i paid|we paid|paid for)\\b(?: [^ ]+){0,8} (?:y|pero|and|but|yet) (?:me |nos |i |we |it )?(?:sigue|siguen|todavia|aun|still)\\b',
  // Cancelled and charged anyway: "Order tiba-tiba cancelled but duit already deducted RM156", "me cancelaron el pedido pero igual me cobraron".
  '\\b(?:cancell?ed|cancelad[oa]|cancelaron|anulad[oa]|anularon|rejected|declined|rechazad[oa]|rechazaron)\\b(?: [^ ]+){0,6} (?:but|pero|yet|y|and) (?:the |el |la |my |mi )?(?:money|duit|cash|payment|amount|funds|plata|dinero|pago|monto|cobro)?(?: [^ ]+){0,2} ?(?:already |still |ya |igual |igualmente )?(?:deducted|debited|charged|taken|cobrad[oa]|descontad[oa]|debitad[oa]|me (?:lo |la )?(?:cobraron|descontaron|debitaron))\\b',
  // Taken twice: "account kena deducted RM120 two times", "me descontaron dos veces los 300".
  '\\b(?:deducted|debited|charged|billed|taken|cobrad[oa]s?|cobraron|descontad[oa]s?|descontaron|debitad[oa]s?|debitaron)\\b(?: [^ ]+){0,5} (?:two|2|three|3) times\\b|\\b(?:cobraron|descontaron|debitaron|cargaron|me cobran|me descuentan)\\b(?: [^ ]+){0,5} (?:dos|2|tres|3) veces\\b',
  // A charge that cannot apply: "debited as minimum balance charges but mine is a zero-balance account".
  '\\b(?:debited|charged|deducted|cobraron|descontaron)\\b(?: [^ ]+){0,8} (?:but|though|even though|pero|aunque|si) (?:mine|my account|my card|i|mi cuenta|mi tarjeta|yo)\\b(?: [^ ]+){0,3} (?:zero[- ]?balance|exempt|free|no (?:minimum|fee)|sin (?:saldo minimo|comision|costo)|exent[oa])\\b',
  // Nigerian Pidgin: the money "don comot for my account" but the other side "never see am".
  '\\b(?:don |done )?(?:comot|commot|commot|remove|removed) (?:for|from) (?:my|ma|mi) (?:account|acct|acc)\\b(?: [^ ]+){0,10} (?:never|no|neva|still never|never still) (?:see|receive|get|reach|enter)\\b',
  '\\b(?:siguen|sigue|siguieron|seguian|continuan|continuaron|vuelven a|volvieron a) (?:cobrando|cobrar|descontando|descontar|debitando|debitar|facturando|facturar|cargando)\\b',
  '\\b(?:still|kept|keep|keeps) (?:charging|billing|debiting|taking)\\b',
  '\\b(?:espero|esperando|sigo esperando|aguardando|estoy esperando)(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:la|el|mi) (?:devolucion|reembolso|reintegro|plata|dinero)\\b',
  '\\bno me (?:dio|dieron|entrego|entregaron|dan|devolvio) (?:el|los|la|las|mi) (?:plata|dinero|billetes|efectivo|vuelto|cambio)\\b|\\b(?:waiting|waited) (?:for|on) (?:my|the|a|our) (?:refund|money|deposit|reimbursement)\\b',
  "\\b(?:took|taken|take|taking|pulled|debited|charged) (?:(?![.!?]+(?: |$))[^ ]+ ){0,3}from (?:my|our) (?:account|card|bank|checking|savings)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:for no reason|without|twice|again|that i|i didn't)\\b|\\b(?:hit|slapped) with (?:a|an) (?:(?![.!?]+(?: |$))[^ ]+ )?(?:fee|charge|fine|penalty)\\b",
  `\\b${TAKEN_ES}\\b${gap(3)} (?:\\d[\\d.,]*|mi|la|el|los|las|\\w+ mil) ?(?:plata|dinero|pesos|euros|dolares|sueldo|pago|deposito|tarjeta|mil)\\b`,
  '\\b(?:took|kept|swallowed|ate|eaten|stole|has|have|keeps) (?:all )?(?:my|our) (?:money|cash|card|deposit|funds)\\b|\\b(?:card|money|cash) (?:got |was )?(?:eaten|swallowed|kept|retained)\\b',
  '\\b(?:quiero|necesito|exijo|pido|solicito|reclamo) (?:el|mi|un|la) (?:reembolso|reintegro|devolucion del dinero|devolucion de (?:mi|la) plata)\\b',
  "\\b(?:i want|i need|i'd like|i would like|i demand|please (?:issue|process|give me)|requesting) (?:a|my|the) (?:full )?refund\\b|\\brefund (?:me|the duplicate|the difference|the charge|the fee)\\b",
  '\\b(?:want|need|give me|get) (?:my |the |our |a |that |this |all )?(?:(?![.!?]+(?: |$))[^ ]+ )?(?:money|fee|fees|payment|deposit|cash|refund|charge|funds) back\\b',
  '\\b(?:quiero|necesito|exijo|pido) (?:que me (?:devuelvan|reintegren|reembolsen|regresen)|la devolucion de|el reembolso de|el reintegro de)(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:plata|dinero|pago|importe|cobro|cargo|envio|guita|lana|cuota|\\d+)\\b',
  "\\bwhere(?:'s| is| did| has) (?:my|our|the) (?:money|refund|cash|payment|funds|deposit)\\b",
  '\\b(?:took|taken|take|taking|pulled|debited) (?:(?![.!?]+(?: |$))[^ ]+ ){0,3}out of (?:my|our) (?:account|bank|card|checking|savings)\\b',
  "\\b(?:didn't|did not|haven't|have not|hasn't|has not|never|still haven't|not yet) (?:received|receive|got|get|gotten|seen|see)(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:the|my|a|any|that) (?:refund|money|reimbursement|credit|payment)\\b",
  '\\bno (?:me )?(?:ha llegado|han llegado|llego|aparece|han devuelto|devolvieron|han hecho|hicieron)(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:el|mi|la|los) (?:reembolso|reintegro|devolucion|dinero|plata)\\b',
  '\\b(?:cargos?|cobros?|movimientos?|compras?|debitos?|transacci\\w+|descuentos?)(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:rar[oa]s?|extran[oa]s?|desconocid[oa]s?|sospechos[oa]s?|indebid[oa]s?|no autorizad[oa]s?|que no (?:entiendo|reconozco|conozco))\\b',
  '\\b(?:weird|strange|unknown|unrecogni[sz]ed|mystery|random|unexplained|unauthori[sz]ed|suspicious|bogus|hidden) (?:charge|fee|transaction|payment|debit|deduction|withdrawal)s?\\b',
  "\\b(?:bill|charge|invoice|price|amount|total)s?\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:doesn't|does not|didn't|did not|isn't|is not) (?:match|what (?:i|we) (?:was|were) (?:quoted|told|promised))\\b|\\b(?:more|higher) than (?:i was |we were |what i was |what we were |what was |the price )?(?:quoted|agreed|promised|advertised|listed|displayed|shown|stated|on the (?:website|site|app|shelf|tag|label))\\b|\\bno (?:coincide|cuadra) con lo que (?:me )?(?:dijeron|cotizaron|ofrecieron|prometieron)\\b|(?<!\\b(?:dias?|horas?|semanas?|meses|minutos?|tiempo|tardo|tardaron|demoro|demoraron) )\\bmas de lo que (?:me )?(?:dijeron|cotizaron|ofrecieron|prometieron)\\b",
  '\\b(?:promo|promotional|discount|descuento|promocion)\\w*(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:disappeared|vanished|removed|gone|desaparecio|ya no aparece|me lo quitaron)\\b',
  '\\bme (?:vaciaron|hackearon|clonaron) (?:la )?(?:cuenta|tarjeta)\\b',
  '\\b(?:compras?|transacciones|movimientos|retiros?) que no (?:hice|reconozco|realice|autorice)\\b',
  '\\bdonde (?:esta|quedo) (?:mi|la) (?:plata|dinero|guita|lana|devolucion|reembolso)\\b|\\by mi (?:plata|dinero|guita|lana)\\b',
  "\\b(?:took|taken|take) (?:\\w+ )?(?:out of|from) (?:my|our) (?:account|bank|card)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:twice|again|without)\\b|\\b(?:withdrawal|charge|transaction|payment|debit)s? (?:\\w+ ){0,4}(?:i|we) (?:didn't|did not|never) (?:make|made|authori[sz]e|do)\\b",
  "\\b(?:refund|reembolso|reintegro|devolucion)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,8} (?:still|never|not|hasn't|haven't|todavia no|aun no|no (?:aparece|llega|ha llegado|me ha llegado))\\b",
  '\\bstill waiting (?:for|on) (?:the |my |that )?(?:money|refund|reimbursement)\\b',
  // "I'm expected to eat the cost", "out of pocket".
  '\\b(?:eat|swallow|absorb|foot|cover) the (?:cost|bill|charge|loss|fee)\\b(?! of (?:the|my|a) (?:upgrade|new))|\\b(?:out of pocket|left out of pocket)\\b|\\b(?:pagar|pague|pagamos|asumir) (?:yo |nosotros )?(?:los platos rotos|el costo de (?:su|vuestro) error)\\b',
  // "el recibo vino por S/ 480 cuando siempre pago 60", "the bill says $900 when I usually pay $80": an amount far from
  // the usual one, said as wrong.
  '\\b(?:recibo|boleta|factura|cuenta|cobro|cargo|bill|invoice|statement|charge)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,6} (?:cuando|y) (?:yo )?(?:siempre|normalmente|usualmente|por lo general|todos los meses|cada mes) (?:pago|pagamos|me (?:llega|llegan|cobran|viene)|viene|sale|es)\\b|\\b(?:bill|invoice|statement|charge|amount)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,6} (?:when|and|but|whereas) (?:i|we) (?:always|usually|normally|only ever|typically) (?:pay|get charged|use)\\b',
  // The money left and did not reach whom it was for: "la plata salió de mi cuenta pero a mi hermano no le llegó".
  `\\b(?:salio|salieron|se desconto|descontaron|debitaron|se debito|me quitaron|left|came out of|went out of|debited from)\\b${gap(6)} (?:pero|y|but|and)\\b${gap(4)} (?:no (?:le|les|nos) (?:llego|llegaron|ha llegado|han llegado|aparece|aparecio|figura)|(?:never|didn't|did not|hasn't|has not|still hasn't|still not) (?:reach\\w*|arriv\\w*|land\\w*|show\\w* up|gotten|got|receiv\\w*))\\b`,
  // Billed in full for a service not given: "sin agua caliente toda la semana y la boleta llegó igual de cara",
  // "no internet for ten days and you still billed the full month".
  `\\b(?:sin|no|without)\\b(?: (?:agua|luz|gas|internet|senal|servicio|cable|calefaccion|caliente|water|power|electricity|internet|signal|service|broadband|heating|hot|tv|line))+\\b${gap(10)} (?:(?:la |el )?(?:boleta|cuenta|factura|recibo|cobro|bill|invoice)\\w*${gap(2)} (?:llego|vino|salio|came|arrived|was)(?: \\w+)? (?:igual|igualita|igualito|completa|completo|entera|entero|normal|the same|in full|full|as usual)|(?:igual|igualito|still|anyway) (?:me |nos )?(?:cobraron|cobran|facturaron|billed|charged))\\b`,
  // "an overdraft fee because your direct debit came out early": a fee the company caused.
  "\\b(?:fee|fees|charge|charges|penalty|fine|interest|recargo|multa|comision|intereses)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,6} (?:because|due to|thanks to|por culpa de|debido a) (?:of )?(?:your|you|you guys|they|the bank's|su|sus|vuestro|vuestra|ustedes|un error (?:de|del) (?:ustedes|banco|sistema))\\b",
  // "un débito de $4,99 de una suscripción que no conozco", "a subscription I never signed up for".
  '\\b(?:suscripcion|servicio|membresia|plan|compra|cargo|cobro|debito|seguro)\\w* que (?:yo )?(?:no (?:conozco|reconozco|contrate|pedi|autorice|solicite)|nunca (?:contrate|pedi|autorice|solicite))\\b',
  // "Me devolvieron el producto pero no la plata", "they collected the return but the money never came back".
  '\\b(?:devolvi|devolvimos|devolvieron|recibieron|retiraron|recogieron|entregue|returned|sent back|collected|picked up|received)\\b(?: [^ ]+){0,3} (?:el |la |los |las |the |my |our )?(?:producto|articulo|pedido|equipo|paquete|item|product|order|parcel|return|device|phone)\\w*(?: [^ ]+){0,4} (?:pero|y|but|and) (?:no|nunca|todavia no|aun no|not|never|still no|no sign of)(?: (?:me |han |have |has |got |get|gotten))? ?(?:devolvieron |reembolsaron |returned |refunded )?(?:la |el |mi |my |the )?(?:plata|dinero|reembolso|pago|money|refund|cash)\\b',
  // A debt chased for an account closed or paid: "a debt collection letter for an account I closed last year".
  `\\b(?:debt collect\\w*|collections? (?:agency|agent|letter|call|notice)|final demand|demand letter|bailiffs?|cobranza|cobradores?|carta de cobro|aviso de deuda)\\b${gap(10)} (?:(?:i|we) (?:had )?(?:closed|cancell?ed|paid|settled|cleared)|(?:i|we) never (?:had|opened|owed)|(?:que )?(?:ya )?(?:pague|cancele|cerre|di de baja|salde)|que nunca (?:tuve|abri|contrate))\\b`,
  // "my card was declined but the money still went off my account", "la compra fue rechazada pero igual me descontaron".
  `\\b(?:declined|rejected|bounced|didn't go through|did not go through|never went through)\\b${gap(8)} (?:but|yet|and|still)\\b${gap(6)} (?:went off|came off|was taken|were taken|got taken|was deducted|were deducted|got deducted|deducted|debited|left my account|came out|went out|taken (?:from|off|out))\\b|\\b(?:rechazad[oa]|rechazaron|rechazo|no paso|fallo|fallida|no se (?:proceso|completo|realizo))\\b${gap(8)} (?:pero|y)\\b${gap(4)} (?:me |se |la |lo )?(?:descontaron|desconto|cobraron|cobro|debitaron|debito|sacaron|saco|retiraron|fue (?:descontad|debitad|cobrad)[oa])\\b`,
  // "K-Electric bill is showing 3 times the normal units", "la boleta llegó al triple de lo normal".
  `\\b(?:bill|invoice|charges?|reading|meter|units|statement|factura|boleta|cuenta|recibo|cobro|consumo|lectura)\\w*\\b${gap(10)} (?:(?:(?:\\d+|two|three|four|five|ten) times|double|triple|twice|thrice|quadruple) (?:the |my |our )?(?:normal|usual|regular|average|typical|what (?:i|we) (?:normally |usually )?(?:pay|use|get))|(?:el |al |a |un |casi el |mas del? )?(?:doble|triple|cuadruple) de lo (?:normal|habitual|de siempre|que (?:pago|pagamos|suelo pagar|siempre pago))|(?:\\d+|dos|tres|cuatro|cinco|diez) veces (?:mas de )?lo (?:normal|habitual|de siempre|que (?:pago|pagamos|suelo pagar)))\\b`,
  // A charge the customer does not recognise: "¿qué es este cargo de 12 dólares? no lo reconozco", "what is this charge on
  // my statement? Don't recognise it", "airtime that never dropped".
  `\\b(?:charges?|debits?|payments?|transactions?|deductions?|amount|cargos?|cobros?|debitos?|movimientos?|compras?|descuentos?)\\b(?: [^ ]+){0,16} (?:no (?:lo|la|los|las) (?:reconozco|reconocemos|conozco)|(?:i |we )?(?:don't|do not|dont|didn't|did not) recogni[sz]e (?:it|this|that|them|the)|(?:i |we )?never (?:made|authori[sz]ed) (?:it|this|that|them))\\b|\\b(?:debited|charged|deducted|paid)\\b${gap(8)} (?:for )?(?:airtime|data|bundle|top ?up|recharge|token|units|credit|load)\\w*\\b${gap(3)} (?:that |which )?(?:never|didn't|did not|has not|hasn't|not) (?:drop|dropped|come|came|arrive|arrived|reflect|reflected|load|loaded|credit|credited)\\b`,
  // A refund that stays pending: "refund status, it is pending since 15 days", "el reembolso sigue pendiente hace 3 semanas".
  `\\b(?:refund|reversal|reimbursement|chargeback|reembolso|devolucion|reintegro|reverso)\\w*\\b${gap(10)} (?:pending|still pending|not (?:yet )?(?:received|credited|processed)|pendiente|sin (?:acreditar|procesar))\\b${gap(3)} (?:since|for|over|desde hace|hace|hace ya|desde) (?:more than |over |almost |mas de |casi )?(?:\\d+|two|three|four|five|six|ten|several|dos|tres|cuatro|cinco|seis|diez|varios|varias) (?:days|weeks|months|dias|semanas|meses)\\b`,
  // Paid and shut out: "mi pay the full fee fi the course and mi cyaan even log in fi two weeks", "pagué el curso y no puedo
  // entrar".
  `\\b(?:paid|pay|pagu?e|pagamos)\\b${gap(8)} (?:and|but|yet|y|pero)\\b${gap(4)} (?:(?:i |mi |we )?(?:can't|cannot|cant|cyaan|couldn't|still can't|am unable to|unable to)|no (?:puedo|pude|podemos|me deja|me dejan)|sigo sin poder) (?:even |ni )?(?:log ?in|login|access|use|get in|sign in|stream|entrar|ingresar|acceder|usar|iniciar sesion)\\b`,
  // A fee for the other side's cancellation: "a los 20 minutos me canceló solo. Y me cobraron la tarifa de cancelación".
  '\\b(?:me cancelo|me cancelaron|cancelo (?:el|la|mi)|cancelaron (?:el|la|mi))\\b(?: [^ ]+){0,12} (?:me |nos )?(?:cobraron|cobro|cobran|cargaron|cargo)\\b(?: [^ ]+){0,4} (?:tarifa|multa|cargo|comision|penalidad|penalizacion|recargo)\\w* (?:de |por )?cancelacion\\b',
  // Money out, nothing in: "la recarga no le entró a mi mamá, y el dinero sí salió de la tarjeta".
  '\\bno (?:le |me |nos |les )?(?:entro|llego|cargo|acredito|aparecio|impacto)\\b(?: [^ ]+){0,10} (?:el |la |mi )?(?:dinero|plata|monto|pago|cobro|saldo)\\b(?: si)? (?:salio|se desconto|me lo descontaron|se debito|lo debitaron|se fue)\\b|\\b(?:el |la |mi )?(?:dinero|plata|monto|pago)\\b(?: si)? (?:salio|se desconto|se debito)\\b(?: [^ ]+){0,10} (?:pero |y )?no (?:le |me |nos |les )?(?:entro|llego|cargo|acredito|aparecio)\\b',
  // Debited and never credited: "me salió el débito pero la recarga nunca se acreditó", "the debit went through but the
  // top-up never arrived".
  "\\b(?:me salio|salio|se hizo|se realizo|me hicieron|se desconto|me descontaron|me debitaron|se debito)\\b (?:el |la )?(?:debito|cobro|cargo|descuento|pago|transferencia)\\b(?: [^ ]+){0,10} (?:pero|y) (?:la |el |mi )?(?:\\w+ )?(?:nunca|no|todavia no|aun no) (?:se |me |le )?(?:acredit\\w*|lleg\\w*|entr\\w*|carg\\w*|reflej\\w*|activ\\w*|impact\\w*)\\b|\\b(?:debit|payment|deduction|money|transfer)\\b (?:went through|was deducted|was taken|left my account|came out|was debited)\\b(?: [^ ]+){0,10} (?:but|and) (?:the |my )?(?:\\w+ )?(?:never|not|still not|hasn't|has not|didn't|did not) (?:been )?(?:credited|arrived|reflected|loaded|received|come through|shown up|showed up|activated)\\b",
  // Two charges, one purchase: "dos cargos de 39,90 € de vuestra tienda y solo hice un pedido", "two charges but I only
  // placed one order".
  '\\b(?:dos|2|tres|3|varios) (?:cargos|cobros|debitos|descuentos|pagos|movimientos)\\b(?: [^ ]+){0,8} (?:y |pero )?(?:solo|solamente|unicamente) (?:hice|realice|compre|pedi|tengo|hicimos|fue) (?:un|una|1)\\b|\\b(?:two|2|three|3|multiple|several) (?:charges|debits|payments|deductions|transactions)\\b(?: [^ ]+){0,8} (?:but |and |yet )?(?:i |we )?(?:only )?(?:made|placed|ordered|bought|had) (?:only )?(?:one|1|a single)\\b',
  // Charged and not served: "la página me cobró y no me generó el pasaje", "took the payment but never issued the ticket".
  `\\b(?:me cobro|me cobraron|me desconto|me descontaron|me debito|me debitaron|charged me|took (?:the|my) (?:money|payment))\\b${gap(8)} (?:y|pero|but|and) (?:no|nunca|never|didn't|did not)(?: me| se| nos)?(?: la| lo| los| las)? (?:genero|generaron|emitio|emitieron|envio|enviaron|dieron|entregaron|cargo|cargaron|acredito|acreditaron|activo|activaron|reflejo|abono|abonaron|issue|issued|send|sent|generate|generated|give|gave|credit|credited|load|loaded)\\b`,
  // "taken on the 1st AND the 15th": one bill taken on two dates.
  '\\b(?:taken|debited|charged|deducted|came out|went out|billed|cobraron|debitaron|descontaron)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:on the |el )\\d+(?:st|nd|rd|th)? (?:and|y) (?:again |otra vez )?(?:on )?(?:the |el )\\d+',
  // "Two separate deductions for the same bill".
  `\\b(?:two|2|three|3|multiple|several|duplicate|double|repeated) (?:separate |different |identical |equal )?(?:deductions|charges|payments|debits|transactions|withdrawals|bills|invoices)\\b${gap(6)} (?:same|one|single|only one)\\b|\\b(?:dos|2|tres|3|varios) (?:cargos|cobros|debitos|descuentos|pagos|movimientos|facturas)(?: \\w+){0,2} (?:iguales|identicos|duplicados|por (?:el|la|lo) mism[oa]|de (?:la|el|lo) mism[oa])\\b`,
  // "I want that $25 back": an amount asked back.
  '\\b(?:want|need|give me|get|refund me) (?:my |the |our |that |this |all |all my |all of my )?(?:\\d[\\d.,]*|(?:\\w+ )?(?:dollars|pounds|quid|bucks|euros|rupees|rs|pesos)) back\\b',
  // "Who's covering that?", "¿quién me cubre eso?": a cost the company caused, asked to be covered.
  "\\bwho(?:'s| is| will| would| 's going to| is going to| are you going to)?(?: going to| gonna)? (?:cover|covers|covering|reimburse|reimbursing|compensate|compensating|foot|footing|pay for|pays for|paying for|refund|refunding)\\b(?: me)?(?: for)? (?:that|this|it|those|these|the (?:cost|costs|bill|hotel|fare|tickets?|booking)|my (?:costs?|losses|hotel|tickets?|booking))\\b|\\bquien (?:me |nos |les )?(?:cubre|cubrira|va a cubrir|compensa|indemniza|reembolsa|responde por|se hace cargo|se va a hacer cargo|me devuelve|nos devuelve|me paga|nos paga)\\b",
];

const PAID = any('paid', 'pague', 'pagamos', 'pagado', 'pagada', 'pagadas', 'pagados');
const CUT_OFF = any(
  '(?:cut|shut|turned|switched|cutting|shutting|turning|switching) (?:(?![.!?]+(?: |$))[^ ]+ ){0,3}off',
  'disconnect\\w*',
  'suspend\\w*',
  'cortaron',
  'cortado',
  'corto',
  'suspendieron',
  'suspendido',
  'suspendida',
  'bloquearon',
  'desconectaron',
  'dieron de baja',
);

// ── A visit, delivery or call that never came ────────────────────────────────────────────────────
const VISITOR_ES = any(
  'tecnic[oa]s?',
  'instalador\\w*',
  'repartidor\\w*',
  'mensajer[oa]s?',
  'cartero',
  'chofer',
  'conductor\\w*',
  'courier',
  'paqueteria',
  'transportista',
  'plomero',
  'gasfiter',
  'electricista',
  'fontanero',
  'cerrajero',
  'cuadrilla',
  'mudanza',
  'flete',
  'grua',
  'auxilio mecanico',
  'ambulancia',
  'patrulla',
  'taxi',
  'remis',
  // "el seguro médico … no vino ninguna explicación": health insurance, not a doctor.
  '(?<!\\bseguro )medico',
  'enfermer[oa]',
  'entrenador\\w*',
  'profesor\\w*',
  'instructor\\w*',
  'cuidador\\w*',
  'inspector\\w*',
  'visita',
  'nadie',
  'turno',
  'cita',
  'hora para',
  'instalacion',
  'agend\\w+',
);
const NEVER_CAME_ES = any(
  '(?:nunca|no|ni) (?:ha |han |se ha |se han |se )?(?:llegaron|llego|vino|vinieron|venido|aparec\\w+|presento|presentaron|presentado|llegado|paso|pasaron|pasado|viene|vienen|venia|venian|iba a venir|iban a venir)',
  'ni (?:luces|rastro|senales)',
  'no (?:aparece|llega|viene)',
  'nadie (?:llego|vino|aparecio|se presento|ha venido|ha aparecido|ha llegado|se ha presentado)',
);
const NO_SHOW_ES = [
  // "el repartidor marcó 'ausente' a las 11:02 y yo estaba en el portal esperándole".
  `\\b(?:marc\\w+|puso|pusieron|pone|ponen|dice|dicen|figura|aparece|registr\\w+)\\b${gap(4)} (?:como )?(?:ausente|destinatario ausente|cliente ausente|nadie en (?:casa|el domicilio)|no (?:habia|hay) nadie|(?:cliente )?no (?:estaba|me encontraba|se encontraba)|no atendio|direccion (?:incorrecta|no encontrada))\\b(?: [^ ]+){0,14} (?:y |pero |si |cuando )?(?:yo |nosotros |mi \\w+ )?(?:estaba|estuve|estabamos|estuvimos|estoy|estaba esperando|me quede)\\b`,
  near(VISITOR_ES, NEVER_CAME_ES, 8),
  // "Quedaron en llamarme el viernes por lo del reintegro. Estamos a miércoles."
  '\\b(?:quedaron en|quedo en|prometieron|prometio|me dijeron que|me dijo que|me iban a|iban a|agendaron|agende)\\b(?: [^ ]+){0,6} (?:llamar\\w*|llamab\\w*|llamarian|venir|venian|visitar\\w*|devolver\\w*|pasar|pasaban|traer\\w*|entregar\\w*|contactar\\w*|la visita|la llamada|la entrega)\\b(?: [^ ]+){0,16} (?:estamos a|hoy es|ya es|ya estamos a|y ya es|y hoy es) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\\b',
  '\\bme (?:dejaron|dejo|han dejado|ha dejado) (?:plantad[oa]s?|tirad[oa]s?|botad[oa]s?|botao|votao|clavad[oa]s?)\\b|\\bme (?:plantaron|planto|han plantado|ha plantado)\\b',
  `\\b(?:quedaron|quedo|dijeron|dijo|prometieron|prometio|tenia que|tenian que|iban a|iba a|debia|debian|me iban a|agende|agendaron|tenia agendad\\w+)(?: de)?(?: que)? (?:venir|llegar|pasar|llamar\\w*|instalar|visitar\\w*|traer|la visita|la instalacion|el tecnico)\\b${gap(12)} (?:nada|nunca|no (?:han|ha|vino|vinieron|llego|llegaron|llamaron|llamo|aparec\\w+)|ya son las|son las|hoy es|han pasado|pasaron|ni (?:luces|rastro)|nadie)\\b`,
  `\\b(?:tenia|tengo|teniamos|tenemos) (?:turno|cita|hora|visita|agendad\\w+|programad\\w+)\\b${gap(12)} (?:nunca|no) (?:llegaron|vinieron|llego|vino|aparec\\w+|se present\\w+)\\b|\\b(?:tenia|tengo|teniamos|tenemos) (?:turno|cita|hora|visita)\\b${gap(12)} (?:me plantaron|son las|nadie)\\b`,
  `\\b(?:me )?(?:cancelaron|cancelo|suspendieron|cambiaron|reprogramaron) (?:el turno|la cita|la visita|la hora|la instalacion|el turno del \\w+)\\b${gap(10)} (?:sin (?:previo aviso|aviso|avisar\\w*|explicacion\\w*|explicar\\w*|decir\\w* nada)|despues del horario|a ultima hora|y nadie|me entere)\\b`,
  `\\b(?:esperando|espere|esperamos|tuvieron esperando|tienen esperando|me tuvieron esperando)\\b${gap(3)} (?:al|a la|el|la|a el) (?:tecnico|instalador|repartidor|mensajero|de la paqueteria|cartero|plomero|gasfiter|transportista)\\b${gap(8)} (?:todo el dia|toda la manana|toda la tarde|desde|y nunca|y nada|y no)\\b`,
  `\\b(?:quedaron de|dijeron que|prometieron|me iban a|iban a|me dijeron que)(?: me)? (?:llamar\\w*|devolver\\w* (?:la )?llamada|contactar\\w*|me llamarian|me contactarian|llamarian|comunicar\\w*)\\b${gap(10)} (?:nada|nunca|han pasado|hoy es|y no|todavia|sigo esperando|pasaron)\\b`,
  '\\bnadie (?:vino|llego|aparecio|se presento|ha venido|ha aparecido|ha llegado|se ha presentado)\\b|\\bdejar(?:me|nos) (?:plantad|tirad|colgad)\\w*|\\b(?:me|nos) (?:dejo|dejaron|ha dejado|han dejado) (?:colgad|esperando)\\w*|\\bque (?:pedimos|pedi|solicite|solicitamos|agende|agendamos|reserve|reservamos|contrate|contratamos) (?:nunca|no) (?:llego|vino|aparecio|llegaron|vinieron|se presento)\\b|\\b(?:no|ni) (?:toco|tocaron|llamo|llamaron|intento|intentaron) (?:el timbre|la puerta|entregar)\\b',
  '\\b(?:repartidor|repartidora|mensajero|conductor|chofer|courier|cartero|tecnico|instalador|motorizado|rappitendero|delivery)\\w* se (?:fue|marcho|retiro|largo)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} sin (?:entregar|dejar|tocar|llamar|avisar|subir|bajar)\\w*\\b',
  '\\bni ha venido ni ha avisado\\b|\\bno (?:vino|llego) (?:el|la) (?:tecnico|instalador\\w*|repartidor\\w*|mensajer\\w+|visita)\\b',
  '\\b(?:ya no|no) (?:va a|van a|iba a|iban a) venir\\b(?: (?![.!?]+(?: |$))[^ ]+){0,6} (?:sin|ni) (?:nueva fecha|otra fecha|reprogramar|avisar)\\b',
  // "me reagendaron la instalación tres veces", "rescheduled my install three times".
  `\\b(?:reagend\\w+|reprogram\\w+|postergaron|pospusieron|aplazaron|cambiaron la fecha|rescheduled|moved|pushed back|postponed)\\b${gap(4)} (?:dos|tres|cuatro|varias|muchas|\\d+|two|three|four|several|multiple|many) (?:veces|times)\\b|\\b(?:rescheduled|postponed|pushed back)\\b${gap(4)} (?:again|twice|once more)\\b`,
];
const VISITOR_EN = any(
  'technicians?',
  'techs?',
  'engineers?',
  'installers?',
  'driver',
  'courier',
  'delivery (?:guy|man|person|driver)',
  'cable guy',
  'plumber',
  'electrician',
  'movers',
  'fitters?',
  'contractors?',
  'repair ?(?:man|person)',
  'nurse',
  'trainers?',
  'personal trainer',
  'coach',
  'tutors?',
  'teachers?',
  'instructors?',
  'cleaners?',
  'carers?',
  'caregivers?',
  'inspectors?',
  'surveyors?',
  'nobody',
  'delivery',
  'pickup',
  'collection',
  'appointment',
  'visit',
  'booking',
  'installation',
  'ambulance',
  'taxi',
  'cab',
);
const NEVER_CAME_EN = any(
  "(?:never|didn't|did not|didnt|hasn't|has not|hasnt|haven't|have not|still hasn't|still haven't|failed to) (?:even )?(?:show(?:ed|n)?(?: up)?|come(?! up| upstairs| inside| in\\b| into| down| to the door)|came(?! up| upstairs| inside| in\\b| into| down| to the door)|turn(?:ed)? up|arrive[d]?|appear(?:ed)?|make it|pick(?:ed)? me up)",
  'no show',
  '(?:showed|came|turned up|arrived) (?:up )?late',
);
const WEEKDAY_EN =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)';
const NO_SHOW_EN = [
  // Hinglish: "Installation ka time 11 baje diya tha, ab shaam ke 5 baj gaye, koi nahi aaya".
  '\\bkoi (?:nahi|nhi|nahin) (?:aaya|aya|aye|aaye|aai|aayi)\\b',
  // "We were told gas would be connected by Monday. It's Wednesday, still nothing": a promised day that passed.
  `\\b(?:told|promised|said|assured|confirmed|booked|scheduled)\\b${gap(10)} (?:by|on|before|for|this|last) (?:this |last |next )?${WEEKDAY_EN}\\b(?: [^ ]+){0,14} (?:it's|its|it is|today is|today's|now it's|and it's|we're on|we are on|it's now) (?:already |now )?${WEEKDAY_EN}\\b`,
  // "Was promised a call back Tuesday. It's Friday.", "callback was promised within 24 hours, that was Thursday".
  "\\b(?:promised|was promised|were promised|booked|scheduled|said (?:they'd|they would|someone would|you'd|you would)|(?:was|were) told (?:that )?(?:someone|somebody|they|you|an agent|a manager) (?:would|will|'d))\\b(?: [^ ]+){0,6} (?:call ?back|callback|call|ring|visit|delivery|someone|me back)\\b(?: [^ ]+){0,8} (?:it's|its|it is|today is|that was)(?: now| already)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(?:call ?back|callback|visit|delivery)\\b(?: [^ ]+){0,3} (?:was |were )?(?:promised|booked|scheduled|due)\\b(?: [^ ]+){0,8} (?:it's|its|it is|today is|that was)(?: now| already)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
  // "marked my parcel as 'customer not available' but I was literally at the door".
  "\\b(?:marked|says|said|claims|claimed|status|shows|showing|noted)\\b(?: [\\w']+| [.,!\"]){0,6} (?:not available|unavailable|not (?:at )?home|no one (?:home|available|in|there)|nobody (?:home|in|available|there)|no answer|address not found|refused)\\b(?: [\\w']+| [.,!\"]){0,6} (?:i was|we were|i've been|i have been|someone was|i'd been|i had been|my (?:wife|husband|mum|mom|dad) was) (?:literally )?(?:at )?(?:home|in|here|there|waiting|at the door|right there|downstairs)\\b",
  // "the driver left without dropping off half the order", "the engineer went away without fixing anything".
  "\\b(?:driver|courier|rider|delivery (?:guy|man|person|driver)|postman|postie)\\b(?: [\\w']+){0,2} (?:just )?(?:left|drove off|went away|took off|walked off|disappeared) without (?:delivering|dropping|leaving|knocking|ringing|calling)\\b",
  // "Your courier says he attempted delivery. I was home all day.": a delivery attempt the customer says never happened.
  "\\b(?:attempted|tried to make|tried to do) (?:a |the )?deliver\\w*\\b(?: [\\w']+| [.,!]){0,12} (?:i was|we were|i've been|i have been|someone was|i'd been|i had been) (?:at )?(?:home|in|here|there|waiting)\\b|\\b(?:i was|we were|i've been|i have been) (?:at )?home(?: [\\w']+| [.,!]){0,12} (?:attempted|tried to) deliver\\w*\\b|\\bno (?:knock|card|note|doorbell|ring|call)(?: ,)? no (?:knock|card|note|doorbell|ring|call)\\b",
  `\\b(?:booked|scheduled|arranged|requested|confirmed)\\b${gap(4)} never (?:happened|came|arrived|showed|turned up)\\b|\\b(?:it|they|he|she) never (?:showed|turned up)\\b`,
  near(VISITOR_EN, NEVER_CAME_EN, 8),
  '\\b(?:nobody|no one|noone)(?: has| had| ever)? (?:showed|shown|came|come|turned up|arrived|appeared|bothered to (?:come|show|turn up))\\b',
  `\\bstill no (?:word|sign|news|call|show)\\b${gap(2)} (?:from|of) (?:the|my|your|our|that) ${VISITOR_EN}\\b`,
  '\\b(?:was|were|is|are) a no show\\b|\\bno show\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:no call|again|nothing)\\b|\\bstood (?:me|us) up\\b',
  `\\b(?:was|were) (?:meant|supposed|scheduled|due|booked) to (?:come|call|be here|turn up|show|install|visit|fit|repair|fix|deliver|collect|pick up|ring|connect)\\b${gap(14)} (?:never|no show|nobody|no one|nothing|still|it's|its|didn't|hasn't|not coming|isn't coming|cancelled|canceled)\\b`,
  `\\b(?:appointment|delivery|install\\w*) (?:window|slot)\\b${gap(14)} (?:never|no show|nobody|didn't|reschedul\\w+|cancel\\w+|half|turned up at)\\b`,
  `\\b(?:cancel\\w+|reschedul\\w+) (?:my|the|our) (?:appointment|visit|booking|install\\w*)\\b${gap(6)} (?:without|and nobody|and no one|last minute|no notice|didn't tell|never told|nobody told)\\b`,
  '\\bwait(?:ed|ing)? (?:in )?all day\\b|\\bwaiting in since\\b|\\b(?:took|taken|taking) (?:the|a) day off\\b|\\bwaited all day for\\b',
  `\\bpromised (?:a |me a |me )?(?:call ?back|callback|call|visit)\\b${gap(8)} (?:never|still|no|nobody)\\b|\\bstill waiting (?:on|for) (?:that |the |my |a )?(?:call ?back|callback|technician|engineer|visit|plumber)\\b`,
  `\\b(?:said|told me|promised) (?:they'd|they would|someone would|you'd|you would|he'd|she'd|i would get|i'd get) (?:call|come|be here|ring|contact)\\b${gap(10)} (?:never|that was|still|nobody|ago|no one|nothing)\\b`,
  "\\b(?:would|will|'d|'ll) (?:call|ring|get back to|contact|come|phone)\\b[^!?]{0,60}\\b(?:that was|it's been|its been|and nothing|still nothing|never did|never happened|never heard)\\b",
  `\\b(?:cancel\\w+|reschedul\\w+|called off)\\b${gap(8)} (?:without (?:telling|warning|notice|notifying|letting|asking)|no notice|last minute|didn't tell|never told|nobody told)\\b`,
  "\\b(?:didn't|did not|never|couldn't be bothered to) (?:even )?(?:try|bother|attempt)\\w* (?:to )?(?:deliver|knock|ring|come|call)\\b",
  "\\bcontact me within\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:\\. )?(?:that was|it's been|its been)\\b",
  // Due at a time and nobody by a later one: "the movers were due at 7.30… It's 9.15 and no sign of anyone".
  "\\b(?:due|booked|scheduled|supposed to (?:come|arrive|be here|turn up)|meant to (?:come|arrive|be here|turn up))\\b(?: [^ ]+){0,16} (?:no sign of (?:anyone|anybody|them|him|her|the [a-z]+)|(?:nobody|no one)(?:'s| has| is)? (?:turned up|shown up|showed up|come|arrived|here))\\b",
  // "rang to say he's not coming, no new date", "appointments you missed".
  "\\b(?:he's|he is|she's|she is|they're|they are|engineer's|engineer is|technician's|technician is|driver's|driver is|courier's|courier is|guy's|guy is|installer's|installer is) (?:not|no longer|never) (?:coming|turning up|showing up|making it)\\b|\\b(?:nobody's|nobody is|no one's|no one is) (?:coming|turning up|showing up)\\b|\\bno (?:new|other|alternative|replacement) (?:date|time|slot|appointment|visit)\\b",
  "\\b(?:appointments?|visits?|deliveries|delivery|slots?|callbacks?|call ?backs?) (?:that )?(?:you|they|he|she|the engineer|your engineer|the technician|your technician|the driver|your driver) (?:missed|didn't (?:turn up|show|come) (?:for|to))\\b|\\b(?:you|they|he|she|engineer|technician|driver|courier|installer) (?:missed|skipped) (?:the|my|our|another|a|both|two) (?:appointments?|visits?|deliver(?:y|ies)|slots?|windows?|callbacks?)\\b|\\bmissed appointments\\b",
];

// ── The order that arrived wrong ─────────────────────────────────────────────────────────────────
const ARRIVED_ES = any(
  'llego',
  'llegaron',
  'llega',
  'llegan',
  'ha llegado',
  'han llegado',
  'vino',
  'vinieron',
  'viene',
  'venia',
  'venian',
  'recibi',
  'recibimos',
  'trajeron',
  'trajo',
  'mandaron',
  'enviaron',
  'entregaron',
  'me (?:han|habeis) (?:mandado|enviado|traido|entregado)',
);
const BAD_STATE_ES = any(
  'fri[oa]s?',
  'helad[oa]s?',
  'tibi[oa]s?',
  'crud[oa]s?',
  'quemad[oa]s?',
  'derramad[oa]s?',
  'regad[oa]s?',
  'aplastad[oa]s?',
  'mojad[oa]s?',
  'danad[oa]s?',
  'rot[oa]s?',
  'raja(?:o|d[oa]s?)?',
  'quebrad[oa]s?',
  'trizad[oa]s?',
  'rayad[oa]s?',
  'abollad[oa]s?',
  'golpead[oa]s?',
  'manchad[oa]s?',
  'abiert[oa]s?',
  'incomplet[oa]s?',
  'vaci[oa]s?',
  'vencid[oa]s?',
  'caducad[oa]s?',
  'podrid[oa]s?',
  'en mal estado',
  'equivocad[oa]s?',
  'distint[oa]s?',
  'diferentes?',
  'defectuos[oa]s?',
  'a medias',
  'con (?:una|un|la) (?:abolladura|raya|rayon|golpe|mancha|grieta|agujero|pata \\w+|pantalla \\w+|mitad)',
  'con la mitad',
  'usad[oa]s?',
  'desarmad[oa]s?',
  'deshech[oa]s?',
  'derretid[oa]s?',
  'con (?:piezas |partes |productos |cosas |tornillos )?faltantes',
  'de otr[oa] (?:talle|talla|color|modelo|tamano|marca)',
  'sin (?:el|la|los|las) (?!demora)\\w+',
);
const ORDER_ES = any(
  'pedido',
  'paquete',
  'envio',
  'producto',
  'compra',
  'orden',
  'domicilio',
  'comida',
  'caja',
  'bolsa',
  'articulo',
);
const ORDER_FAILURE_ES = [
  // "Pedí la talla 40 negra. Lo que llegó es una 36 blanca".
  `\\b(?:pedi|compre|ordene|encargue|pedimos|compramos|elegi|escogi)\\b${gap(12)} (?:y |pero )?lo que (?:me |nos )?(?:ha |han )?(?:llego|llegaron|llegado|vino|vinieron|venido|mandaron|mandado|enviaron|enviado|entregaron|entregado|trajeron|traido|recibi|recibimos|subido|subieron|dejaron|dejado)\\b(?! (?:es|fue|esta|estaba|era) (?:perfect|genial|excelente|buenisim|lind|hermos|mejor|igual))`,
  `\\b${ARRIVED_ES}${words(6)} ${NOT_MILD}${BAD_STATE_ES}\\b`,
  `\\b(?:falt\\w+) (?:un|una|el|la|los|las|dos|tres|\\d+|la mitad|piezas|partes|productos|cosas)\\b`,
  `\\b(?:pedi|compre|ordene|encargue|pedimos|compramos)\\b${gap(8)} (?:y|pero) (?:me )?(?:llego|llegaron|mandaron|trajeron|vino|vinieron|enviaron|dieron|entregaron)\\b`,
  `\\bme (?:trajeron|mandaron|enviaron|dieron|han mandado|habeis mandado|han enviado|habeis enviado|entregaron|mandan|envian)\\b${gap(3)} (?:mal|equivocad\\w+|incorrect\\w+|otr[oa]s? \\w+|un[oa]? \\w+ (?:usad|abiert|rot|danad|vencid|equivocad|distint|diferent|de otro|que no)\\w*)`,
  `\\b${ARRIVED_ES}\\b${gap(8)} que no (?:es (?:el |la |lo )?mi[oa]s?|es (?:el|la|lo) que (?:pedi|compre)|pedi|compre|ordene)\\b`,
  '\\b(?:caja|paquete|bolsa|envio) (?:llego |vino |estaba |esta )?vaci[oa]\\b',
  '\\b(?:estaba|estaban|vino|vinieron|llego|llegaron|esta|estan)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:crud[oa]s?|podrid[oa]s?|vencid[oa]s?|caducad[oa]s?|en mal estado|echad[oa]s? a perder|con hongos|agri[oa]s?)\\b',
  '\\b(?:pedido|talla|talle|producto|modelo|color|paquete|articulo)s? (?:equivocad\\w+|incorrect\\w+)\\b|\\bno es (?:lo|la|el) que (?:pedi|compre|ordene|encargue)\\b|\\b(?:talla|talle|color|modelo) que no es\\b',
  `\\b(?:dice|dicen|aparece|figura|marca|sale|asegura)\\w*${gap(4)} (?:entregad\\w+|entrego|entregaron)\\b${gap(10)} (?:no|nada|nunca)\\b`,
  `\\b(?:se|me) (?:llevo|llevaron|perdieron|perdio|extraviaron) (?:el|mi|la) (?:pedido|paquete|envio|compra|orden)\\b|\\b(?:pedido|paquete|envio)s? (?:perdid\\w+|extraviad\\w+)\\b|\\b(?:nunca|jamas) (?:me )?(?:llego|llegaron|recibi) (?:el|la|mi|los|las|nada)\\b`,
  `\\b(?:${ORDER_ES}|es nuev[oa]|nuev[oa]|recien comprad\\w+)\\b${gap(6)} no (?:funciona|anda|prende|enciende|sirve|carga)\\b|\\bno (?:funciona|anda|prende|enciende|sirve)\\b${gap(4)} (?:es nuev[oa]|recien comprad\\w+|recien llegad\\w+)\\b`,
  `\\b(?:el|la) (?:repartidor|mensajero|cartero|conductor)\\b${gap(8)} (?:en la puerta equivocada|en otra direccion|en la direccion equivocada|a otra persona)\\b|\\ben (?:la|una) (?:direccion|conserjeria|casa|puerta|porteria) equivocada\\b`,
  '\\b(?:dice|dicen|aparece|figura|marca|sale)(?: como| que)? entregad[oa]\\b',
  `\\bno es (?:lo|la|el) que (?:mostraban|mostraba|anunciaban|decia|decian|ofrecian|prometieron|sale en|aparece en)\\b|\\bnada que ver con (?:la|lo|las|los|el) (?:foto|fotos|imagen|imagenes|anuncio|descripcion|pagina)\\b`,
  `\\bme (?:mandaron|enviaron|trajeron|dieron|llego|llegaron|han mandado|habeis mandado)\\b${gap(6)} (?:y|pero) (?:yo )?(?:pedi|habia pedido|compre|ordene|encargue)\\b`,
  '\\b(?:el|la|los|las) \\w+ que me (?:mandaron|enviaron|vendieron|trajeron|entregaron|llego|llegaron) no (?:sirve|sirven|funciona|funcionan|anda|andan|prende|enciende|carga)\\b',
  // "se perdió el paquete", "está extraviado", "sin movimiento desde hace 10 días".
  `\\b(?:se (?:perdio|extravio|perdieron|extraviaron)|(?:esta|estan|quedo|fue) (?:perdid[oa]s?|extraviad[oa]s?|robad[oa]s?))\\b|\\b(?:seguimiento|tracking|rastreo|envio|paquete)\\b${gap(3)} (?:sin (?:movimiento|actualizar|novedad\\w*)|no se (?:mueve|actualiza)|(?:no (?:se )?(?:ha )?(?:movido|actualizado)))\\b${gap(3)} (?:\\d+|dos|tres|cuatro|cinco|diez|una|un) (?:dias|semanas|semana|mes)\\b`,
  `\\b(?:me )?(?:mandaron|enviaron|trajeron|entregaron|llego|vino|llegaron|vinieron)\\b${words(5)} (?:,|pero|cuando|y) (?:yo )?(?:habia )?(?:pedi|pedimos|compre|elegi|encargue|solicite|pedido)\\b(?! (?:otra vez|de nuevo))`,
  // "el reemplazo también vino fallado".
  '\\b(?:el|la) (?:reemplazo|repuesto|cambio|nuevo|nueva|que me mandaron de cambio)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:tambien |otra vez |igual )?(?:vino |llego |esta |salio )?(?:tambien |igual )?(?:fallad[oa]|rot[oa]|defectuos[oa]|dañad[oa]|danad[oa]|malo|mala|no (?:funciona|prende|anda|enciende))\\b',
  // "dicen que está entregado", "se equivocó de dirección", "me vendieron un reacondicionado como nuevo".
  '\\b(?:dice|dicen|decia|figura|aparece|marca|marcaron|marco|sale|pusieron|puso|consta)(?: que)?(?: como)? (?:ya )?(?:esta |fue |estaba )?entregad[oa]s?\\b|\\bse equivoc\\w+ de (?:direccion|casa|domicilio|depto|departamento|edificio|piso)\\b|\\b(?:reacondicionad[oa]|usad[oa]|de segunda mano|abiert[oa]) (?:como|por) (?:nuevo|nueva)\\b',
  `\\b(?:llego|vino|llegaron|entregaron|trajeron)\\b${gap(3)} (?:el dia |un dia |la semana )?despues (?:del|de la|de mi) (?:cumpleanos|fiesta|evento|boda|viaje|cumple|celebracion|funeral|aniversario)\\b|\\b(?:me )?(?:cambiaron|reemplazaron|sustituyeron)\\b${gap(5)} (?:sin (?:preguntar|avisar|consultar)|que no (?:pedi|queria))\\b|\\b(?:llego|vino|recibi|me llego|me entregaron)\\b${gap(3)} (?:la |una |el )?(?:caja|paquete|bolsa|sobre) vaci[oa]\\b`,
];
const ARRIVED_EN = any(
  'arrived',
  'came',
  'turned up',
  'showed up',
  'was delivered',
  'were delivered',
  'got delivered',
  'delivered',
  'got here',
  'was',
  'were',
  'is',
  'are',
  "it's",
  "they're",
  'had',
  'have',
);
const BAD_STATE_EN = any(
  'cold',
  'stone cold',
  'lukewarm',
  'raw',
  'undercooked',
  'burnt',
  'melted',
  'spoiled',
  'rotten',
  'mouldy',
  'moldy',
  'stale',
  'spilled',
  'spilt',
  'squashed',
  'crushed',
  'smashed',
  'broken',
  'cracked',
  'dented',
  'damaged',
  'torn',
  'ripped',
  'soaked(?: through)?',
  'ruined',
  'leaking',
  'opened',
  'missing',
  'incomplete',
  'wrong',
  'empty',
  'defective',
  'faulty',
  'scratched',
  'smeared',
  'squished',
  'mushed',
  'caved in',
  'in pieces',
  'in (?:two|three|four|several|many|\\d+) pieces',
  'dead on arrival',
);
const ORDER_EN = any(
  'food',
  'dinner',
  'lunch',
  'breakfast',
  'takeout',
  'meals',
  'order',
  'meal',
  'takeaway',
  'delivery',
  'pizza',
  'burger',
  'burrito',
  'fries',
  'chips',
  'curry',
  'kebab',
  'salad',
  'soup',
  'sandwich',
  'coffee',
  'drinks?',
  'ice cream',
  'groceries',
  'shopping',
  'package',
  'parcel',
  'items?',
  'product',
  'sofa',
  'couch',
  'tv',
  'screen',
  'glasses',
  'lamp',
);
const ORDER_FAILURE_EN = [
  // Spoiled on opening: "smelled sour when we opened the box, had to throw the whole thing".
  '\\b(?:smelled|smelt|smells|smelling|tasted|tastes) (?:sour|off|rotten|rancid|spoiled|spoilt|bad|funny|like vinegar)\\b|\\bhad to (?:throw|bin|chuck|toss) (?:it|them|the whole|the lot|everything|all of it)\\b',
  // Marked delivered, nothing received (Banglish, Hinglish): "order delivered, kintu ami kichui pai nai".
  "\\b(?:kichui|kisu|kuch bhi|kuchh bhi|kuch) (?:pai ?nai|paini|nahi mila|nhi mila|nai)\\b|\\bdelivered\\b(?: [^ ]+){0,4} (?:kintu|lekin|but|pero)\\b(?: [^ ]+){0,3} (?:pai ?nai|nahi mila|never (?:got|received)|(?:didn't|didnt|did not|haven't|havent|have not) (?:get|got|receive|received))\\b",
  // Parts listed and missing: "Box arrived with the drill but no battery or charger".
  `\\b(?:arrived|came|delivered|turned up|showed up) with\\b${gap(6)} (?:but|and|yet) (?:no|without)\\b`,
  // Told by contrast: "Ordered the parka in men's medium, black. What came is a women's XS in mustard yellow".
  '\\b(?:ordered|order|bought|paid for|asked for|chose|picked|selected)\\b(?: [^ ]+){1,12} (?:but |and )?(?:what|the one that|the thing that) (?:came|arrived|showed up|turned up|was delivered|got delivered|i got|i received|you sent|they sent|reach|reached|land|landed|come)\\b(?! (?:was|is) (?:perfect|great|lovely|fine|exactly|spot on|beautiful|amazing|brilliant|better))',
  // Taglish, another size in the parcel: "Size M po yung inorder ko pero XL yung dumating".
  '\\b(?:size|sukat) \\w+ (?:po )?(?:yung|ang|yong) (?:inorder|in-order|order|binili|pinili) ko(?: po)? pero \\w+ (?:yung|ang|yong) (?:dumating|natanggap|binigay|pinadala)\\b',
  // Some of the items, all of them billed: "el mercado llegó con 3 de los 5 productos", "arrived with 2 of the 4 bags".
  '\\b(?:llego|llegaron|vino|vinieron|came|arrived|got|received|recibi|me llego|me llegaron|delivered)\\b(?: [^ ]+){0,3} (?:con |with )?(?:solo |only |just )?(?:\\d+|uno|una|dos|tres|cuatro|one|two|three|four) (?:de|of) (?:los |las |the |my |mis )?(?:\\d+|dos|tres|cuatro|cinco|seis|two|three|four|five|six)\\b',
  // Unsafe on arrival: "switched it on, it smells like burning plastic and trips the plug", "huele a quemado y saca chispas".
  '\\b(?:smells? (?:like|of) (?:burning|burnt|smoke|gas)|burning smell|trips? (?:the|my) (?:plug|fuse|fuses|breaker|switch|electrics)|(?:gave|gives|giving) (?:me |us )?(?:an? )?(?:electric )?shock|sparks (?:came|coming|flying)|started (?:smoking|sparking)|(?:huele|olia|olio) a (?:quemado|plastico quemado|gas)|saca chispas|(?:me )?(?:dio|da) (?:la )?corriente|(?:salio|sale|saco) humo|hizo cortocircuito|bota los tapones|salta el (?:diferencial|automatico|termico))\\b',
  // Out for delivery since a day long past: "my parcel's been 'out for delivery' since last Tuesday".
  '\\b(?:out for delivery|en reparto|en distribucion|with the courier|con el repartidor)\\b(?: [^ ]+){0,2} (?:since|desde) (?:el |the )?(?:\\d|last|early|mid|hace|principios|mediados|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|\\btracking (?:hasn\\S* |has not |hasn )?(?:moved|budged|updated|changed)(?: an inch| at all| in (?:days|a week|\\d+ days))\\b|\\bel (?:seguimiento|tracking) no se (?:ha )?(?:movido|mueve|actualiza|actualizado)\\b',
  // Delivered to another door: "your driver's 'proof of delivery' photo shows a blue door. Mine is green".
  "\\b(?:proof of delivery|delivery photo|photo|picture|foto|fotografia)\\b(?: [^ ]+){0,4} (?:shows|is of|muestra|es de) (?:a |an |the |una |un |la |el |otra |otro )?(?:\\w+ )?(?:door|house|building|porch|gate|doorstep|puerta|casa|edificio|porton|reja)\\b(?: [^ ]+){0,8} (?:mine is|my door is|my house is|not my|isn't mine|is not mine|la mia es|mi puerta es|mi casa es|no es (?:mi|la mia))\\b",
  // A size ordered, another inside: "ordered the trail runners in a 10… the shoes inside are an 8.5", "pedí las botas en 38
  // y vinieron en 40".
  '\\b(?:ordered|asked for|bought|pedi|compre|encargue)\\b(?: [^ ]+){0,5} (?:in (?:a |an )?|size |talla |numero |en (?:talla |numero )?)(\\d+(?:[.,]\\d)?)\\b(?: [^ ]+){0,12} (?:are|is|were|was|came|son|es|vinieron|llegaron|llego|vino) (?:in )?(?:an? |size |talla |numero |de |en )?(?!\\1\\b)(\\d+(?:[.,]\\d)?)\\b',
  // The size that came told first, the size ordered after: "they're a US 9 and I ordered a 10.5", "vino un 38 y pedí 40".
  "\\b(?:they're|got|received|sent|came in|vinieron|vino|llego|llegaron) (?:a |an |un |una |en )?(?:us |uk |eu |size |talla |numero )?(\\d+(?:[.,]\\d)?)\\b(?: [^ ]+){0,3} (?:and|but|y|pero) (?:i|we|yo)? ?(?:ordered|asked for|bought|pedi|compre|encargue) (?:a |an |un |una |el |la |en )?(?:us |uk |eu |size |talla |numero )?(?!\\1\\b)\\d+(?:[.,]\\d)?\\b",
  // The size sent is not the size ordered: "mi order shoes size 9 and dem send size 6", "pedí talla M y me llegó talla S".
  '\\b(?:size|talla|talle|numero) ([a-z0-9]+)\\b(?: [^ ]+){0,6} (?:send|sent|came|got|delivered|arrived|received|llego|llegaron|mandaron|enviaron|vino|mandan|trajeron) (?:me |us |a |an |una |un |el |la )?(?:size|talla|talle|numero) (?!\\1\\b)[a-z0-9]+\\b',
  // Sold as new and used: "the 'new' AirPods case you sent me is clearly used, there's someone else's engraving on it".
  "\\b(?:clearly|obviously|visibly|definitely|already|claramente|obviamente|evidentemente|se nota que (?:esta|es|fue)|ya) (?:been )?(?:used|second[- ]hand|pre-?owned|usad[oa]|de segunda mano|reacondicionad[oa])\\b(?! (?:to|for|by|in|para|como))|\\bsomeone else's (?:engraving|name|initials|photos|pictures|data|account|hair|fingerprints|stuff)\\b|\\b(?:grabado|nombre|fotos|datos|iniciales|cuenta) de otra persona\\b",
  `\\b${ORDER_EN}\\b${words(3)} ${ARRIVED_EN}${words(2)} ${NOT_MILD}${BAD_STATE_EN}\\b`,
  `\\b(?:arrived|came|turned up|showed up|delivered|got here)${words(5)} ${NOT_MILD}(?:${BAD_STATE_EN}|without|with no|minus)\\b`,
  '\\b(?:was|were|is|are|came|arrived) (?:all )?(?:smashed|broken|crushed|squashed|cracked|dented|ruined|melted|soaked|ripped|torn) (?:when|on) (?:it |they )?(?:arrived|got here|came|delivery|arrival)\\b',
  '\\b(?:box|package|parcel|bag) (?:was |came |arrived )?empty\\b',
  '\\b(?:was|were|is|are|came|arrived)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:raw|undercooked|mouldy|moldy|rotten|spoiled|expired|gone off|out of date)\\b',
  "\\b(?:missing|forgot|left out|didn't include|did not include|without) (?:the|my|our|two|three|\\d+|a|an|half|some|all|one)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3}",
  `\\bhalf (?:of )?(?:my|the|our) (?:order|shopping|groceries|items|stuff|delivery)\\b${gap(3)} (?:missing|gone|never)\\b`,
  "\\b(?:got|received|sent me|delivered|brought)(?: me)? (?:someone else's|somebody else's)\\b|\\bwrong (?:item|size|colou?r|order|model|product|sofa|one|thing|part|dish|meal|food|address|building|house|door)s?\\b(?! for me)",
  `\\b(?:ordered|bought|asked for|paid for)\\b${gap(10)} (?:and|but|,|yet) (?:only |just )?(?:got|received|they sent|you sent|came)\\b(?! (?:it|them|my order|the order|everything)\\b(?: [^ ]+){0,2} (?:by|in|within|on time|the next|next|same|early|fast|quick|before)\\b)|\\bonly (?:got|received) (?:\\d+|one|two|three|half|part)\\b`,
  // "I ordered a blue hoodie size L and what shows up? A pink one", "pedí una pizza grande y qué me llega".
  `\\b(?:ordered|bought|asked for|paid for|pedi|compre|encargue|pague)\\b${gap(8)} (?:and|but|,|y|pero) (?:then )?(?:what|guess what|que|lo que|adivina que) (?:me |nos )?(?:shows? up|showed up|arrives?|arrived|came|comes|turns? up|turned up|(?:did|do) (?:i|we) get|(?:i|we) got|llega|llego|mandan|mandaron|trajeron|traen|vino|viene)\\b`,
  // "Me llegó la caja pero solo con 2 de los 3 productos", "only 2 of the 3 items came".
  '\\bsolo (?:con )?(?:\\d+|uno|una|dos) de (?:los |las )?(?:\\d+|dos|tres|cuatro|cinco)\\b|\\bonly (?:\\d+|one|two) of (?:the |my )?(?:\\d+|two|three|four|five)\\b',
  // Stuck in transit since a date: "figura 'en tránsito' desde el 28 de abril", "in transit since 3 May".
  '\\b(?:en transito|in transit|en camino|en ruta|in delivery)\\b(?: [^ ]+){0,2} (?:desde|since) (?:el |the )?(?:\\d|hace|last|early|mid|principios|mediados)',
  // One box of several not here: "box 2 of 3 appears to be elsewhere", "llegó la caja 1 de 2, la otra no".
  "\\b(?:box|package|parcel|bag|item|piece|caja|paquete|bulto|bolsa)s? (?:\\d+|one|two|three) (?:of|out of|de) (?:\\d+|two|three|four|dos|tres|cuatro)\\b(?: [\\w']+){0,6} (?:is |are |appears to be |seems to be |has )?(?:missing|elsewhere|nowhere|lost|not here|never (?:came|arrived)|still (?:missing|to come)|didn't (?:come|arrive)|falta|faltan|no (?:llego|vino|aparece)|perdid[oa])\\b",
  // Expired before it came: "the yoghurt had expired two days before it even got to me", "llegó vencido".
  `\\b(?:expired|out of date|past (?:its|the) (?:expiry|use by|best before|sell by)(?: date)?|vencid[oa]s?|caducad[oa]s?)\\b${gap(8)} (?:before|by the time|when|antes de que|cuando) (?:it |they |me |lo |la |los |las )?(?:even )?(?:got|arrived|came|reached|was delivered|were delivered|llego|llegaron|llegara|llegaran|recibi)\\b|\\b(?:arrived|came|delivered|turned up|llego|llegaron|vino|vinieron|me (?:mandaron|entregaron|trajeron))\\b${gap(4)} (?:already )?(?:expired|out of date|vencid[oa]s?|caducad[oa]s?)\\b`,
  // Left somewhere else: "delivered to a different barangay", "lo entregaron en otra colonia".
  '\\b(?:delivered|dropped(?: off)?|left|handed|given|taken|went|sent)(?: it| them| my \\w+)? to (?:a |the |some )?(?:different|another|other|wrong) (?:barangay|address|house|street|building|block|town|city|flat|apartment|unit|estate|person|customer|village|subdivision|compound|gate|branch|post office|suburb|neighbou?rhood)\\b|\\b(?:entreg\\w+|dej\\w+|llev\\w+|mand\\w+|envi\\w+)(?: \\w+){0,3} (?:en|a) (?:otra|otro) (?:direccion|casa|barrio|colonia|comuna|persona|edificio|departamento|depto|sucursal|ciudad|pueblo|calle|cuadra|conjunto|urbanizacion|sector|torre)\\b',
  "\\b(?:lost|losing|misplaced) (?:my|our|the) (?:package|parcel|order|delivery|luggage|bag|suitcase)\\b|\\b(?:it's|its|it is|they're|they are) gone\\b|\\bnever (?:arrived|came|got here|turned up|showed up)\\b|\\bthat never came\\b|\\bnever received (?:it|my|the|them|anything)\\b",
  // Dead out of the box: "the laptop I bought is not even powering on, just opened the box", "recién lo saqué de la caja y no prende".
  `\\b(?:not|isn't|is not|won't|doesn't|does not|didn't|never) (?:even )?(?:powering|turning|switching|booting|power|turn|switch|boot) on\\b${gap(8)} (?:just|only) (?:opened|unboxed|took it out|arrived|got it|bought it|received it)\\b|\\b(?:just|only) (?:opened|unboxed)\\b${gap(8)} (?:not|isn't|won't|doesn't|didn't) (?:even )?(?:powering|turning|switching|booting|working|power|turn|switch|boot|work)\\b|\\b(?:bought|purchased|ordered|got) (?:it |this |them )?(?:from (?:your|the|you) \\w+|yesterday|last (?:night|week)|this week|on \\w+day|two days ago|a few days ago)\\b${gap(4)} (?:is |was |it's |its )?(?:not|isn't|won't|doesn't|didn't) (?:even )?(?:powering|turning|switching|booting|power|turn|switch|boot) on\\b`,
  `\\b(?:recien (?:comprad[oa]|llegad[oa]|salid[oa] de la caja|lo (?:compre|recibi|saque))|lo (?:acabo|acabamos) de (?:comprar|recibir|sacar de la caja)|(?:lo|la) saque de la caja|nuevit[oa]|sin estrenar)\\b${gap(6)} (?:y |pero )?(?:no|ni) (?:prende|enciende|funciona|arranca|carga|anda)\\b`,
  "\\b(?:brand new|new)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,5} (?:doesn't|does not|won't|isn't|is not|didn't|wont|doesnt) (?:work|turn on|charge|start|power on)\\b|\\b(?:arrived|came|out of the box)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:doesn't|does not|won't|didn't) (?:work|turn on)\\b|\\b(?:the|this|that) \\w+ (?:you|they) sent (?:me )?(?:doesn't|does not|won't|isn't|didn't|wont|doesnt) work\\b",
  "\\b(?:says|say|said|shows|show|showing|marked|marks|claims|listed|status)(?: as| it was| it's| its| it| that it was| say| says| show| shows)? delivered\\b",
  '\\bnothing like the (?:photos?|pictures?|description|ad|advert)\\b|\\bnot what (?:i|we) ordered\\b|\\bnone of (?:this|it) is (?:mine|ours|what)\\b',
  // "I think it's lost", "stuck in transit for 3 weeks", "tracking hasn't moved in 10 days".
  `\\b(?:it's|its|it is|it has|it's been|its been|it has been|it got|they've|they have|parcel is|package is|order is|parcel's|package's|order's)(?: been| gone| got)? (?:lost|missing|stolen)\\b|\\b(?:lost|gone missing|went missing|disappeared|vanished) in (?:the )?(?:post|transit|mail|system|warehouse)\\b|\\b(?:stuck|sitting|held up|sat) (?:in|at) (?:transit|customs|the depot|the warehouse|a depot|the sorting (?:centre|center))\\b${gap(4)} (?:weeks?|\\d+ days|days|a month|months|since)\\b|\\btracking (?:hasn't|has not|hasnt|hadn't|not|won't|doesn't) (?:been )?(?:updated|moved|changed|update|move|change)d?\\b${gap(3)} (?:\\d+|two|three|four|five|six|seven|ten|a|over a) (?:days|weeks|week|month)\\b`,
  // "Ordered 2 boxes of diapers, only 1 arrived", "de los 3 paquetes solo llegó uno".
  '\\b(?:ordered|bought|paid for|pedi|compre|pague)\\b(?: [^ ]+){0,8} (?:only|just|solo|solamente|nada mas) (?:\\d+|one|two|half|part|uno|una|dos|la mitad)(?: of (?:them|it|the \\w+)| de (?:ellos|ellas|los \\w+))? (?:arrived|came|was delivered|were delivered|showed up|turned up|llego|llegaron|vino|vinieron)\\b',
  // A new item that does not work from the start: "el chip nuevo que me vendieron no tiene señal desde que lo puse".
  `\\b(?:(?:el|la) \\w+ nuev[oa]|nuev[oa]) que (?:me |nos )?(?:vendieron|mandaron|enviaron|compre|compramos|entregaron|instalaron)\\b${gap(4)} (?:no|ni) (?:prende|enciende|funciona|arranca|carga|anda|tiene senal|agarra senal|da senal|tiene linea|conecta)\\b`,
  // "They sent me a blue one, I clearly ordered black".
  `\\b(?:sent|delivered|brought|gave|received|got)\\b${words(5)} (?:,|but|when|yet|whereas|even though|although) (?:i|we) (?:clearly |specifically |definitely |explicitly |had |actually )?(?:ordered|asked for|chose|picked|selected|requested)\\b`,
  // "two different sizes in the same box", "mismatched pair".
  '\\b(?:two|2) different (?:sizes|colou?rs|models|styles|items|shoes)\\b|\\bmismatched\\b|\\b(?:dos|2) (?:talles|tallas|colores|modelos|numeros) distint[oa]s\\b',
  // "the replacement is also faulty".
  "\\b(?:replacement|new one|second one|exchanged one|exchange|one you sent)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,3} (?:is |was |arrived |came )?(?:also |too |as well |again |just as |equally )?(?:faulty|broken|defective|damaged|dead|cracked|wrong|doesn't work|does not work|not working|won't (?:turn on|work|charge))\\b",
  '\\b(?:refurbished|used|second[- ]hand|open[- ]box|returned) (?:one |item |unit |phone |product )?(?:sold |passed off |sent )?as (?:brand )?new\\b',
  // "it came the day after the party", "substituted with random stuff", "received an empty box".
  `\\b(?:came|arrived|delivered|turned up|showed up|got here)\\b${gap(3)} (?:the )?(?:day|week|morning|evening) after (?:the|my|our|his|her) (?:party|wedding|event|birthday|funeral|trip|holiday|deadline|exam|celebration|anniversary)\\b|\\b(?:substitut\\w+|swapped|replaced)\\b${gap(6)} (?:i (?:didn't|did not|never) (?:want|order|ask for)|random|the wrong|without asking)\\b|\\b(?:received|got|delivered|sent me|came|arrived)\\b${gap(3)} (?:an |a |the )?empty (?:box|package|parcel|bag|envelope|packet)\\b`,
];

/** Something bought, and an arrival or delivery: the context for a damage report to be about an order. */
const ORDER_CONTEXT =
  '\\b(?:pedido|paquete|envio|compra|orden|domicilio|llego|llegaron|vino|recibi|me (?:mandaron|enviaron|trajeron)|entregaron|order|ordered|package|parcel|delivery|delivered|arrived|came|received|takeaway|sent (?:me|us))\\b';
const ITEM_DAMAGE = [
  `\\b(?:producto|articulo|pantalla|pieza|celular|telefono|movil|equipo|mueble|sofa|heladera|lavadora|nevera|tele|televisor|comida|pizza|plato|vaso|vasos|lampara|mesa|silla|screen|sofa|couch|lamp|phone|laptop|tv|glass|glasses|plates?|item|product|contents|lid|cushion|table|chair)s? (?:\\w+ )?${NOT_MILD}(?:rot[oa]s?|raja(?:o|d[oa]s?)?|rayad[oa]s?|quebrad[oa]s?|trizad[oa]s?|abollad[oa]s?|manchad[oa]s?|danad[oa]s?|broken|cracked|scratched|dented|smashed|shattered|damaged|torn|ripped|in pieces|stained)\\b`,
  '\\b(?:has|had|have|tiene|tenia|came with|arrived with|delivered with|turned up with|showed up with|got here with|vino con|llego con|entregaron con|lo trajeron con) (?:a |an |una |un )?(?:\\w+ ){0,2}(?:dead pixel\\w*|crack|scratch|dent|rip|tear|hole|stain|chip|defect|mancha|raya|rayon|grieta|agujero|abolladura|defecto|rotura|pata (?:rota|quebrada))\\b',
  // Not a span of time: "took 5 days instead of 3".
  '(?<!\\b(?:took|takes|taking|tardo|tardaron|demoro|demoraron|se demoro)\\b(?: [^ ]+){0,4} )\\b(?:en vez de|en lugar de|instead of)\\b(?! (?:a |the |my |el |la |un |una )?(?:debit order|debit|direct debit|cash|card|credit card|eft|bank transfer|transfer|cheque|check|efectivo|tarjeta|transferencia|deposito|debito|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|today|tomorrow|hoy|manana|the \\d+\\w*|el \\d+)\\b)',
  '\\b(?:was|were) (?:all )?(?:broken|smashed|cracked|crushed|squashed|dented|soaked|ruined|melted|rotten|spoiled)\\b',
  "\\b(?:it's|its|it is|it was|they're|they are|everything is|everything's|all of it is)(?: (?:all|completely|totally))? (?:soaked(?: through)?|ruined|broken|smashed|crushed|in pieces|damaged|destroyed|cold|stone cold|melted|spoiled)\\b|\\b(?:soaked|drenched) through\\b|\\btodo mojado\\b",
  // An order made with what the customer said they are allergic to.
  '\\b(?:allergic|allergy|allergies|allergen|allergens|anaphyla\\w+|coeliac|celiac|alergic[oa]s?|alergias?|alergenos?|celiac[oa]s?|intoleran(?:te|cia))\\b',
];

// ── Automated answers that do not fit ────────────────────────────────────────────────────────────
const BOT_ES = any(
  'bot',
  'chatbot',
  'robot',
  'asistente',
  'asistentes',
  'contestador\\w*',
  'la maquina',
  'la grabacion',
  'el menu',
  'mismo menu',
  '(?:mensaje|respuesta|correo|contestacion|mail|sms|texto|chat|whatsapp)s? (?:automatic\\w*|generic\\w*|predetermin\\w*|estandar|enlatad\\w*|tipo|de plantilla|copiad\\w*)',
  'respuestas? automatic\\w*',
  'automatic\\w*',
  'generic\\w*',
  'plantilla',
  'el chat',
);
const MISFIT_ES = any(
  'no (?:me )?entiende\\w*',
  'no entiende nada',
  '(?:responde|contesta|dice|manda|repite)\\w* (?:cualquier cosa|puras cosas|otra cosa|lo mismo|siempre lo mismo|el mismo|la misma|cosas que no)',
  'nada que ver',
  'me (?:devuelve|manda|regresa|tira|lleva|vuelve)\\w* (?:siempre |de nuevo |otra vez )?(?:al inicio|al principio|al menu (?:principal|inicial)|a empezar|a la primera opcion)',
  'no es (?:mi|el|nuestro) (?:problema|caso|consulta|reclamo|pedido)',
  'otra cosa',
  'lo mismo',
  'el mismo (?:menu|mensaje|link|enlace)',
  'la misma (?:respuesta|pregunta|opcion)',
  'una y otra vez',
  'en circulos',
  'cualquier cosa menos',
  'me (?:deriva|manda|envia|redirige|pasa)\\w* (?:siempre )?(?:al mismo|a la web|al chat|a otro)',
  'no (?:me )?(?:sirve|sirven|ayuda|responde\\w*|resuelve|deja (?:explicar|hablar|escribir|salir))',
  'no hay (?:manera|forma|opcion)',
  'no (?:tiene|hay|existe|aparece|figura) (?:ninguna |la |una )?opcion',
  'no tiene (?:relacion|que ver)',
  'sin relacion',
  'me (?:corta|cuelga|corto|colgo|cortan|cuelgan)',
  '(?:l[oa]s?|el) mism[oa]s?',
  'ninguna (?:es|sirve|aplica|corresponde)',
  'no (?:soluciona|resuelve|arregla|sirve|aporta|dice|explica) nada',
  'no reconoce',
  'me (?:sigue|siguen) (?:preguntando|pidiendo|diciendo|mandando)',
  '(?:caso|ticket|reclamo|solicitud) (?:fue |esta |ha sido )?(?:resuelto|cerrado|solucionado)',
  'no (?:me )?(?:resolvieron|solucionaron)',
  'ya se lo di',
  'no sirven? para mi caso',
  'no (?:me )?(?:puede|podia|pudo|pueden|podian|pudieron) ayudar',
);
const BOT_EN = any(
  'bot',
  'chatbot',
  'chat bot',
  'virtual assistant',
  'assistant',
  'automated',
  'auto ?reply',
  'auto ?response',
  'auto ?generated',
  'canned',
  'script',
  'scripted',
  'template',
  'generic',
  'standard (?:reply|response|email|answer|message|text)',
  'stock (?:reply|response|answer)',
  'copy (?:and )?paste\\w*',
  "'?help'? cent(?:er|re)",
  'faq',
  'article',
  'phone (?:system|menu|tree)',
  'menu',
  'ivr',
  'the machine',
  'robot',
  'recording',
  'system',
  'automatic',
  'option \\d+',
  '(?:choose|chose|select|selected|press|pressed|pick|picked) (?:option )?\\w+',
);
const MISFIT_EN = any(
  'nothing to do with',
  "(?:that's|that is|it's|its|this is|thats|which is) not (?:my|our|the) (?:issue|problem|question|case|query|request)",
  'unrelated',
  'irrelevant',
  "(?:doesn't|does not|didn't|did not|won't|can't|cannot|doesnt|didnt) (?:even )?(?:understand|help|answer|apply|fit|exist|make sense|know)",
  'not (?:relevant|helpful|what i asked)',
  'the same (?:link|answer|response|reply|thing|menu|message|article|questions?|options?)',
  'keeps? (?:asking|sending|telling|saying|repeating|giving|looping|pointing|directing|redirecting)',
  'in circles',
  'loop\\w*',
  'rephrase',
  '(?:issue|query|case|ticket|problem|complaint)(?: was| is| as| has been)? (?:resolved|closed|fixed|solved)',
  'store hours',
  'restart the router',
  'visit the website',
  'useless',
  'no matter what',
  'high (?:volume|demand)',
  'same (?:canned|generic)',
  '(?:is|was) (?:not|no) (?:an )?(?:option|help)',
  'hung up',
  'hangs up',
  'hanging up',
  "(?:has |there's |there is |with )?no option",
  'cut me off',
  '(?:cutting|cuts|cuttin|dropping|drops) me off',
  'keeps? (?:cutting|hanging|dropping|disconnecting)',
  'disconnected me',
  '(?:a )?(?:completely |totally )?different (?:product|issue|question|topic|thing|matter|problem|case|account|order)',
  'about something else',
  '(?:sends?|sent|takes?|took|puts?) me back (?:to the (?:start|beginning|main menu)|to square one)',
  'start(?:ing)? over',
  'ignor\\w+ (?:what|my|the)',
  "(?:didn't|did not|doesn't) (?:even )?read",
  "i didn't get that",
  'without (?:answering|addressing|reading|looking at|replying to|responding to|dealing with)',
  '(?:\\d+|two|three|four|five|several|multiple) times',
  '(?:line|call|it) (?:goes|went|just goes|just went) dead',
  'drops? the call',
);
const BOT_MISMATCH = [
  near(BOT_ES, MISFIT_ES, 14),
  near(BOT_EN, MISFIT_EN, 14),
  '\\b(?:respuesta|respuestas|contestacion|mensaje|correo)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,8} (?:generic\\w*|no responde (?:nada de )?(?:lo que|a lo que|mi)|habla de otra cosa|no tiene nada que ver|no (?:corresponde|aplica) a (?:mi|lo que)|no (?:me )?sirve\\w*)\\b',
  '\\b(?:me manda|me mandan|me derivan|me deriva) a la web\\b(?: (?![.!?]+(?: |$))[^ ]+){0,8} (?:chat|llame|llamar)\\b',
  "\\b(?:answer|reply|response|email)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,8} (?:nothing to do with|unrelated|doesn't (?:answer|address|help))\\b",
  // The same template whatever is written: "each time I type my issue the reply is 'Thank you for contacting us'", "cada vez que
  // escribo me responde el mismo mensaje".
  '\\b(?:each|every) time (?:i|we) (?:type|write|send|ask|explain|message|enter|describe|reply|try)\\b(?: [^ ]+){0,8} (?:the (?:reply|answer|response) is|(?:i|we) get (?:the same|this|that|an? (?:auto|automatic|automated))|it (?:says|replies|sends)|the (?:bot|system|chat) (?:says|replies|sends))\\b|\\bcada vez que (?:escribo|pregunto|explico|mando|envio|respondo|pongo|intento)\\b(?: [^ ]+){0,8} (?:me (?:responde|responden|contesta|contestan|sale|salen|llega|mandan|envian) (?:el mismo|la misma|lo mismo|un mensaje automatico|una respuesta automatica)|la respuesta es|el bot (?:me )?(?:dice|responde|contesta))\\b',
];

// ── Nobody answers ──────────────────────────────────────────────────────────────────────────────
/** "No one has got back to me", "nadie me ha contestado": the customer reached out and heard nothing. */
const NOBODY_EN =
  "(?:no ?one|no-one|no1|nobody|not one person|not a single person)(?: from (?:your|the) \\w+| at (?:your|the) \\w+| there)?(?:'s| has| have| had| ever| even| yet| bothered to| bothered| actually| once)* (?:contacted|called|rung|rang|phoned|replied|responded|answered|got back|gotten back|come back|been in touch|followed up|emailed|texted|reply|respond|call|ring|get back|contact|follow up|answer)";
const NOBODY_ES =
  '(?:nadie|ninguna persona|ni una persona)(?: de (?:ustedes|la empresa|su empresa|vuestra empresa|atencion al cliente|soporte))? (?:me |nos )?(?:ha |han |habia )?(?:contactado|llamado|respondido|contestado|escrito|devuelto la llamada|dado respuesta|dado bola|dado pelota|pescado|contacta|llama|responde|contesta|escribe|devuelve la llamada|da respuesta|da bola|pela|pesca|contesto|respondio|llamo|escribio|dio respuesta)';
const NOBODY_CUE =
  '(?:since|in (?:\\d+|two|three|four|five|six|ten|a|over a) \\w+|for (?:\\d+|two|three|four|five|six|ten|a|over a|days|weeks|ages)|yet|any of my|all my|ever|still|days|weeks|months|despite|even though|promised|said (?:they|someone|you)|desde|hace|en (?:\\d+|dos|tres|cuatro|cinco|una|un) \\w+|todavia|aun|ninguno de mis|ninguna de mis|dias|semanas|meses|a pesar de|prometieron|dijeron que)';
const NOBODY_ANSWERS = [
  near(NOBODY_EN, NOBODY_CUE, 10),
  near(NOBODY_ES, NOBODY_CUE, 10),
  // Habitual: "nobody picks the call", "nadie atiende el teléfono".
  '\\b(?:no ?one|no-one|no1|nobody)(?: there| here)? (?:ever )?(?:picks|answers|attends|takes) (?:up )?(?:the |my |our |your )?(?:call|calls|phone|phones|line)\\b|\\bnadie (?:nunca )?(?:atiende|contesta|levanta|responde) (?:el |los |las |mis )?(?:telefono|telefonos|llamadas|llamados|whatsapp|correos|mails)\\b',
];

// ── Despair ──────────────────────────────────────────────────────────────────────────────────────
const DESPAIR = [
  // Letting it go: "Okay let me just leave it. I have tried and tried. The money can go", "ya no importa, lo dejo así".
  "\\b(?:i have|i've|ive|we have|we've) tried and tried\\b|\\bthe (?:money|refund|cash|points) can go\\b|\\b(?:let me|i'll|i will|i'm going to) just (?:leave|drop|forget) (?:it|this|the money|the refund)\\b|\\blo dejo (?:asi|ahi|hasta aca|hasta aqui)\\b|\\bque se pierda(?: (?:la plata|el dinero|todo))?\\b|\\bya no importa(?: ,)? (?:lo dejo|me rindo|olvidalo|que se pierda|ya fue)\\b",
  // Every channel tried, the next one expected to fail: "Gave up on the chat. Gave up on the phone. Trying email now, probably pointless".
  '\\bgave up on (?:the |your )?(?:chat|live chat|phone|phones|call|calls|line|app|website|site|email|emails|bot|hold|queue|store|branch)\\b|\\b(?:probably|prob|likely|most likely|probablemente|seguramente|seguro que) (?:pointless|useless|a waste of time|for nothing|no sirve(?: de nada)?|inutil|en vano|para nada)\\b',
  // "ya no sé a qué puerta golpear", "no tengo más ideas… decime vos qué hago", "what else am I supposed to do".
  "\\bno (?:se|sabemos) (?:ya )?a (?:que|cual) puerta (?:golpear|tocar|llamar)\\b|\\bno (?:tengo|tenemos) mas ideas\\b|\\b(?:decime|dime|digame|diganme|decidme)(?: vos| tu| usted| ustedes)? (?:que|q) (?:hago|mas hago|hacer)\\b|\\bwhat (?:else )?am i supposed to do\\b|\\b(?:i've|i have|ive|we've|we have) tried everything\\b|\\b(?:i'm|im|i am) out of (?:ideas|options)\\b",
  // "ya tiré la toalla", "i really dont know what else i can do, im just done".
  "\\b(?:ya )?(?:tire|tiramos|tirar|tiro|he tirado|hemos tirado) la toalla\\b|\\bno (?:me|nos) queda (?:de )?otra (?:que|mas que)\\b|\\bthrow(?:ing|n)? in the towel\\b|\\bthrew in the towel\\b|\\b(?:don't|do not|dont) know what (?:else )?(?:i|we) (?:can|could|should) (?:do|try)\\b|\\b(?:i'm|im|i am) (?:just |so |simply )?done(?: \\.| !| ,|$)",
  '\\bno (?:se|sabemos) (?:ya )?(?:que|a quien|donde|como|con quien) mas (?:hacer|recurrir|acudir|llamar|pedir|ir|hablar)\\b|\\b(?:ya )?no (?:se|sabemos) (?:que hacer|a quien (?:recurrir|acudir|mas)|donde mas|que mas)\\b|\\bya no se (?:que (?:hacer|mas)|a quien|donde)\\b',
  '\\b(?:estoy|me tienen|me siento|ando|llegue) (?:\\w+ )?(?:al limite|al borde|colapsad[oa])\\b|\\bno (?:tengo|me quedan|tenemos) (?:fuerzas|energia|ganas) (?:para|de)\\b|\\bno aguanto mas\\b',
  '\\b(?:ya )?no (?:puedo|podemos) mas\\b|\\bno doy mas\\b|\\bme (?:rindo|rendi|doy por vencid[oa])\\b|\\bno me quedan (?:fuerzas|ganas|opciones)\\b|\\b(?:es|era) mi ultima (?:esperanza|opcion)\\b|\\bno (?:tengo|tenemos) (?:a quien|donde) (?:recurrir|acudir)\\b',
  '\\b(?:estoy|me siento|ando|quede|me tienen) (?:\\w+ )?(?:desesperad[oa]s?|impotente|desolad[oa]|destrozad[oa]|hundid[oa]|al borde|sin salida|sin esperanza|agotad[oa]|devastad[oa]|angustiad[oa]|llorando)\\b|\\b(?:desesperacion|desesperante|impotencia)\\b|\\bme (?:pongo|puse|dan ganas de) (?:a )?llorar\\b|\\bhagan lo que quieran\\b|\\bya (?:no me importa|me da (?:igual|lo mismo))\\b',
  "\\b(?:no idea|not sure|no clue) what (?:else )?to do\\b|\\bbreaking point\\b|\\brock bottom\\b|\\b(?:i'm|im|i am) falling apart\\b|\\bthe end of my (?:rope|tether)\\b",
  "\\b(?:don't|do not|dont) know who (?:else )?to (?:ask|call|talk to|turn to|contact|go to)\\b|\\bno se a quien (?:mas )?(?:pedir|preguntar|llamar|recurrir|acudir)\\b|\\blloro de\\b|\\b(?:me puse|estoy) a llorar\\b",
  "\\b(?:don't|do not|dont) know what (?:else )?to do\\b|\\b(?:don't|dont|do not) know (?:where|who) (?:else )?to (?:turn|go)\\b|\\bnowhere (?:else )?to (?:turn|go)\\b|\\b(?:i|we) (?:give|gave|have given|'ve given) up\\b|\\b(?:i'm|im|i am) giving up\\b|\\b(?:i|we) give up\\b",
  "\\b(?:can't|cannot|cant) (?:keep doing this|take (?:it|this|any ?more)|cope|go on|do this any ?more|deal with this any ?more)\\b|\\b(?:feel|feeling|i'm|im|i am) (?:so |completely |totally )?(?:hopeless|helpless|desperate|devastated|powerless|defeated)\\b|\\bhopeless\\b|\\bpast caring\\b|\\bdo whatever you want\\b|\\bin tears\\b|\\b(?:i'm|im|i am) (?:crying|begging|pleading)\\b|\\bi beg you\\b|\\blosing hope\\b|\\bat a loss\\b|\\b(?:i'm|im|i am) (?:so )?exhausted\\b|\\b(?:i'm|im|i am) done\\s*\\.",
  "\\b(?:i've|ive|we've|weve|i have|we have|i'd|i had) (?:pretty much |basically |just |honestly |completely |totally )?given up\\b|\\b(?:given up|lost|losing|lose|run out of|no) (?:all )?hope\\b|\\b(?:no hope|hope(?:less)?) (?:left|anymore|any more)\\b|\\b(?:he|hemos|habia) perdido (?:la|toda) (?:esperanza|fe)\\b|\\bsin esperanza\\b|\\bya (?:no|ni) (?:tengo|tenemos) esperanza\\b",
  "\\bwhat(?:'s| is) (?:even )?the point (?:of|in) (?:even |me |us )?[a-z]+ing\\b|\\bno point (?:in )?(?:calling|trying|complaining|contacting|writing)\\b|\\b(?:run|running|ran) out of (?:patience|options|ideas)\\b|\\b(?:going|gone|go) (?:insane|mad|crazy)\\b|\\bdriving me (?:mad|crazy|insane|up the wall)\\b|\\bpara que (?:llamo|sigo|escribo|reclamo)\\b|\\bde que sirve (?:llamar|reclamar|escribir|insistir)\\b|\\bno tiene sentido (?:seguir|llamar|reclamar)\\b|\\bme (?:estan volviendo|vuelven) loc[oa]\\b",
];

// ── Colloquial urgency ───────────────────────────────────────────────────────────────────────────
const URGENCY_COLLOQUIAL = [
  // A document due tomorrow, asked for today: "necesito el certificado… para presentarlo mañana. ¿Me lo pueden enviar hoy?",
  // "my MC has to reach HR by tomorrow morning… Can you send it today?".
  '\\b(?:necesit\\w+|ocupo|requiero|need|needed|needs|has to|have to|must|tiene que|tengo que|debe|debo)\\b(?: [^ ]+){0,14} (?:manana|tomorrow)\\b(?: [^ ]+){0,24} (?:hoy|today)\\b',
  // The appointment comes first: "la cita de la visa es mañana y me piden un recibo… ¿me lo pueden mandar hoy?", "my passport
  // appointment is tomorrow at 9 and I need a bank statement… Can you email one today?".
  '\\b(?:manana|tomorrow)\\b(?: [^ ]+){0,10} (?:necesito|necesitamos|necesita|ocupo|requiero|me piden|me pide|me pidieron|nos piden|piden|need|needs|require|requires|asked for|ask for|want)\\b(?: [^ ]+){0,20} (?:hoy|today)\\b',
  // The last day is today: "Hoy es el último día para pagar el marchamo", "today's the deadline".
  "\\b(?:hoy|today)(?: es|'s| is) (?:el |the )?(?:ultimo dia|last day|fecha limite|deadline|dia de vencimiento|due date)\\b|\\b(?:ultimo dia|last day|fecha limite|deadline)\\b(?: [^ ]+){0,5} (?:es hoy|is today)\\b|\\b(?:vence|expira|caduca|se vence) hoy\\b|\\b(?:due|expires|closes) today\\b",
  // Two-letter words only ("ya po", "sí o sí"): the gate cannot key them, so this one pattern always runs.
  '\\b(?:ya|luego|pronto|rapido|apurate|apurense|ahora) po\\b|\\bsi o si\\b',
  // Not praise for what was fast: "me devolvieron la plata al tiro", "llegó completico y rapidito".
  '(?<!\\b(?:salio|salieron|aprobaron|aprobo|acreditaron|acredito|depositaron|deposito|llego|llegaron|vino|vinieron|entregaron|entrego|atendieron|atendio|resolvieron|resolvio|devolvieron|devolvio|solucionaron|soluciono|respondieron|respondio|contestaron|contesto|arreglaron|arreglo|hicieron|hizo|reembolsaron|acreditaron)\\b(?: [^ ]+){0,4} )(?:\\baltiro\\b|\\bal tiro\\b|\\bahorita mismo\\b|\\bya mismito\\b|\\bpara ayer\\b|\\brapidito\\b)',
  `\\b(?:necesit\\w+|ocupo|me urge)\\b${gap(8)} (?:(?:para|pa) (?:hoy|manana|ya|esta noche)|hoy mismo|ahora mismo|antes de (?:manana|las \\d+))\\b`,
  `\\b(?:need|needed|needs)\\b${gap(8)} (?:today|tonight|tomorrow|right now|asap)\\b`,
  // A deadline told as a task for tomorrow, or a filing due by midnight: "Tmr morning need to submit the bank statement",
  // "has to be submitted to Companies House by midnight", "tengo que entregar el proyecto mañana… y la luz se fue".
  `\\b(?:tmr|tmrw|tomorrow|tonight)(?: morning| night| evening| afternoon)?\\b${gap(6)} (?:need to|have to|has to|must|got to|gotta|needs to)\\b${gap(2)} (?:submit|file|pay|lodge|send|present|hand in|show|upload|print|renew|register|sit)\\b|\\b(?:has|have|needs?) to be (?:submitted|lodged|filed|paid|sent|signed|uploaded|delivered|received|done|in)\\b${gap(6)} by (?:midnight|tonight|tomorrow|today|close of (?:business|play)|end of (?:the )?day)\\b|\\bby close of play\\b`,
  // Today before a time: "ocupo la constancia hoy antes de las 3 pm".
  '\\bhoy (?:mismo )?antes de las \\d{1,2}\\b',
  // A document needed today, said plainly: "necesito el certificado de retenciones de 2023 hoy, que me lo pide la gestoría".
  `\\b(?:necesit\\w*|ocupo|ocupamos|requiero) (?:el|la|los|las|un|una|mi|mis)\\b${gap(6)} hoy(?= [,.!]| que\\b| porque\\b| sin\\b| antes\\b|$)`,
  `\\b(?:tengo que|tenemos que|debo|debemos|hay que|necesito) (?:entregar|presentar|pagar|subir|enviar|mandar|imprimir|rendir)\\b${gap(6)} (?:manana|hoy|esta noche)\\b${gap(4)} (?:y|pero)\\b${gap(12)} (?:no|sin|se fue|caid[oa]|rechaza|falla|error|denegad[oa])\\b|\\bme mudo (?:manana|hoy)\\b|\\bmanana (?:me |le |lo |la )?operan\\b`,
  "\\bplease hurry\\b|\\bhurry up\\b|\\b(?:i|we) (?:have|got|'ve got) (?:a|an|my) (?:flight|deadline|exam|interview|surgery|operation)\\b|\\b(?:i'm|im|i am|we're|we are) moving (?:out )?(?:tomorrow|today)\\b|\\b(?:rent|bill|payment|mortgage)(?: \\w+)? (?:is|was) due (?:today|tomorrow)\\b|\\bhave to be out\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:tomorrow|today)\\b",
];

// ── Vulnerability in situations rather than words ────────────────────────────────────────────────
const VULNERABLE_SITUATION = [
  // "Mi nuh have nutten fi buy mi pressure tablet dem": no money left for medicine or food, in patois and plain English.
  "\\b(?:nuh|no|don't|dont|do not|haven't|havent) (?:have|got) (?:nutten|nothing|no money|no cash|a cent|a dime|a penny)\\b(?: [^ ]+){0,3} (?:fi|to|for) (?:buy|get|pay for) (?:[^ ]+ ){0,2}(?:tablets?|medicine|meds|pills|food|insulin|medication|formula|groceries)\\b",
  // Swahili, no money left for food or medicine: "sina hata ya chakula ya watoto", "sina pesa ya dawa".
  '\\bsina (?:hata )?(?:pesa |hela |doh |chochote )?(?:ya |za |kwa )?(?:chakula|kula|dawa|matibabu|unga)\\b',
  '\\b(?:estoy|esta|quede|quedo) sol[oa] con (?:mis|los|sus) (?:hijos|hijas|ninos|ninas|nenes|bebes|chicos)\\b|\\bno (?:tengo|tenemos) (?:plata|dinero|para)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,5} (?:comida|comer|remedios|medicamentos|hijos|ninos)\\b|\\b(?:en el extranjero|de viaje|fuera del pais) (?:y )?sin (?:efectivo|plata|dinero|linea|tarjeta)\\b|\\bsin (?:efectivo|plata|dinero) (?:en el extranjero|de viaje|fuera del pais)\\b',
  "\\b(?:don't|do not|dont|won't|will not) have (?:any |enough )?(?:money|cash|funds) (?:left )?(?:for|to buy|to pay for) (?:food|groceries|medicine|medication|meds|formula|nappies|diapers|my kids|the kids)\\b|\\b(?:can't|cannot|cant|couldn't) (?:afford|buy|pay for) (?:food|groceries|to eat|medicine|medication|my meds|my medicine|formula|nappies|diapers)\\b|\\bnothing (?:left )?(?:to eat|for food)\\b",
  '\\b(?:sick|ill|bedridden|disabled|elderly|frail|dying|diabetic|asthmatic|pregnant|newborn|enferm[oa]|postrad[oa]|embarazada) (?:granny|gran|grandma|grandmother|grandad|grandpa|grandfather|mother|mum|mom|mama|father|dad|papa|child|baby|son|daughter|wife|husband|aunt|uncle|nan|nana|pickney|abuel[oa]|abuelit[oa]|mama|papa|hij[oa]|bebe|espos[oa]|tia|tio)\\b|\\b(?:abuel[oa]|abuelit[oa]|mama|papa|hij[oa]|bebe|espos[oa]|granny|grandma|mother|mum|mom|child|baby) (?:enferm[oa]|postrad[oa]|sick|ill|bedridden)\\b',
  '\\b(?:on my own|by myself|alone) with (?:a |my |the )?(?:newborn|baby|kids|children|toddler)\\b|\\b(?:stranded|out of town|abroad)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,6} (?:no (?:cash|money|card)|card (?:is |was |got |has been |keeps being )?(?:blocked|declined|frozen|locked|stopped|cancelled|canceled|not working|rejected|suspended))\\b|\\bonly way to (?:reach|call|contact) my (?:doctor|nurse|carer|family)\\b|\\b(?:teleconsulta|medical appointment|my meds|my medication|my medicine)\\b',
];
/** Conditions and supplies that make a missing delivery or a cut a risk to someone's health. */
const SUPPLY_EN =
  '(?:inhalers?|nebuli[sz]ers?|epipens?|insulin|meds|medication|medicines?|tablets|pills|oxygen|formula|nappies|diapers)';
const SUPPLY_ES =
  '(?:inhalador\\w*|insulina|medicacion|medicamentos?|remedios?|pastillas|oxigeno|leche|formula|panales|tratamiento|dosis)';
/** Supplies running out, told by someone who depends on them: a risk now, negative on its own. */
const VULNERABLE_HEALTH = [
  `\\b(?:down to|on) (?:the|my|his|her|our|their) last (?:inhaler|dose|pill|pills|tablets?|bottle|tin|pen|vial|nappy|nappies|diapers?|oxygen)\\b|\\b(?:a|one|two|three|\\d+) days? of ${SUPPLY_EN} left\\b|\\b${SUPPLY_EN}\\b${gap(3)} (?:runs?|running|will run|ran) out\\b|\\b(?:her|his|their|the baby's|my baby's|our baby's) only (?:food|formula|milk)\\b|\\b(?:only|all) (?:thing )?(?:she|he|they) can (?:eat|drink)\\b`,
  `\\bse (?:le|me|nos|les) (?:acaba|acaban|acabo|termina|terminan|termino|agota|agotan|agoto) (?:la |el |los |las |su |sus |mi |mis )?${SUPPLY_ES}\\b|\\b${SUPPLY_ES}${gap(8)} (?:se (?:le|me|nos|les) )?(?:acaba|acaban|termina|terminan|agota|agotan) (?:hoy|manana|esta noche)\\b|\\b${SUPPLY_ES} de (?:mi|su) (?:hij[oa]|mama|papa|madre|padre|bebe|guagua|espos[oa]|marido|abuel[oa])\\b`,
  // "his inhaler refill still has not been sent", "la insulina no me ha llegado".
  `\\b${SUPPLY_EN}\\b${gap(4)} (?:still )?(?:hasn't|has not|haven't|have not|wasn't|was not|isn't|is not|didn't|did not|never|not) (?:been |yet )?(?:sent|arrived|come|delivered|dispatched|ready|shipped|turned up|here)\\b`,
  `\\b${SUPPLY_ES}\\b${gap(4)} (?:todavia |aun |nunca )?no (?:me |nos |le |les )?(?:ha |han )?(?:llegado|llego|llega|mandado|mandaron|mandan|enviado|enviaron|envian|despachado|despacharon|entregado|entregaron)\\b`,
];
/** A health condition named: escalates when the message is a complaint (not "my son has asthma, do you sell…?"). */
const VULNERABLE_CONDITION = [
  "\\b(?:has|have|with|suffers? from|diagnosed with)(?: severe| bad| chronic)? (?:asthma|epilepsy|diabetes|seizures|a heart condition|copd|cystic fibrosis|dementia|autism|sickle cell|kidney failure|parkinson'?s)\\b|\\b(?:he's|she's|he is|she is|i'm|im|i am|is|they're|they are) (?:an? )?(?:asthmatic|epileptic|diabetic|insulin dependent)\\b",
  '\\b(?:es|soy|son|somos) (?:asmatic[oa]s?|epileptic[oa]s?|diabetic[oa]s?|insulinodependientes?|oxigenodependientes?)\\b|\\b(?:tiene|tengo|padece|padezco|sufre de|sufro de) (?:asma|epilepsia|diabetes|convulsiones|demencia|alzheimer|autismo|una discapacidad|problemas del corazon)\\b',
  '\\b(?:baby|infant) (?:formula|milk)\\b|\\b(?:leche|formula) (?:de formula |maternizada )?(?:del|de mi|para el|para la|de la) (?:bebe|guagua|nena|nene|beba)\\b',
];
const VULNERABLE_KIN = [
  "\\b(?:mi |la |su )?(?:abuel[oa]|abuelit[oa])s?\\b|\\bmy (?:nan|nana|gran|granny|grandma|grandmother|grandpa|grandfather|grandparents)(?:'s)?\\b|\\b(?:doctor|(?<!\\b(?:centro|seguro) )medico|medica|farmacia|pharmacy|remedios|medicamentos)\\b",
];

// ── Minimizers: the customer says it is not serious ─────────────────────────────────────────────
const MINIMIZE = [
  '\\b(?:box|packaging|outer box|parcel|package|caja|empaque|embalaje)\\b(?: [^ ]+){0,4} (?:crushed|dented|damaged|battered|torn|wet|squashed|bashed|golpead[oa]|aplastad[oa]|rot[oa]|abollad[oa])\\b(?: [^ ]+){0,3} (?:but|pero|aunque) (?:the |el |la )?(?:[^ ]+ ){0,3}(?:inside |adentro |de adentro )?(?:is|was|are|were|works?|esta|estaba|llego|funciona) (?:perfectly |perfecto |totalmente )?(?:fine|ok|okay|intact|perfect|undamaged|unharmed|bien|intact[oa]|perfect[oa])\\b',
  // Only the box took the blow: "la licuadora llegó bien, funciona perfecto, pero la caja venía golpeada", "the lamp
  // works fine, the box was crushed though".
  '\\b(?:llego|llegaron|esta|estan|funciona|funcionan|vino|vinieron|anda) (?:bien|perfect[oa]s?|ok|intact[oa]s?|impecable)\\b(?: [^ ]+){0,8} (?:pero|aunque|solo que) (?:la caja|el empaque|el embalaje|el paquete|la bolsa)\\b|\\b(?:works|worked|arrived|is|was|looks) (?:fine|perfect|perfectly|ok|okay|intact|great)\\b(?: [^ ]+){0,8} (?:but |though |except |only )?(?:the )?(?:box|packaging|outer box|parcel|package) (?:was|is|got|came|arrived) (?:crushed|dented|damaged|battered|torn|wet|squashed|bashed)\\b',
  // The thing itself unharmed, said after the damage: "the mug itself is perfect", "llegó tarde el delivery; la comida bien".
  '\\b(?:itself|themselves|en si mism[oa]) (?:is|was|are|were|works|worked|esta|estaba|llego|funciona) (?:perfectly |totally |completely |absolutely )?(?:fine|ok|okay|intact|perfect|undamaged|unharmed|great|bien|intact[oa]|perfect[oa])\\b|\\b(?:la comida|el producto)(?: (?:estaba|esta|llego|vino))? (?:bien|ok|perfect[oa]|impecable)\\b|\\bpero (?:el|la|los|las) (?:[^ ]+ ){1,2}(?:esta|estan) (?:bien|intact[oa]s?|perfect[oa]s?)\\b(?: y (?:funciona|funcionan) (?:bien|perfecto))?',
  // "it's back now, ignore my last message", "ya volvió, olvídenlo".
  "\\b(?:ignore|disregard) (?:my|the) (?:last|previous|earlier) (?:message|msg|text|email|chat)\\b|\\b(?:never ?mind|nvm)\\b|\\b(?:it's|its|it is|all|everything's|everything is) (?:back|working|sorted|good|fine) (?:again )?now\\b|\\b(?:olvidenlo|olvidalo|olvide lo que (?:dije|escribi))\\b|\\bya (?:volvio|funciona|anda|se arreglo|se soluciono)(?: todo)?\\b",
  '\\bno pasa nada\\b|\\bno (?:es|fue) (?:para tanto|grave|nada grave)\\b|\\bno importa\\b|\\b(?:pero|aunque) (?:el producto|el articulo|lo demas|todo lo demas|la comida|el resto|lo que pedi)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:esta|estaba|llego|vino|funciona) (?:bien|perfecto|ok)\\b|\\bpara la proxima\\b|\\bal final lo (?:recupere|encontre)\\b',
  "\\b(?:cancel|cancelar|anular) (?:my |mi |the |el |this |este )?(?:order|pedido|compra|purchase)\\b|\\b(?:wrong|different) size for me\\b|\\b(?:doesn't|does not|didn't) fit (?:me|my)\\b|\\bno me (?:queda|quedo|quedan|quedaron)(?: bien)?\\b|\\bnot (?:a (?:big|huge) deal|the end of the world|a problem|an issue|that bad)\\b|\\bno big deal\\b|\\b(?:but|though|although) the (?:item|product|food|rest|contents?|thing|lamp|phone)(?:'s| is| was| works| itself)\\b|\\b(?:but|though) (?:the product|the item|it) (?:works|is fine|is ok)\\b|\\bthought you should know\\b|\\bjust (?:fyi|letting you know)\\b|\\bno worries\\b",
  "\\b(?:i|we) (?:managed to |have |'ve )?(?:fix(?:ed)?|sort(?:ed)?|solved?|figured) (?:it|this) (?:out )?(?:myself|ourselves|on my own)\\b|\\bno need to (?:call|contact|worry|escalate|ring)\\b|\\b(?:lo|la) (?:arregle|solucione|resolvi) (?:yo )?(?:solo|sola|mism[oa])\\b|\\bno hace falta (?:que (?:alguien |nadie )?me (?:llame|llamen|contacte|contacten)|llamar)\\b",
];

/** A problem the customer had before, already solved, told ahead of a new request (see `past` in analyze.ts). */
const PAST_TROUBLE =
  '(?:issue|issues|problem|problems|trouble|mix ?up|hiccup|glitch|error|mistake|lio|problema|problemas|inconveniente|inconvenientes|error|drama|rollo|enredo|confusion)';
const PAST_FIXED =
  '(?:sorted|resolved|fixed|solved|cleared up|taken care of|straightened out|refunded|corrected|resuelt[oa]s?|solucionad[oa]s?|arreglad[oa]s?|aclarad[oa]s?|corregid[oa]s?|lo (?:solucionaron|arreglaron|resolvieron|corrigieron|aclararon)|me lo (?:solucionaron|arreglaron|resolvieron|devolvieron)|se (?:soluciono|arreglo|resolvio|aclaro|corrigio))';
const PAST_NOW =
  "(?:now|ahora|just (?:wondering|want|wanted|need|a question)|quick q|i (?:just )?(?:want|wanted|need|would like|'d like)|can i|could i|is it possible|queria|quiero|quisiera|necesito|puedo|me gustaria)";
const PAST_THANKS = '(?:thanks|thank you|cheers|gracias|muchas gracias|mil gracias)';
const PAST_RESOLVED = [
  // "Earlier I had issue of double debit but your team reversed it within 2 days. Thanks a lot".
  `\\b(?:had|there was|there were|we had|i had|tuve|tuvimos|hubo|habia tenido)\\b${words(10)} ${PAST_TROUBLE}\\b${gap(10)} (?:but|pero|y|and)\\b${gap(4)} (?:${PAST_FIXED}|reversed|reverted|revirtieron|revertieron|devolvieron)\\b(?: [^ ]+){0,8} ${PAST_THANKS}\\b`,
  `\\b(?:had|there was|there were|we had|i had|tuve|tuvimos|hubo|habia tenido)\\b${words(10)} ${PAST_TROUBLE}\\b${gap(10)} (?:but|pero|y|and)\\b${gap(4)} ${PAST_FIXED}\\b(?: [^ ]+){0,4} ${PAST_NOW}\\b`,
];

/**
 * Mild complaints the statistical model must not escalate: a short delay, a hedged defect ("a bit slow",
 * "se demoró un poco más"), a heads-up ("para que lo sepan", "just so you know", "small thing").
 */
const MILD = [
  // A few minutes late: "el cercanías ha llegado con 10 minutos de retraso", "the bus was 15 minutes late".
  '\\b(?:[1-9]|1\\d|diez|cinco|quince|veinte) (?:minutos|mins?) de (?:retraso|atraso|demora)\\b|\\b(?:[1-9]|1\\d|five|ten|fifteen|twenty) (?:minutes?|mins?) (?:late|behind|delayed)\\b|\\b(?:delayed|late) by (?:[1-9]|1\\d|five|ten|fifteen|twenty) (?:minutes?|mins?)\\b',
  `\\b(?:un|1|one|a|dos|2|two|a couple of|un par de) (?:dia|dias|day|days) (?:tarde|late|de retraso|de demora|de atraso|behind)\\b|\\b(?:se )?(?:demor\\w+|tard\\w+|atras\\w+)${gap(3)} (?:un poco|un poquito|algo|un dia)\\b|` +
    '\\b(?:a bit|a little|little|slightly|somewhat|a tad|just a bit) (?:late|delayed|slow|slower|behind)\\b',
  '\\b(?:para que (?:lo )?(?:sepan|sepais|sepas|sepa|tengan en cuenta)|solo (?:les |os |te )?(?:cuento|aviso|comento)|ojo con eso|nada grave|no es urgente|just so you know|heads up|small thing|minor (?:thing|issue|point|gripe|niggle)|tiny (?:thing|issue)|not urgent|nothing (?:major|serious|urgent))\\b',
  '\\b(?:es|esta|estuvo|fue|son|estan) (?:medio |bastante |algo )?regular(?:cito)?\\b|\\bme (?:parece|parecio) (?:un poco |algo |bastante |muy )?(?:alto|cara|caro|excesiv[oa]|mucho)\\b|\\b(?:cuesta|cuesta un poco|cuesta bastante) (?:encontrar|entender|usar|ver|leer|navegar|ubicar)\\b',
  // "me costó encontrar…", "took me ages to find", "the queue was quite long", "not a fan of".
  '\\bme (?:costo|cuesta|costaba|costaron) (?:un poco |bastante |mucho |harto )?(?:encontrar|entender|usar|ver|leer|ubicar|hacer|configurar|descargar)\\b|\\b(?:took|takes|taking) me (?:ages|forever|a while|a long time|so long) to\\b|\\b(?:hard|difficult|tricky) to (?:find|understand|use|read|navigate|follow)\\b|\\b(?:queue|wait|line|delay|hold|wait time)s? (?:was|is|were|are) (?:quite |very |really |so |a bit |rather |pretty )?long\\b|\\b(?:long|lengthy) (?:queue|wait|line|delay)s?\\b|\\bnot (?:a|the biggest|a big|much of a|really a) fan\\b',
  // "could be better", "deja mucho que desear", "so-so", "más o menos", "not very clear", "different from the photo".
  "\\b(?:could|should|might) (?:be|have been) (?:a lot |much |a bit |a little )?better\\b|\\b(?:podria|podrian|deberia|deberian) (?:ser|estar|haber sido) (?:mucho |un poco |bastante )?mejor\\b|\\b(?:leaves|left) (?:a lot|much) to be desired\\b|\\bdeja(?:ba)? (?:mucho|bastante) que desear\\b|\\bso so\\b|\\b(?:es|esta|estuvo|fue|son|estan|estuvieron) mas o menos\\b|\\b(?:not|isn't|wasn't|aren't|weren't|no (?:es|son|era|eran|esta|estan|fue)) (?:very|that|too|really|super|muy|tan|del todo|nada) (?:clear|claro|clara|claros|claras|intuitiv[oa]s?|intuitive|helpful|easy|facil)\\b|\\b(?:different|differs) (?:from|to|than) (?:the|what was in the) (?:photo|picture|pic|image|description|website|ad)\\b|\\bno (?:es|era|se ve|se veia) (?:exactamente |igual )?(?:como|a|al|que) (?:en |el de )?(?:la )?(?:foto|imagen|descripcion|publicacion)\\b",
];

/** Sarcasm said outright or as praise about a failure; "thanks for losing my package". */
const OUTAGE_ONGOING =
  '(?:no|without|sin|otra vez sin|de nuevo sin) (?:light|power|electricity|water|internet|network|signal|service|gas|wifi|data|luz|agua|internet|senal|servicio|gas|wifi|red)(?! (?:cuts?|outages?|issues?|problems?|interruptions?|drops?|complaints?|leaks?|trips?|failures?|cortes?|caidas?|fallas?|problemas?|interrupciones?))(?: (?:at all|whatsoever))?(?: (?![.!?]+(?: |$))[^ ]+){0,2} (?:since|for|again|all|today|tonight|yesterday|desde|hace|todo|toda|hoy|ayer)';
const SARCASM_MORE = [
  // Praise for a failure at the worst moment: "Wah so efficient, your app crash exactly when I press pay", "funciona
  // perfecto justo cuando estoy durmiendo 👏".
  "\\b(?:so|very|really|super|muy|que|how) (?:efficient|eficientes?|helpful|great|impressive|reliable|good|smart|buen[oa]s?|confiables?)\\b(?: [^ ]+){0,10} (?:crash\\w*|freez\\w*|hang\\w*|die\\w*|stop\\w*|fail\\w*|drop\\w*|se cae|se cuelga|se traba|se corta|falla|se apaga)\\b(?: [^ ]+)? (?:exactly|right|just|justo|precisamente|siempre) (?:when|cuando)\\b|\\b(?:funciona|works|anda|va)\\b (?:perfect\\w*|great|genial|de maravilla|bien|de lujo|fine)(?: [^ ]+){0,3} (?:justo |solo |only |exactly |just )?(?:cuando|when) (?:estoy durmiendo|duermo|no lo (?:uso|necesito)|i'm asleep|im asleep|i'm sleeping|i'm not using it|nobody uses it|no estoy)\\b",
  // Praise quoted as hearsay: "Grabe, 'fast delivery' daw. 12 days na po", "dizque envío express".
  '\\b(?:fast|quick|express|rapid|speedy|same day|next day|rapido|rapida|expres)\\b(?: (?:delivery|shipping|service|envio|entrega|despacho))? (?:daw|raw|kuno|daw po|raw po)\\b|\\b(?:dizque|supuestamente|so called|supposedly)\\b (?:\\w+ )?(?:fast|quick|express|rapid\\w*|expres\\w*|premium|inmediat\\w*|instant\\w*|24 ?h\\w*)\\b',
  // "Four weeks to change the name on a bill. Must be some kind of record", "enhorabuena por el nuevo récord".
  "\\b(?:must be|has to be|that's|thats|that is|surely that's|is that) (?:some kind of |some sort of |a |an )?(?:new |world |all time |personal )?record\\b|\\b(?:new|world|nuevo|todo un|un nuevo|otro|tremendo|flor de|menudo|vaya) record\\b|\\brecord (?:mundial|guinness|historico)\\b",
  // "Really keeps the suspense going", "Very nice system you people have", "por lo menos está bonito".
  "\\bkeeps? (?:the suspense|me in suspense|things interesting|life interesting|it interesting|it exciting)\\b|\\b(?:nice|great|lovely|wonderful|brilliant|fantastic|excellent|efficient|fine) (?:system|setup|set up|operation|outfit)\\b (?:you (?:people|guys|lot|all) (?:have|run|got|are running)|you've got|you have (?:there|going)|you're running)\\b|\\b(?:que|muy|vaya|menudo) (?:buen|bonito|lindo|eficiente|gran) sistema (?:el |que )?(?:tienen|teneis|de ustedes|suyo)\\b|\\b(?:por lo menos|al menos|at least) (?:esta|quedo|se ve|queda|it looks|it's|its) (?:bonito|lindo|precioso|pretty|nice|scenic)\\b",
  // "Love that the tracker says 2 min for twenty minutes straight", "me encanta cómo me dijeron que me llamaban… hoy es jueves".
  `\\b(?:love|loving|adore) (?:that|it when|how)\\b${gap(12)} (?:for (?:\\d+|twenty|thirty|forty|fifty|an?|two|three|four|five|six) (?:minutes|hours|days|weeks|months)(?: straight| now)?|straight|again|still|never)\\b|\\bme (?:encanta|encantan|fascina) (?:como|que|cuando) (?:me |nos )?(?:dijeron|dicen|prometieron|prometen|aseguraron|aseguran|digan|prometan|avisaron)\\b${gap(16)} (?:hoy es|ya es|y hoy|todavia|sigo|seguimos|nada|nunca|y nada)\\b`,
  // "Great job guys, truly world class, no light since morning": praise next to an outage that goes on.
  `\\b(?:great|good|nice|brilliant|excellent|amazing|fantastic|superb|top|stellar|outstanding) (?:job|work|service|one|stuff)\\b${gap(6)} ${OUTAGE_ONGOING}\\b|\\b(?:world class|first class|top notch|top class|five star|5 star)\\b${gap(4)} ${OUTAGE_ONGOING}\\b|\\b(?:excelente|genial|de lujo|impecable|felicitaciones|bravo|que buen servicio|de primera)\\b${gap(6)} ${OUTAGE_ONGOING}\\b`,
  // "Wow, amazing service, my order is only 3 weeks late", "qué rapidez, solo dos semanas de atraso".
  `\\b(?:amazing|great|brilliant|excellent|fantastic|wonderful|stellar|fast|speedy|quick|rapid|efficient|prompt|impressive|top)\\b${gap(6)} only (?:\\d+|two|three|four|five|six|seven|eight|ten) (?:days|weeks|months|hours) (?:late|overdue|behind|delayed)\\b|\\b(?:que|tan|muy|super|re) (?:rapid\\w*|eficient\\w*|puntual\\w*|velocidad|rapidez|buen servicio)\\b${gap(6)} (?:solo|solamente|nomas|apenas) (?:\\d+|dos|tres|cuatro|cinco|seis|ocho|diez) (?:dias|semanas|meses|horas) (?:de atraso|de retraso|de demora|tarde)\\b`,
  // "love paying $95 a month for the privilege of hotspotting off my phone".
  `\\b(?:paying|pay|paid|charged|charging|charge|pagando|pago|pagar)\\b${gap(6)} (?:for the privilege of|por el privilegio de)\\b`,
  // "qué rapidez para cobrar…", "so quick to take my money": praise for how fast they charge or cut.
  '\\b(?:que|tan) (?:rapid\\w+|eficien\\w+|velocidad|diligen\\w+|puntual\\w*) (?:para|al|a la hora de) (?:cobrar|facturar|cortar|descontar|debitar|suspender|cobrarme|cortarme)\\b|\\b(?:so |very |always )?(?:quick|fast|prompt|efficient|speedy) (?:to|at|when it comes to) (?:charge|charging|bill|billing|take|taking|cut|cutting|collect|collecting)\\b',
  `\\b(?:love|loving|adore|enjoy|enjoying) [a-z]+ing\\b${gap(6)} (?:never|doesn't|don't|won't|isn't|didn't) (?:work|arrive|come|show|answer|turn up|get fixed)\\w*\\b`,
  '\\b(?:thanks|thank you|cheers|ta)(?: (?![.!?]+(?: |$))[^ ]+){0,3} for (?:losing|ruining|wasting|breaking|cutting|leaving|ignoring|overcharging|cancelling|canceling|messing|making me wait|keeping me (?:waiting|on hold)|absolutely nothing|nothing|the runaround)\\b',
  '\\bgracias(?: \\w+){0,3} por (?:nada|dejarme|cortarme|cobrarme|hacerme esperar|ignorarme|perder|arruinar|colgarme|tenerme esperando|la nada)\\b|\\bay si ,? que (?:buen|bonit|lind|rapid|eficient|maravill|excelent|amable|atent)\\w*|\\bsi claro ,|\\boh sure\\b|\\b(cool|great|genial|perfecto|perfect|lovely|brilliant|super|bravo)(?: [.,!]+)? \\1(?: [.,!]+)? \\1\\b',
  // "Nice one, cutting my internet the day before my exam", "great job losing my parcel".
  '\\b(?:nice one|great job|good job|well done|nice work|way to go|good going|smooth move|top work|brilliant work|great work)\\b(?: ,)?(?: (?:guys|team|lads|mate|folks|everyone|again|as usual|as always))?(?: ,)? (?:for |on )?(?:cutting|losing|charging|overcharging|ignoring|breaking|leaving|cancell?ing|taking|double charging|billing|messing|ruining|forgetting|disconnecting|switching off|shutting off|sending (?:me )?the wrong|missing|delaying|hanging up)\\b',
  `\\b(?:love|loving|adore|enjoy|enjoying) paying\\b${gap(5)} (?:half|nothing|less|worse|a service (?:that|i)|no service|never)\\b|\\bme encanta pagar\\b${gap(5)} (?:la mitad|nada|peor|un servicio que)\\b`,
  // "Really impressed how you managed to lose two parcels", "top service as always", "so much for '24/7 support'".
  "\\b(?:you|u|they|you guys|you lot) (?:somehow |even |actually |really )?(?:managed|manage|have managed|'ve managed) to (?:lose|break|ruin|mess|charge|cut|cancel|forget|double|overcharge|damage|misplace|screw|send (?:me )?the wrong|bill)\\b|\\b(?<!thank you |thanks |gracias )so much for\\b",
];
/** Waits told as a span for a small job ("3 semanas para instalar", "took you five weeks to reply"). */
const DUR_ES =
  '(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|veinte|treinta|cuarenta|varias|varios|mas de un[oa]?) (?:dias|semanas|semana|meses|mes|horas|hora|minutos)';
const DUR_EN =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twenty|thirty|forty|several|a few) (?:days|weeks|months|month|week|hours?|minutes)';
const SLOW_JOB = [
  `\\b(?:${DUR_ES}|${DUR_EN})(?: ,)? (?:y|and) (?:ni|nada|no|sin|todavia|aun|still|nothing|no)\\b|\\b(?:ni (?:un|una)|not a single|not one) (?:respuesta|llamada|mensaje|correo|reply|answer|call|email|word)\\b`,
  `\\b${DUR_ES} (?:para|en) (?:\\w+ ){0,2}(?:instalar|contestar|responder|darme|dar|decir|arreglar|resolver|cambiar|devolver|hacer|activar|entregar|llegar|atender)\\w*\\b|\\b(?:tard\\w+|demor\\w+) (?:solo |nada mas |apenas )?${DUR_ES}\\b`,
  `\\b(?:took|taken|takes|taking) (?:you|them|him|her|me|us|it)? ?(?:only |just )?${DUR_EN}\\b|\\b${DUR_EN} (?:on the phone|to (?:reply|answer|respond|fix|change|install|deliver|get|sort|process|refund|turn around))\\b`,
];

/** A meter, machine or app that kept the money: "the prepaid meter swallowed my 200 cedis", "el cajero se tragó mi tarjeta". */
const MONEY_SWALLOWED =
  "\\b(?:meter|machine|atm|cash machine|app|kiosk|terminal|vending machine|cajero|maquina|medidor|contador|app)\\b(?: [\\w']+){0,2} (?:swallowed|ate|kept|has eaten|took|se trago|se comio|se quedo con|me comio|me trago)\\b(?: (?:my|our|mi|mis|el|la|los|las))? (?:\\d+|money|cash|credit|card|coins?|top ?up|dinero|plata|saldo|tarjeta|monedas|recarga)\\b";

/** An amount agreed and another charged: "the contract says R399 a month. The last three debits were R429". */
const AMOUNT = '(?:[a-z]{0,3}\\d[\\d.,]*|\\d[\\d.,]*(?: ?[a-z]{1,3})?)';
const AMOUNT_DIFFERS = `\\b(?:contract|agreement|quote|quoted|offer|offered|me dijo|me dijeron|told me|costaba|costaria|would cost|advert|advertised|agreed|deal|signed up for|plan (?:dice|es de|era de|cuesta|costaba|says|costs|was)|contrato|oferta|cotizacion|cotizaron|acordamos|acordado|pactado|publicidad|contrate|me ofrecieron)\\b(?: [^ ]+){0,6} ${AMOUNT}\\b(?: [^ ]+){0,14} (?:debit\\w*|charg\\w*|bill\\w*|took|taken|deduct\\w*|cobr\\w+|descont\\w+|debit\\w+|factur\\w+)\\b(?: [^ ]+){0,4} ${AMOUNT}\\b`;

/**
 * Money told plainly, with no complaint word: a price promised and another charged, taken twice, kept after a return or a
 * cancellation. Customers state these as facts ("the salesman said installation is free", "$89.99 taken twice on the
 * 14th", "la garantía de $1.500 todavía no me la devolvieron") and leave the conclusion to the reader.
 */
const PROMISED_FREE =
  '(?:free (?:\\w+ )?lekha (?:chilo|chhilo|ache|ase)|(?:said|says|told|promised|offered|advertised|was|is|supposed to be|dijeron|dijo|decia|prometieron|ofrecieron|era|es|como) (?:\\w+ ){0,3}(?:free|gratis|complimentary|included|incluid[oa]|sin costo|sin cargo|cortesia|a courtesy|no charge))';
const CHARGED_EXTRA =
  '(?:charged|charge|billed|debited|deducted|(?:invoice|bill|statement|receipt|factura|recibo|boleta) (?:has|shows|includes|says|trae|tiene|incluye|dice)|extra|cobr\\w+|comision|katsen|gedebiteer|aparece \\S+ extra|factur\\w+ aparece)';
const MONEY_STATED = [
  near(PROMISED_FREE, CHARGED_EXTRA, 16),
  // Taken twice: "$89.99 taken twice on the 14th", "₹1,499 do baar kat gaya", "me lo cobraron dos veces".
  '\\b(?:taken|charged|debited|deducted|billed|came out|gone out|paid|cobrad[oa]|cobraron|descontaron|debitaron|cobro|desconto|debito) (?:me |it |him |her |us |lo |la |me lo |me la )?(?:(?:of|from|on|to|de|en|a) (?:my|the|our|mi|la|el) (?:[^ ]+ ){0,2})?(?:twice|two times|2 times|2x|dos veces)\\b|\\b(?:do|2) baar (?:kat|cut|deduct|charge|debit)\\w*\\b',
  // One purchase, two charges, told apart: "pagué una sola vez… salen dos cargos", "I only placed it once".
  near(
    '(?:una sola vez|solo una vez|una vez nomas|only once|just once|ek hi baar|only placed (?:it|one|the order) once|only placed one order)',
    '(?:dos|2|two|do|three|3|tres) (?:identical |separate |cargos|cobros|debitos|charges|payments|debits|deductions|transactions)',
    20,
  ),
  // Across a full stop: "two identical charges of $89.90 … on my DBS card. I only placed one order".
  '\\b(?:two|2|three|3) (?:identical |separate |duplicate |matching )?(?:charges|payments|debits|transactions|deductions)\\b(?: [^ ]+){0,24} (?:i|we) only (?:placed|made|ordered|bought|paid)\\b',
  // "two charges of $64.99… both for order #CA-44821".
  `\\b(?:two|2|three|3) (?:identical |separate |duplicate |matching )?(?:charges|payments|debits|transactions|deductions)\\b${gap(14)} both (?:for|on|under|against) (?:the same|order|one|my|the one|invoice|booking)\\b`,
  // A charge the customer never agreed to: "an add-on on my card every month that I don't remember ever signing up for".
  `\\b(?:charge|charged|card|debit|fee|add on|subscription|bill|statement)\\b${gap(16)} (?:don't|do not|dont|never|can't|cannot) (?:remember|recall) (?:ever )?(?:signing up|subscribing|ordering|authori[sz]ing|agreeing|adding)\\b`,
  // A discount, a code or a promo accepted, and the full price taken: "el cupón me lo aceptó… el cobro fue por el total".
  `\\b(?:promo|promotion|discount|code|coupon|voucher|cupon|descuento|oferta|1 for 1|price match)\\b${gap(16)} (?:the full|full price|full amount|full s|precio completo|precio total|por el total|el total|sin el descuento|without the discount|2 full price|charged full)\\b`,
  // A deposit not returned: "la garantía de $1.500 todavía no me la devolvieron", "my bond still hasn't come back".
  `\\b(?:garantia|deposito|fianza|deposit|bond|caution money)\\b${gap(10)} (?:todavia no|aun no|nunca|still (?:hasn't|has not|haven't|not)|never|not yet) (?:me |nos )?(?:la |lo )?(?:devolvieron|devuelven|reembolsaron|regresaron|returned|refunded|come back|been returned|been refunded|back)\\b`,
  // Cancelled, and charged all the same: "Cancelé el plan… igual me llegó el cobro", "cancel kar diya tha… phir bhi deduct".
  `\\b(?:cancele|cancelamos|di de baja|cancel kar (?:diya|di|diye)|cancelled|canceled)\\b${gap(16)} (?:igual|aun asi|de todas formas|phir bhi|fir bhi|anyway|still) (?:[^ ]+ ){0,5}(?:cobr\\w+|cargo|charg\\w+|debit\\w+|deduct\\w*|kat\\w*|descont\\w+)\\b`,
  // Never a customer: "a debit order from your company and I have never had an account with you".
  `\\b(?:never had|never opened|never held|don't have|do not have|nunca tuve|nunca he tenido|no tengo) (?:an |a |any )?(?:account|contract|policy|subscription|cuenta|contrato|poliza|suscripcion) (?:with|con) (?:you|your|ustedes|uds|ur|this company)\\b|\\b(?:nothing|no one|nobody|nowhere|nada|nadie)\\b${gap(10)} (?:mentioned|said|told|mencion\\w*|dijo|aviso)\\b${gap(2)} (?:a |any |the |ninguna |una |la )?(?:fee|charge|comision|cargo|cobro)\\b`,
  // A fee nobody showed: "charge me $12 'service fee', checkout page never show one", Taglish "walang nagsabi… may ganun",
  // Swahili "sijawahi subscribe" (I never subscribed).
  `\\b(?:fee|fees|charge|surcharge)\\b${gap(8)} (?:never|didn't|did not|not|nowhere) (?:show|shown|showed|shows|mention|mentioned|say|said|list|listed|display|displayed)\\b|\\bwalang (?:nagsabi|nagsabing|sinabi)\\b|\\bsijawahi (?:subscribe|jiunga|omba|agiza|sign)\\w*`,
  // Returned, and the charge stays: "devolví los audífonos… el cobro de $79.99 sigue en mi tarjeta".
  `\\b(?:devolvi|devolvimos|regrese|returned|sent back)\\b${gap(16)} (?:cobro|cargo|charge|debit)\\b${gap(4)} (?:sigue|todavia|aun|still|is still)\\b`,
  // Hinglish, one amount due and another charged: "Rs 3,200 aana chahiye tha lekin Rs 5,870 charge hua".
  `${AMOUNT} (?:aana|hona|lagna|ana) (?:chahiye|chaiye) (?:tha|thi)\\b${gap(3)} (?:lekin|magar|par|but)\\b${gap(3)} ${AMOUNT}\\b`,
  // Taken and not arrived, plainly: "se descontó pero la carga no figura", "Nabawas na sa wallet… hindi pumasok".
  `\\bse (?:desconto|debito|cobro)\\b${gap(4)} (?:pero|y)${gap(4)} no (?:figura|aparece|se refleja|se acredito|llego|impacto)\\b`,
  // (Across a full stop: "hindi pumasok sa load ko. Nabawas na sa wallet ko".)
  '\\bnabawas\\b(?: [^ ]+){0,14} (?:hindi|di) (?:pa )?(?:pumasok|nag ?reflect|dumating|na ?credit)\\b|\\b(?:hindi|di) (?:pa )?(?:pumasok|nag ?reflect|dumating|na ?credit)\\b(?: [^ ]+){0,14} nabawas\\b',
  `\\b(?:pesa|hela|malipo)\\b${gap(3)} (?:imetoka|zimetoka|imekatwa|zimekatwa|imeenda)\\b${gap(10)} (?:sijalipa|haijafika|haijaingia|hazijafika)\\b`,
  `\\b(?:should have been|supposed to be|aana chahiye tha|deberia ser|debia ser|tenia que ser|tendria que ser)\\b${gap(4)} ${AMOUNT}\\b${gap(8)} (?:lekin|magar|par|but|pero|y)\\b${gap(6)} ${AMOUNT}\\b`,
];

/** What every rule about money lost shares. */
const MONEY_LOST = { v: -1.2, frust: 1, flag: 'problem', reason: 'money_lost', reasonIf: 'notPositive' } as const;

/** The rules, merged into PHRASE_RULES. */
export const COMPLAINT_RULES: PhraseRuleSpec[] = [
  {
    id: 'money_lost',
    ...MONEY_LOST,
    notInInfoQuestion: true,
    patterns: [
      near(MONEY_ES, MONEY_WRONG_ES, 10),
      near(MONEY_FLOW_ES, MONEY_MISSING_ES, 10),
      near(MONEY_EN, MONEY_WRONG_EN, 10),
      ...MONEY_OUTRIGHT,
      ...MONEY_FIL,
      ...MONEY_MIXED,
      ...MONEY_STATED,
      // Money that has not reached the account: "mi pension nuh reach di account yet", "my salary still hasn't landed".
      `\\b(?:pension|salary|wages|pay|payment|money|transfer|remittance|refund|deposit|funds)\\b${gap(2)} (?:nuh|nah|hasn't|hasnt|has not|haven't|havent|have not|didn't|didnt|did not|never|still not|still hasn't|still hasnt|not yet) (?:yet )?(?:reach|reached|arrive|arrived|come|came|hit|landed|show(?:n|ed)? up|come through|gone through|been (?:credited|received|paid|deposited))\\b`,
      // A refund promised in so many days, and nothing: "me dijeron que en 10 días hábiles me volvía la plata… hasta ahora nada".
      '\\b(?:dijeron|prometieron|aseguraron|confirmaron)\\b(?: [^ ]+){0,12} (?:volvia|devolvian|devolverian|reembolsaban|reembolsarian|depositaban|depositarian|llegaba|llegaria|acreditaban|acreditarian|reintegraban)\\b(?: [^ ]+){0,30} (?:nada de nada|hasta ahora nada|y nada|todavia nada|aun nada|hasta hoy nada|ni un peso|ni un sol|ni un centavo)\\b',
      // Charged after cancelling: "I cancel the gym membership already in March… why this month still deduct $89",
      // "three weeks after I got the cancellation confirmation email, the annual renewal hit my card".
      `\\bcancel\\w*\\b${gap(20)} (?:hit my (?:card|account)|still (?:got |been |was |were |being )?(?:deduct\\w*|charg\\w*|debit\\w*|bill\\w*|took|taken)|(?:deducted|charged|debited|billed)(?: me)? (?:again|anyway|regardless|anyways))\\b`,
      // "Why this month still deduct $89 from my card?": money still taken.
      `\\bstill (?:deduct|charg|debit|bill)\\w*\\b${gap(4)} (?:from|to|on) (?:my|the|our) (?:card|account|bank)\\b`,
      // Paid and not received: "Topped up $50 on Saturday. Card debited, mobile balance still says $0.40".
      `\\b(?:debited|deducted|charged|taken)\\b${gap(6)} (?:balance|credit|wallet|airtime)\\b${gap(2)} (?:still|is still|remains|stays)\\b`,
      // A fee nobody mentioned: "Nobody mentioned a $35 'service activation fee' when I signed up".
      `\\b(?:nobody|no one|noone|never) (?:mentioned|told me about|said anything about|disclosed|warned me about|informed me of)\\b${gap(6)} (?:fee|charge|cost|surcharge)s?\\b`,
      MONEY_SWALLOWED,
      AMOUNT_DIFFERS,
      // A refund counted in days: "Refunds are processed within 7-10 banking days … today is day 38".
      "\\brefund\\w*\\b(?: [^ ]+){0,30} (?:today is|it is|it's|its|now on|we're on|we are on|this is) day (?:[2-9]\\d|1[5-9]|\\d{3})\\b",
      // Paid and not there: "ECG units bought at 6am, credit not reflecting on the meter", Swahili "4,000 bob … haijaingia".
      '\\b(?:credit|credits|units|token|tokens|payment|amount|money|balance|recharge|top ?up|load|airtime)s? (?:is |are |has |have )?(?:still )?not (?:reflecting|reflected|showing|credited|received|updated)\\b|\\b(?:pesa|bob|ksh|kes|shilingi|\\d[\\d,]*)\\b(?: [^ ]+){0,10} haija(?:ingia|fika)\\b',
      // A transfer that arrived short: "Mandé 300 dólares y a mi mamá le llegaron 250".
      '\\b(?:mande|envie|transferi|deposite|gire)\\b(?: [^ ]+){0,4} \\d[\\d.,]*\\b(?: [^ ]+){0,8} (?:le llegaron|me llegaron|llegaron|le llego|me llego|llego|recibio|recibieron) (?:solo |solamente |nomas |apenas )?\\d[\\d.,]*\\b',
      // Hinglish, money taken: "Rs 250 fee kaat li", "paise kat gaye".
      '\\b(?:fee|fees|charge|charges|paise|paisa|rupees|rs ?[\\d,]+|balance)\\b(?: [^ ]+){0,2} (?:kaat|kat|kaata|kaati|kata|kati|katt) (?:li|liya|liye|lia|gaye|gaya|gayi|gye|gya|diya|diye|di|raha|rahe|rahi)\\b',
      // "2 charges of $49.99 on 10/14?? i only ordered once", "a late fee of Rs 1,200 when I paid on the 5th".
      "\\b(?:2|two|3|three|duplicate|double|twin) (?:charges|debits|payments|transactions|deductions|cobros|cargos|debitos|descuentos)\\b(?: [\\w'$.,/?!]+){0,16} (?:only|just|solo|nomas) (?:ordered|bought|paid|purchased|pedi|compre|pague|hice (?:un|una) (?:pedido|compra|pago))(?: once| one| una vez)?\\b",
      "\\b(?:late|penalty|overdue|reconnection|late payment) (?:fee|charge|fine)\\b(?: [\\w'$.,/]+){0,10} (?:(?:i|we) (?:paid|pay|had paid|have paid|already paid)(?: it)?|(?:the |my |our )?(?:payment|debit|direct debit|money|transfer|it) (?:went out|was made|was sent|was taken|came out|left|cleared|went through|was paid|arrived))(?: \\w+){0,2} (?:on time|on the \\d+\\w*|on the due date|by the due date|before(?: the due date)?|early|in full)\\b|\\b(?:recargo|multa|intereses? (?:de|por) mora|cargo por (?:atraso|mora))\\b(?: \\w+){0,8} (?:si |ya |yo )?(?:pague|pagamos|pagado|cancele)(?: \\w+){0,2} (?:a tiempo|antes|el \\d+|en fecha|puntual)\\b",
    ],
  },
  {
    // "Quiero que me devuelvan la diferencia": a demand for money back, about money mentioned anywhere.
    id: 'money_back',
    v: -1,
    flag: 'problem',
    reason: 'money_lost',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    context: `\\b(?:${MONEY_EN.slice(3, -1)}|${MONEY_ES.slice(3, -1)})\\b`,
    patterns: [
      '\\bque me (?:devuelvan|reintegren|reembolsen|regresen|devolvais|devuelvas|reembolseis)\\b(?! la llamada)',
    ],
  },
  {
    // "Why is there a charge for paper billing? I never signed up for that": the charge and the denial
    // may sit in different sentences.
    id: 'money_denied',
    v: -1,
    flag: 'problem',
    reason: 'money_lost',
    reasonIf: 'notPositive',
    context: `\\b(?:${MONEY_EN.slice(3, -1)}|${MONEY_ES.slice(3, -1)})\\b`,
    patterns: [
      "\\b(?:i|we) (?:never|didn't|did not|have never) (?:sign(?:ed)? up|agree\\w*|authori[sz]e\\w*|order\\w*|ask(?:ed)?|request\\w*|subscribe\\w*) (?:for|to)\\b|\\b(?:yo )?(?:nunca|jamas|no) (?:contrate|pedi|autorice|solicite|firme|acepte) (?:eso|esto|nada|ese \\w+|esa \\w+)\\b",
    ],
  },
  {
    // "I paid the bill on the 1st and you still shut off my water": paid and not served.
    id: 'paid_cut',
    ...MONEY_LOST,
    notInQuestion: true,
    patterns: [near(PAID, CUT_OFF, 10)],
  },
  {
    // "Paid the bill via UPI on the 5th, still showing unpaid", "aboné la factura… continúa figurando como impaga".
    id: 'paid_unpaid',
    ...MONEY_LOST,
    notInInfoQuestion: true,
    context:
      '\\b(?:paid|pague|pagamos|pagado|abone|abonamos|abonado|cancele|transferi|deposite|settled|(?:i|we) (?:already )?(?:paid|settled|transferred))\\b',
    patterns: [
      '(?<!\\b(?:will|would|should|might|may|does|do|could|can) (?:it|this|that|they|the \\w+) (?:still |also |only )?)\\b(?:showing|shows|shown|show|marked|listed|says|saying|appears|appearing|reflects|reflecting|aparece|figura|figurando|sale|dice|marca|registra)(?: as| como)? (?:unpaid|not paid|pending|overdue|outstanding|impag[oa]|pendiente|adeudad[oa]|sin pagar|no pagad[oa]|vencid[oa])\\b',
    ],
  },
  {
    id: 'nobody_answers',
    v: -1.2,
    frust: 1,
    flag: 'recur',
    reason: 'repeated_contact',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    negatable: true,
    patterns: NOBODY_ANSWERS,
  },
  {
    id: 'no_show',
    v: -1.5,
    frust: 1.5,
    flag: 'problem',
    reason: 'no_show',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    patterns: [...NO_SHOW_ES, ...NO_SHOW_EN, ...NO_SHOW_FIL],
  },
  {
    id: 'order_failure',
    v: -1.2,
    frust: 0.8,
    flag: 'problem',
    reason: 'order_failure',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    patterns: [...ORDER_FAILURE_ES, ...ORDER_FAILURE_EN, ...ORDER_MIXED],
  },
  {
    id: 'order_damage',
    v: -1.2,
    frust: 0.8,
    flag: 'problem',
    reason: 'order_failure',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    context: ORDER_CONTEXT,
    patterns: ITEM_DAMAGE,
  },
  {
    id: 'bot_mismatch',
    v: -1.5,
    frust: 1.5,
    flag: 'problem',
    reason: 'bot_mismatch',
    reasonIf: 'notPositive',
    notInInfoQuestion: true,
    patterns: [...BOT_MISMATCH, ...BOT_FIL, ...BOT_MIXED],
  },
  {
    id: 'despair',
    v: -2,
    frust: 2,
    urg: 1,
    reason: 'despair',
    negatable: true,
    patterns: [...DESPAIR, ...DESPAIR_FIL, ...DESPAIR_MIXED],
  },
  {
    id: 'urgency_colloquial',
    v: -0.6,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    notInInfoQuestion: true,
    patterns: URGENCY_COLLOQUIAL,
  },
  {
    // "me piden hoy antes de mediodía el comprobante", "remove the freeze today itself, rent is due by evening": a
    // deadline of today for something they need.
    id: 'deadline_today',
    v: -0.3,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    notInInfoQuestion: true,
    patterns: [
      // "The letting agent needs it by 5pm or the apartment goes": a document wanted by an hour today.
      '\\b(?:needs?|needed|wants?|require[sd]?|must have) (?:it|them|this|that|the letter|the document|the statement|a copy) (?:by|before) (?:\\d{1,2}(?: ?[.:] ?\\d\\d)? ?(?:am|pm)|noon|midday|tonight|(?:the )?end of (?:the )?day|close of business|eod)\\b',
      '\\b(?:necesito|necesitamos|me piden|me pide|nos piden|me lo piden|lo necesito|tengo que|tenemos que|debo|hay que|need|needs|needed|have to|has to|must|required|requires|due)\\b(?: \\w+){0,6} (?:hoy|today) (?:mismo )?(?:antes de|antes del|before|by) (?:las? \\d+|la una|mediodia|medio dia|la tarde|la noche|el cierre|que cierre\\w*|(?:the )?end of (?:the )?day|noon|midday|\\d+(?: ?(?:am|pm))?|tonight|this evening|evening|close of business|eod)\\b|\\b(?:today itself|by tonight|by eod)\\b|\\bnahitaji\\b(?: [^ ]+){0,6} leo\\b|\\blast date (?:is )?(?:aajke|aaj|today|kal|tomorrow)\\b|\\bsahii sahii\\b|\\bquick quick (?:please|pls|plz|abeg|o|oo|biko)\\b|(?<!\\b(?:hope|hopefully|hoping|ojala|espero que|esperemos que)\\b(?: [^ ]+){0,3} )\\b(?:ready|done|fixed|back|delivered) (?:by|before) (?:tomorrow|manana)(?: (?:morning|lunch ?time|noon|midday|afternoon|evening|temprano))?\\b|\\b(?:(?:have|get) (?:it|them|this|the|my|our)(?: [^ ]+){0,3}|it|them) (?:ready|done|sent|available|signed|stamped) (?:by|before) (?:noon|midday|lunch ?time|\\d{1,2}(?: ?[.:] ?\\d\\d)? ?(?:am|pm))\\b|(?<!\\b(?:arrive|arrived|arrives|arriving|came|come|delivered|reached|landed|got here|got it) )\\bby (?:this )?evening\\b',
      // "Necesito que me confirméis hoy si llega antes del viernes": an answer needed today.
      '\\b(?:necesito|necesitamos|me urge|urge) que (?:me |nos )?(?:confirm|respond|contest|avis|dig|resuelv|solucion|arregl|envi|mand|devuelv|llam|entregu|traig)\\w* (?:hoy|hoy mismo|antes de manana)\\b',
    ],
  },
  {
    // "My flight is tomorrow morning and my card is still blocked": a near deadline next to a problem.
    id: 'urgency_deadline',
    v: -0.6,
    urg: 3,
    reason: 'urgency',
    negatable: true,
    notInInfoQuestion: true,
    context:
      "\\b(?:still(?! (?:on|valid|open|happening|going ahead|booked|confirmed|available|good|fine|ok)\\b)|not|no|never|blocked|locked|can't|cannot|won't|doesn't|isn't|haven't|hasn't|didn't|sigue(?:n)?(?! (?:confirmad|en pie|vigente|programad|activ|a tiempo|igual de bien|saliendo))|bloquead\\w*|sin|nunca|todavia)\\b",
    patterns: [
      `\\b(?:(?:my|our|the|his|her|their) )?(?:[\\w-]+ )?(?:flight|exam|interview|surgery|operation|trip|wedding|funeral|deadline|move|court date|hearing|appointment|visa \\w+)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:is |was |leaves |departs |closes )?(?:today|tonight|tomorrow|in (?:an hour|\\d+ hours|a few hours))\\b|\\b(?:mi|el|la|nuestro|nuestra) (?:vuelo|viaje|examen|entrevista|operacion|cirugia|mudanza|plazo|audiencia|boda|funeral)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:es |sale |vence |cierra )?(?:hoy|manana|esta noche)\\b`,
      // The deadline first: "hoy vence la inscripción del liceo", "the bond has to be lodged by tomorrow".
      '\\b(?:hoy|manana) (?:vence|cierra|es|termina|se acaba) (?:el|la|mi) (?:plazo|inscripcion|matricula|postulacion|cita|examen|vuelo|pago|audiencia|entrevista|tramite|arriendo|alquiler)\\b|\\b(?:has to|have to|must|needs? to) be (?:\\w+ ){0,2}(?:by|before) (?:tomorrow|today|tonight)\\b',
      // "Viajo a Santiago a la noche y no tengo otra".
      '\\b(?:viajo|vuelo|salgo|me voy|parto|nos vamos|viajamos)\\b(?: [^ ]+){0,4} (?:hoy|esta noche|a la noche|en la noche|en unas horas)\\b',
    ],
  },
  {
    id: 'vulnerable_situation',
    v: -1,
    urg: 0.5,
    reason: 'vulnerable_customer',
    patterns: [...VULNERABLE_SITUATION, ...VULNERABLE_HEALTH],
  },
  { id: 'vulnerable_kin', v: 0, reason: 'vulnerable_customer', reasonIf: 'negative', patterns: VULNERABLE_KIN },
  {
    id: 'vulnerable_condition',
    v: 0,
    reason: 'vulnerable_customer',
    reasonIf: 'negative',
    patterns: VULNERABLE_CONDITION,
  },
  { id: 'sarcasm_more', v: -2, frust: 1, flag: 'sarcasm', patterns: SARCASM_MORE },
  {
    // "Top service as always, no dial tone for 3 days": praise "as always" next to a failure (not on its own).
    id: 'sarcasm_as_always',
    v: -2,
    frust: 1,
    flag: 'sarcasm',
    context: '\\b(?:no|not|without|down|since|again|still|never|broken|nothing|sin|otra vez|todavia|nunca|nada|ni)\\b',
    patterns: [
      '\\b(?:top|great|excellent|amazing|brilliant|stellar|outstanding|fantastic|superb|wonderful|lovely|fab|five star|5 star|first class|world class) (?:service|work|job|stuff|effort|support)\\b(?: ,)? (?:as (?:always|usual|ever)|again|once again)\\b|\\b(?:servicio|atencion|trabajo) (?:de primera|excelente|impecable|de lujo|un lujo|de diez)(?: ,)? como siempre\\b',
    ],
  },
  { id: 'slow_job', v: -1, frust: 1, flag: 'wait', patterns: SLOW_JOB },
  { id: 'minimize', v: 0, flag: 'minimize', patterns: MINIMIZE },
  { id: 'mild', v: -0.8, flag: 'mild', max: 1, patterns: MILD },
  { id: 'past_resolved', v: 0, flag: 'past', max: 1, patterns: PAST_RESOLVED },
  {
    // Outages counted ("se fue tres veces esta semana"): a recurring failure, told as a number.
    id: 'recurring_outage',
    v: -1,
    frust: 1.5,
    flag: 'recur',
    reason: 'repeated_contact',
    reasonIf: 'negative',
    patterns: [
      `\\b(?:se (?:fue|cayo|corto|cae|corta|va|van|fueron|cortaron)|(?:dropped|went|gone|cut|goes|drops)(?: out| down| off)?)\\b${gap(4)} (?:dos|tres|cuatro|cinco|seis|varias|muchas|\\d+|three|four|five|six|several|multiple|many) (?:veces|times)\\b`,
    ],
  },
  {
    // "First the wrong bill, then the wrong plan, now the wrong SIM": one failure after another.
    id: 'serial_failure',
    v: -1.2,
    frust: 1.5,
    flag: 'recur',
    reason: 'repeated_contact',
    reasonIf: 'negative',
    patterns: [
      `\\bfirst\\b${gap(10)} then\\b${gap(10)} (?:now|and now|today|and today)\\b|\\bprimero\\b${gap(10)} (?:despues|luego)\\b${gap(10)} (?:ahora|y ahora|hoy|y hoy)\\b`,
    ],
  },
  {
    // Plain problem reports with no reason of their own (valence only).
    id: 'problem_more',
    v: -1.5,
    flag: 'problem',
    max: 1,
    patterns: [
      '\\b(?:with no|without(?: any)?) (?:warning|notice|explanation|reason)\\b|\\bwithout (?:doing|fixing|solving|resolving|changing) (?:anything|a thing)\\b|\\b(?:dejo|dejaron|left|dumped)\\b(?: (?![.!?]+(?: |$))[^ ]+){0,4} (?:en la calle|bajo la lluvia|in the rain|on the (?:street|pavement|sidewalk|doorstep))\\b|\\bstopped [a-z]+ing\\b|\\bno es (?:lo|la|el) que (?:esperaba|esperabamos|imaginaba|buscaba)\\b|\\bnot what (?:i|we) (?:expected|hoped for|wanted)\\b|\\b(?:gone|went|delivered|left) (?:to|with) (?:my |the |a )?neighbou?r\\b',
    ],
  },
];
