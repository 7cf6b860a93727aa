CREATE TABLE "bulk_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"filter" jsonb NOT NULL,
	"journey_ids" jsonb NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"succeeded" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requested_by" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "bulk_actions_action_check" CHECK ("bulk_actions"."action" in ('retry', 'skip', 'cancel')),
	CONSTRAINT "bulk_actions_status_check" CHECK ("bulk_actions"."status" in ('running', 'done')),
	CONSTRAINT "bulk_actions_progress_check" CHECK ("bulk_actions"."done" >= 0 and "bulk_actions"."done" <= "bulk_actions"."total")
);
--> statement-breakpoint
CREATE INDEX "bulk_actions_created_idx" ON "bulk_actions" USING btree ("created_at");