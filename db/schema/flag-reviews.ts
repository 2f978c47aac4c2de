import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

/**
 * Triage flags are computed from the logs on every read (lib/clinical/flags.ts); this table only
 * remembers that a therapist reviewed one. `evidenceKey` identifies the exact trigger (rule plus
 * the log dates behind it), so a new log that raises the same rule again shows up as a new flag.
 */
export const flagReviews = pgTable(
  "flag_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    rule: text().notNull(),
    evidenceKey: text().notNull(),
    reviewedBy: uuid().notNull().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("flag_reviews_once").on(t.patientId, t.rule, t.evidenceKey),
    index("flag_reviews_clinic_idx").on(t.clinicId, t.reviewedAt),
  ],
);

export type FlagReview = typeof flagReviews.$inferSelect;
