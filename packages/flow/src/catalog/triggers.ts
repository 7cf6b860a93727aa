import { z } from 'zod';
import { clip, EventType, Expression, TimeZone } from './fields';
import { defineNodeKind, t } from './types';

const OUT = [{ name: 'out', label: t('siguiente', 'next'), required: true }];

export const triggerEvent = defineNodeKind({
  kind: 'trigger.event',
  group: 'triggers',
  label: t('Evento de negocio', 'Business event'),
  description: t(
    'Inicia el recorrido cuando otro sistema envía este evento (por ejemplo payment.failed).',
    'Starts the journey when another system sends this event (for example payment.failed).',
  ),
  params: z.object({
    eventType: EventType,
    filter: Expression.optional().describe('Only events for which this is true start a journey'),
  }),
  ports: () => OUT,
  expressions: (p) => (p.filter ? [{ path: ['filter'], source: p.filter, expect: 'bool' }] : []),
  summary: (p, lang) =>
    clip(`${p.eventType}${p.filter ? (lang === 'es' ? ` si ${p.filter}` : ` if ${p.filter}`) : ''}`),
});

export const triggerSchedule = defineNodeKind({
  kind: 'trigger.schedule',
  group: 'triggers',
  label: t('Programado', 'Schedule'),
  description: t(
    'Inicia recorridos en un horario fijo (cron) para un segmento de clientes.',
    'Starts journeys on a fixed schedule (cron) for a segment of customers.',
  ),
  params: z.object({
    cron: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, 'Use a cron expression with 5 fields, e.g. 0 9 * * 1 (Mondays at 09:00)'),
    timeZone: TimeZone.default('America/Santiago'),
    segment: z.string().optional().describe('Customer tag that selects the audience'),
  }),
  ports: () => OUT,
  summary: (p) => `${p.cron} (${p.timeZone})`,
});

export const triggerManual = defineNodeKind({
  kind: 'trigger.manual',
  group: 'triggers',
  label: t('Manual / API', 'Manual / API'),
  description: t(
    'Inicia el recorrido cuando alguien lo lanza a mano o desde la API.',
    'Starts the journey when someone launches it by hand or through the API.',
  ),
  params: z.object({}),
  ports: () => OUT,
  summary: (_p, lang) => (lang === 'es' ? 'Inicio manual' : 'Manual start'),
});
