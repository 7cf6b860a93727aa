/** Any JSON value, as stored in jsonb columns. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const CHANNELS = ['whatsapp', 'sms', 'email', 'voice'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * `terminated`: ended from outside by an operator (Temporal's terminate), the last resort for a journey that cannot
 * take a cancel (its workflow task keeps failing), or found terminated in Temporal.
 */
export const JOURNEY_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'terminated'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

/**
 * Why a running journey needs a person: `workflow_task_failing` — Temporal retries its workflow task and it keeps
 * failing, so the journey cannot move, nor take a cancel (only terminate ends it); `activity_failing` — the activity
 * it calls has failed several attempts in a row (retry-step or cancel).
 */
export const ATTENTION_KINDS = ['workflow_task_failing', 'activity_failing'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** enter and leave for every node visit, wait when a node starts waiting, end when the journey ends. */
export const STEP_TYPES = ['enter', 'wait', 'leave', 'end'] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const FLOW_AUDIT_ACTIONS = [
  'created',
  'updated',
  'published',
  'rolled_back',
  'deleted',
  'imported',
  'unpublished',
] as const;
export type FlowAuditAction = (typeof FLOW_AUDIT_ACTIONS)[number];

/** An audience run: going through its segment, done, stopped early (flow unpublished) or failed. */
export const SCHEDULE_RUN_STATUSES = ['running', 'completed', 'stopped', 'failed'] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];

export const MESSAGE_DIRECTIONS = ['in', 'out'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

/**
 * Outbound: queued → (deferred) → sending (claimed, the provider is being called) → sent → delivered → read, or
 * failed / suppressed. Inbound: received.
 */
export const MESSAGE_STATUSES = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'suppressed',
  'deferred',
  'received',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const TICKET_KINDS = ['handoff', 'crm'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What a person may be in Ruta; each role grants permissions (see the API's People and roles). */
export const ROLES = ['agent', 'supervisor', 'cx_manager', 'developer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** How a session was opened. */
export const SIGN_IN_METHODS = ['password', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** A knowledge-base article is a draft until published; only published articles are searched. */
export const KB_STATUSES = ['draft', 'published'] as const;
export type KbStatus = (typeof KB_STATUSES)[number];
