import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan } from "./guard";

/** Active therapists and admins of the caller's clinic: who can be a patient's primary therapist. */
export async function listClinicTherapists(caller: Caller): Promise<{ id: string; name: string }[]> {
  assertCan(caller, "read:patient:clinic");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.clinicId, caller.clinicId), inArray(users.role, ["therapist", "admin"]), isNull(users.disabledAt)))
    .orderBy(asc(users.name));
}

/** Whether an id from a form names an active staff member of the caller's own clinic. */
export async function isClinicTherapist(db: DbOrTx, caller: Caller, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.clinicId, caller.clinicId), inArray(users.role, ["therapist", "admin"]), isNull(users.disabledAt)))
    .limit(1);
  return rows.length > 0;
}
