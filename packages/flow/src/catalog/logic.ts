import { z } from 'zod';
import { clip, Expression, OUTCOME_NAMES, PortName } from './fields';
import { defineNodeKind, t } from './types';

export const logicBranch = defineNodeKind({
  kind: 'logic.branch',
  group: 'logic',
  label: t('Condición', 'Branch'),
  description: t(
    'Elige el camino según condiciones: si / si no, si / si no.',
    'Chooses the path by conditions: if / else if / else.',
  ),
  params: z.object({
    branches: z
      .array(z.object({ port: PortName, condition: Expression, label: z.string().max(60).optional() }))
      .min(1, 'Add at least one condition'),
  }),
  ports: (p) => [
    ...p.branches.map((b) => ({ name: b.port, label: t(b.label ?? b.port, b.label ?? b.port), required: true })),
    { name: 'else', label: t('si no', 'else'), required: true },
  ],
  expressions: (p) =>
    p.branches.map((b, i) => ({ path: ['branches', i, 'condition'], source: b.condition, expect: 'bool' as const })),
  summary: (p) => clip(p.branches.map((b) => b.condition).join(' · ')),
});

export const logicSplit = defineNodeKind({
  kind: 'logic.split',
  group: 'logic',
  label: t('División A/B', 'A/B split'),
  description: t(
    'Reparte a los clientes por porcentaje; cada cliente cae siempre en la misma variante.',
    'Splits customers by percentage; each customer always lands in the same variant.',
  ),
  params: z.object({
    variants: z
      .array(z.object({ port: PortName, percent: z.number().int().min(0).max(100) }))
      .min(2, 'Add at least two variants'),
  }),
  ports: (p) =>
    p.variants.map((v) => ({
      name: v.port,
      label: t(`${v.port} ${v.percent}%`, `${v.port} ${v.percent}%`),
      required: true,
    })),
  outputs: { variant: 'string' },
  summary: (p) => p.variants.map((v) => `${v.port} ${v.percent}%`).join(' / '),
});

export const logicLoop = defineNodeKind({
  kind: 'logic.loop',
  group: 'logic',
  label: t('Repetir', 'Repeat'),
  description: t(
    'Vuelve atrás como máximo N veces (por ejemplo «recordar hasta 3 veces»); después sigue por «listo».',
    'Goes back at most N times (for example "remind up to 3 times"); then continues through "done".',
  ),
  params: z.object({ times: z.number().int().min(1, 'Repeat at least once').max(100, 'Repeat at most 100 times') }),
  ports: () => [
    { name: 'again', label: t('otra vez', 'again'), required: true },
    { name: 'done', label: t('listo', 'done'), required: true },
  ],
  outputs: { count: 'int' },
  summary: (p, lang) => (lang === 'es' ? `Hasta ${p.times} veces` : `Up to ${p.times} times`),
});

export const logicSet = defineNodeKind({
  kind: 'logic.set',
  group: 'logic',
  label: t('Guardar variable', 'Set variable'),
  description: t(
    'Guarda un valor en una variable del recorrido (vars.nombre).',
    'Stores a value in a journey variable (vars.name).',
  ),
  params: z.object({
    name: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, 'Use a name such as attempts or lastScore'),
    value: Expression,
  }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: true }],
  expressions: (p) => [{ path: ['value'], source: p.value, expect: 'any' }],
  summary: (p) => clip(`vars.${p.name} = ${p.value}`),
});

export const goal = defineNodeKind({
  kind: 'goal',
  group: 'logic',
  label: t('Meta', 'Goal'),
  description: t(
    'Marca que el cliente alcanzó una meta (por ejemplo, primera compra); se cuenta en los resultados.',
    'Marks that the customer reached a goal (for example, a first purchase); counted in the results.',
  ),
  params: z.object({ name: z.string().min(1).max(80) }),
  ports: () => [{ name: 'out', label: t('siguiente', 'next'), required: false }],
  summary: (p) => `🎯 ${p.name}`,
});

export const end = defineNodeKind({
  kind: 'end',
  group: 'logic',
  label: t('Fin', 'End'),
  description: t('Termina el recorrido con un resultado.', 'Ends the journey with an outcome.'),
  params: z.object({
    outcome: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/)
      .default('completed'),
  }),
  ports: () => [],
  summary: (p, lang) => OUTCOME_NAMES[p.outcome]?.[lang] ?? p.outcome,
});
