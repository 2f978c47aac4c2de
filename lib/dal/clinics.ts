import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { clinics } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { assertCan, foundOr404 } from "./guard";

/** The caller's own clinic; there is no way to ask for another one. */
export const getOwnClinic = cache(async (caller: Caller) => {
  assertCan(caller, "read:clinic:own");
  const db = await getDb();
  const [clinic] = await db.select({ id: clinics.id, name: clinics.name, pdfPageSize: clinics.pdfPageSize }).from(clinics).where(eq(clinics.id, caller.clinicId));
  return foundOr404(clinic);
});
