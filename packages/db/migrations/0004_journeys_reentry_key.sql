ALTER TABLE "journeys" ADD COLUMN "reentry_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "journeys_reentry_key_idx" ON "journeys" USING btree ("reentry_key");