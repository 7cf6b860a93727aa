import type {
  ApiKeyInfo,
  CustomerRow,
  FlowRow,
  FlowSummary,
  FlowVersionRow,
  FlowVersionSummary,
  JourneyRow,
  JourneyStepRow,
  MessageRow,
  TicketNoteRow,
  TicketRow,
} from '@ruta/db';
import type { FlowDocument } from '@ruta/flow';
import { attentionActions, attentionMessage } from './attention';

/** Rows as the API shows them: dates as ISO strings, the draft as `document`. */
const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/**
 * The name people read for who did something: the stored name, or — for rows written before names were kept, whose
 * id was `key:<key name>` — that key name.
 */
function actorName(id: string | null, name: string | null): string | null {
  if (name) return name;
  return id?.startsWith('key:') && !/^key:k_[0-9a-z]{8,}[0-9a-f]{16}$/.test(id) ? id.slice(4) : null;
}

export function flowSummaryDto(row: FlowSummary | FlowRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    revision: row.revision,
    publishedVersion: row.currentVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    createdByName: actorName(row.createdBy, row.createdByName),
    updatedBy: row.updatedBy,
    updatedByName: actorName(row.updatedBy, row.updatedByName),
  };
}

export function flowDto(row: FlowRow) {
  return { ...flowSummaryDto(row), document: row.draft as FlowDocument };
}

export function versionSummaryDto(row: FlowVersionSummary | (FlowVersionRow & { isCurrent: boolean })) {
  return {
    flowId: row.flowId,
    version: row.version,
    hash: row.hash,
    note: row.note,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    publishedByName: actorName(row.publishedBy, row.publishedByName),
    rolledBackFrom: row.rolledBackFrom,
    isCurrent: row.isCurrent,
  };
}

export function versionDto(row: FlowVersionRow, isCurrent: boolean) {
  return {
    ...versionSummaryDto({ ...row, isCurrent }),
    document: row.document as FlowDocument,
    plan: row.plan as Record<string, unknown>,
  };
}

export function journeyDto(row: JourneyRow, customerName: string | null = null) {
  return {
    id: row.id,
    workflowId: row.id,
    runId: row.runId,
    flowId: row.flowId,
    version: row.flowVersion,
    customerId: row.customerId,
    customerName,
    eventId: row.eventId,
    status: row.status,
    currentNodeId: row.currentNode,
    outcome: row.outcome,
    startedAt: row.startedAt.toISOString(),
    endedAt: iso(row.endedAt),
    updatedAt: row.updatedAt.toISOString(),
    endReason: row.endReason,
    attention: attentionDto(row),
  };
}

/** Why a running journey needs a person, in words (es/en), with what was seen and the controls that help. */
function attentionDto(row: JourneyRow) {
  const detail = row.attentionDetail;
  if (!row.attention || !detail || row.status !== 'running') return null;
  return {
    kind: row.attention,
    since: iso(row.attentionSince),
    checkedAt: iso(row.checkedAt),
    attempts: detail.attempts,
    activity: detail.activity ?? null,
    failure: detail.failure ?? null,
    message: attentionMessage(detail),
    actions: attentionActions(row.attention),
  };
}

/** A step as stored; a wait (stored as a second `enter` with `detail.wait`) is shown as `wait` again. */
export function stepDto(row: JourneyStepRow) {
  const detail = (row.detail ?? null) as Record<string, unknown> | null;
  const isWait = row.type === 'enter' && detail !== null && typeof detail === 'object' && detail.wait === true;
  let shown: unknown = detail;
  if (isWait) {
    const { wait: _wait, ...rest } = detail;
    shown = rest;
  }
  return {
    seq: row.seq,
    type: isWait ? ('wait' as const) : (row.type as 'enter' | 'leave' | 'end' | 'wait'),
    nodeId: row.nodeId,
    kind: row.kind,
    visit: row.visit,
    port: row.port,
    at: row.at.toISOString(),
    status: row.status,
    detail: (shown ?? null) as unknown,
  };
}

export function messageDto(row: MessageRow) {
  return {
    id: row.id,
    direction: row.direction,
    channel: row.channel,
    provider: row.provider,
    providerMessageId: row.providerMessageId,
    customerId: row.customerId,
    journeyId: row.journeyId,
    flowId: row.flowId,
    nodeId: row.nodeId,
    text: row.body,
    subject: row.subject,
    status: row.status,
    statusReason: row.statusReason,
    at: row.createdAt.toISOString(),
    sentAt: iso(row.sentAt),
  };
}

export function customerDto(row: CustomerRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    timeZone: row.timeZone,
    tier: row.tier,
    consent: row.consent as Record<string, boolean>,
    tags: row.tags,
    attributes: row.attributes as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    erasedAt: iso(row.erasedAt),
  };
}

export function ticketDto(row: TicketRow & { notes?: TicketNoteRow[] }) {
  return {
    id: row.id,
    kind: row.kind,
    customerId: row.customerId,
    journeyId: row.journeyId,
    nodeId: row.nodeId,
    queue: row.queue,
    priority: row.priority,
    status: row.status,
    subject: row.subject,
    slaDeadline: iso(row.slaDeadline),
    assignedTo: row.assignedTo,
    resolution: row.resolution,
    detail: row.detail as Record<string, unknown>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    notes: (row.notes ?? []).map((n) => ({
      id: n.id,
      author: n.author,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

export function apiKeyDto(key: ApiKeyInfo) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: iso(key.lastUsedAt),
    revokedAt: iso(key.revokedAt),
  };
}
