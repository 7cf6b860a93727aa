CREATE TABLE "activity_catalog" (
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"entry" jsonb NOT NULL,
	"hash" text NOT NULL,
	"task_queue" text,
	"worker" jsonb NOT NULL,
	"published_by" text,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_catalog_pk" PRIMARY KEY("name","version"),
	CONSTRAINT "activity_catalog_version_check" CHECK ("activity_catalog"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "activity_flags" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activity_flags_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"activity" text NOT NULL,
	"flow_id" text NOT NULL,
	"flow_version" integer NOT NULL,
	"node_id" text NOT NULL,
	"changes" jsonb NOT NULL,
	"diagnostics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "activity_flags_open_idx" ON "activity_flags" USING btree ("flow_id","activity") WHERE "activity_flags"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "activity_flags_activity_idx" ON "activity_flags" USING btree ("activity","id");