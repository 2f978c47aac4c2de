DROP INDEX "patients_clinic_name_idx";--> statement-breakpoint
DROP INDEX "patients_clinic_created_idx";--> statement-breakpoint
DROP INDEX "patients_clinic_last_log_idx";--> statement-breakpoint
DROP INDEX "patients_clinic_latest_pain_idx";--> statement-breakpoint
CREATE INDEX "patients_active_name_idx" ON "patients" USING btree ("clinic_id","full_name","id") WHERE "patients"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "patients_active_last_log_idx" ON "patients" USING btree ("clinic_id","last_log_date" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "patients"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "patients_active_pain_idx" ON "patients" USING btree ("clinic_id","latest_pain" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "patients"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "patients_active_created_idx" ON "patients" USING btree ("clinic_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "patients"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "patients_clinic_archived_idx" ON "patients" USING btree ("clinic_id","archived_at");