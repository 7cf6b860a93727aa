import { z } from 'zod';
import { describeDuration } from '../duration';
import { BusinessHours, Channel, clip, Duration, dayRange, EventType, Expression, PortName } from './fields';
import { defineNodeKind, t } from './types';

const dur = (d: string, lang: 'es' | 'en') => describeDuration(d, lang);
const TIMEOUT = { name: 'timeout', label: t('sin respuesta', 'timeout'), required: true };

export const waitDuration = defineNodeKind({
  kind: 'wait.duration',
  group: 'waits',
  label: t('Esperar', 'Wait'),
  description: t('Espera un tiempo fijo (minutos, horas o días).', 'Waits a fixed time (minutes, hours or days).'),
  params: z.object({ duration: Duration }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  waits: true,
  summary: (p, lang) => (lang === 'es' ? `Esperar ${dur(p.duration, lang)}` : `Wait ${dur(p.duration, lang)}`),
});

export const waitWindow = defineNodeKind({
  kind: 'wait.window',
  group: 'waits',
  label: t('Esperar horario', 'Wait for a window'),
  description: t(
    'Espera hasta que se abra el horario indicado (por ejemplo lunes a viernes 09:00–18:00) en la zona horaria del cliente, saltando feriados.',
    "Waits until the given window opens (for example weekdays 09:00–18:00) in the customer's time zone, skipping holidays.",
  ),
  params: z.object({ window: BusinessHours }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  waits: true,
  summary: (p, lang) =>
    `${dayRange(p.window.days, lang)} ${p.window.start}–${p.window.end}${p.window.holidays ? ` (${p.window.holidays})` : ''}`,
});

export const waitReply = defineNodeKind({
  kind: 'wait.reply',
  group: 'waits',
  label: t('Esperar respuesta', 'Wait for a reply'),
  description: t(
    'Espera a que el cliente responda, con un plazo máximo.',
    'Waits for the customer to reply, up to a time limit.',
  ),
  params: z.object({ timeout: Duration, channel: Channel.optional().describe('Only replies on this channel') }),
  ports: () => [{ name: 'replied', label: t('respondió', 'replied'), required: true }, TIMEOUT],
  outputs: { text: 'string', channel: 'string', at: 'string' },
  waits: true,
  summary: (p, lang) =>
    lang === 'es' ? `Respuesta en ${dur(p.timeout, lang)}` : `Reply within ${dur(p.timeout, lang)}`,
});

export const waitEvent = defineNodeKind({
  kind: 'wait.event',
  group: 'waits',
  label: t('Esperar evento', 'Wait for an event'),
  description: t(
    'Espera un evento de negocio de este cliente (por ejemplo payment.succeeded), con un plazo máximo.',
    'Waits for a business event for this customer (for example payment.succeeded), up to a time limit.',
  ),
  params: z.object({ eventType: EventType, filter: Expression.optional(), timeout: Duration }),
  ports: () => [{ name: 'received', label: t('recibido', 'received'), required: true }, TIMEOUT],
  outputs: { type: 'string', data: 'map<string, dyn>' },
  expressions: (p) => (p.filter ? [{ path: ['filter'], source: p.filter, expect: 'bool' }] : []),
  waits: true,
  summary: (p, lang) => clip(`${p.eventType} ${lang === 'es' ? 'en' : 'within'} ${dur(p.timeout, lang)}`),
});

export const waitFirst = defineNodeKind({
  kind: 'wait.first',
  group: 'waits',
  label: t('Esperar lo primero', 'Wait for the first'),
  description: t(
    'Espera el primero de varios eventos o una respuesta; cada uno sale por su propia salida.',
    'Waits for the first of several events or a reply; each leaves through its own port.',
  ),
  params: z.object({
    options: z
      .array(
        z.object({
          port: PortName,
          eventType: z.union([z.literal('reply'), EventType]).describe('An event type, or reply'),
          filter: Expression.optional(),
        }),
      )
      .min(1, 'Add at least one event to wait for'),
    timeout: Duration,
  }),
  ports: (p) => [...p.options.map((o) => ({ name: o.port, label: t(o.port, o.port), required: true })), TIMEOUT],
  outputs: { port: 'string', type: 'string', text: 'string', data: 'map<string, dyn>' },
  expressions: (p) =>
    p.options.flatMap((o, i) =>
      o.filter ? [{ path: ['options', i, 'filter'], source: o.filter, expect: 'bool' as const }] : [],
    ),
  waits: true,
  summary: (p, lang) =>
    clip(
      `${p.options.map((o) => (o.eventType === 'reply' ? (lang === 'es' ? 'respuesta' : 'reply') : o.eventType)).join(' | ')} / ${dur(p.timeout, lang)}`,
    ),
});
