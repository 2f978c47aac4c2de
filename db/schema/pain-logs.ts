import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { exercises } from "./exercises";
import { patients } from "./patients";

const nprs = (column: string) => sql.raw(`${column} is null or ${column} between 0 and 10`);

export const painLogs = pgTable(
  "pain_logs",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    logDate: date({ mode: "string" }).notNull(),
    /** Numeric Pain Rating Scale, 0-10. Rest is always asked; the others only when relevant. */
    painAtRest: smallint().notNull(),
    painDuringExercise: smallint(),
    painNextMorning: smallint(),
    aggravatingActivities: text().array().notNull().default(sql`'{}'::text[]`),
    grinding: boolean().notNull().default(false),
    /** Keys of the "anything new?" red-flag questions answered yes (lib/clinical/red-flags.ts). */
    redFlags: text().array().notNull().default(sql`'{}'::text[]`),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("pain_logs_one_per_day").on(t.patientId, t.logDate),
    index("pain_logs_clinic_date_idx").on(t.clinicId, t.logDate),
    check("pain_logs_rest_range", nprs("pain_at_rest")),
    check("pain_logs_exercise_range", nprs("pain_during_exercise")),
    check("pain_logs_morning_range", nprs("pain_next_morning")),
  ],
);

/**
 * An exercise ticked as done on a day. Kept apart from pain_logs because patients tick exercises
 * during the day, before (or without) logging pain; adherence is computed from these rows.
 */
export const exerciseCompletions = pgTable(
  "exercise_completions",
  {
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    exerciseId: uuid().notNull().references(() => exercises.id),
    doneOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.patientId, t.doneOn, t.exerciseId] })],
);

export type PainLog = typeof painLogs.$inferSelect;
export type NewPainLog = typeof painLogs.$inferInsert;
export type ExerciseCompletion = typeof exerciseCompletions.$inferSelect;
