CREATE TYPE "public"."media_kind" AS ENUM('image', 'video');--> statement-breakpoint
ALTER TYPE "public"."exercise_group" ADD VALUE 'hip-weight-bearing' BEFORE 'quadriceps';--> statement-breakpoint
ALTER TYPE "public"."exercise_group" ADD VALUE 'calf' BEFORE 'flexibility';--> statement-breakpoint
CREATE TABLE "exercise_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"kind" "media_kind" NOT NULL,
	"mime_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"alt_text" text DEFAULT '' NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "exercise_media_storage_key" UNIQUE("storage_key"),
	CONSTRAINT "exercise_media_size_positive" CHECK ("exercise_media"."byte_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD COLUMN "education_modules" text[];--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercise_media_clinic_idx" ON "exercise_media" USING btree ("clinic_id","exercise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_media_one_current" ON "exercise_media" USING btree ("exercise_id") WHERE "exercise_media"."removed_at" is null;