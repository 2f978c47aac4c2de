CREATE TYPE "public"."page_size" AS ENUM('A4', 'LETTER');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'therapist', 'patient');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('left', 'right', 'both');--> statement-breakpoint
CREATE TYPE "public"."exercise_group" AS ENUM('hip', 'quadriceps', 'flexibility');--> statement-breakpoint
CREATE TYPE "public"."exercise_type" AS ENUM('strengthening', 'flexibility');--> statement-breakpoint
CREATE TYPE "public"."protocol_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."outcome_instrument" AS ENUM('akps');--> statement-breakpoint
CREATE TYPE "public"."suggestion_status" AS ENUM('pending', 'approved', 'dismissed');--> statement-breakpoint
CREATE TABLE "clinics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"pdf_page_size" "page_size" DEFAULT 'A4' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_failed_logins_nonnegative" CHECK ("users"."failed_logins" >= 0)
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"primary_therapist_id" uuid,
	"user_id" uuid,
	"full_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"email" text,
	"phone" text,
	"condition" text DEFAULT 'Patellofemoral pain (runner''s knee)' NOT NULL,
	"affected_side" "side" NOT NULL,
	"onset_date" date,
	"risk_factors" text[] DEFAULT '{}'::text[] NOT NULL,
	"aggravating_activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"type" "exercise_type" NOT NULL,
	"group" "exercise_group" NOT NULL,
	"target" text NOT NULL,
	"equipment" text NOT NULL,
	"instructions" text NOT NULL,
	"sets" integer NOT NULL,
	"reps" integer,
	"hold_seconds" integer,
	"frequency_per_week" integer NOT NULL,
	"each_side" boolean DEFAULT false NOT NULL,
	"dose_note" text,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_clinic_key" UNIQUE NULLS NOT DISTINCT("clinic_id","key"),
	CONSTRAINT "exercises_sets_range" CHECK ("exercises"."sets" between 1 and 20),
	CONSTRAINT "exercises_reps_range" CHECK ("exercises"."reps" is null or "exercises"."reps" between 1 and 200),
	CONSTRAINT "exercises_hold_range" CHECK ("exercises"."hold_seconds" is null or "exercises"."hold_seconds" between 1 and 600),
	CONSTRAINT "exercises_frequency_range" CHECK ("exercises"."frequency_per_week" between 1 and 14)
);
--> statement-breakpoint
CREATE TABLE "protocol_template_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"sets" integer NOT NULL,
	"reps" integer,
	"hold_seconds" integer,
	"frequency_per_week" integer NOT NULL,
	"each_side" boolean DEFAULT false NOT NULL,
	"note" text,
	CONSTRAINT "protocol_template_items_position" UNIQUE("template_id","position"),
	CONSTRAINT "template_items_sets_range" CHECK ("protocol_template_items"."sets" between 1 and 20),
	CONSTRAINT "template_items_reps_range" CHECK ("protocol_template_items"."reps" is null or "protocol_template_items"."reps" between 1 and 200),
	CONSTRAINT "template_items_hold_range" CHECK ("protocol_template_items"."hold_seconds" is null or "protocol_template_items"."hold_seconds" between 1 and 600),
	CONSTRAINT "template_items_frequency_range" CHECK ("protocol_template_items"."frequency_per_week" between 1 and 14)
);
--> statement-breakpoint
CREATE TABLE "protocol_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"phase" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protocol_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"sets" integer NOT NULL,
	"reps" integer,
	"hold_seconds" integer,
	"frequency_per_week" integer NOT NULL,
	"each_side" boolean DEFAULT false NOT NULL,
	"side" "side" NOT NULL,
	"load" text,
	"note" text,
	CONSTRAINT "protocol_items_position" UNIQUE("version_id","position"),
	CONSTRAINT "protocol_items_sets_range" CHECK ("protocol_items"."sets" between 1 and 20),
	CONSTRAINT "protocol_items_reps_range" CHECK ("protocol_items"."reps" is null or "protocol_items"."reps" between 1 and 200),
	CONSTRAINT "protocol_items_hold_range" CHECK ("protocol_items"."hold_seconds" is null or "protocol_items"."hold_seconds" between 1 and 600),
	CONSTRAINT "protocol_items_frequency_range" CHECK ("protocol_items"."frequency_per_week" between 1 and 14)
);
--> statement-breakpoint
CREATE TABLE "protocol_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"protocol_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"phase" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocol_versions_number" UNIQUE("protocol_id","version"),
	CONSTRAINT "protocol_versions_phase_range" CHECK ("protocol_versions"."phase" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "protocols" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"status" "protocol_status" DEFAULT 'active' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocols_end_after_start" CHECK ("protocols"."end_date" is null or "protocols"."end_date" >= "protocols"."start_date")
);
--> statement-breakpoint
CREATE TABLE "exercise_completions" (
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"done_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_completions_patient_id_done_on_exercise_id_pk" PRIMARY KEY("patient_id","done_on","exercise_id")
);
--> statement-breakpoint
CREATE TABLE "pain_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"log_date" date NOT NULL,
	"pain_at_rest" smallint NOT NULL,
	"pain_during_exercise" smallint,
	"pain_next_morning" smallint,
	"aggravating_activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"grinding" boolean DEFAULT false NOT NULL,
	"run_distance_km" numeric(5, 2),
	"longest_run_km" numeric(5, 2),
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pain_logs_one_per_day" UNIQUE("patient_id","log_date"),
	CONSTRAINT "pain_logs_rest_range" CHECK (pain_at_rest is null or pain_at_rest between 0 and 10),
	CONSTRAINT "pain_logs_exercise_range" CHECK (pain_during_exercise is null or pain_during_exercise between 0 and 10),
	CONSTRAINT "pain_logs_morning_range" CHECK (pain_next_morning is null or pain_next_morning between 0 and 10),
	CONSTRAINT "pain_logs_run_nonnegative" CHECK ("pain_logs"."run_distance_km" is null or "pain_logs"."run_distance_km" >= 0),
	CONSTRAINT "pain_logs_longest_run_nonnegative" CHECK ("pain_logs"."longest_run_km" is null or "pain_logs"."longest_run_km" >= 0)
);
--> statement-breakpoint
CREATE TABLE "outcome_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument" "outcome_instrument" NOT NULL,
	"answers" jsonb NOT NULL,
	"score" smallint NOT NULL,
	"measured_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_measures_score_range" CHECK ("outcome_measures"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" "suggestion_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"clinic_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"patient_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_primary_therapist_id_users_id_fk" FOREIGN KEY ("primary_therapist_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_template_items" ADD CONSTRAINT "protocol_template_items_template_id_protocol_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."protocol_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_template_items" ADD CONSTRAINT "protocol_template_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_templates" ADD CONSTRAINT "protocol_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_templates" ADD CONSTRAINT "protocol_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_items" ADD CONSTRAINT "protocol_items_version_id_protocol_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."protocol_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_items" ADD CONSTRAINT "protocol_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD CONSTRAINT "protocol_versions_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD CONSTRAINT "protocol_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocols" ADD CONSTRAINT "protocols_therapist_id_users_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_completions" ADD CONSTRAINT "exercise_completions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_completions" ADD CONSTRAINT "exercise_completions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_completions" ADD CONSTRAINT "exercise_completions_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_logs" ADD CONSTRAINT "pain_logs_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pain_logs" ADD CONSTRAINT "pain_logs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_clinic_role_idx" ON "users" USING btree ("clinic_id","role");--> statement-breakpoint
CREATE INDEX "patients_clinic_name_idx" ON "patients" USING btree ("clinic_id","full_name");--> statement-breakpoint
CREATE INDEX "patients_clinic_created_idx" ON "patients" USING btree ("clinic_id","created_at");--> statement-breakpoint
CREATE INDEX "patients_clinic_therapist_idx" ON "patients" USING btree ("clinic_id","primary_therapist_id");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_user_key" ON "patients" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_clinic_email_key" ON "patients" USING btree ("clinic_id",lower("email")) WHERE "patients"."email" is not null;--> statement-breakpoint
CREATE INDEX "exercises_clinic_idx" ON "exercises" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "protocol_templates_clinic_idx" ON "protocol_templates" USING btree ("clinic_id","name");--> statement-breakpoint
CREATE INDEX "protocols_clinic_patient_idx" ON "protocols" USING btree ("clinic_id","patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "protocols_one_active_per_patient" ON "protocols" USING btree ("patient_id") WHERE "protocols"."status" = 'active';--> statement-breakpoint
CREATE INDEX "pain_logs_clinic_date_idx" ON "pain_logs" USING btree ("clinic_id","log_date");--> statement-breakpoint
CREATE INDEX "outcome_measures_patient_idx" ON "outcome_measures" USING btree ("clinic_id","patient_id","measured_on");--> statement-breakpoint
CREATE INDEX "suggestions_clinic_status_idx" ON "suggestions" USING btree ("clinic_id","status","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_clinic_at_idx" ON "audit_events" USING btree ("clinic_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_patient_at_idx" ON "audit_events" USING btree ("patient_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "invites_token_hash_key" ON "invites" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invites_patient_idx" ON "invites" USING btree ("patient_id");