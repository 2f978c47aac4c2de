CREATE TYPE "public"."outcome_request_status" AS ENUM('open', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."outcome_timepoint" AS ENUM('baseline', 'follow-up', 'discharge');--> statement-breakpoint
CREATE TYPE "public"."suggestion_kind" AS ENUM('dose', 'run-stage');--> statement-breakpoint
ALTER TYPE "public"."suggestion_status" ADD VALUE 'superseded';--> statement-breakpoint
CREATE TABLE "outcome_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument" "outcome_instrument" NOT NULL,
	"timepoint" "outcome_timepoint" NOT NULL,
	"due_on" date NOT NULL,
	"status" "outcome_request_status" DEFAULT 'open' NOT NULL,
	"draft_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD COLUMN "run_stage" smallint;--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD COLUMN "run_stage_since" date;--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD COLUMN "run_pain_limit" smallint;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "request_id" uuid;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD COLUMN "timepoint" "outcome_timepoint";--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "protocol_id" uuid;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "kind" "suggestion_kind" DEFAULT 'dose' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "subject" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "direction" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "evidence_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "proposed_change" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "summary" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "based_on_version" integer;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "dismiss_reason" text;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "resulting_version" integer;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_requests" ADD CONSTRAINT "outcome_requests_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_requests_clinic_status_due_idx" ON "outcome_requests" USING btree ("clinic_id","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_requests_one_open" ON "outcome_requests" USING btree ("patient_id","instrument") WHERE "outcome_requests"."status" = 'open';--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_request_id_outcome_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."outcome_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_protocol_id_protocols_id_fk" FOREIGN KEY ("protocol_id") REFERENCES "public"."protocols"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestions_patient_idx" ON "suggestions" USING btree ("clinic_id","patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_one_pending" ON "suggestions" USING btree ("protocol_id","subject") WHERE "suggestions"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_evidence_once" ON "suggestions" USING btree ("protocol_id","subject","evidence_key");--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_request" UNIQUE("request_id");--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD CONSTRAINT "protocol_versions_run_stage_range" CHECK ("protocol_versions"."run_stage" is null or "protocol_versions"."run_stage" between 1 and 15);--> statement-breakpoint
ALTER TABLE "protocol_versions" ADD CONSTRAINT "protocol_versions_run_pain_limit_range" CHECK ("protocol_versions"."run_pain_limit" is null or "protocol_versions"."run_pain_limit" between 0 and 10);