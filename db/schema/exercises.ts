import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { EXERCISE_GROUPS, EXERCISE_TYPES } from "@/lib/clinical/exercise-library";
import { clinics } from "./clinics";

export const exerciseTypeEnum = pgEnum("exercise_type", EXERCISE_TYPES);
export const exerciseGroupEnum = pgEnum("exercise_group", EXERCISE_GROUPS);

/** The dose columns shared by library defaults, template items and prescribed protocol items. */
export const doseColumns = () => ({
  sets: integer().notNull(),
  reps: integer(),
  holdSeconds: integer(),
  frequencyPerWeek: integer().notNull(),
  eachSide: boolean().notNull().default(false),
});

export const exercises = pgTable(
  "exercises",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Null for the built-in library, which every clinic reads and none can edit. */
    clinicId: uuid().references(() => clinics.id),
    key: text().notNull(),
    name: text().notNull(),
    type: exerciseTypeEnum().notNull(),
    group: exerciseGroupEnum().notNull(),
    target: text().notNull(),
    equipment: text().notNull(),
    instructions: text().notNull(),
    ...doseColumns(),
    /** Dose detail that does not fit the columns, e.g. the straight-leg-raise progression. */
    doseNote: text(),
    /** The built-in (or other) exercise this clinic copy was duplicated from. */
    sourceExerciseId: uuid().references((): AnyPgColumn => exercises.id),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("exercises_clinic_key").on(t.clinicId, t.key).nullsNotDistinct(),
    index("exercises_clinic_idx").on(t.clinicId),
    check("exercises_sets_range", sql`${t.sets} between 1 and 20`),
    check("exercises_reps_range", sql`${t.reps} is null or ${t.reps} between 1 and 200`),
    check("exercises_hold_range", sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 600`),
    check("exercises_frequency_range", sql`${t.frequencyPerWeek} between 1 and 14`),
  ],
);

export type Exercise = typeof exercises.$inferSelect;
export type NewExercise = typeof exercises.$inferInsert;
export type { ExerciseGroup } from "@/lib/clinical/exercise-library";
