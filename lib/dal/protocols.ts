import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "next/navigation";
import { getDb, type DbOrTx } from "@/db/client";
import { clinics, exercises, patients, protocolItems, protocols, protocolVersions, users, type Side } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { versionHistory, type PlanChange } from "@/lib/clinical/protocol-diff";
import { chosenEducationModules, isRunner } from "@/lib/clinical/education";
import { libraryKeyOf } from "@/lib/clinical/library-key";
import { DEFAULT_RUN_PAIN_LIMIT } from "@/lib/clinical/return-to-run";
import { todayInZone } from "@/lib/dates";
import type { PlanExercise, Prescription } from "@/lib/clinical/dose-notation";
import { auditPatientRead, type ReadContext } from "./audit";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import type { ProtocolPdfData } from "@/lib/pdf/protocol-pdf-data";
import { uuidOr404 } from "./uuid-or-404";

export type PrescribedItem = { exerciseId: string } & PlanExercise & Prescription;

export type ProtocolVersionEntry = {
  version: number;
  title: string;
  phase: number;
  createdAt: Date;
  createdByName: string | null;
  /** What changed against the version before, e.g. "Split squat added; Clam shell 3 x 10 -> 3 x 12". */
  summary: string;
  changes: PlanChange[];
};

export type ActiveProtocol = {
  id: string;
  startDate: string;
  therapistName: string | null;
  version: number;
  title: string;
  phase: number;
  items: PrescribedItem[];
  /** The walk-run stage of the current version (docs/clinical/return-to-running.md); null when not on the programme. */
  run: { stage: number; since: string; painLimit: number } | null;
  /** The current version's education modules, resolved (the default set when none were chosen): the builder pre-ticks them. */
  educationModules: string[];
  /** Newest first. */
  history: ProtocolVersionEntry[];
};

export type PastProtocol = { id: string; title: string; phase: number; startDate: string; endDate: string | null; versions: number };

export type PatientProtocols = {
  /** runner: for the default education set (lib/clinical/education isRunner, with no walk-run stage). */
  patient: { id: string; fullName: string; affectedSide: Side; archived: boolean; runner: boolean };
  active: ActiveProtocol | null;
  past: PastProtocol[];
};

const therapist = alias(users, "therapist");
const author = alias(users, "author");
const source = alias(exercises, "source_exercise");

const itemColumns = {
  versionId: protocolItems.versionId,
  exerciseId: protocolItems.exerciseId,
  name: exercises.name,
  group: exercises.group,
  instructions: exercises.instructions,
  equipment: exercises.equipment,
  sets: protocolItems.sets,
  reps: protocolItems.reps,
  holdSeconds: protocolItems.holdSeconds,
  frequencyPerWeek: protocolItems.frequencyPerWeek,
  eachSide: protocolItems.eachSide,
  side: protocolItems.side,
  load: protocolItems.load,
  note: protocolItems.note,
  // For libraryKeyOf: which built-in (and so which drawing) the exercise stands for.
  key: exercises.key,
  ownClinic: exercises.clinicId,
  sourceKey: source.key,
  sourceClinic: source.clinicId,
};

/** Items of versions the caller already reached through a clinic-scoped protocol, in prescribed order. */
async function itemsOfVersions(db: DbOrTx, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select(itemColumns)
    .from(protocolItems)
    .innerJoin(exercises, eq(exercises.id, protocolItems.exerciseId))
    .leftJoin(source, eq(source.id, exercises.sourceExerciseId))
    .where(inArray(protocolItems.versionId, versionIds))
    .orderBy(asc(protocolItems.versionId), asc(protocolItems.position));
}

type ScopedPatient = { id: string; fullName: string; affectedSide: Side; archivedAt: Date | null; aggravatingActivities: string[] };

/**
 * Patient rows this request already read inside the caller's clinic, keyed by the row object and
 * remembered for that caller object only (one per request). A page that read the patient once
 * passes the row itself to its sections instead of the id, and they do not read it again.
 */
const scopedRows = new WeakMap<object, Caller>();

/** Marks a patient row the DAL read inside `caller`'s clinic, so scopedPatient accepts it for that caller without a query. */
export function rememberScoped<T extends ScopedPatient>(caller: Caller, row: T): T {
  scopedRows.set(row, caller);
  return row;
}

/**
 * A patient of the caller's clinic (staff only); another clinic's patient answers 404 like a
 * missing one. `id` is an id from the request, or a row rememberScoped() marked for this caller.
 */
export async function scopedPatient(caller: Caller, db: DbOrTx, id: unknown): Promise<ScopedPatient> {
  if (typeof id === "object" && id !== null && scopedRows.get(id) === caller) return id as ScopedPatient;
  const patientId = uuidOr404(id);
  const [row] = await db
    .select({ id: patients.id, fullName: patients.fullName, affectedSide: patients.affectedSide, archivedAt: patients.archivedAt, aggravatingActivities: patients.aggravatingActivities })
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row);
}

async function historyOf(db: DbOrTx, protocolId: string, patient: { aggravatingActivities: readonly string[] }) {
  const versions = await db
    .select({ id: protocolVersions.id, version: protocolVersions.version, title: protocolVersions.title, phase: protocolVersions.phase, createdAt: protocolVersions.createdAt, createdByName: author.name,
      // runStage makes the change list name walk-run steps ("walk-run stage 2 -> 3").
      runStage: protocolVersions.runStage, runStageSince: protocolVersions.runStageSince, runPainLimit: protocolVersions.runPainLimit, storedEducation: protocolVersions.educationModules })
    .from(protocolVersions)
    .leftJoin(author, eq(author.id, protocolVersions.createdBy))
    .where(eq(protocolVersions.protocolId, protocolId))
    .orderBy(asc(protocolVersions.version));
  const items = await itemsOfVersions(db, versions.map((v) => v.id));
  return versions.map((v) => ({
    ...v,
    // Resolved per version, so the change list names what the patient actually sees ("education: + Running load").
    educationModules: chosenEducationModules(v.storedEducation, { runner: isRunner(patient, v.runStage) }).map((m) => m.title),
    items: items.filter((i) => i.versionId === v.id).map(({ versionId: _v, instructions: _i, equipment: _e, key: _k, ownClinic: _o, sourceKey: _sk, sourceClinic: _sc, ...item }): PrescribedItem => item),
  }));
}

/**
 * A patient's protocols for the record page and the builder: the active one with its current
 * items and its change history, and the ended ones. Staff of the patient's clinic only.
 */
export async function getPatientProtocols(caller: Caller, patientId: unknown): Promise<PatientProtocols> {
  assertCan(caller, "read:protocol:clinic");
  const db = await getDb();
  const patient = await scopedPatient(caller, db, patientId);
  const rows = await db
    .select({
      id: protocols.id, status: protocols.status, startDate: protocols.startDate, endDate: protocols.endDate,
      currentVersion: protocols.currentVersion, title: protocolVersions.title, phase: protocolVersions.phase, therapistName: therapist.name,
    })
    .from(protocols)
    .innerJoin(protocolVersions, and(eq(protocolVersions.protocolId, protocols.id), eq(protocolVersions.version, protocols.currentVersion)))
    .leftJoin(therapist, eq(therapist.id, protocols.therapistId))
    .where(and(eq(protocols.patientId, patient.id), eq(protocols.clinicId, caller.clinicId)))
    .orderBy(desc(protocols.startDate), desc(protocols.createdAt));

  const activeRow = rows.find((r) => r.status === "active");
  let active: ActiveProtocol | null = null;
  if (activeRow) {
    const versions = await historyOf(db, activeRow.id, patient);
    const current = foundOr404(versions.find((v) => v.version === activeRow.currentVersion));
    const diffs = new Map(versionHistory(versions).map((h) => [h.version, h]));
    active = {
      id: activeRow.id, startDate: activeRow.startDate, therapistName: activeRow.therapistName,
      version: current.version, title: current.title, phase: current.phase, items: current.items,
      educationModules: chosenEducationModules(current.storedEducation, { runner: isRunner(patient, current.runStage) }).map((m) => m.key),
      run: current.runStage !== null && current.runStageSince !== null ? { stage: current.runStage, since: current.runStageSince, painLimit: current.runPainLimit ?? DEFAULT_RUN_PAIN_LIMIT } : null,
      history: [...versions].reverse().map((v) => ({
        version: v.version, title: v.title, phase: v.phase, createdAt: v.createdAt, createdByName: v.createdByName,
        summary: diffs.get(v.version)?.summary ?? "", changes: diffs.get(v.version)?.changes ?? [],
      })),
    };
  }
  return {
    patient: { id: patient.id, fullName: patient.fullName, affectedSide: patient.affectedSide, archived: patient.archivedAt !== null, runner: isRunner(patient, null) },
    active,
    past: rows
      .filter((r) => r.status === "ended")
      .map((r) => ({ id: r.id, title: r.title, phase: r.phase, startDate: r.startDate, endDate: r.endDate, versions: r.currentVersion })),
  };
}

/**
 * Everything the printed handout needs except what the route adds (print date, portal address),
 * in the renderer's own shape, plus its ids (the DAL audits the download itself).
 */
export type ProtocolForPdf = Omit<ProtocolPdfData, "generatedOn" | "portalUrl"> & { protocolId: string; patientId: string; versionId: string };

function versionNumberOr404(version: unknown): number | undefined {
  if (version === undefined || version === null || version === "") return undefined;
  const n = typeof version === "number" ? version : typeof version === "string" && /^\d{1,6}$/.test(version) ? Number(version) : NaN;
  if (!Number.isInteger(n) || n < 1) notFound();
  return n;
}

/**
 * One version of a protocol for the PDF route. Staff of the protocol's clinic may print any
 * version; a patient only their own protocol, and only its current version. Anything else is 404.
 * Each download is one audit row (staff and the patient alike; /my/access lists only staff).
 */
export async function getProtocolForPdf(caller: Caller, protocolId: unknown, version?: unknown, { ip = null }: Partial<ReadContext> = {}): Promise<ProtocolForPdf> {
  const id = uuidOr404(protocolId);
  const requested = versionNumberOr404(version);
  const scope = [eq(protocols.id, id), eq(protocols.clinicId, caller.clinicId)];
  if (caller.role === "patient") {
    assertCan(caller, "read:protocol:own");
    scope.push(eq(protocols.patientId, ownPatientId(caller)));
  } else {
    assertCan(caller, "read:protocol:clinic");
  }
  const db = await getDb();
  const [row] = await db
    .select({
      protocolId: protocols.id, patientId: protocols.patientId, currentVersion: protocols.currentVersion, startDate: protocols.startDate,
      clinicName: clinics.name, clinicPhone: clinics.phone, pageSize: clinics.pdfPageSize, patientName: patients.fullName, therapistName: therapist.name,
      aggravatingActivities: patients.aggravatingActivities,
    })
    .from(protocols)
    .innerJoin(clinics, eq(clinics.id, protocols.clinicId))
    .innerJoin(patients, and(eq(patients.id, protocols.patientId), eq(patients.clinicId, protocols.clinicId)))
    .leftJoin(therapist, eq(therapist.id, protocols.therapistId))
    .where(and(...scope));
  const protocol = foundOr404(row);
  const wanted = requested ?? protocol.currentVersion;
  if (caller.role === "patient" && wanted !== protocol.currentVersion) notFound();

  const [versionRow] = await db
    .select({ id: protocolVersions.id, version: protocolVersions.version, title: protocolVersions.title, phase: protocolVersions.phase, createdAt: protocolVersions.createdAt,
      runStage: protocolVersions.runStage, educationModules: protocolVersions.educationModules })
    .from(protocolVersions)
    .where(and(eq(protocolVersions.protocolId, protocol.protocolId), eq(protocolVersions.version, wanted)));
  const v = foundOr404(versionRow);
  const items = await itemsOfVersions(db, [v.id]);
  await auditPatientRead(caller, { patientId: protocol.patientId, read: "protocol-pdf", entityId: protocol.protocolId, ip, detail: { version: v.version } }, db);
  return {
    protocolId: protocol.protocolId,
    patientId: protocol.patientId,
    // The PDF cache's key (lib/dal/protocol-pdf.ts).
    versionId: v.id,
    clinicName: protocol.clinicName,
    clinicPhone: protocol.clinicPhone,
    pageSize: protocol.pageSize,
    patientName: protocol.patientName,
    therapistName: protocol.therapistName ?? "",
    title: v.title,
    phase: v.phase,
    version: v.version,
    startDate: protocol.startDate,
    // The calendar day the version was saved on, in the clinic's zone (a timestamp has no day of its own).
    versionDate: todayInZone(caller.timeZone, v.createdAt),
    items: items.map(({ versionId: _v, exerciseId: _e, key, ownClinic, sourceKey, sourceClinic, ...item }) => ({ ...item, libraryKey: libraryKeyOf({ key, ownClinic, sourceKey, sourceClinic }) })),
    // "What to know": the chosen modules' titles and summaries (docs/clinical/education.md).
    education: chosenEducationModules(v.educationModules, { runner: isRunner(protocol, v.runStage) }).map((m) => ({ title: m.title, summary: m.summary })),
  };
}
