CREATE TABLE "kb_articles" (
	"id" text PRIMARY KEY NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"author" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (ruta_kb_vector("lang", "title", "tags", "body")) STORED NOT NULL,
	"search_title" "tsvector" GENERATED ALWAYS AS (ruta_kb_vector("lang", "title", "tags", '')) STORED NOT NULL,
	CONSTRAINT "kb_articles_lang_check" CHECK ("kb_articles"."lang" in ('es', 'en')),
	CONSTRAINT "kb_articles_status_check" CHECK ("kb_articles"."status" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE INDEX "kb_articles_search_idx" ON "kb_articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "kb_articles_search_es_idx" ON "kb_articles" USING gin ("search") WHERE "kb_articles"."lang" = 'es' and "kb_articles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "kb_articles_search_en_idx" ON "kb_articles" USING gin ("search") WHERE "kb_articles"."lang" = 'en' and "kb_articles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "kb_articles_lang_status_idx" ON "kb_articles" USING btree ("lang","status","updated_at");