CREATE TABLE "schedule_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"flow_id" text NOT NULL,
	"flow_version" integer NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"reason" text,
	"scheduled_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"batches" integer DEFAULT 0 NOT NULL,
	"cursor" text,
	"matched" integer DEFAULT 0 NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_runs_status_check" CHECK ("schedule_runs"."status" in ('running', 'completed', 'stopped', 'failed')),
	CONSTRAINT "schedule_runs_counts_check" CHECK ("schedule_runs"."batches" >= 0 and "schedule_runs"."matched" >= 0)
);
--> statement-breakpoint
ALTER TABLE "flow_audit" DROP CONSTRAINT "flow_audit_action_check";--> statement-breakpoint
CREATE INDEX "schedule_runs_flow_idx" ON "schedule_runs" USING btree ("flow_id","scheduled_at");--> statement-breakpoint
ALTER TABLE "flow_audit" ADD CONSTRAINT "flow_audit_action_check" CHECK ("flow_audit"."action" in ('created', 'updated', 'published', 'rolled_back', 'deleted', 'imported', 'unpublished'));