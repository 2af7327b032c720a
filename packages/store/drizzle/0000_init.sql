CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "article_entities" (
	"article_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"position" integer NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "article_entities_article_id_entity_id_pk" PRIMARY KEY("article_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"dek" text,
	"byline" text,
	"publisher" text,
	"published_at" date NOT NULL,
	"published_at_note" text,
	"dateline" text,
	"source_url" text,
	"license" text,
	"attribution" text,
	"language" text DEFAULT 'en' NOT NULL,
	"body" text NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"sentences" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"quiz_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"score" double precision NOT NULL,
	"total" double precision NOT NULL,
	"origin" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"description" text,
	"search_name" text NOT NULL,
	"search_aliases" text NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"of_id" text,
	"as_of" text,
	"former" boolean DEFAULT false NOT NULL,
	"evidence" jsonb NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"article_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"date_iso" text NOT NULL,
	"date_precision" text NOT NULL,
	"date_text" text NOT NULL,
	"date_status" text NOT NULL,
	"date_approximate" boolean NOT NULL,
	"date_span" jsonb,
	"sort_key" text NOT NULL,
	"location_id" text,
	"evidence" jsonb NOT NULL,
	"sequence" integer NOT NULL,
	"position" integer NOT NULL,
	"search_text" text NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quizzes" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"options" jsonb NOT NULL,
	"seed" bigint NOT NULL,
	"questions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"text" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text,
	"channel_entity_id" text,
	"event_id" text,
	"date" jsonb,
	"evidence_start" integer NOT NULL,
	"evidence_end" integer NOT NULL,
	"evidence_text" text NOT NULL,
	"speaker_resolution" text NOT NULL,
	"position" integer NOT NULL,
	"search_text" text NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"predicate" text NOT NULL,
	"object_id" text NOT NULL,
	"label" text,
	"evidence" jsonb NOT NULL,
	"position" integer NOT NULL,
	"method" text NOT NULL,
	"confidence" double precision NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_entities" ADD CONSTRAINT "article_entities_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_entities" ADD CONSTRAINT "article_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_roles" ADD CONSTRAINT "entity_roles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_roles" ADD CONSTRAINT "entity_roles_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_roles" ADD CONSTRAINT "entity_roles_of_id_entities_id_fk" FOREIGN KEY ("of_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_location_id_entities_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_id_entities_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_channel_entity_id_entities_id_fk" FOREIGN KEY ("channel_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_subject_id_entities_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relations" ADD CONSTRAINT "relations_object_id_entities_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_entities_entity_idx" ON "article_entities" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "articles_newest_idx" ON "articles" USING btree ("published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_idempotency_idx" ON "attempts" USING btree ("quiz_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "attempts_quiz_idx" ON "attempts" USING btree ("quiz_id","created_at");--> statement-breakpoint
CREATE INDEX "entities_name_idx" ON "entities" USING btree ("search_name","id");--> statement-breakpoint
CREATE INDEX "entities_kind_name_idx" ON "entities" USING btree ("kind","search_name","id");--> statement-breakpoint
CREATE INDEX "entity_roles_entity_idx" ON "entity_roles" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "entity_roles_article_idx" ON "entity_roles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "event_participants_event_idx" ON "event_participants" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "event_participants_entity_idx" ON "event_participants" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "events_article_sort_idx" ON "events" USING btree ("article_id","sort_key");--> statement-breakpoint
CREATE INDEX "events_sort_idx" ON "events" USING btree ("sort_key");--> statement-breakpoint
CREATE INDEX "events_location_idx" ON "events" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "mentions_entity_idx" ON "mentions" USING btree ("entity_id","article_id","start");--> statement-breakpoint
CREATE INDEX "mentions_article_idx" ON "mentions" USING btree ("article_id","start");--> statement-breakpoint
CREATE INDEX "quizzes_article_idx" ON "quizzes" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "quotes_speaker_idx" ON "quotes" USING btree ("speaker_id");--> statement-breakpoint
CREATE INDEX "quotes_article_idx" ON "quotes" USING btree ("article_id","evidence_start","id");--> statement-breakpoint
CREATE INDEX "relations_article_idx" ON "relations" USING btree ("article_id","position");--> statement-breakpoint
CREATE INDEX "relations_subject_idx" ON "relations" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "relations_object_idx" ON "relations" USING btree ("object_id");