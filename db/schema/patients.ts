import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { users } from "./users";

export const sideEnum = pgEnum("side", ["left", "right", "both"]);

export const patients = pgTable(
  "patients",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    primaryTherapistId: uuid().references(() => users.id),
    /** The patient's portal login, once they accepted an invite. */
    userId: uuid().references(() => users.id),
    fullName: text().notNull(),
    dateOfBirth: date({ mode: "string" }).notNull(),
    email: text(),
    phone: text(),
    condition: text().notNull().default("Patellofemoral pain (runner's knee)"),
    affectedSide: sideEnum().notNull(),
    onsetDate: date({ mode: "string" }),
    /** Descriptive intake checklists (keys from lib/clinical/intake.ts); never turned into a score. */
    riskFactors: text().array().notNull().default(sql`'{}'::text[]`),
    aggravatingActivities: text().array().notNull().default(sql`'{}'::text[]`),
    /** Intake differential / red-flag screen: keys of the items noted (lib/clinical/intake.ts). */
    intakeScreen: text().array().notNull().default(sql`'{}'::text[]`),
    notes: text(),
    /**
     * Denormalised from pain_logs, maintained in the same transaction as every log write
     * (lib/dal/pain-logs.ts), so the patient table can sort 100k rows by them through an index.
     */
    lastLogDate: date({ mode: "string" }),
    latestPain: smallint(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The patient table's sorts, over active patients, in exactly the order it asks for
    // (first-click direction, never-logged last, id as tie-breaker) so a page is an index walk
    // instead of a sort of the whole clinic. Measured with `npm run bench` at 100k patients.
    index("patients_active_name_idx").on(t.clinicId, t.fullName, t.id).where(sql`${t.archivedAt} is null`),
    index("patients_active_last_log_idx").on(t.clinicId, t.lastLogDate.desc().nullsLast(), t.id.desc()).where(sql`${t.archivedAt} is null`),
    index("patients_active_pain_idx").on(t.clinicId, t.latestPain.desc().nullsLast(), t.id.desc()).where(sql`${t.archivedAt} is null`),
    index("patients_active_created_idx").on(t.clinicId, t.createdAt.desc(), t.id.desc()).where(sql`${t.archivedAt} is null`),
    index("patients_clinic_archived_idx").on(t.clinicId, t.archivedAt),
    index("patients_clinic_therapist_idx").on(t.clinicId, t.primaryTherapistId),
    // Substring search ("%rive%") on name and email; pg_trgm is enabled by migration 0001.
    index("patients_name_trgm_idx").using("gin", t.fullName.op("gin_trgm_ops")),
    index("patients_email_trgm_idx").using("gin", t.email.op("gin_trgm_ops")),
    check("patients_latest_pain_range", sql`${t.latestPain} is null or ${t.latestPain} between 0 and 10`),
    uniqueIndex("patients_user_key").on(t.userId),
    uniqueIndex("patients_clinic_email_key").on(t.clinicId, sql`lower(${t.email})`).where(sql`${t.email} is not null`),
  ],
);

export type Patient = typeof patients.$inferSelect;
export type NewPatient = typeof patients.$inferInsert;
export type Side = (typeof sideEnum.enumValues)[number];
