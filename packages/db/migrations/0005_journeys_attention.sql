ALTER TABLE "journey_steps" DROP CONSTRAINT "journey_steps_status_check";--> statement-breakpoint
ALTER TABLE "journeys" DROP CONSTRAINT "journeys_status_check";--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "attention" text;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "attention_detail" jsonb;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "attention_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "checked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "journeys_attention_idx" ON "journeys" USING btree ("attention_since") WHERE "journeys"."attention" is not null;--> statement-breakpoint
CREATE INDEX "journeys_checked_idx" ON "journeys" USING btree ("checked_at") WHERE "journeys"."status" = 'running';--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_status_check" CHECK ("journey_steps"."status" in ('running', 'completed', 'failed', 'cancelled', 'terminated'));--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_attention_check" CHECK ("journeys"."attention" in ('workflow_task_failing', 'activity_failing'));--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_status_check" CHECK ("journeys"."status" in ('running', 'completed', 'failed', 'cancelled', 'terminated'));