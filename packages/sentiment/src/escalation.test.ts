import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { EscalationReason } from './types';

/** Every reason a rule names (`strong_complaint` is the model's and `negative` the label's: sensitivity.test.ts). */
type RuleReason = Exclude<EscalationReason, 'strong_complaint' | 'negative'>;

const cases: Record<RuleReason, { es: string[]; en: string[] }> = {
  repeated_contact: {
    es: [
      'es la tercera vez que llamo',
      'ya les escribí dos veces',
      'llevo una hora en espera',
      'he llamado en reiteradas ocasiones',
    ],
    en: [
      "third time I'm calling",
      "I've emailed you 4 times",
      'been on hold for 40 minutes',
      'chased this twice already',
      'the third blackout this week on our street',
      'tired of calling you lot about the same meter',
      'Was told my issue was resolved but it is still happening',
    ],
  },
  asks_for_human: {
    es: [
      'quiero hablar con una persona',
      'pásame con un ejecutivo',
      'me comunicás con un operador?',
      '¿tienen algún teléfono donde me conteste una persona?',
      'quisiera que me devuelvan la llamada, es por lo del seguro',
      'asesor por favor',
    ],
    en: [
      'let me talk to a real person',
      'agent please',
      'transfer me to a manager',
      'representative',
      'could someone from your team give me a ring about my claim?',
      'could I have a wee word wi somebody about my meter',
      'could we get a call back from someone in billing?',
      'any chance somebody could give us a call on Friday about the mortgage?',
      'can I be put through to someone who deals with complaints? done all the steps already',
      'kindly call me back on this number, it is about the loan',
    ],
  },
  churn_threat: {
    es: [
      'me cambio de banco',
      'voy a cancelar',
      'me voy a la competencia',
      'me doy de baja',
      'estoy pensando en cambiarme de compañía',
      'ya pedí la portabilidad',
      'otra compañía me ofrece mejor precio, ustedes verán',
      'quisiera la baja del servicio de cable',
    ],
    en: [
      "I'm switching providers",
      'cancel my subscription',
      'closing my account',
      "I'll take my business elsewhere",
      'seriously thinking of moving my savings to another bank',
      'another bank already offered us a better rate, just saying',
      "guess I'll switch to Optus then",
    ],
  },
  regulator_complaint: {
    es: [
      'voy a reclamar al SERNAC',
      'los denuncio en PROFECO',
      'voy a Defensa del Consumidor',
      'queja ante la SIC',
      'voy a la OCU',
      'pido la hoja de reclamaciones',
      'hablaré con mi abogado',
      'les voy a poner una demanda',
    ],
    en: [
      'reporting you to the BBB',
      "I'll file a complaint",
      'my lawyer will contact you',
      'I will sue',
      'lodged a report with KPDN yesterday',
      "I'll take this to the Disputes Tribunal",
    ],
  },
  vulnerable_customer: {
    es: ['soy adulto mayor', 'estoy enfermo', 'no tengo para comer', 'mi mamá tiene 85 años'],
    en: [
      "I'm disabled",
      'my mother is in hospital',
      "I'm 82 and confused",
      'I lost my job',
      "we don't have enough money for groceries this week, can my payment wait?",
      'power out since morning and I have a sick mum at home',
      'my lola is 90 and cannot walk to the branch anymore, she needs someone to help with her pension',
      // Held back by v16's model (trained on blind-12's calm questions from older customers), escalated again by v17.
      'my lolo is 91 and cannot queue at the branch anymore, how does he renew his ID?',
    ],
  },
  urgency: {
    es: [
      'es urgente',
      'lo necesito ya mismo',
      'hoy sin falta',
      'cuanto antes por favor',
      'necesito que me respondan hoy mismo',
      'ocupo la constancia pa mañana temprano pa la entrevista, me la mandan?',
    ],
    en: ['urgent', 'asap please', 'I need it right now', 'this is an emergency'],
  },
  anger: {
    es: ['estoy harto', 'estoy chato de ustedes', 'ya me tienen hasta la madre', 'me tienen podrido', 'estoy cabreado'],
    en: ['fed up with you', 'this is ridiculous', 'wtf is this', 'you are incompetent thieves'],
  },
  // Strong complaints with no anger word, one family each (phrasings not in the eval set).
  money_lost: {
    es: [
      'me hicieron un cargo doble en la tarjeta',
      'me siguen cobrando el plan que cancelé hace dos meses',
      'el banco me retuvo 50 mil pesos y no me dan explicación',
      'deposité en el cajero y la plata no se acreditó',
      'el cajero no me dio los billetes pero sí me descontó',
      'pagué la cuota hace una semana y en la app sigue figurando como pendiente',
      'la factura vino por 300 mil cuando siempre pago 40',
      'el dinero salió de mi cuenta pero a mi mamá no le llegó',
      'me cobraron la instalación y me dijeron que era gratis',
      'retiraron el equipo pero no el dinero del depósito',
      'el pago salió rechazado pero igual me descontaron la plata',
      'la boleta de la luz llegó al triple de lo normal y estuvimos de vacaciones',
      'me cobraron la carga de la tarjeta del metro pero no me la acreditaron',
      'hay un cobro de 9 mil en la tarjeta de este mes. No lo reconozco',
      'pagué la matrícula del diplomado y no puedo entrar a la plataforma hace una semana',
      'el chofer me canceló a última hora. Y encima me cobraron la multa por cancelación',
      'el giro no le llegó a mi hermana y el dinero sí salió de mi cuenta',
      // v13 gives it a rule (v8 to v12 escalated it by the model alone).
      'Me dejaron sin agua caliente toda la semana y la boleta llegó igual de cara',
    ],
    en: [
      'My account was debited for an order I never placed.',
      'You charged my card $89 for a renewal I turned off.',
      'I returned the jacket three weeks ago and still no refund.',
      'Got hit with a $35 fee I was never told about.',
      'Paid the water bill on Monday and it is still showing as overdue',
      'Topped up my wallet, it never reflected but the money left my bank',
      'Charged a no-show fee when the driver cancelled on me',
      "my bill came to $900 when I usually pay $80, that can't be right",
      'You sent a debt collection letter for a card I cancelled in March',
      'the transfer was declined at the till yet the amount still came off my balance',
      'gas bill says four times the usual units and the flat was empty all month',
      'there is a debit of 40 dollars on my account from last week. I do not recognise it',
      'my reversal is still pending since 3 weeks, please check',
      'topped up 200 rand of data but it never reflected',
      'paid for the annual plan and I still cannot log in, three days now',
      "My deposit still hasn't been returned and I moved out in March.",
    ],
  },
  no_show: {
    es: [
      'el gasfiter dijo que venía a las 3 y nunca apareció',
      'me cancelaron la visita de instalación el mismo día sin avisar',
      'prometieron devolverme la llamada ayer y sigo esperando',
      'el instalador nos dejó colgados otra vez',
      'me cambiaron la cita con el dentista sin avisarme',
      'el repartidor se fue sin entregar la mitad del pedido',
      'pagué 8 clases y el profesor no ha venido a ninguna',
      'me dijeron que me iban a llamar el lunes. Hoy es jueves',
    ],
    en: [
      'Waited in all afternoon, your engineer never turned up.',
      'They said someone would call me back within the hour. That was yesterday.',
      'The pickup I booked never happened.',
      "The courier didn't even try to deliver, just left a card.",
      'the app says the driver marked me as not available but I was home the whole time',
      'I prepaid ten lessons and the tutor has not shown up once this month',
      'I was promised a callback on Monday, it is now Thursday',
    ],
  },
  order_failure: {
    es: [
      'el pedido vino sin la bebida y con las papas frías',
      'encargué dos pizzas y me trajeron una sola',
      'la aplicación dice que mi pedido fue entregado pero no me llegó nada',
      'el helado llegó derretido',
      'en el pedido venía un pollo en vez de carne',
      'me llegó la tablet pero la pantalla vino rajada, quiero otra',
      'el router nuevo que me mandaron no conecta desde que lo instalé',
      'recién lo saqué de la caja y el microondas no enciende',
    ],
    en: [
      'Our dinner showed up an hour late and completely cold.',
      'The TV arrived with a cracked screen.',
      'You sent me a size 8 instead of a 10.',
      'My parcel has been marked as delivered but it is not here.',
      'Ordered a king size duvet, got a single.',
      'The printer I bought from your shop is not even turning on, I only unboxed it this morning',
      'ordered 3 bags of rice, only 2 arrived',
      'tracking status say delivered since Friday but nothing came',
    ],
  },
  bot_mismatch: {
    es: [
      'el asistente virtual no entiende lo que le escribo',
      'el menú telefónico no tiene ninguna opción para mi problema',
      'el chatbot me repite las mismas tres opciones y ninguna es lo mío',
      'me contestó una respuesta automática que no soluciona nada',
      'el menú me devuelve siempre al inicio',
    ],
    en: [
      "Your bot just keeps saying 'I didn't get that'.",
      'The auto-response I got is about a completely different product.',
      'Every time I choose an option the phone menu sends me back to the start.',
      'Got a copy-paste answer that ignores what I actually asked.',
      "The automated email is about a refund, that's not my issue, my card is blocked",
    ],
  },
  sarcasm: {
    es: [
      'qué buena atención, tres días y ni una respuesta',
      'gracias por tanto, otra vez sin luz',
      "gracias por su 'rápida' respuesta, solo tardaron un mes",
      'bravísimo, otra vez sin agua',
      'excelente servicio, sin luz desde ayer',
    ],
    en: [
      "Oh wonderful, the 'fix' broke something else.",
      'Thanks a bunch for cutting off my internet during my exam.',
      'Great job guys, three weeks and still no engineer.',
      'Love paying for a service that never works.',
      'Brilliant work team, no water since yesterday',
      'Wow, speedy delivery, only two weeks late',
      'paying top dollar for the privilege of buffering all night',
    ],
  },
  despair: {
    es: [
      'ya no sé qué hacer con este problema, nadie me ayuda',
      'estoy al límite, llevo semanas sin solución',
      'no tengo fuerzas para seguir reclamando',
      'me rindo con ustedes, no hay caso',
    ],
    en: [
      "I'm completely lost, I have no idea what to do now.",
      "I'm at breaking point with this.",
      "I honestly can't cope with this anymore.",
      "I really don't know who else to ask for help.",
    ],
  },
};

describe('escalation reasons', () => {
  /** Each message escalates (or stays calm) as `escalates` says. */
  const readsAs = (escalates: boolean, texts: string[]): void => {
    for (const text of texts) expect(analyze(text).escalate, text).toBe(escalates);
  };
  for (const [reason, byLang] of Object.entries(cases) as [RuleReason, { es: string[]; en: string[] }][]) {
    for (const lang of ['es', 'en'] as const) {
      it(`${reason} (${lang})`, () => {
        for (const text of byLang[lang]) {
          const r = analyze(text);
          expect(r.reasons, text).toContain(reason);
          expect(r.escalate, text).toBe(true);
        }
      });
    }
  }

  it('does not escalate plain questions, thanks or mild complaints', () => {
    for (const text of [
      '¿cuánto demora normalmente un reembolso?',
      '¿puedo pagar la cuota en dos veces?',
      '¿el técnico viene mañana a las 10?',
      'la pizza estaba buenísima, llegó calentita',
      'el bot me ayudó a cambiar la clave, muy fácil',
      'me devolvieron la plata al toque, gracias',
      'le pregunté dos veces al vendedor y fue muy claro, gracias',
      'la caja llegó un poco golpeada pero todo bien adentro',
      'el pedido llegó sin los cubiertos, no pasa nada',
      'Can I pay my bill twice a month?',
      'The technician arrived on time and fixed everything.',
      'The fries were a little cold but the burger was great.',
      "I'd like to return an item, it's the wrong size for me.",
      'There was a dent in the lid but the product works.',
      'Your bot helped me reset my password, thanks.',
      '¿a qué hora abren?',
      'Muchas gracias por la ayuda',
      'quiero cancelar mi pedido, me equivoqué de talla',
      'Please cancel my order #55, wrong color',
      'el pedido llegó un poco tarde',
      'The website is slow today',
      'me pasás el número de seguimiento?',
      // Look-alikes of v12's rules: a good outage record, a question about when a payment shows, a move of house.
      'Brilliant service, no power cuts since you replaced the transformer',
      'Paid this morning, will it still show as unpaid until tomorrow?',
      'estoy pensando en cambiarme de casa, cómo traslado el servicio?',
      'I have no money left on my prepaid, how do I top up?',
      // Look-alikes of v13's: thanks for something urgent, money back fast, a hypothetical, the customer's own slip.
      'Thanks for the urgent delivery yesterday, it saved the party',
      'me devolvieron la plata al tiro, un siete',
      'si algún día me doy de baja, ¿pierdo los puntos?',
      "Ordered the wrong one because I'm an idiot, how do I swap it?",
      'took 4 days instead of 2, no biggie',
      // v14's: a fast arrival, a plain question about a hospital, a message taken back.
      'Received it in 2 days, brilliant',
      'Is the hospital pharmacy open on Sunday?',
      "nvm, it's working again now",
      // v15's: a flight still confirmed, something not urgent at all.
      '¿el bus de mañana a Mendoza sigue confirmado con la nieve?',
      "need the boiler looked at some time, it's not urgent urgent",
      // v17's: leaving for a reason of life, a lawyer who writes for a client, no rush.
      'quiero dar de baja el internet de la casa de playa porque la vendimos',
      "I'm a lawyer and my client asked me to request her statements, what do you need?",
      'how much is express shipping? no rush, just asking',
      // v16's: praise that mentions a hard time.
      'the ambulance crew were wonderful with my dad after his fall, thank you all',
    ]) {
      expect(analyze(text).escalate, text).toBe(false);
    }
  });

  // Known misreadings, chosen knowingly. Each flips to a failure of this test the day it is read right, so the list
  // cannot go stale. v17's: trained on blind-13, the escalation model reads three neutral statements as complaints on
  // its own (over the 0.4 a neutral statement needs); v16 read the first two right, v12 to v16 the third. (v7's "dos
  // veces … muy claro, gracias" is read right since v18, "The urgent care center recommended your pharmacy" since v21.)
  for (const [text, escalates] of [
    ['I called my bank and they said the payment went through', false],
    ['el ejecutivo me dijo que llamara hoy', false],
  ] as const) {
    it.fails(`known misreading: ${text}`, () => {
      expect(analyze(text).escalate).toBe(escalates);
    });
  }

  // v19's readings, in words of their own (not the blind round's): a switch announced, money a machine kept, an age
  // given with "who is", amounts that differ, one box of two, food expired on arrival, marked absent while at home, a
  // trip or deadline tomorrow or today, a promised day that passed, a record of slowness; and what stays calm.
  it('escalates what v19 learned to read', () => {
    readsAs(true, [
      "I'll be switching if this happens again next month",
      'The ATM swallowed my card and the branch says to wait 10 days',
      'My neighbour, who is 91, has had no heating since Friday',
      'The quote was $80 a month and you charged me $95 this month',
      'Box 1 of 2 arrived, the other one is missing',
      'la leche llegó vencida, la fecha era de la semana pasada',
      "el repartidor puso 'ausente' y yo estaba en casa todo el día esperando",
      'mañana viajo y la tarjeta sigue bloqueada',
      "The rent has to be paid by 5 today and your app won't let me log in",
      "We were promised the router by Tuesday and it's Friday now",
      'Wonderful, must be a new record: six weeks to update an address',
    ]);
    readsAs(false, [
      'nada urgente, cuando puedan me mandan la factura de marzo',
      'My solicitor has asked for a copy of the contract, can you email it?',
      'nos mudamos a Rosario el mes que viene, ¿cómo doy de baja el servicio?',
      'Do you have a list of network hospitals near Leeds?',
      'Tío, ¿el plan incluye roaming en Portugal?',
      'Ya pagué la cuota de abril, les adjunto el comprobante. Saludos',
    ]);
  });

  // v21's readings, in words of their own (not blind-17's): the same charge twice, paid and still without it, cancelled
  // and charged, out for delivery for days, the wrong size, used sold as new, every channel given up on, a document due
  // tomorrow asked for today, the last day today, the boss's address asked for, praise quoted as hearsay, another door
  // in the delivery photo; and what stays calm: a plan described "right now", a nurse at a hospital, a hypothetical
  // illness, a bank in Spain, a question for school, the weather, food still hot, praise that swears, "nothing wrong".
  it('escalates what v21 learned to read', () => {
    readsAs(true, [
      'Me cobraron dos veces 850 pesos el mismo día, aparecen dos cargos iguales',
      'I see two identical charges on the same day for one coffee',
      'Pagué la suscripción premium y todavía me aparecen anuncios',
      'The flight was cancelled but the money was already deducted from my card',
      "My package has been out for delivery since Monday and tracking hasn't moved at all",
      'Pedí talla 38 y me llegó talla 42',
      "The 'brand new' phone you sent is obviously used, there are someone else's photos on it",
      'Gave up on the app. Now trying the phone line, probably useless',
      'Necesito la constancia para la visa mañana temprano, ¿me la pueden mandar hoy?',
      'Hoy es el último día para renovar el seguro y la página no carga',
      '¿Cuál es el correo de su gerente general? Quiero escribirle',
      'dizque envío express y ya van 9 días',
      'The delivery photo shows a red door but mine is white',
      'The urgent care center recommended your pharmacy, and the pharmacy charged me twice, two identical charges on the same day',
    ]);
    readsAs(false, [
      'Ahora mismo tengo el plan básico, ¿cuánto cuesta el de 500 megas?',
      "Right now I'm on prepaid, can I switch to a monthly plan?",
      'Soy enfermera en el hospital y salgo tarde, ¿pueden entregar el sábado?',
      '¿El seguro cubre si me enfermo en Chile?',
      '¿Aceptan tarjetas de un banco de España?',
      'Hola, ¿está la empresa fiscalizada por la CMF? Es para una tarea de la universidad',
      'Para mi tesis, ¿cuántos reclamos les llegan por SERNAC al año?',
      'Lovely weather today 🙄 anyway, what time does the Centro store close?',
      'The pizza arrived still hot and the driver was lovely. 5 stars',
      'La puta madre, qué bien quedó la instalación, son unos cracks',
      'Is there an emergency line for power cuts? Nothing wrong, just want to have it',
      'The urgent care center recommended your pharmacy',
    ]);
  });

  // v22's readings, in words of their own (not blind-18's): a person asked for indirectly, a rival's offer or brand, a
  // switch one would rather not make, a journalist in the family, a visit that came the week before too, a callback
  // day that passed, marked absent while at home, Hinglish "koi nahi aaya", some of the boxes, an appliance that smells
  // of burning, money let go; and what stays calm: a what-if question, a card cancelled but not the account, Chilean
  // "harto bueno", slang praise, an emergency contact, the weather, an outage reported "solo para avisarles".
  it('escalates what v22 learned to read', () => {
    readsAs(true, [
      '¿Me comunican con alguien que pueda ver mi historial de pagos?',
      'Could someone from billing give me a call when they get a minute?',
      'Can you pass this to a colleague who handles refunds please',
      'Telstra is offering me the same plan for 20 dollars less a month. Just so you know.',
      'Me ofrecieron una promo en otra compañía, ¿me la pueden igualar?',
      'Might give Optus a go if the bill stays like this',
      "I'd rather not have to switch but you're making it hard",
      'Mi hermana es periodista y le interesó mucho mi caso con la aerolínea',
      'El técnico vino el lunes, la semana anterior también vino, y sigue el mismo problema de siempre',
      "They said someone would call me back Monday. It's Thursday.",
      "El repartidor marcó 'no se encontraba el cliente', y yo estuve en casa toda la mañana",
      'Technician ka appointment 10 baje tha, koi nahi aaya abhi tak',
      'Llegaron 2 de las 4 cajas y me cobraron todo',
      'The heater smells like burning plastic and trips the fuse every time',
      "I've tried and tried. Forget it, the refund can go.",
    ]);
    readsAs(false, [
      'si me llegaran a cobrar el envío dos veces, ¿cómo reclamo?',
      'Quiero dar de baja la tarjeta adicional, no la cuenta',
      'Harto bueno el servicio, harto rápido todo',
      'This app slaps, transfers are instant',
      'The new bike is sick, best purchase this year',
      'I need to update the emergency contact on my account',
      'Qué rico este frío en Santiago 🙃 en fin, ¿abren mañana?',
      'Sin luz en la cuadra desde las 8, solo para avisarles',
      'Before I leave for work, can you confirm the technician is coming at 2?',
      'Antes de irme de viaje quiero pagar la cuenta, ¿cuánto debo?',
    ]);
  });

  // v23's readings, in words of their own (not blind-19's): a reason to stay asked for, a rival named with what it
  // gives, another proposal weighed, the termination of a plan asked about, a person by title or to sit down with, a
  // number of someone who can explain, a document for tomorrow's appointment asked for today, the same template each
  // time; and what stays calm: who regulates the company, a consumer magazine quoted, urgent shipping priced, an
  // emergency line asked about, a document for the lawyer, a hospital the insurance covers, a train a few minutes late,
  // an autopay moved to a new card, praise that swears, the weather.
  it('escalates what v23 learned to read', () => {
    readsAs(true, [
      'Movistar me da 30 gigas por lo mismo que pago acá, ¿por qué debería quedarme?',
      'Optus is giving me twice the data for the same price, so give me one good reason to stay',
      'Why should I stay with you when nobody answers?',
      'Estoy evaluando otra propuesta de otra compañía, ¿cuánto sale la multa por salir antes?',
      'Could you tell me how to request cancellation of my home broadband contract?',
      'I would like to speak with your customer relations officer about my claim',
      'Is it possible to sit down with someone at the Leeds branch about my loan?',
      '¿Me pasan el número de alguien de cobranzas que me explique la deuda?',
      'La entrevista del consulado es mañana temprano y me piden un certificado de cuenta, ¿me lo mandan hoy?',
      'Every time I send my question the reply is the same automatic message about opening hours',
      'Cada vez que escribo me responden el mismo mensaje automático y nadie lee lo que pregunto',
    ]);
    readsAs(false, [
      '¿Están regulados por la CNMV? Me interesa abrir un fondo',
      'Is the bank authorised by the FCA? Just doing my homework before I move my savings',
      'Leí en la revista de la OCU que vuestra fibra era de las mejores, ¿hay oferta para nuevos clientes?',
      '¿Cuánto sale el envío urgente a Rosario?',
      'How much is urgent delivery to Cork?',
      "If there's a gas emergency at night, which number do I ring?",
      'Necesito un extracto bancario para el notario, es por la venta de un local. ¿Cómo lo pido?',
      '¿La póliza cubre la atención en el Hospital Alemán o solo en clínicas?',
      'El autobús llegó con 5 minutos de retraso esta mañana',
      '¿Cómo doy de baja el débito automático de la tarjeta vencida para ponerlo en la nueva?',
      'Hostia, qué rápido me lo habéis solucionado. Gracias',
      'Sick of the rain this week lol. Are you open Sunday?',
    ]);
  });

  // v24's readings, in words of their own (not blind-20's): debited and never credited, two charges for one order, a
  // rival's quote on the table, switching looked at, the account asked to be closed, a plan the same for less, a baby of
  // weeks, a size ordered and another inside, a person at an office, an agent preferred, Taglish "walang dumating",
  // praise for a failure at the worst moment; and what stays calm: a wait under half an hour, a driver who went round in
  // circles, a courier who called the customer, an order that came overnight, a baby planned, a motor that died, a
  // second question about what a pharmacy delivers, praise that swears.
  it('escalates what v24 learned to read', () => {
    readsAs(true, [
      'Transferí 500 pesos, me salió el débito pero el saldo nunca se acreditó en la cuenta',
      'Veo dos cobros de 12.990 en la tarjeta y solo hice una compra',
      "Got a quote from Sky on the table, so let me know what you can do or I'll head off",
      "If the price goes up again I'll have a look at switching to another supplier",
      'Please arrange for my account to be closed at the end of the month',
      'Rogers is offering me the same plan for 20 dollars less',
      "The fridge died and we've got a 3 week old baby at home, can someone come today?",
      'Ordered the jacket in a 12 and the one inside the parcel is a 16',
      'Is there a person at your Kampala branch I could talk to about my loan?',
      'Prefiero ver esto con un asesor en vivo, ¿me llaman?',
      'Naghintay ako buong araw para sa technician. Walang dumating.',
      'So reliable, the router drops exactly when I start a video call. Impressive.',
      'Funciona de maravilla el wifi justo cuando estoy durmiendo 👏',
    ]);
    // Under half an hour is no long hold (the escalation model may still weigh the wait with the rest).
    expect(analyze('Llevo unos 15 minutos esperando en el chat, ¿siguen ahí?').reasons).not.toContain(
      'repeated_contact',
    );
    // The courier calling the customer is not the customer calling again and again.
    expect(analyze('El repartidor tuvo que llamarme dos veces porque no encontraba el timbre').reasons).not.toContain(
      'repeated_contact',
    );
    readsAs(false, [
      'Waited about 10 mins for the driver, all good in the end',
      'El repartidor anduvo dando vueltas pero llegó bien',
      'Ordered at 11pm and got it by 9am, brilliant',
      '¿El seguro cubre parto? Estamos planeando tener un bebé el próximo año',
      'The kettle I bought in May just died. Is it under warranty?',
      'What are your opening hours? And do you deliver insulin to Karachi?',
      'Joder, qué rapidez, me llegó esta mañana. De puta madre, gracias',
    ]);
  });

  // v26's readings, in words of their own (not blind-22's): the press through a relative, quoted praise that is
  // "living up to the name", an executive asked to call, someone at a counter to talk to, a Hinglish fee taken, the
  // renewal weighed, two charges for the same purchase; and what stays calm: health insurance that "no vino" with an
  // explanation, a delivery that took longer than told, a parcel that came by evening, a way to pay "instead of" another,
  // an item bought elsewhere, praise that swears in English.
  it('escalates what v26 learned to read', () => {
    readsAs(true, [
      'My brother writes for the city newspaper and he is curious why my refund took four months.',
      "Oh wonderful, the 'priority' line put me on hold again. Living up to its name.",
      'Kindly ask one of your executives to call me about the loan statement, thanks.',
      'Is there anyone at your branch I can explain this to in person?',
      'Bhai mere account se 500 rupees kat gaye aur recharge hua hi nahi',
      'Estamos considerando seriamente no renovar el contrato del próximo año',
      'Me aparecen tres cobros por el mismo pedido de la semana pasada',
    ]);
    expect(analyze('Kindly ask one of your executives to call me about the loan statement, thanks.').reasons).toContain(
      'asks_for_human',
    );
    expect(analyze('Me aparecen tres cobros por el mismo pedido de la semana pasada').reasons).toContain('money_lost');
    // Health insurance is no doctor who did not come, and no vulnerable customer (the model may still weigh the rest).
    for (const reason of ['no_show', 'vulnerable_customer'])
      expect(
        analyze('Mi seguro médico cambió de cobertura y no vino ninguna carta explicando los cambios').reasons,
      ).not.toContain(reason);
    readsAs(false, [
      'El sofá tardó tres días más de lo que me dijeron, pero llegó perfecto',
      'Ordered before lunch and it arrived by evening, great stuff',
      'Can I pay by card instead of cash when the courier comes?',
      'Your store was out of my shampoo so I had to go elsewhere, do you restock on Fridays?',
      'Hell yeah, the new plan is live already. Damn good service.',
    ]);
  });

  // v27's readings, in words of their own (not blind-23's): a threat said as a condition, a number to be ported, a
  // colleague asked to call, a person preferred to the assistant, being put through, an hour on the hotline, three
  // technicians sent, a document needed by noon, "here we are on the 19th"; and what stays calm: hospitals a plan
  // covers, power back on by 8 this morning, a new date "instead of" the old one, a box dented with the item fine, a
  // pharmacy open until 8 tonight, an attorney who needs a figure, "bloody hell that was quick".
  it('escalates what v27 learned to read', () => {
    readsAs(true, [
      'Si el próximo mes me vuelven a cobrar la reconexión, me cambio de compañía y listo.',
      'If the bill comes in wrong one more time we are switching to Octopus.',
      'Ya tengo la oferta de la otra compañía; si no me bajan el plan, porto mi número el lunes.',
      '¿Algún asesor me podría llamar después de las 5? Es un tema de la herencia de mi papá.',
      "I'd rather go over the claim with a real person than the chatbot, if that's possible.",
      'Could I get put through to someone in the complaints team please?',
      'Forty five minutes on the helpline so far and nobody has picked up.',
      'Ya nos enviaron dos técnicos y el router sigue reiniciándose solo.',
      'Please have the no-objection letter ready by 11am, the embassy closes at noon.',
      "'Same day dispatch' they said. Ordered on the 3rd and here we are on the 12th.",
    ]);
    readsAs(false, [
      'Are private hospitals in Cebu covered under the gold plan?',
      'Power was back on by 7 this morning, thanks to the crew.',
      'Tracking now says Monday instead of Friday, no rush, just checking.',
      'El microondas llegó bien y funciona perfecto, aunque la caja venía un poco aplastada.',
      'Is the branch on Main Street open until 6 tonight?',
      'My attorney needs a payoff figure for the car loan, where do I request one?',
      'Bloody hell that was fast, thanks!',
    ]);
  });

  // v28's readings, in words of their own (not blind-24's): the salary moved to another bank, a membership not to be
  // renewed, a cancellation requested in a formal letter, the portability done, Swahili "nahamisha line", a refund
  // counted in days, quoted praise "indeed", somebody from a desk to ring, one of the team rather than the assistant,
  // "si alguien me puede llamar", "¿hay algún humano?", "denme una razón pa quedarme"; a loan that came through
  // "rapidito" is praise.
  it('escalates what v28 learned to read', () => {
    readsAs(true, [
      "I'm shifting my salary to another bank next month, the charges here keep going up.",
      "We won't be renewing the gym membership in March, the new place is closer.",
      'Por medio de la presente solicito la cancelación de mi contrato de internet n.º 5521.',
      'Si no me bajan la tarifa, la semana que viene hago la portabilidad.',
      'Kama bei haishuki, nahamisha laini yangu mwezi ujao.',
      'They said refunds take 14 days. Today is day 41.',
      "'Fast track' indeed. Three weeks and still waiting.",
      'Please arrange for someone from the cards team to call me back after 5.',
      'Could I be put through to one of your advisors rather than the bot?',
      'quisiera ver si alguien me puede llamar, por escrito no me entiendo',
      'hay algún humano? es por una factura',
      'denme una razón pa quedarme, en la otra me cobran la mitad',
    ]);
    readsAs(false, ['Gracias, el préstamo salió rapidito y me atendieron muy bien.']);
  });

  // v29's readings, in words of their own (not blind-25's): a lease not to be renewed, a claims officer asked to ring,
  // going through it with someone rather than by email, a quick word with someone in the workshop, a consultant to call,
  // Swahili "naweza kuongea na mtu", a recharge not reflecting, money that "haijaingia", "quick quick please", ready by
  // tomorrow morning, "love that … great system"; a lawyer preparing papers and a law firm asking a quote stay calm.
  it('escalates what v29 learned to read', () => {
    readsAs(true, [
      "We've decided not to renew the storage unit lease in May.",
      'Could your billing officer ring me back this afternoon?',
      "I'd rather go through the repair quote with someone on the phone than by email.",
      'Is there someone at the depot I could have a quick word with about my parcel?',
      'Kindly have one of your agents call me regarding the loan top-up.',
      'Naweza kuongea na mtu? Ni kuhusu bill ya stima.',
      'Paid for the airtime bundle at 7am, recharge still not reflecting on my line.',
      'Nilituma 2,500 bob jana, haijaingia hadi sasa.',
      'Light don go since yesterday, abeg restore am quick quick please.',
      'Can the blazer be ready by tomorrow morning? I have an interview at 10.',
      'Love that the app reminded me of the payment two days after the due date. Great system.',
    ]);
    readsAs(false, [
      'My attorney is preparing the sale papers and needs a copy of the title deed, how do I request it?',
      'Trabajamos en un bufete de abogados y queremos cotizar 5 líneas empresariales.',
      'Thanks guys, you sorted me out quick quick.',
    ]);
  });

  // v30's readings, in words of their own (not blind-26's): a matter referred to a supervisor, a supervisor to look at
  // the file, a formal request that a supervisor get in touch, "un rep", an account to be closed, Urdu "port karwa
  // raha hoon", Swahili "inanirudisha mwanzo", Banglish paid and still unpaid, Taglish another size, a last date today,
  // a trip tonight; a box crushed with the item fine stays calm.
  it('escalates what v30 learned to read', () => {
    readsAs(true, [
      'Please have this referred to a supervisor, the agent could not change the billing date.',
      'Could I have a manager look at my claim? The decision letter makes no sense.',
      'Solicito que un supervisor de la agencia se comunique conmigo por lo del depósito.',
      'me pasas con un rep? es por la factura',
      'We will be closing our business account with you at the end of the quarter.',
      'Bill itna zyada aaya hai, agle hafte number port karwa raha hoon.',
      'Nikibonyeza 2 inanirudisha mwanzo tena na tena.',
      'Payment korlam gotokal, kintu app e ekhono unpaid dekhacche.',
      'Size S po yung inorder ko pero L yung dumating.',
      'Form submission er last date aajke, portal kaj korche na.',
      'Viajo esta noche y la tarjeta sigue bloqueada, ¿me la pueden activar?',
    ]);
    readsAs(false, ['The outer box was a bit squashed but the speaker inside is perfectly fine, thanks.']);
  });

  // v31's readings, in words of their own (not blind-27's): a person asked for inside any polite request, a transfer
  // that arrived short, an account to be moved to another bank, quoted 'reliable' service; and what stays calm: a
  // technician asked to call before coming, someone asked to explain a bill, someone to collect a parcel.
  it('escalates what v31 learned to read', () => {
    readsAs(true, [
      'Would one of your advisers be able to call me tomorrow about my pension transfer?',
      'Is it possible for someone in the claims team to phone me this week?',
      '¿Sería posible que una ejecutiva me llame el lunes por lo del crédito?',
      '¿Hay forma de hablar con alguien de cobranzas?',
      'Transferí 500 soles y a mi hermano le llegaron 420.',
      'Estamos evaluando pasar nuestra cuenta a otro banco que cobra menos comisión.',
      "Love the 'reliable' broadband, third outage this week.",
    ]);
    readsAs(false, [
      'Could the technician call me before he comes round?',
      'Can someone explain why my bill went up?',
      '¿Pueden decirme si alguien puede recoger el paquete por mí?',
    ]);
  });

  it('escalates what v32 learned to read', () => {
    readsAs(true, [
      // A person asked for by its parts: a request, a role or "someone", and what they should do.
      'Would it be at all possible for the loans officer to go through the repayment options with me?',
      "I'd be grateful if a member of your billing team could look over my last three invoices.",
      'If somebody could ring me after five that would be great, thanks.',
      'Do you have real people reading these chats?',
      '¿Habría manera de que la encargada de la sucursal me atienda el jueves?',
      'Quisiera pedir una cita con mi ejecutivo para revisar el seguro.',
      // Code-switched English.
      'Bhai koi executive se baat karwa do, plan samajh nahi aa raha',
      'Sim card order korsilam, ashse onno network er ta',
      'Pesa yangu imekwama kwa wallet tangu jana',
      'Kal subah meri flight hai aur ticket app mein dikh nahi raha',
      // Leaving, money lost and a wrong item in new words.
      'Unless the refund is in my account by Monday, I will be moving my savings elsewhere.',
      'Cancelled the streaming plan in June and it still charged my card in July.',
      'Ordered the blue kettle and what turned up is a red toaster.',
      'Les agradecería una contraoferta; otro banco me ofrece mejor tasa.',
    ]);
    readsAs(false, [
      'No need for anyone to phone me, the chat sorted it.',
      'Quiero felicitar al asesor Tomás, me explicó todo muy bien.',
      'The box was squashed but the speaker itself is fine.',
      'Can I pay three months at once?',
      "I'm leaving for Lima next week, can I use my card there?",
    ]);
  });

  it('escalates what v33 learned to read', () => {
    readsAs(true, [
      "If the signal isn't fixed by Friday I'm moving to another network.",
      "If you can't match their rate, close my account.",
      'The landlord needs it by 4pm or I lose the flat, please send the letter.',
      'My salary still has not landed and the rent is due.',
      'Me prometieron que en cinco días me devolvían el dinero y hasta hoy nada.',
      '¿No habrá alguien de soporte que me llame hoy?',
    ]);
    readsAs(false, [
      'Which hospitals does the gold plan cover?',
      '¿La póliza incluye abogado en caso de accidente?',
      "I'm moving to Leeds next month, can I take my broadband with me?",
      'No quiero que me llamen, prefiero el correo.',
    ]);
  });

  it('escalates what v34 learned to read', () => {
    readsAs(true, [
      "Driving test is tomorrow at nine and the licence renewal still hasn't gone through.",
      'The deposit has to be paid by tomorrow or we lose the booking, and your app shows it as pending.',
      'Mañana vence el plazo del trámite y la página no me deja subir el comprobante.',
      'Claro me ofrece lo mismo más barato; mejórenme la tarifa o hago el cambio el lunes.',
      'The fish curry smelled off the moment we opened it, had to throw it out.',
      "I'd like a word with the manager about how my complaint was handled.",
    ]);
    readsAs(false, [
      'My flight is tomorrow, can I add a bag online?',
      'Can you cancel my car service slot on Thursday? Will rebook next month.',
    ]);
  });

  it('escalates what v35 learned to read', () => {
    readsAs(true, [
      // Quoted praise about what went otherwise, with no problem word.
      "Your 'instant' refund is on day nine and counting.",
      // Money told as a fact: a promise and another charge, taken twice, a deposit kept, charged after cancelling.
      'The rep said the router was free, yet my first bill has R899 for it.',
      'My banking app shows the $42.10 taken twice on Monday for one order.',
      'Entregué el departamento en marzo y la garantía de $300.000 todavía no me la devolvieron.',
      'Di de baja el gimnasio en octubre y de todas formas me llegó el cobro de noviembre.',
      // A person asked for in passing, leaving weighed aloud, a deadline as a task for tomorrow.
      "Happy for someone from billing to give me a ring this week if that's simpler.",
      'Quedo atento a la llamada de un ejecutivo para cerrar el tema del seguro.',
      "Honestly weighing up whether it's worth renewing the plan in June.",
      'Tomorrow morning I have to submit the visa form and the payment page keeps timing out.',
    ]);
    readsAs(false, [
      // A quoted product name, a charge's name asked about, a free trial cancelled before it bills, praise.
      "Does the 'Express' plan include weekend deliveries?",
      "What is the 'service fee' on my receipt for? Just curious.",
      '¿Cómo cancelo la prueba gratis antes de que empiece a cobrar?',
      "The 'Premium Care' package was worth every cent, thank you.",
      "Loved the 'same day' delivery, it came by lunch.",
    ]);
  });

  it('escalates what v36 learned to read', () => {
    readsAs(true, [
      'The $19.99 came out of my Mastercard twice this morning.',
      'The boots came today, love them! Only thing is they sent a 7 and I ordered an 8.',
      'If you cannot fix the signal by Friday I will cancel and move to another network.',
      "We've got a 3 week old at home and the heating has been off since Tuesday.",
      'Mi cuñado está con otra compañía y le va mejor, así que me voy a pasar.',
      'Necesito la constancia de pago hoy, que me la piden en el banco antes de las 15:00.',
    ]);
    readsAs(false, [
      'What are the visiting hours at the children’s hospital on Sundays?',
      'La caja llegó golpeada, pero las zapatillas están perfectas. Solo para que lo sepan.',
    ]);
  });

  it('escalates what v37 learned to read', () => {
    readsAs(true, [
      'I see two payments of £18.20 this morning, both for the same booking.',
      "There's a monthly 'Family Pack' fee on my statement and I don't remember ever signing up for it.",
      'The plumber was booked for 8am. It is now half past eleven and no sign of him.',
      'Abeg make one of una agents call me, the transfer never land.',
      'Flight ko ay bukas ng umaga pero wala pa yung e-ticket ko.',
      'Ocupo el comprobante hoy antes de las 2, me lo piden en la municipalidad.',
    ]);
    readsAs(false, ['Is the family plan cheaper if I pay for the year up front?']);
  });

  it('labels sarcasm about the service negative even where the models lean to praise', () => {
    const r = analyze('qué buena atención, tres días y ni una respuesta');
    expect(r.reasons).toContain('sarcasm');
    expect(r.label).toBe('negative');
    expect(r.score).toBeLessThan(0);
    // Sure praise stays praise.
    expect(analyze('muchas gracias, me devolvieron la plata al tiro y todo perfecto').label).toBe('positive');
  });

  it('respects negated threats and urgency', () => {
    expect(analyze('no voy a cancelar, solo quiero saber el saldo').reasons).not.toContain('churn_threat');
    expect(analyze('no es urgente').reasons).not.toContain('urgency');
    expect(analyze("it's not urgent, whenever you can").reasons).not.toContain('urgency');
    expect(analyze("I don't want to cancel my account").reasons).not.toContain('churn_threat');
  });

  it('does not read a negated insult or anger word as anger', () => {
    for (const text of [
      'no estoy enojado, solo quiero saber el saldo',
      "I'm not angry, just want to know the date",
      'you are not useless, just slow today',
    ]) {
      expect(analyze(text).reasons, text).not.toContain('anger');
    }
  });

  it('treats capitalised NOW / YA as urgency and shouting as anger', () => {
    expect(analyze('fix my account NOW').reasons).toContain('urgency');
    expect(analyze('QUE ALGUIEN ME RESPONDA, ESTO ES UN ABUSO').reasons).toContain('anger');
  });

  it('recognises escalation families beyond fixed phrases', () => {
    const cases: [string, EscalationReason][] = [
      // insults aimed at the company, any strongly negative word after an address
      ['ustedes son unos ineptos', 'anger'],
      ['sois unos impresentables', 'anger'],
      ['qué panda de inútiles', 'anger'],
      ['what a bunch of amateurs', 'anger'],
      ['you lot are absolute crooks', 'anger'],
      ['You guys are hopeless', 'anger'],
      ['stop lying to your customers', 'anger'],
      ['Unbelievable!!! Cut off again', 'anger'],
      // social media, press, legal, regulator
      ['voy a subir esto a TikTok para que todos vean cómo atienden', 'regulator_complaint'],
      ['les voy a hacer mala fama en Facebook', 'regulator_complaint'],
      ['I will post this on Reddit', 'regulator_complaint'],
      ['Going to the local news with this story', 'regulator_complaint'],
      ['pienso denunciarlos ante la superintendencia', 'regulator_complaint'],
      ["I've contacted my solicitor", 'regulator_complaint'],
      // repeated contact: counts, ordinals, every day, being passed around
      ['les he escrito como diez veces', 'repeated_contact'],
      ['he ido tres veces a la sucursal y nada', 'repeated_contact'],
      ['llevo tres semanas llamando todos los días', 'repeated_contact'],
      ['four emails and not a single reply', 'repeated_contact'],
      ['this is the 4th rescheduled appointment', 'repeated_contact'],
      ['me tienen de un área a otra hace una semana', 'repeated_contact'],
      ['each agent tells me something different', 'repeated_contact'],
      ['llevo 50 minutos con la musiquita', 'repeated_contact'],
      // a person, in varied words
      ['quiero hablar con tu jefe', 'asks_for_human'],
      ['pásame con alguien que sepa', 'asks_for_human'],
      ['¿hay alguna persona con quien pueda hablar?', 'asks_for_human'],
      ['can I have a supervisor call me?', 'asks_for_human'],
      ['please escalate this to your manager', 'asks_for_human'],
      ['is there a human I can talk to?', 'asks_for_human'],
      ['nesesito ablar con un supervisor', 'asks_for_human'],
      // vulnerability: age, health, bereavement, money
      ['mi papá tiene 92 años y no entiende la factura', 'vulnerable_customer'],
      ["I'm recovering from surgery and can't come to the shop", 'vulnerable_customer'],
      ['my wife passed away in May and the account is in her name', 'vulnerable_customer'],
      ['me quedé sin trabajo y no puedo pagar este mes', 'vulnerable_customer'],
      ["I'm on benefits and this charge left me with nothing", 'vulnerable_customer'],
      ['soy viuda y vivo con mi pensión, no me alcanza para pagar esto', 'vulnerable_customer'],
      // urgency
      ['lo necesito en una hora, tengo que viajar', 'urgency'],
      ['please prioritize this, my business is losing money', 'urgency'],
      ['es urjente, me cortaron la luz', 'urgency'],
      // churn
      ['nunca más les compro nada', 'churn_threat'],
      ['me largo con la competencia', 'churn_threat'],
    ];
    for (const [text, reason] of cases) expect(analyze(text).reasons, text).toContain(reason);
  });

  it('does not escalate look-alikes: past contacts that went well, praise for speed, questions', () => {
    for (const text of [
      'No necesito hablar con un asesor, solo quiero el número de cliente',
      'I do not need a manager, just tell me the balance',
      'the technician fixed it right away, brilliant',
      'lo solucionaron de inmediato, excelente',
      '¿el pago se refleja de inmediato?',
      'second time ordering, love it',
      'es la segunda vez que compro y todo perfecto',
      'I want to move my number to you guys from Verizon',
      'my baby shower is next week, can the delivery arrive before?',
      'voy a publicar una reseña muy positiva en Google',
      'hice la denuncia del robo en carabineros, ¿cómo bloqueo el chip?',
      'Your website logged me out three times while I was paying',
      'uso la app todos los días, muy buena',
      '¿cuántas veces puedo cambiar el plan en el año?',
    ]) {
      expect(analyze(text).escalate, text).toBe(false);
    }
  });

  it('reads v6 families: nobody answers, health supplies, money asked back, paid and cut off, lost orders', () => {
    const want: [string, EscalationReason][] = [
      ['No one has contacted me since I logged the complaint two weeks ago', 'repeated_contact'],
      ['Nadie me ha dado respuesta desde hace dos semanas', 'repeated_contact'],
      ['ur customer care is worst, nobody picks the call', 'repeated_contact'],
      ['We are down to the last inhaler and the pharmacy order is late', 'vulnerable_customer'],
      ['se le acabó la insulina a mi papá', 'vulnerable_customer'],
      ['my boy has asthma and his inhaler refill still has not been sent', 'vulnerable_customer'],
      ['I paid 40 quid for express shipping and it came 6 days later. I want that 40 back.', 'money_lost'],
      ['The airline moved my flight and I have a prepaid hotel I cannot use. Who is paying for that?', 'money_lost'],
      ['pagué la cuenta y igual me cortaron la luz', 'money_lost'],
      ['Two separate deductions for the same bill, please return one', 'money_lost'],
      ['Tracking has not updated in 10 days, I think it is lost', 'order_failure'],
      ['They sent me a blue one, I clearly ordered black', 'order_failure'],
      ['the replacement is also faulty', 'order_failure'],
      ['the guy was meant to deliver my fridge today, rang to say he is not coming, no new date', 'no_show'],
      ['Every time I choose billing the line goes dead', 'bot_mismatch'],
      ["Honestly at this point I've given up hope of this being fixed", 'despair'],
      ['My mum needs someone who speaks Punjabi to explain her bill', 'asks_for_human'],
      ['Really impressed how you managed to lose two parcels in one week', 'sarcasm'],
      ['Top service as always, no dial tone for 3 days', 'sarcasm'],
      ['My flight is tomorrow morning and my card is still blocked', 'urgency'],
      ['Honestly what is the point of even calling you', 'despair'],
      ['I had to take time off work twice for appointments you missed', 'no_show'],
      ['First the wrong bill, then the wrong plan, now the wrong SIM', 'repeated_contact'],
    ];
    for (const [text, reason] of want) {
      const r = analyze(text);
      expect(r.reasons, text).toContain(reason);
      expect(r.escalate, text).toBe(true);
    }
  });

  it('does not escalate v6 look-alikes: a solved past problem, a mild delay, a status question, a retry that worked', () => {
    for (const text of [
      'Had a billing problem in March but it got resolved. Now I would like to change my address.',
      'la otra vez tuve un lío con la factura pero ya me lo solucionaron. ahora quería saber si puedo pagar en efectivo',
      'Just a heads up, the parcel came a day late',
      'el paquete llegó un día tarde, para que lo sepan',
      'Is there a service outage in my area right now?',
      'The app crashed once but it worked the second time.',
      'quiero darme de baja de las promociones por correo',
      'My son has asthma, do you sell air purifiers?',
      'Sorry, I missed my appointment yesterday, can I book another?',
      'How do I report a fault with my line?',
      '¿Hay descuento para jubilados?',
      'se me acaba la paciencia hoy',
      'Excellent support as always, thank you',
      'Thank you so much for your help today!',
      'My flight is tomorrow, can I use my SIM abroad?',
      'What is the point of the loyalty scheme, how does it work?',
      'I managed to fix it myself, no need to call',
      'If I get charged twice, how do I report it?',
    ]) {
      expect(analyze(text).escalate, text).toBe(false);
    }
    expect(
      analyze('Had a billing problem in March but it got resolved. Now I would like to change my address.').label,
    ).toBe('neutral');
    expect(analyze('The instructions were a little unclear.').label).toBe('negative');
  });

  it('orders reasons deterministically', () => {
    const r = analyze(
      'Estoy harto, es la tercera vez que llamo, quiero hablar con un supervisor o me cambio de compañía',
    );
    expect(r.reasons).toEqual(['anger', 'churn_threat', 'repeated_contact', 'asks_for_human']);
  });
});
