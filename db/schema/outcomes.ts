import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, smallint, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

export const outcomeInstrumentEnum = pgEnum("outcome_instrument", ["akps"]);
/** When in the episode a questionnaire is asked (docs/clinical/akps.md): start, weeks 4-6, discharge. */
export const outcomeTimepointEnum = pgEnum("outcome_timepoint", ["baseline", "follow-up", "discharge"]);
export const outcomeRequestStatusEnum = pgEnum("outcome_request_status", ["open", "completed", "cancelled"]);

/**
 * A questionnaire the therapist asked the patient to answer by a date. The patient's answers are
 * kept as a draft while they go (resumable on a phone) and become an outcome_measures row on submit.
 */
export const outcomeRequests = pgTable(
  "outcome_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    instrument: outcomeInstrumentEnum().notNull(),
    timepoint: outcomeTimepointEnum().notNull(),
    dueOn: date({ mode: "string" }).notNull(),
    status: outcomeRequestStatusEnum().notNull().default("open"),
    /** Item key -> answer index chosen so far; checked in full only on submit. */
    draftAnswers: jsonb().$type<Record<string, number>>().notNull().default({}),
    requestedBy: uuid().notNull().references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
    cancelledBy: uuid().references(() => users.id),
    cancelledAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("outcome_requests_clinic_status_due_idx").on(t.clinicId, t.status, t.dueOn),
    // One open questionnaire of a kind per patient: a second request would leave the patient two forms.
    uniqueIndex("outcome_requests_one_open").on(t.patientId, t.instrument).where(sql`${t.status} = 'open'`),
  ],
);

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
    /** The request it answered; null for a score entered in clinic. Unique: a request is answered once. */
    requestId: uuid().references(() => outcomeRequests.id).unique("outcome_measures_request"),
    timepoint: outcomeTimepointEnum(),
    recordedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outcome_measures_patient_idx").on(t.clinicId, t.patientId, t.measuredOn),
    check("outcome_measures_score_range", sql`${t.score} between 0 and 100`),
  ],
);

export type OutcomeRequest = typeof outcomeRequests.$inferSelect;
export type OutcomeMeasure = typeof outcomeMeasures.$inferSelect;
export type OutcomeTimepoint = (typeof outcomeTimepointEnum.enumValues)[number];
