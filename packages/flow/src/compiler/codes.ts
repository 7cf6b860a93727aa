import type { Localized } from '../i18n';
import type { DiagnosticCode, Severity } from './types';

interface CodeInfo {
  severity: Severity;
  title: Localized;
}

const t = (es: string, en: string): Localized => ({ es, en });

/** Severity and short title of each diagnostic code (titles for docs, filters and the designer's problem list). */
export const CODE_INFO: Record<DiagnosticCode, CodeInfo> = {
  unsupported_schema_version: {
    severity: 'error',
    title: t('Versión de documento no soportada', 'Unsupported document version'),
  },
  invalid_document: { severity: 'error', title: t('Documento de flujo inválido', 'Invalid flow document') },
  duplicate_node_id: { severity: 'error', title: t('Identificador de paso repetido', 'Duplicate step id') },
  duplicate_edge_id: { severity: 'error', title: t('Identificador de conexión repetido', 'Duplicate connection id') },
  unknown_kind: { severity: 'error', title: t('Tipo de paso desconocido', 'Unknown step type') },
  invalid_params: { severity: 'error', title: t('Dato del paso inválido', 'Invalid step setting') },
  duplicate_port_name: { severity: 'error', title: t('Nombre de salida repetido', 'Duplicate output name') },
  split_percent_sum: {
    severity: 'error',
    title: t('Los porcentajes no suman 100 %', 'Percentages do not add up to 100%'),
  },
  dangling_edge: { severity: 'error', title: t('Conexión a un paso inexistente', 'Connection to a missing step') },
  unknown_port: { severity: 'error', title: t('Salida inexistente', 'Unknown output') },
  port_multiple_edges: {
    severity: 'error',
    title: t('Una salida conectada a varios pasos', 'One output connected to several steps'),
  },
  edge_into_trigger: { severity: 'error', title: t('Conexión hacia el disparador', 'Connection into the trigger') },
  unconnected_port: { severity: 'error', title: t('Salida sin conectar', 'Unconnected output') },
  missing_trigger: { severity: 'error', title: t('Falta el disparador', 'Missing trigger') },
  multiple_triggers: { severity: 'error', title: t('Más de un disparador', 'More than one trigger') },
  unreachable_node: { severity: 'error', title: t('Paso inalcanzable', 'Unreachable step') },
  cycle_without_wait: { severity: 'error', title: t('Ciclo sin espera', 'Cycle without a wait') },
  unbounded_loop: { severity: 'warning', title: t('Ciclo sin límite de vueltas', 'Loop without a limit') },
  expr_syntax: { severity: 'error', title: t('Expresión mal escrita', 'Badly written expression') },
  expr_type: { severity: 'error', title: t('Expresión con tipo incorrecto', 'Expression of the wrong type') },
  expr_unknown_variable: {
    severity: 'error',
    title: t('Expresión con un dato desconocido', 'Expression uses an unknown value'),
  },
  expr_regex: {
    severity: 'error',
    title: t('Patrón de texto no admitido', 'Unsupported text pattern'),
  },
  expr_too_costly: {
    severity: 'error',
    title: t('Expresión demasiado costosa', 'Expression too costly'),
  },
  template_syntax: { severity: 'error', title: t('Mensaje mal escrito', 'Badly written message') },
  template_type: { severity: 'error', title: t('Dato inválido en el mensaje', 'Invalid value in a message') },
  unknown_template_variable: {
    severity: 'error',
    title: t('Mensaje con un dato desconocido', 'Message uses an unknown value'),
  },
  event_field_unknown: {
    severity: 'warning',
    title: t('Dato que el evento no declara', 'Value the event does not declare'),
  },
  template_no_fallback: {
    severity: 'warning',
    title: t('Mensaje sin valor de reemplazo', 'Message without a fallback'),
  },
  node_reference_not_before: {
    severity: 'error',
    title: t('Dato de un paso que aún no ocurre', 'Value from a step that has not run yet'),
  },
  set_type_conflict: {
    severity: 'error',
    title: t('Variable con tipos distintos', 'Variable with different types'),
  },
  unknown_activity: { severity: 'error', title: t('Actividad no registrada', 'Unregistered activity') },
  invalid_activity_input: {
    severity: 'error',
    title: t('Entrada de actividad inválida', 'Invalid activity input'),
  },
  invalid_retry: { severity: 'error', title: t('Reintentos mal configurados', 'Invalid retry settings') },
  retry_ignored: { severity: 'warning', title: t('Reintentos sin efecto', 'Retry settings have no effect') },
  schedule_timing: {
    severity: 'error',
    title: t('Programación sin horario claro', 'Schedule without a clear timing'),
  },
  invalid_cron: { severity: 'error', title: t('Horario cron inválido', 'Invalid cron schedule') },
  invalid_interval: { severity: 'error', title: t('Intervalo inválido', 'Invalid interval') },
  invalid_segment: { severity: 'error', title: t('Segmento inválido', 'Invalid segment') },
  audience_everyone: {
    severity: 'warning',
    title: t('Llega a todos los clientes', 'Reaches every customer'),
  },
  bot_handoff_without_person: {
    severity: 'warning',
    title: t('El bot no deriva a una persona', 'The bot does not hand off to a person'),
  },
  handoff_queue_unstaffed: {
    severity: 'warning',
    title: t('Cola que nadie atiende', 'Queue nobody works'),
  },
  internal_error: { severity: 'error', title: t('Error interno del compilador', 'Internal compiler error') },
};

/** Every diagnostic code with its Spanish and English title, for docs and the designer. */
export function describeDiagnosticCodes(): Record<DiagnosticCode, Localized> {
  const out = {} as Record<DiagnosticCode, Localized>;
  for (const [code, info] of Object.entries(CODE_INFO) as [DiagnosticCode, CodeInfo][]) {
    out[code] = { ...info.title };
  }
  return out;
}
