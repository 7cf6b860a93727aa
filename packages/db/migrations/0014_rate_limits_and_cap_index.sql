CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"allowed" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
DROP INDEX "messages_caps_idx";--> statement-breakpoint
CREATE INDEX "messages_caps_sent_idx" ON "messages" USING btree ("customer_id",coalesce("sent_at", "created_at")) WHERE "messages"."direction" = 'out' and "messages"."transactional" = false;