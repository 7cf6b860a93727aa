/**
 * Checks of what expressions and templates read from business events: a field the event type's schema does not
 * declare (`event_field_unknown`), and, when the flow sends messages with gaps (missing-data rule `fallback`),
 * a placeholder reading a field that may be missing without a fallback of its own (`template_no_fallback`).
 */
import { type EventSchema, eventDataReads } from '../event-schema';
import { parseTemplate } from '../expr';

type Path = (string | number)[];

/**
 * The event type whose data an expression of a node sees as `event`: a wait's filter sees the event that
 * arrives (its own type); everything else sees the event that started the journey (the trigger's type).
 */
export function eventTypeAt(
  kind: string,
  params: Record<string, unknown>,
  path: Path,
  triggerType: string | undefined,
): string | undefined {
  if (kind === 'wait.event' && path[1] === 'filter') return String(params.eventType);
  if (kind === 'wait.first' && path[1] === 'options' && typeof path[2] === 'number') {
    const option = (params.options as { eventType?: string }[] | undefined)?.[path[2]];
    return option?.eventType;
  }
  return triggerType;
}

/** Fields read from `event.data` that a schema with declared fields does not have. */
export function undeclaredReads(source: string, schema: EventSchema | undefined): string[] {
  if (!schema || Object.keys(schema.fields).length === 0) return [];
  return eventDataReads(source).filter((name) => !Object.hasOwn(schema.fields, name));
}

/**
 * Event fields read by placeholders that have no fallback, where the field is not declared `required`.
 * A placeholder that guards its read with `has()` decides for itself and is left alone.
 */
export function unguardedPlaceholderReads(template: string, schema: EventSchema | undefined): string[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return [];
  const out = new Set<string>();
  for (const part of parsed.parts) {
    if (!('expr' in part) || part.fallback !== undefined || /\bhas\s*\(/.test(part.expr)) continue;
    for (const name of eventDataReads(part.expr)) {
      if (!schema?.fields[name]?.required) out.add(name);
    }
  }
  return [...out];
}
