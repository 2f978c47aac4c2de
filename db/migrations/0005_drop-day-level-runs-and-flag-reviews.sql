ALTER TABLE "flag_reviews" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "flag_reviews" CASCADE;--> statement-breakpoint
ALTER TABLE "pain_logs" DROP CONSTRAINT "pain_logs_run_nonnegative";--> statement-breakpoint
ALTER TABLE "pain_logs" DROP CONSTRAINT "pain_logs_longest_run_nonnegative";--> statement-breakpoint
ALTER TABLE "pain_logs" DROP COLUMN "run_distance_km";--> statement-breakpoint
ALTER TABLE "pain_logs" DROP COLUMN "longest_run_km";