import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";

/**
 * One run, its own row (several a day are allowed). Running pain lives here and never in the
 * daily log's exercise pain: a painful run is not a painful exercise session. The single-run spike
 * rule (Frandsen et al., BJSM 2025) reads distance; a run logged by duration only has no distance
 * and is not compared.
 */
export const runs = pgTable(
  "runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    /** The calendar day of the run in the clinic's time zone. */
    runDate: date({ mode: "string" }).notNull(),
    distanceKm: numeric({ precision: 6, scale: 2 }),
    durationSeconds: integer(),
    /** NPRS 0-10 during the run. */
    painDuring: smallint(),
    /** NPRS 0-10 the morning after the run; often added the next day. */
    painNextMorning: smallint(),
    /** Steps per minute. */
    cadence: smallint(),
    surface: text(),
    shoe: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * A run the patient removed (entered by mistake). Kept, not deleted: nothing clinical is
     * hard-deleted by the UI. Every read and every rule skips it.
     */
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("runs_patient_date_idx").on(t.patientId, t.runDate),
    index("runs_clinic_date_idx").on(t.clinicId, t.runDate),
    check("runs_distance_or_duration", sql`${t.distanceKm} is not null or ${t.durationSeconds} is not null`),
    check("runs_distance_positive", sql`${t.distanceKm} is null or ${t.distanceKm} > 0`),
    check("runs_duration_range", sql`${t.durationSeconds} is null or ${t.durationSeconds} between 1 and 86400`),
    check("runs_pain_during_range", sql`${t.painDuring} is null or ${t.painDuring} between 0 and 10`),
    check("runs_pain_next_morning_range", sql`${t.painNextMorning} is null or ${t.painNextMorning} between 0 and 10`),
    check("runs_cadence_range", sql`${t.cadence} is null or ${t.cadence} between 60 and 260`),
  ],
);

export type Run = typeof runs.$inferSelect;
export type NewRun = typeof runs.$inferInsert;
