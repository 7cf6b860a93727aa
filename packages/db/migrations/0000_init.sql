CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"hash" text NOT NULL,
	"scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"locale" text,
	"time_zone" text,
	"tier" text,
	"consent" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone,
	CONSTRAINT "customers_locale_check" CHECK ("customers"."locale" is null or "customers"."locale" in ('es', 'en'))
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"provider" text,
	"provider_message_id" text,
	"customer_id" text NOT NULL,
	"journey_id" text,
	"flow_id" text,
	"node_id" text,
	"idempotency_key" text,
	"body" text,
	"subject" text,
	"status" text NOT NULL,
	"status_reason" text,
	"transactional" boolean DEFAULT false NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "messages_direction_check" CHECK ("messages"."direction" in ('in', 'out')),
	CONSTRAINT "messages_channel_check" CHECK ("messages"."channel" in ('whatsapp', 'sms', 'email', 'voice')),
	CONSTRAINT "messages_status_check" CHECK ("messages"."status" in ('queued', 'sent', 'delivered', 'read', 'failed', 'suppressed', 'deferred', 'received')),
	CONSTRAINT "messages_outbound_key_check" CHECK ("messages"."direction" = 'in' or "messages"."idempotency_key" is not null)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"customer_id" text NOT NULL,
	"occurred_at" timestamp with time zone,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" jsonb,
	"response" jsonb,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "flow_audit" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flow_audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"flow_id" text NOT NULL,
	"actor" text,
	"action" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "flow_audit_action_check" CHECK ("flow_audit"."action" in ('created', 'updated', 'published', 'rolled_back', 'deleted', 'imported'))
);
--> statement-breakpoint
CREATE TABLE "flow_versions" (
	"flow_id" text NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"plan" jsonb NOT NULL,
	"hash" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"rolled_back_from" integer,
	CONSTRAINT "flow_versions_pk" PRIMARY KEY("flow_id","version"),
	CONSTRAINT "flow_versions_version_check" CHECK ("flow_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "flows" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"draft" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"current_version" integer,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"deleted" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "journey_steps" (
	"journey_id" text NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"node_id" text,
	"kind" text,
	"visit" integer DEFAULT 1 NOT NULL,
	"port" text,
	"at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"detail" jsonb,
	CONSTRAINT "journey_steps_pk" PRIMARY KEY("journey_id","seq"),
	CONSTRAINT "journey_steps_type_check" CHECK ("journey_steps"."type" in ('enter', 'leave', 'end')),
	CONSTRAINT "journey_steps_status_check" CHECK ("journey_steps"."status" in ('running', 'completed', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text,
	"flow_id" text NOT NULL,
	"flow_version" integer NOT NULL,
	"customer_id" text NOT NULL,
	"event_id" text,
	"status" text DEFAULT 'running' NOT NULL,
	"current_node" text,
	"outcome" text,
	"last_seq" integer DEFAULT -1 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journeys_status_check" CHECK ("journeys"."status" in ('running', 'completed', 'failed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "ticket_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ticket_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" text NOT NULL,
	"author" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" text PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"kind" text DEFAULT 'handoff' NOT NULL,
	"customer_id" text NOT NULL,
	"journey_id" text,
	"node_id" text,
	"queue" text NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"subject" text,
	"sla_deadline" timestamp with time zone,
	"assigned_to" text,
	"resolution" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "tickets_kind_check" CHECK ("tickets"."kind" in ('handoff', 'crm')),
	CONSTRAINT "tickets_priority_check" CHECK ("tickets"."priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "tickets_status_check" CHECK ("tickets"."status" in ('open', 'pending', 'resolved', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "flow_versions" ADD CONSTRAINT "flow_versions_flow_id_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."flows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_notes" ADD CONSTRAINT "ticket_notes_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_idx" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "customers_email_idx" ON "customers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "customers_phone_idx" ON "customers" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_idempotency_key_idx" ON "messages" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_provider_message_idx" ON "messages" USING btree ("provider","provider_message_id");--> statement-breakpoint
CREATE INDEX "messages_customer_idx" ON "messages" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_caps_idx" ON "messages" USING btree ("customer_id","direction","transactional","created_at");--> statement-breakpoint
CREATE INDEX "messages_journey_idx" ON "messages" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "events_customer_idx" ON "events" USING btree ("customer_id","received_at");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type","received_at");--> statement-breakpoint
CREATE INDEX "flow_audit_flow_idx" ON "flow_audit" USING btree ("flow_id","id");--> statement-breakpoint
CREATE INDEX "flows_updated_at_idx" ON "flows" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "journeys_flow_idx" ON "journeys" USING btree ("flow_id","flow_version","status");--> statement-breakpoint
CREATE INDEX "journeys_customer_idx" ON "journeys" USING btree ("customer_id","started_at");--> statement-breakpoint
CREATE INDEX "journeys_started_idx" ON "journeys" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "ticket_notes_ticket_idx" ON "ticket_notes" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_idempotency_key_idx" ON "tickets" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "tickets_queue_idx" ON "tickets" USING btree ("queue","status");--> statement-breakpoint
CREATE INDEX "tickets_customer_idx" ON "tickets" USING btree ("customer_id");