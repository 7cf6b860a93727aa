import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ASSIGNMENT_MODES, type Json, LOCALES, ROLES, SIGN_IN_METHODS } from './common';
import { oneOf, ts } from './helpers';

/**
 * People who sign in (agents, supervisors, CX managers, developers, admins). Systems use API keys instead. The email
 * is stored lowercased (one account per address); the password, when the account has one, as an argon2id PHC string.
 * An account made by OpenID Connect sign-in carries the issuer and subject it was found by.
 */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** argon2id PHC string; null for accounts that sign in only through OpenID Connect. */
    passwordHash: text('password_hash'),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    language: text('language', { enum: LOCALES }).notNull().default('es'),
    active: boolean('active').notNull().default(true),
    /** Set for a one-time password (an invitation or a reset): until it is changed the account can do nothing else. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    lastSignInAt: ts('last_sign_in_at'),
    deactivatedAt: ts('deactivated_at'),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(t.email),
    uniqueIndex('users_oidc_idx').on(t.oidcIssuer, t.oidcSubject),
    check('users_language_check', oneOf(t.language, LOCALES)),
    check('users_roles_check', sql`${t.roles} <@ array[${sql.raw(ROLES.map((r) => `'${r}'`).join(', '))}]::text[]`),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * Signed-in sessions. Only the sha-256 of the session token is stored, so a copy of the table opens nothing. A session
 * ends at `expires_at` (absolute) or after a stretch of idleness measured from `last_seen_at`.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    userId: text('user_id')
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    method: text('method', { enum: SIGN_IN_METHODS }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    userAgent: text('user_agent'),
    address: text('address'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_idx').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    check('sessions_method_check', oneOf(t.method, SIGN_IN_METHODS)),
  ],
);

/** Teams of people; a supervisor oversees the queues of the teams they belong to. */
export const teams = pgTable(
  'teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /**
     * The team's business calendar (days, start, end, timeZone, holidays: the flow's business-hours shape). Cases of
     * the team's queues count their SLA in it; null keeps the hours drawn on the flow's hand-off step.
     */
    calendar: jsonb('calendar').$type<{ [key: string]: Json }>(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teams_name_idx').on(t.name)],
);

/**
 * Where cases wait for people. The id is the name tickets and handoffs already carry (`support`, `billing`), so every
 * existing ticket belongs to a queue; a queue named by a new handoff is created with it. A queue may belong to a team.
 */
export const queues = pgTable(
  'queues',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    teamId: text('team_id').references((): AnyPgColumn => teams.id, { onDelete: 'set null' }),
    /** Who gets a new case: nobody until someone claims it (`manual`), the next person in turn, or the least loaded. */
    assignment: text('assignment', { enum: ASSIGNMENT_MODES }).notNull().default('manual'),
    /** The person round robin gave the last case to (the turn goes on from there). */
    lastAssignee: text('last_assignee'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('queues_team_idx').on(t.teamId),
    check('queues_assignment_check', oneOf(t.assignment, ASSIGNMENT_MODES)),
  ],
);

/** Who belongs to which team. */
export const teamMembers = pgTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ name: 'team_members_pk', columns: [t.teamId, t.userId] }),
    index('team_members_user_idx').on(t.userId),
  ],
);

/** Which queues an agent works. */
export const queueMembers = pgTable(
  'queue_members',
  {
    queueId: text('queue_id')
      .notNull()
      .references(() => queues.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ name: 'queue_members_pk', columns: [t.queueId, t.userId] }),
    index('queue_members_user_idx').on(t.userId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type TeamRow = typeof teams.$inferSelect;
export type QueueRow = typeof queues.$inferSelect;
