ALTER TABLE "events" ALTER COLUMN "date_text" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_basis" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_date_text_or_basis" CHECK (("events"."date_text" is null) <> ("events"."date_basis" is null));