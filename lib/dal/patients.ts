import "server-only";
import { and, asc, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { patients, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { PATIENTS_PAGE_SIZE, type PatientListState } from "@/lib/validation/patient-list";
import { cappedPage, countUpTo, type CappedPage } from "./capped-page";
import { containsPattern } from "./contains-pattern";
import { assertCan, foundOr404 } from "./guard";
import { uuidOr404 } from "./uuid-or-404";

/**
 * One patient record, scoped in the WHERE clause: staff see their own clinic's patients, a patient
 * only themself. Anything else, including a patient of another clinic, answers 404.
 */
export async function getPatientOrThrow(caller: Caller, id: unknown) {
  assertCan(caller, caller.role === "patient" ? "read:patient:own" : "read:patient:clinic");
  const patientId = uuidOr404(id);
  if (caller.role === "patient" && patientId !== caller.patientId) notFound();
  const db = await getDb();
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row);
}

/** What the table shows of a patient, and nothing else: these rows go to the client as props. */
export type PatientListRow = {
  id: string;
  fullName: string;
  affectedSide: "left" | "right" | "both";
  therapistName: string | null;
  lastLogDate: string | null;
  latestPain: number | null;
  createdAt: Date;
};

/**
 * One page of the clinic's patients, searched, filtered and sorted in SQL, with a count capped at
 * COUNT_CAP run beside the page query (docs/decisions/0023). Every sort order ends on the id so
 * paging is stable; nulls (never logged) sort last either way.
 */
export async function listPatientsForClinic(caller: Caller, state: PatientListState): Promise<CappedPage<PatientListRow>> {
  assertCan(caller, "read:patient:clinic");
  const db = await getDb();
  const where = and(
    eq(patients.clinicId, caller.clinicId),
    state.status === "archived" ? isNotNull(patients.archivedAt) : isNull(patients.archivedAt),
    state.scope === "mine" ? eq(patients.primaryTherapistId, caller.userId) : undefined,
    state.q ? or(ilike(patients.fullName, containsPattern(state.q)), ilike(patients.email, containsPattern(state.q))) : undefined,
  );
  const column = { name: patients.fullName, lastLog: patients.lastLogDate, pain: patients.latestPain, created: patients.createdAt }[state.sort.key];
  // The tie-breaker follows the direction so the descending sorts match their indexes exactly.
  const order = state.sort.dir === "asc" ? [sql`${column} asc nulls last`, asc(patients.id)] : [sql`${column} desc nulls last`, sql`${patients.id} desc nulls last`];

  return cappedPage({
    page: state.page,
    pageSize: PATIENTS_PAGE_SIZE,
    countUpTo: (limit) => countUpTo(db, db.select({ one: sql`1` }).from(patients).where(where).$dynamic(), limit),
    fetchRows: (offset, limit) =>
      db
        .select({
          id: patients.id, fullName: patients.fullName, affectedSide: patients.affectedSide, therapistName: users.name,
          lastLogDate: patients.lastLogDate, latestPain: patients.latestPain, createdAt: patients.createdAt,
        })
        .from(patients)
        .leftJoin(users, and(eq(users.id, patients.primaryTherapistId), eq(users.clinicId, caller.clinicId)))
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
  });
}
