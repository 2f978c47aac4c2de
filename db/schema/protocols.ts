import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgTable, smallint, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { doseColumns, exercises } from "./exercises";
import { patients, sideEnum } from "./patients";
import { users } from "./users";

export const protocolStatusEnum = pgEnum("protocol_status", ["active", "ended"]);

export const protocols = pgTable(
  "protocols",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    patientId: uuid().notNull().references(() => patients.id),
    therapistId: uuid().notNull().references(() => users.id),
    status: protocolStatusEnum().notNull().default("active"),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }),
    /** Denormalised pointer to the newest version so reads need no max() subquery. */
    currentVersion: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("protocols_clinic_patient_idx").on(t.clinicId, t.patientId),
    // One active protocol per patient, enforced by the database rather than by UI discipline.
    uniqueIndex("protocols_one_active_per_patient").on(t.patientId).where(sql`${t.status} = 'active'`),
    check("protocols_end_after_start", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Every save of a protocol is a new version; old versions are kept for the timeline and diffs. */
export const protocolVersions = pgTable(
  "protocol_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    protocolId: uuid().notNull().references(() => protocols.id),
    version: integer().notNull(),
    title: text().notNull(),
    phase: integer().notNull(),
    createdBy: uuid().notNull().references(() => users.id),
    /**
     * Return to running (docs/clinical/return-to-running.md): the walk-run stage in force with this
     * version, null when the patient is not on the programme. Carried into each new version.
     */
    runStage: smallint(),
    /** The day the therapist approved the current stage (clinic time zone): the step rule reads runs from it. */
    runStageSince: date({ mode: "string" }),
    /** Pain during a run the therapist agreed is acceptable (0-10); the step rule's limit. */
    runPainLimit: smallint(),
    /**
     * Keys of the education modules chosen for this plan (lib/clinical/education); null means
     * Stride's default set, so plans saved before modules existed get the defaults.
     */
    educationModules: text().array(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("protocol_versions_number").on(t.protocolId, t.version),
    check("protocol_versions_phase_range", sql`${t.phase} between 1 and 9`),
    check("protocol_versions_run_stage_range", sql`${t.runStage} is null or ${t.runStage} between 1 and 15`),
    check("protocol_versions_run_pain_limit_range", sql`${t.runPainLimit} is null or ${t.runPainLimit} between 0 and 10`),
  ],
);

export const protocolItems = pgTable(
  "protocol_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    versionId: uuid().notNull().references(() => protocolVersions.id),
    exerciseId: uuid().notNull().references(() => exercises.id),
    position: integer().notNull(),
    ...doseColumns(),
    side: sideEnum().notNull(),
    /** Free text because load is prescribed in many ways: "0.5 kg ankle weight", "red band". */
    load: text(),
    note: text(),
  },
  (t) => [
    unique("protocol_items_position").on(t.versionId, t.position),
    check("protocol_items_sets_range", sql`${t.sets} between 1 and 20`),
    check("protocol_items_reps_range", sql`${t.reps} is null or ${t.reps} between 1 and 200`),
    check("protocol_items_hold_range", sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 600`),
    check("protocol_items_frequency_range", sql`${t.frequencyPerWeek} between 1 and 14`),
  ],
);

export type Protocol = typeof protocols.$inferSelect;
export type ProtocolVersion = typeof protocolVersions.$inferSelect;
export type ProtocolItem = typeof protocolItems.$inferSelect;
