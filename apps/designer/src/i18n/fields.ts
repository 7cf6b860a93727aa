/**
 * Labels and hints of params fields and enum values, in Spanish and English. Forms are generated from
 * the kinds' JSON Schemas; these only give the property names human words. A field without an entry
 * falls back to its schema title or a humanized property name.
 */
import { SENSITIVITY_HINTS, SENSITIVITY_LABELS } from '@ruta/sentiment/sensitivity';

type L = { es: string; en: string };
const t = (es: string, en: string): L => ({ es, en });

export const FIELD_LABELS: Record<string, L> = {
  eventType: t('Tipo de evento', 'Event type'),
  filter: t('Filtro (condición)', 'Filter (condition)'),
  cron: t('Programación (cron)', 'Schedule (cron)'),
  timeZone: t('Zona horaria', 'Time zone'),
  segment: t('Segmento (etiqueta)', 'Segment (tag)'),
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
  sensitivity: t('Escalar a una persona cuando…', 'Escalate to a person on…'),
  currency: t('Moneda', 'Currency'),
};

export const FIELD_HINTS: Record<string, L> = {
  filter: t(
    'Solo sigue si la condición es verdadera, p. ej. event.data.amount > 10000',
    'Only goes on when true, e.g. event.data.amount > 10000',
  ),
  template: t('Escribe {{ para insertar datos del cliente o del evento', 'Type {{ to insert customer or event data'),
  subject: t('Solo para correo', 'Email only'),
  fallbackChannel: t(
    'Se usa si el primer canal falla o no hay consentimiento',
    'Used when the first channel fails or lacks consent',
  ),
  sla: t('Tiempo para resolver, contado en horario hábil', 'Time to resolve, counted in business hours'),
  summary: t('Lo primero que lee el agente', 'What the agent reads first'),
  segment: t('Etiqueta de clientes que forman la audiencia', 'Customer tag that selects the audience'),
  text: t('Vacío: la última respuesta del cliente', "Empty: the customer's last reply"),
  value: t('Expresión, p. ej. customer.phone', 'Expression, e.g. customer.phone'),
  eventType: t('p. ej. payment.failed', 'e.g. payment.failed'),
  cron: t('5 campos, p. ej. 0 9 * * 1 (lunes 09:00)', '5 fields, e.g. 0 9 * * 1 (Mondays 09:00)'),
  port: t('Minúsculas, números y _', 'Lowercase letters, digits and _'),
  sensitivity: t(
    `${SENSITIVITY_LABELS.anger.es}: ${SENSITIVITY_HINTS.anger.es} ${SENSITIVITY_LABELS.strong.es}: ${SENSITIVITY_HINTS.strong.es} ${SENSITIVITY_LABELS.any.es}: ${SENSITIVITY_HINTS.any.es}`,
    `${SENSITIVITY_LABELS.anger.en}: ${SENSITIVITY_HINTS.anger.en} ${SENSITIVITY_LABELS.strong.en}: ${SENSITIVITY_HINTS.strong.en} ${SENSITIVITY_LABELS.any.en}: ${SENSITIVITY_HINTS.any.en}`,
  ),
};

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
  // The sentiment node's sensitivity, in the words the analyzer's package gives them.
  ...SENSITIVITY_LABELS,
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
export function enumLabel(value: unknown, lang: 'es' | 'en'): string {
  return ENUM_LABELS[String(value)]?.[lang] ?? String(value);
}
