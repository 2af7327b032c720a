ALTER TABLE "quizzes" ADD COLUMN "identity_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "quizzes_identity_idx" ON "quizzes" USING btree ("article_id","identity_key");