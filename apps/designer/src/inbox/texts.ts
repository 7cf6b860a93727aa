import { useCallback } from 'react';
import { format } from '../i18n';
import type { Lang } from '../i18n/types';
import { useUi } from '../store/ui';

/** Spanish texts of the agent workspace. */
const es = {
  title: 'Bandeja de casos',
  tabs: { inbox: 'Bandeja', supervisor: 'Supervisión', label: 'Vistas' },
  live: { on: 'En vivo', off: 'Sin conexión en vivo; recargando cada tanto' },
  list: {
    label: 'Casos abiertos',
    empty: 'No hay casos abiertos en tus colas.',
    subject: 'Asunto',
    customer: 'Cliente',
    queue: 'Cola',
    priority: 'Prioridad',
    sla: 'SLA',
    owner: 'Agente',
    unassigned: 'Sin asignar',
    mine: 'Tú',
    newCase: 'Nuevo caso: {subject}',
    replied: 'El cliente respondió: {subject}',
    warning: 'SLA por vencer: {subject}',
    noSubject: 'Caso de la cola {queue}',
  },
  priorities: { low: 'Baja', normal: 'Normal', high: 'Alta', urgent: 'Urgente' },
  sla: {
    none: 'Sin SLA',
    ok: 'Vence en {left}',
    warning: 'Vence en {left}',
    breached: 'Vencido hace {left}',
    due: 'Vence el {at}',
  },
  view: {
    pick: 'Elige un caso de la bandeja para verlo.',
    profile: 'Cliente',
    phone: 'Teléfono',
    email: 'Correo',
    tier: 'Segmento',
    language: 'Idioma',
    timeZone: 'Zona horaria',
    conversation: 'Conversación',
    noMessages: 'Aún no hay mensajes.',
    fromCustomer: 'Cliente',
    fromUs: 'Nosotros',
    sentiment: 'Sentimiento',
    noSentiment: 'El flujo no midió el sentimiento.',
    reasons: 'Por qué escaló',
    path: 'Camino del flujo',
    earlier: 'Casos anteriores',
    noEarlier: 'Es su primer caso.',
    suggestions: 'Artículos sugeridos',
    noSuggestions: 'No hay artículos que coincidan.',
    useReply: 'Usar respuesta sugerida',
    notes: 'Notas internas',
    noNotes: 'Sin notas.',
    status: 'Estado',
    labels: { negative: 'negativo', neutral: 'neutral', positive: 'positivo' },
  },
  actions: {
    claim: 'Tomar caso',
    claimed: 'El caso es tuyo.',
    reply: 'Responder al cliente',
    replyLabel: 'Respuesta al cliente',
    replyPlaceholder: 'Escribe tu respuesta…',
    send: 'Enviar',
    sent: 'Mensaje enviado por {channel}.',
    deferred: 'El mensaje saldrá a las {at} (horario de descanso del cliente).',
    pending: 'El mensaje quedó en cola y saldrá pronto.',
    suppressed: 'El mensaje no se envió: {reason}.',
    failed: 'El mensaje no se pudo enviar: {reason}.',
    note: 'Agregar nota',
    noteLabel: 'Nota interna (el cliente no la ve)',
    noteSaved: 'Nota guardada.',
    transfer: 'Transferir',
    transferTo: 'Transferir a la cola',
    transferNote: 'Motivo (opcional)',
    transferred: 'Caso transferido a {queue}.',
    resolve: 'Resolver',
    disposition: 'Resultado',
    resolveNote: 'Nota de cierre (opcional)',
    resolved: 'Caso resuelto; el recorrido del cliente sigue.',
    dispositions: {
      resolved: 'Resuelto',
      refund: 'Reembolso',
      replacement: 'Reposición',
      info_given: 'Información entregada',
      no_action: 'Sin acción',
    },
    cancel: 'Cancelar',
    reassign: 'Reasignar a',
    reassigned: 'Caso reasignado.',
    nobody: 'Nadie',
  },
  keys: {
    title: 'Atajos de teclado',
    list: 'j / k: caso siguiente / anterior · c: tomar · r: responder · n: nota · t: transferir · e: resolver · ?: ayuda',
  },
  words: {
    channels: { whatsapp: 'WhatsApp', sms: 'SMS', email: 'correo', voice: 'llamada' },
    languages: { es: 'español', en: 'inglés' },
    messageStatus: {
      queued: 'en cola',
      sending: 'enviándose',
      sent: 'enviado',
      delivered: 'entregado',
      read: 'leído',
      failed: 'no se pudo enviar',
      suppressed: 'no enviado',
      deferred: 'programado',
      received: 'recibido',
      pending: 'pendiente',
    },
    caseStatus: { open: 'abierto', pending: 'pendiente', resolved: 'resuelto', closed: 'cerrado' },
    sendReasons: {
      quiet_hours: 'es horario de descanso del cliente',
      frequency_cap: 'se alcanzó el límite de contacto',
      no_consent: 'el cliente no dio su consentimiento para este canal',
      opted_out: 'el cliente pidió no recibir mensajes por este canal',
      no_address: 'el cliente no tiene dirección para este canal',
      provider_failed: 'el proveedor del canal falló',
      unconfirmed: 'el proveedor no confirmó el envío',
      InvalidRecipient: 'el destinatario no es válido',
      OptedOut: 'el cliente pidió no recibir mensajes por este canal',
      TemplateRejected: 'el proveedor rechazó la plantilla',
      SendFailed: 'el envío falló',
    },
  },
  supervisor: {
    queues: 'Colas',
    queue: 'Cola',
    open: 'Abiertos',
    unassigned: 'Sin asignar',
    waiting: 'Espera más larga',
    nearBreach: 'Por vencer',
    mode: 'Asignación',
    modes: { manual: 'Manual', round_robin: 'Por turnos', least_loaded: 'Menos cargado' },
    agents: 'Agentes',
    agent: 'Agente',
    load: 'Casos abiertos',
    atRisk: 'Casos por vencer (en {min} min o menos)',
    noRisk: 'Ningún caso está por vencer.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type InboxDict = Widen<typeof es>;

const en: InboxDict = {
  title: 'Case inbox',
  tabs: { inbox: 'Inbox', supervisor: 'Supervision', label: 'Views' },
  live: { on: 'Live', off: 'No live connection; reloading now and then' },
  list: {
    label: 'Open cases',
    empty: 'There are no open cases in your queues.',
    subject: 'Subject',
    customer: 'Customer',
    queue: 'Queue',
    priority: 'Priority',
    sla: 'SLA',
    owner: 'Agent',
    unassigned: 'Unassigned',
    mine: 'You',
    newCase: 'New case: {subject}',
    replied: 'The customer replied: {subject}',
    warning: 'SLA about to breach: {subject}',
    noSubject: 'Case in queue {queue}',
  },
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  sla: {
    none: 'No SLA',
    ok: 'Due in {left}',
    warning: 'Due in {left}',
    breached: 'Breached {left} ago',
    due: 'Due {at}',
  },
  view: {
    pick: 'Pick a case from the inbox to see it.',
    profile: 'Customer',
    phone: 'Phone',
    email: 'Email',
    tier: 'Segment',
    language: 'Language',
    timeZone: 'Time zone',
    conversation: 'Conversation',
    noMessages: 'No messages yet.',
    fromCustomer: 'Customer',
    fromUs: 'Us',
    sentiment: 'Sentiment',
    noSentiment: 'The flow did not measure sentiment.',
    reasons: 'Why it escalated',
    path: "The flow's path",
    earlier: 'Earlier cases',
    noEarlier: 'This is their first case.',
    suggestions: 'Suggested articles',
    noSuggestions: 'No matching articles.',
    useReply: 'Use the suggested reply',
    notes: 'Internal notes',
    noNotes: 'No notes.',
    status: 'Status',
    labels: { negative: 'negative', neutral: 'neutral', positive: 'positive' },
  },
  actions: {
    claim: 'Take case',
    claimed: 'The case is yours.',
    reply: 'Reply to the customer',
    replyLabel: 'Reply to the customer',
    replyPlaceholder: 'Write your reply…',
    send: 'Send',
    sent: 'Message sent on {channel}.',
    deferred: "The message goes out at {at} (the customer's quiet hours).",
    pending: 'The message is queued and goes out shortly.',
    suppressed: 'The message was not sent: {reason}.',
    failed: 'The message could not be sent: {reason}.',
    note: 'Add note',
    noteLabel: 'Internal note (the customer does not see it)',
    noteSaved: 'Note saved.',
    transfer: 'Transfer',
    transferTo: 'Transfer to queue',
    transferNote: 'Reason (optional)',
    transferred: 'Case transferred to {queue}.',
    resolve: 'Resolve',
    disposition: 'Outcome',
    resolveNote: 'Closing note (optional)',
    resolved: "Case resolved; the customer's journey goes on.",
    dispositions: {
      resolved: 'Resolved',
      refund: 'Refund',
      replacement: 'Replacement',
      info_given: 'Information given',
      no_action: 'No action',
    },
    cancel: 'Cancel',
    reassign: 'Reassign to',
    reassigned: 'Case reassigned.',
    nobody: 'Nobody',
  },
  keys: {
    title: 'Keyboard shortcuts',
    list: 'j / k: next / previous case · c: take · r: reply · n: note · t: transfer · e: resolve · ?: help',
  },
  words: {
    channels: { whatsapp: 'WhatsApp', sms: 'SMS', email: 'email', voice: 'call' },
    languages: { es: 'Spanish', en: 'English' },
    messageStatus: {
      queued: 'queued',
      sending: 'sending',
      sent: 'sent',
      delivered: 'delivered',
      read: 'read',
      failed: 'could not be sent',
      suppressed: 'not sent',
      deferred: 'scheduled',
      received: 'received',
      pending: 'pending',
    },
    caseStatus: { open: 'open', pending: 'pending', resolved: 'resolved', closed: 'closed' },
    sendReasons: {
      quiet_hours: "it is the customer's quiet hours",
      frequency_cap: 'the contact limit was reached',
      no_consent: 'the customer has not consented to this channel',
      opted_out: 'the customer opted out of this channel',
      no_address: 'the customer has no address on this channel',
      provider_failed: 'the channel provider failed',
      unconfirmed: 'the provider did not confirm the send',
      InvalidRecipient: 'the recipient is not valid',
      OptedOut: 'the customer opted out of this channel',
      TemplateRejected: 'the provider rejected the template',
      SendFailed: 'the send failed',
    },
  },
  supervisor: {
    queues: 'Queues',
    queue: 'Queue',
    open: 'Open',
    unassigned: 'Unassigned',
    waiting: 'Longest wait',
    nearBreach: 'About to breach',
    mode: 'Assignment',
    modes: { manual: 'Manual', round_robin: 'Round robin', least_loaded: 'Least loaded' },
    agents: 'Agents',
    agent: 'Agent',
    load: 'Open cases',
    atRisk: 'Cases about to breach (within {min} min)',
    noRisk: 'No case is about to breach.',
  },
};

const DICTS: Record<Lang, InboxDict> = { es, en };

/** A text of the agent workspace by dotted key, in a language. */
export function inboxText(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  let v: unknown = DICTS[lang];
  for (const part of key.split('.')) v = (v as Record<string, unknown> | undefined)?.[part];
  return typeof v === 'string' ? format(v, vars) : key;
}

/**
 * A machine value (a channel, a status, a reason code) in words: `inboxWord('es', 'channels', 'email')` → «correo».
 * A value without words reads as it is.
 */
export function inboxWord(lang: Lang, group: keyof InboxDict['words'], value: string | null | undefined): string {
  if (!value) return '—';
  const words = DICTS[lang].words[group] as Record<string, string>;
  return Object.hasOwn(words, value) ? words[value]! : value;
}

/** A case's title: its subject (the hand-off's summary), else its queue in words. */
export function caseTitle(
  x: (key: string, vars?: Record<string, string | number>) => string,
  c: { subject?: string | null; queue?: string | null; id: string },
): string {
  return c.subject || (c.queue ? x('list.noSubject', { queue: c.queue }) : c.id);
}

/** The current language's texts of the agent workspace; re-renders when the language changes. */
export function useInboxText() {
  const lang = useUi((s) => s.lang);
  return useCallback((key: string, vars?: Record<string, string | number>) => inboxText(lang, key, vars), [lang]);
}

export { DICTS as INBOX_DICTS };
