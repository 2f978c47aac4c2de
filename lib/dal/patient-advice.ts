import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { clinics } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { RaisedFlag } from "@/lib/clinical/flag-types";
import { adviceFor, type PatientAdvice } from "@/lib/clinical/patient-advice";
import type { ActionState } from "@/lib/auth/action-state";

/** The clinic's name and the number patients are told to call. */
export type ClinicContact = { name: string; phone: string | null };

/**
 * The advice a patient sees after a save that tripped rules, with their clinic's name and phone
 * (read here unless the save already read them, as the daily log's does).
 */
export async function adviceForOwnSave(caller: Caller, db: DbOrTx, tripped: readonly RaisedFlag[], known: ClinicContact | null = null): Promise<PatientAdvice | null> {
  if (tripped.length === 0) return null;
  const [clinic] = known ? [known] : await db.select({ name: clinics.name, phone: clinics.phone }).from(clinics).where(eq(clinics.id, caller.clinicId));
  return adviceFor(tripped, clinic ?? { name: "your clinic", phone: null });
}

/** Advice as an action's `data` (strings only): the tone, and the lines joined by newlines. */
export function adviceData(advice: PatientAdvice | null): NonNullable<ActionState["data"]> {
  return advice ? { adviceTone: advice.tone, advice: advice.lines.join("\n") } : {};
}
