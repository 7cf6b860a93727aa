ALTER TABLE "queues" ADD COLUMN "assignment" text DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "queues" ADD COLUMN "last_assignee" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "calendar" jsonb;--> statement-breakpoint
CREATE INDEX "tickets_assignee_idx" ON "tickets" USING btree ("assigned_to","status");--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_assignment_check" CHECK ("queues"."assignment" in ('manual', 'round_robin', 'least_loaded'));