CREATE TABLE "flag_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"evidence_key" text NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flag_reviews_once" UNIQUE("patient_id","rule","evidence_key")
);
--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "last_log_date" date;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "latest_pain" smallint;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "source_exercise_id" uuid;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_reviews" ADD CONSTRAINT "flag_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flag_reviews_clinic_idx" ON "flag_reviews" USING btree ("clinic_id","reviewed_at");--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_source_exercise_id_exercises_id_fk" FOREIGN KEY ("source_exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patients_clinic_last_log_idx" ON "patients" USING btree ("clinic_id","last_log_date");--> statement-breakpoint
CREATE INDEX "patients_clinic_latest_pain_idx" ON "patients" USING btree ("clinic_id","latest_pain");--> statement-breakpoint
CREATE INDEX "patients_name_trgm_idx" ON "patients" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "patients_email_trgm_idx" ON "patients" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_latest_pain_range" CHECK ("patients"."latest_pain" is null or "patients"."latest_pain" between 0 and 10);