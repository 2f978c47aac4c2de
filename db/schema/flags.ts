import { sql } from "drizzle-orm";
import { date, index, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { FlagEvidence } from "@/lib/clinical/flag-types";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { users } from "./users";

/** Declared most urgent first: PostgreSQL sorts an enum in declaration order, so the queue's index walks urgent first. */
export const flagSeverityEnum = pgEnum("flag_severity", ["urgent", "review", "watch"]);

/**
 * A triage flag is an event: raised when its evidence arrives (in the same transaction as the log
 * or run that brings it), kept open until a therapist reviews it. A calm log the next day does not
 * erase it. `evidenceKey` names the exact evidence (rule-specific: a log date, a run id, a week),
 * and the unique key makes raising the same evidence twice a no-op.
 */
export const flags = pgTable(
  "flags",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    rule: text().notNull(),
    severity: flagSeverityEnum().notNull(),
    evidenceKey: text().notNull(),
    /** The readings behind the flag and the numbers they were compared with, as raised. */
    evidence: jsonb().$type<FlagEvidence>().notNull(),
    /** The sentence the therapist reads, written when the flag was raised. */
    reason: text().notNull(),
    /** The day (clinic time zone) the evidence belongs to: the log's or run's date. */
    evidenceDate: date({ mode: "string" }).notNull(),
    raisedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewNote: text(),
  },
  (t) => [
    unique("flags_same_evidence_once").on(t.patientId, t.rule, t.evidenceKey),
    // The triage queue: open flags of a clinic, most urgent then oldest first, walked in order.
    index("flags_open_queue_idx").on(t.clinicId, t.severity, t.raisedAt, t.id).where(sql`${t.reviewedAt} is null`),
    index("flags_patient_idx").on(t.patientId, t.raisedAt),
  ],
);

export type FlagRow = typeof flags.$inferSelect;
export type NewFlagRow = typeof flags.$inferInsert;
export type FlagSeverity = (typeof flagSeverityEnum.enumValues)[number];
