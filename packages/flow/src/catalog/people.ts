import { SENSITIVITY_LABELS } from '@ruta/sentiment/sensitivity';
import { z } from 'zod';
import { describeDuration } from '../duration';
import { CONTEXT_TYPES } from '../expr/context';
import {
  BusinessHours,
  CHANNEL_NAMES,
  Channel,
  clip,
  Duration,
  Expression,
  PRIORITY_NAMES,
  Priority,
  Sensitivity,
  Template,
  templateText,
  templateVariants,
} from './fields';
import { defineNodeKind, t } from './types';

export const sentiment = defineNodeKind({
  kind: 'ai.sentiment',
  group: 'intelligence',
  label: t('Analizar sentimiento', 'Analyse sentiment'),
  description: t(
    'Mide el tono de la última respuesta (o de un texto): puntaje, emociones y si conviene escalar a una persona, con la sensibilidad que elijas.',
    'Measures the tone of the last reply (or of a text): score, emotions, and whether to escalate to a person, at the sensitivity you choose.',
  ),
  params: z.object({
    text: Expression.optional().describe('Text to analyse; the last reply when empty'),
    sensitivity: Sensitivity.optional().describe('When to escalate: anger only, strong complaints, any negative'),
  }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  outputs: CONTEXT_TYPES.sentiment,
  expressions: (p) => (p.text ? [{ path: ['text'], source: p.text, expect: 'string' }] : []),
  activity: 'sentiment.analyze',
  summary: (p, lang) => {
    const what = p.text ? clip(p.text) : lang === 'es' ? 'Última respuesta' : 'Last reply';
    return p.sensitivity ? `${what} · ${SENSITIVITY_LABELS[p.sensitivity][lang]}` : what;
  },
});

export const crmLookup = defineNodeKind({
  kind: 'crm.lookup',
  group: 'crm',
  label: t('Buscar cliente', 'Look up customer'),
  description: t(
    'Busca al cliente en el CRM por id, teléfono o correo y trae su perfil.',
    'Finds the customer in the CRM by id, phone or email and brings their profile.',
  ),
  params: z.object({
    by: z.enum(['id', 'phone', 'email']).default('id'),
    value: Expression.optional().describe('Defaults to the journey customer'),
  }),
  ports: () => [
    { name: 'found', label: t('encontrado', 'found'), required: true },
    { name: 'not_found', label: t('no encontrado', 'not found'), required: false },
  ],
  outputs: {
    found: 'bool',
    id: 'string',
    name: 'string',
    email: 'string',
    phone: 'string',
    tier: 'string',
    tags: 'list<string>',
    openTickets: 'int',
  },
  expressions: (p) => (p.value ? [{ path: ['value'], source: p.value, expect: 'string' }] : []),
  activity: 'crm.lookupCustomer',
  summary: (p, lang) => {
    const by = {
      id: { es: 'id', en: 'id' },
      phone: { es: 'teléfono', en: 'phone' },
      email: { es: 'correo', en: 'email' },
    }[p.by];
    return lang === 'es' ? `Buscar por ${by.es}` : `Look up by ${by.en}`;
  },
});

export const crmTicket = defineNodeKind({
  kind: 'crm.ticket',
  group: 'crm',
  label: t('Ticket', 'Ticket'),
  description: t(
    'Crea o actualiza un ticket del cliente con prioridad y cola.',
    "Creates or updates the customer's ticket with priority and queue.",
  ),
  params: z.object({
    action: z.enum(['create', 'update']).default('create'),
    subject: Template,
    priority: Priority.default('normal'),
    queue: z.string().min(1).default('support'),
    status: z.enum(['open', 'pending', 'solved']).default('open'),
  }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  outputs: { ticketId: 'string', status: 'string' },
  templates: (p) => templateVariants(p.subject, ['subject']),
  activity: 'crm.upsertTicket',
  summary: (p, lang) =>
    clip(
      `${p.action === 'create' ? (lang === 'es' ? 'Crear' : 'Create') : lang === 'es' ? 'Actualizar' : 'Update'} · ${PRIORITY_NAMES[p.priority][lang]} · ${templateText(p.subject, lang)}`,
    ),
});

export const crmNote = defineNodeKind({
  kind: 'crm.note',
  group: 'crm',
  label: t('Agregar nota', 'Add note'),
  description: t('Agrega una nota a la ficha del cliente.', "Adds a note to the customer's record."),
  params: z.object({ text: Template }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  outputs: { noteId: 'string' },
  templates: (p) => templateVariants(p.text, ['text']),
  activity: 'crm.addNote',
  summary: (p, lang) => clip(templateText(p.text, lang)),
});

export const handoff = defineNodeKind({
  kind: 'handoff',
  group: 'people',
  label: t('Pasar a una persona', 'Hand off to a person'),
  description: t(
    'Deriva la conversación a un agente con todo el contexto y espera que la resuelva dentro del SLA (en horario hábil).',
    'Hands the conversation to an agent with the whole context and waits for resolution within the SLA (in business time).',
  ),
  params: z.object({
    queue: z.string().min(1).default('support'),
    priority: Priority.default('normal'),
    sla: Duration.describe('Time to resolve, counted in business hours'),
    hours: BusinessHours.default({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' }),
    summary: Template.optional().describe('What the agent reads first'),
  }),
  ports: () => [
    { name: 'resolved', label: t('resuelto', 'resolved'), required: true },
    { name: 'sla_breached', label: t('SLA vencido', 'SLA breached'), required: true },
  ],
  outputs: { handoffId: 'string', resolution: 'string', agent: 'string' },
  templates: (p) => (p.summary ? templateVariants(p.summary, ['summary']) : []),
  waits: true,
  activity: 'handoff.open',
  summary: (p, lang) =>
    `${lang === 'es' ? 'Cola' : 'Queue'} ${p.queue} · ${PRIORITY_NAMES[p.priority][lang]} · SLA ${describeDuration(p.sla, lang)}${lang === 'es' ? ' hábiles' : ' of business time'}`,
});

export const surveyCsat = defineNodeKind({
  kind: 'survey.csat',
  group: 'people',
  label: t('Encuesta CSAT', 'CSAT survey'),
  description: t(
    'Pregunta al cliente cómo le fue (1 a 5) y espera su nota.',
    'Asks the customer how it went (1 to 5) and waits for the score.',
  ),
  params: z.object({
    channel: Channel,
    question: Template,
    scale: z.union([z.literal(5), z.literal(10)]).default(5),
    timeout: Duration,
  }),
  ports: () => [
    { name: 'answered', label: t('respondió', 'answered'), required: true },
    { name: 'timeout', label: t('sin respuesta', 'timeout'), required: true },
  ],
  outputs: { score: 'int', comment: 'string' },
  templates: (p) => templateVariants(p.question, ['question']),
  waits: true,
  activity: 'channel.send',
  summary: (p, lang) => clip(`${CHANNEL_NAMES[p.channel][lang]} 1–${p.scale}: ${templateText(p.question, lang)}`),
});

export const custom = defineNodeKind({
  kind: 'custom',
  group: 'custom',
  label: t('Actividad propia', 'Custom activity'),
  description: t(
    'Llama a una actividad escrita por tu equipo de desarrollo.',
    'Calls an activity written by your development team.',
  ),
  params: z.object({
    activity: z.string().min(1, 'Pick an activity'),
    input: z.record(z.string(), z.unknown()).default({}).describe('Values may be {{ templates }}'),
  }),
  ports: () => [
    { name: 'out', label: t('siguiente', 'next'), required: true },
    { name: 'failed', label: t('falló', 'failed'), required: false },
  ],
  outputs: 'map<string, dyn>',
  summary: (p) => p.activity,
});
