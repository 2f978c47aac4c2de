import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { protocols } from "./protocols";
import { users } from "./users";

/** "superseded": a newer evaluation replaced it before anyone decided (the evidence moved on). */
export const suggestionStatusEnum = pgEnum("suggestion_status", ["pending", "approved", "dismissed", "superseded"]);
/** dose: one exercise's next or previous dose (lib/clinical/dose-suggestion.ts); run-stage: the walk-run step (return-to-run.ts). */
export const suggestionKindEnum = pgEnum("suggestion_kind", ["dose", "run-stage"]);

/**
 * Decision support: a rule proposes, the therapist decides. Patients only see approved ones.
 * Stored with everything the decision needs (rule, evidence, the exact proposed change, the version
 * it was judged against), so approving applies exactly what was shown and the record keeps why.
 */
export const suggestions = pgTable(
  "suggestions",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    protocolId: uuid().references(() => protocols.id),
    kind: suggestionKindEnum().notNull().default("dose"),
    /** What it is about: the protocol's exercise id for a dose, "run-stage" for the walk-run step. */
    subject: text().notNull().default(""),
    rule: text().notNull(),
    /** "progress", "regress", "advance", "step-back". */
    direction: text().notNull().default(""),
    /** The logs and numbers that triggered the rule, so the therapist can see why. */
    evidence: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Same evidence, same key: re-evaluating does not make a new row. */
    evidenceKey: text().notNull().default(""),
    /** The exact change approval applies (a DoseChange or a StageProposal), as JSON. */
    proposedChange: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** "Clam shell 3 x 12 -> 3 x 14", the words the change list and the patient note use. */
    summary: text().notNull().default(""),
    reason: text().notNull().default(""),
    /** The protocol version the rule judged; approving a suggestion made on an older version is refused. */
    basedOnVersion: integer(),
    status: suggestionStatusEnum().notNull().default("pending"),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    dismissReason: text(),
    /** The version approval created. */
    resultingVersion: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("suggestions_clinic_status_idx").on(t.clinicId, t.status, t.createdAt),
    index("suggestions_patient_idx").on(t.clinicId, t.patientId, t.createdAt),
    // At most one open suggestion per protocol and subject: a newer one supersedes the older.
    uniqueIndex("suggestions_one_pending").on(t.protocolId, t.subject).where(sql`${t.status} = 'pending'`),
    uniqueIndex("suggestions_evidence_once").on(t.protocolId, t.subject, t.evidenceKey),
  ],
);

export type Suggestion = typeof suggestions.$inferSelect;
export type SuggestionKind = (typeof suggestionKindEnum.enumValues)[number];
