/**
 * Labels and hints of params fields and enum values, in Spanish and English. Forms are generated from
 * the kinds' JSON Schemas; these only give the property names human words. A field without an entry
 * falls back to its schema title or a humanized property name.
 */
type L = { es: string; en: string };
const t = (es: string, en: string): L => ({ es, en });

export const FIELD_LABELS: Record<string, L> = {
  eventType: t('Tipo de evento', 'Event type'),
  filter: t('Filtro (condición)', 'Filter (condition)'),
  cron: t('Programación (cron)', 'Schedule (cron)'),
  timeZone: t('Zona horaria', 'Time zone'),
  every: t('O cada', 'Or every'),
  overlap: t('Si la ejecución anterior sigue en curso', 'If the previous run is still going'),
  audience: t('A quién llega (segmento)', 'Who it reaches (segment)'),
  channel: t('Canal', 'Channel'),
  template: t('Mensaje', 'Message'),
  subject: t('Asunto', 'Subject'),
  fallbackChannel: t('Canal alternativo', 'Fallback channel'),
  duration: t('Duración', 'Duration'),
  window: t('Horario', 'Window'),
  timeout: t('Plazo máximo', 'Time limit'),
  options: t('Opciones', 'Options'),
  port: t('Salida', 'Port'),
  condition: t('Condición', 'Condition'),
  label: t('Etiqueta', 'Label'),
  branches: t('Condiciones', 'Conditions'),
  variants: t('Variantes', 'Variants'),
  percent: t('Porcentaje', 'Percent'),
  times: t('Veces', 'Times'),
  name: t('Nombre', 'Name'),
  value: t('Valor', 'Value'),
  outcome: t('Resultado', 'Outcome'),
  text: t('Texto', 'Text'),
  by: t('Buscar por', 'Look up by'),
  action: t('Acción', 'Action'),
  priority: t('Prioridad', 'Priority'),
  queue: t('Cola', 'Queue'),
  status: t('Estado', 'Status'),
  sla: t('SLA (horas hábiles)', 'SLA (business hours)'),
  hours: t('Horario hábil', 'Business hours'),
  summary: t('Resumen para el agente', 'Summary for the agent'),
  question: t('Pregunta', 'Question'),
  scale: t('Escala', 'Scale'),
  activity: t('Actividad', 'Activity'),
  input: t('Datos de entrada', 'Input'),
  days: t('Días', 'Days'),
  start: t('Desde', 'From'),
  end: t('Hasta', 'To'),
  holidays: t('Feriados', 'Holidays'),
  customerId: t('Id del cliente', 'Customer id'),
  reentry: t('Reingreso', 'Re-entry'),
  transactional: t(
    'Transaccional (sin límites de frecuencia ni horario de silencio)',
    'Transactional (no frequency caps or quiet hours)',
  ),
  amount: t('Monto', 'Amount'),
  threshold: t('Umbral de coincidencia (0 a 1)', 'Match threshold (0 to 1)'),
  maxArticles: t('Artículos ofrecidos', 'Articles offered'),
  followUp: t('Pregunta de seguimiento', 'Follow-up question'),
  currency: t('Moneda', 'Currency'),
  missingData: t('Si a un mensaje le falta un dato', 'When a message lacks a value'),
};

export const FIELD_HINTS: Record<string, L> = {
  filter: t(
    'Solo sigue si la condición es verdadera, p. ej. event.data.amount > 10000',
    'Only goes on when true, e.g. event.data.amount > 10000',
  ),
  template: t(
    'Escribe {{ para insertar datos del cliente o del evento. Un valor de reemplazo va tras |, p. ej. {{ event.data.eta | pronto }}',
    'Type {{ to insert customer or event data. A fallback goes after |, e.g. {{ event.data.eta | soon }}',
  ),
  question: t(
    'Escribe {{ para insertar datos; la respuesta esperada es un número de la escala',
    'Type {{ to insert data; the expected answer is a number on the scale',
  ),
  fallbackChannel: t(
    'Se usa si el primer canal falla o no hay consentimiento',
    'Used when the first channel fails or lacks consent',
  ),
  sla: t('Tiempo para resolver, contado en horario hábil', 'Time to resolve, counted in business hours'),
  summary: t('Lo primero que lee el agente', 'What the agent reads first'),
  every: t(
    'Un intervalo, p. ej. 1h o 1d (contado desde la medianoche UTC)',
    'An interval, e.g. 1h or 1d (counted from midnight UTC)',
  ),
  audience: t(
    'Un recorrido por cliente que cumpla las condiciones, en cada ejecución',
    'One journey per customer who meets the conditions, on every run',
  ),
  text: t('Vacío: la última respuesta del cliente', "Empty: the customer's last reply"),
  value: t('Expresión, p. ej. customer.phone', 'Expression, e.g. customer.phone'),
  eventType: t('p. ej. payment.failed', 'e.g. payment.failed'),
  cron: t(
    'Minuto hora día mes día-semana, p. ej. 0 9 * * 1 (lunes 09:00); vacío si usas «cada»',
    'Minute hour day month weekday, e.g. 0 9 * * 1 (Mondays 09:00); empty when you use "every"',
  ),
  port: t('Minúsculas, números y _', 'Lowercase letters, digits and _'),
  queue: t('La cola del equipo que atiende el caso', 'The queue of the team that takes the case'),
  missingData: t(
    'Cuando un {{ dato }} del mensaje no viene y no tiene valor de reemplazo',
    'When a {{ value }} in the message is missing and has no fallback',
  ),
  threshold: t(
    'Qué parte de la pregunta debe cubrir un artículo para enviarlo (título y etiquetas cuentan más que el texto)',
    'How much of the question an article must cover to be sent (title and tags count more than the text)',
  ),
  maxArticles: t(
    'Se envía el mejor; los siguientes que pasan el umbral se sugieren por título',
    'The best one is sent; the next ones above the threshold are suggested by title',
  ),
  followUp: t('Lo que el bot pregunta después de responder', 'What the bot asks after answering'),
};

/** Hints that depend on the block: the same field name means different things in different blocks. */
export const KIND_HINTS: Record<string, L> = {
  'message.send.subject': t('Solo para correo', 'Email only'),
  'crm.ticket.subject': t('El título del ticket que verá el equipo', 'The title of the ticket the team will see'),
  'handoff.summary': t('Lo primero que lee el agente', 'What the agent reads first'),
  'wait.event.filter': t(
    'Solo cuenta el evento si la condición es verdadera (event es el evento que llega)',
    'Only counts the event when true (event is the arriving event)',
  ),
};

/** The hint of a field, by block kind first. */
export function fieldHint(kind: string | undefined, name: string, lang: 'es' | 'en'): string | undefined {
  return (kind ? KIND_HINTS[`${kind}.${name}`]?.[lang] : undefined) ?? FIELD_HINTS[name]?.[lang];
}

export const ENUM_LABELS: Record<string, L> = {
  whatsapp: t('WhatsApp', 'WhatsApp'),
  sms: t('SMS', 'SMS'),
  email: t('Correo', 'Email'),
  voice: t('Llamada', 'Call'),
  mon: t('Lu', 'Mo'),
  tue: t('Ma', 'Tu'),
  wed: t('Mi', 'We'),
  thu: t('Ju', 'Th'),
  fri: t('Vi', 'Fr'),
  sat: t('Sá', 'Sa'),
  sun: t('Do', 'Su'),
  low: t('Baja', 'Low'),
  normal: t('Normal', 'Normal'),
  high: t('Alta', 'High'),
  urgent: t('Urgente', 'Urgent'),
  create: t('Crear', 'Create'),
  update: t('Actualizar', 'Update'),
  open: t('Abierto', 'Open'),
  pending: t('Pendiente', 'Pending'),
  solved: t('Resuelto', 'Solved'),
  id: t('Id', 'Id'),
  phone: t('Teléfono', 'Phone'),
  CL: t('Chile', 'Chile'),
  MX: t('México', 'Mexico'),
  AR: t('Argentina', 'Argentina'),
  CO: t('Colombia', 'Colombia'),
  ES: t('España', 'Spain'),
  every_time: t('Cada vez', 'Every time'),
  one_at_a_time: t('Uno a la vez', 'One at a time'),
  once: t('Solo una vez', 'Only once'),
  '5': t('1 a 5', '1 to 5'),
  '10': t('1 a 10', '1 to 10'),
};

/** Words for a field; `name` is the property name. */
export function fieldLabel(name: string, lang: 'es' | 'en', title?: string): string {
  const known = FIELD_LABELS[name];
  if (known) return known[lang];
  if (title) return title;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Words for an enum value. */
/** Values whose words depend on the field: `skip` is one thing for a schedule's overlap, another for missing data. */
export const FIELD_ENUM_LABELS: Record<string, Record<string, L>> = {
  missingData: {
    fallback: t('Enviarlo con el espacio en blanco (queda marcado)', 'Send it with the blank (flagged)'),
    hold: t('Retener el mensaje y avisar', 'Hold the message and flag it'),
    skip: t('No enviarlo y seguir', 'Do not send it and go on'),
  },
  overlap: {
    skip: t('No iniciar otra (saltarla)', 'Skip the new run'),
    buffer_one: t('Iniciarla al terminar la anterior', 'Start it when the previous one ends'),
    allow_all: t('Iniciarla igual (varias a la vez)', 'Start it anyway (several at once)'),
  },
};

export function enumLabel(value: unknown, lang: 'es' | 'en', field?: string): string {
  const byField = field ? FIELD_ENUM_LABELS[field]?.[String(value)] : undefined;
  return (byField ?? ENUM_LABELS[String(value)])?.[lang] ?? String(value);
}
