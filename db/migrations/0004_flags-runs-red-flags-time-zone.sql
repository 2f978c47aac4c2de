CREATE TYPE "public"."flag_severity" AS ENUM('urgent', 'review', 'watch');--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"severity" "flag_severity" NOT NULL,
	"evidence_key" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"reason" text NOT NULL,
	"evidence_date" date NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	CONSTRAINT "flags_same_evidence_once" UNIQUE("patient_id","rule","evidence_key")
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"run_date" date NOT NULL,
	"distance_km" numeric(6, 2),
	"duration_seconds" integer,
	"pain_during" smallint,
	"pain_next_morning" smallint,
	"cadence" smallint,
	"surface" text,
	"shoe" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runs_distance_or_duration" CHECK ("runs"."distance_km" is not null or "runs"."duration_seconds" is not null),
	CONSTRAINT "runs_distance_positive" CHECK ("runs"."distance_km" is null or "runs"."distance_km" > 0),
	CONSTRAINT "runs_duration_range" CHECK ("runs"."duration_seconds" is null or "runs"."duration_seconds" between 1 and 86400),
	CONSTRAINT "runs_pain_during_range" CHECK ("runs"."pain_during" is null or "runs"."pain_during" between 0 and 10),
	CONSTRAINT "runs_pain_next_morning_range" CHECK ("runs"."pain_next_morning" is null or "runs"."pain_next_morning" between 0 and 10),
	CONSTRAINT "runs_cadence_range" CHECK ("runs"."cadence" is null or "runs"."cadence" between 60 and 260)
);
--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "patients" ADD COLUMN "intake_screen" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pain_logs" ADD COLUMN "red_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flags_open_queue_idx" ON "flags" USING btree ("clinic_id","severity","raised_at","id") WHERE "flags"."reviewed_at" is null;--> statement-breakpoint
CREATE INDEX "flags_patient_idx" ON "flags" USING btree ("patient_id","raised_at");--> statement-breakpoint
CREATE INDEX "runs_patient_date_idx" ON "runs" USING btree ("patient_id","run_date");--> statement-breakpoint
CREATE INDEX "runs_clinic_date_idx" ON "runs" USING btree ("clinic_id","run_date");--> statement-breakpoint
-- Data: the old day-level run fields become runs. The longest single run is one run; when the
-- day's total was longer, the rest of the distance is kept as a second run of that day, so weekly
-- distance is unchanged and the spike rule still sees the longest single run. Pain is left blank:
-- the old form had no running pain of its own.
INSERT INTO "runs" ("clinic_id", "patient_id", "run_date", "distance_km", "created_at", "updated_at")
SELECT "clinic_id", "patient_id", "log_date", coalesce("longest_run_km", "run_distance_km"), "created_at", "updated_at"
FROM "pain_logs"
WHERE coalesce("longest_run_km", "run_distance_km") > 0;--> statement-breakpoint
INSERT INTO "runs" ("clinic_id", "patient_id", "run_date", "distance_km", "created_at", "updated_at")
SELECT "clinic_id", "patient_id", "log_date", "run_distance_km" - "longest_run_km", "created_at", "updated_at"
FROM "pain_logs"
WHERE "longest_run_km" > 0 AND "run_distance_km" > "longest_run_km";--> statement-breakpoint
-- Data: each old review becomes a reviewed flag, so the record's history keeps who reviewed what
-- and when. The old flags were computed, not stored: only the rule and the evidence key survive.
INSERT INTO "flags" ("clinic_id", "patient_id", "rule", "severity", "evidence_key", "evidence", "reason", "evidence_date", "raised_at", "reviewed_by", "reviewed_at", "review_note")
SELECT
  "clinic_id", "patient_id",
  CASE "rule" WHEN 'pain-above-baseline' THEN 'pain-rise' WHEN 'morning-pain-not-settled' THEN 'morning-not-settled' ELSE "rule" END,
  (CASE "rule" WHEN 'no-recent-log' THEN 'watch' ELSE 'review' END)::"flag_severity",
  'legacy:' || "evidence_key",
  jsonb_build_object('readings', '[]'::jsonb, 'numbers', jsonb_build_object('legacyEvidenceKey', "evidence_key")),
  'Reviewed before Stride stored flags as events (evidence: ' || "evidence_key" || ').',
  coalesce(substring("evidence_key" from '\d{4}-\d{2}-\d{2}')::date, "reviewed_at"::date),
  "reviewed_at", "reviewed_by", "reviewed_at", NULL
FROM "flag_reviews"
ON CONFLICT DO NOTHING;
