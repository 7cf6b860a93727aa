import { z } from 'zod';
import { SCHEDULE_OVERLAPS } from '../schedule/params';
import { Audience, describeSegment } from '../schedule/segment';
import { clip, Duration, EventType, Expression, TimeZone } from './fields';
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
    'Inicia un recorrido por cliente de un segmento, en un horario fijo (cron) o cada cierto tiempo.',
    'Starts one journey per customer of a segment, on a fixed schedule (cron) or every so often.',
  ),
  params: z.object({
    cron: z
      .string()
      .max(200)
      .optional()
      .describe('When it runs, as cron: minute hour day-of-month month day-of-week (0 9 * * 1 = Mondays 09:00)'),
    every: Duration.optional().describe('Or how often it runs (1h, 1d), counted from midnight UTC'),
    timeZone: TimeZone.default('America/Santiago'),
    overlap: z
      .enum(SCHEDULE_OVERLAPS)
      .default('skip')
      .describe('When a run is due while the previous one is still starting journeys'),
    audience: Audience.optional().meta({ format: 'segment', description: 'The customers it reaches' }),
  }),
  ports: () => OUT,
  summary: (p, lang) =>
    clip(
      `${p.cron ?? (lang === 'es' ? `cada ${p.every ?? '?'}` : `every ${p.every ?? '?'}`)} (${p.timeZone}) · ${
        p.audience ? describeSegment(p.audience, lang) : '?'
      }`,
    ),
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
