import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { patients } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan, foundOr404 } from "./guard";

const patientIdSchema = z.uuid();

/** A malformed id is just another id that matches nothing: 404, never a database error. */
export function parsePatientId(id: unknown): string | null {
  const parsed = patientIdSchema.safeParse(id);
  return parsed.success ? parsed.data : null;
}

/**
 * One patient record, scoped in the WHERE clause: staff see their own clinic's patients, a patient
 * only themself. Anything else, including a patient of another clinic, answers 404.
 */
export async function getPatientOrThrow(caller: Caller, id: unknown) {
  const patientId = parsePatientId(id);
  if (caller.role === "patient") {
    assertCan(caller, "read:patient:own");
    if (!patientId || patientId !== caller.patientId) notFound();
  } else {
    assertCan(caller, "read:patient:clinic");
    if (!patientId) notFound();
  }
  const db = await getDb();
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, patientId), eq(patients.clinicId, caller.clinicId)));
  return foundOr404(row);
}
