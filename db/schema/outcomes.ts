import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

export const outcomeInstrumentEnum = pgEnum("outcome_instrument", ["akps"]);

export const outcomeMeasures = pgTable(
  "outcome_measures",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    instrument: outcomeInstrumentEnum().notNull(),
    /** Item key -> chosen answer index, scored by lib/clinical; kept so a score can be re-derived. */
    answers: jsonb().$type<Record<string, number>>().notNull(),
    score: smallint().notNull(),
    measuredOn: date({ mode: "string" }).notNull(),
    recordedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outcome_measures_patient_idx").on(t.clinicId, t.patientId, t.measuredOn),
    check("outcome_measures_score_range", sql`${t.score} between 0 and 100`),
  ],
);

export type OutcomeMeasure = typeof outcomeMeasures.$inferSelect;
