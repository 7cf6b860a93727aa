ALTER TABLE "journey_steps" DROP CONSTRAINT "journey_steps_type_check";--> statement-breakpoint
ALTER TABLE "journeys" ADD COLUMN "current_node_seq" integer DEFAULT -1 NOT NULL;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_type_check" CHECK ("journey_steps"."type" in ('enter', 'wait', 'leave', 'end'));