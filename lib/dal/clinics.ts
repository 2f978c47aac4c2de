import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb, type DbOrTx } from "@/db/client";
import { clinics } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import type { Caller } from "@/lib/auth/caller";
import { isValidTimeZone } from "@/lib/dates";
import type { ClinicSettingsInput } from "@/lib/validation/clinic";
import { assertCan, foundOr404 } from "./guard";

const ownClinicColumns = {
  id: clinics.id,
  name: clinics.name,
  pdfPageSize: clinics.pdfPageSize,
  /** Null: the clinic has not chosen one and the server's zone applies (caller.timeZone says which). */
  timeZone: clinics.timeZone,
  phone: clinics.phone,
};

/** The caller's own clinic; there is no way to ask for another one. */
export const getOwnClinic = cache(async (caller: Caller) => {
  assertCan(caller, "read:clinic:own");
  const db = await getDb();
  const [clinic] = await db.select(ownClinicColumns).from(clinics).where(eq(clinics.id, caller.clinicId));
  return foundOr404(clinic);
});

export type OwnClinic = Awaited<ReturnType<typeof getOwnClinic>>;

export type ClinicSettingsField = keyof ClinicSettingsInput;

/**
 * /admin/clinic: name, time zone, phone and paper size of the admin's own clinic. The id comes
 * from the session, never from the form, so no input can reach another clinic's row. Returns the
 * fields that changed, for the audit entry: a new zone moves where every clinic day starts.
 */
export async function updateClinicSettings(caller: Caller, tx: DbOrTx, input: ClinicSettingsInput): Promise<{ clinic: OwnClinic; changed: ClinicSettingsField[] }> {
  assertCan(caller, "manage:clinic:own");
  // The schema checks this too; checked again because a stored unknown zone would make every
  // page of the clinic fail (Intl throws on it), whoever called this.
  if (input.timeZone !== null && !isValidTimeZone(input.timeZone)) {
    throw new UserFacingError("Please correct the highlighted fields. Nothing was saved.", { timeZone: [`"${input.timeZone}" is not a time zone this server knows.`] });
  }
  const [before] = await tx.select(ownClinicColumns).from(clinics).where(eq(clinics.id, caller.clinicId)).for("update");
  const previous = foundOr404(before);
  const [clinic] = await tx
    .update(clinics)
    .set({ name: input.name, timeZone: input.timeZone, phone: input.phone, pdfPageSize: input.pdfPageSize })
    .where(eq(clinics.id, caller.clinicId))
    .returning(ownClinicColumns);
  const changed = (Object.keys(input) as ClinicSettingsField[]).filter((field) => previous[field] !== input[field]);
  return { clinic: foundOr404(clinic), changed };
}
