import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

export const suggestionStatusEnum = pgEnum("suggestion_status", ["pending", "approved", "dismissed"]);

/** Decision support: a rule proposes, the therapist decides. Patients only see approved ones. */
export const suggestions = pgTable(
  "suggestions",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    rule: text().notNull(),
    /** The logs and numbers that triggered the rule, so the therapist can see why. */
    evidence: jsonb().$type<Record<string, unknown>>().notNull(),
    status: suggestionStatusEnum().notNull().default("pending"),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("suggestions_clinic_status_idx").on(t.clinicId, t.status, t.createdAt)],
);

export type Suggestion = typeof suggestions.$inferSelect;
