import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/db/client";
import { patients } from "@/db/schema";
import { DEMO_PASSWORD } from "./demo-logins";
import { createClinic, createUser } from "./factories";
import { LARGE_CLINIC_PATIENTS, LARGE_CLINIC_THERAPIST } from "./large-clinic-logins";

/**
 * For the end-to-end server only (scripts/e2e-server.ts), never the demo: Northside Physio, its
 * therapist Nora and LARGE_CLINIC_PATIENTS patients named "Northside 0000" onwards, in one transaction.
 */
export async function seedLargeClinic(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const clinic = await createClinic(tx, { name: "Northside Physio" });
    const nora = await createUser(tx, { clinicId: clinic.id, role: "therapist", email: LARGE_CLINIC_THERAPIST, name: "Nora North", passwordHash });
    const rows = Array.from({ length: LARGE_CLINIC_PATIENTS }, (_, i) => ({
      clinicId: clinic.id, primaryTherapistId: nora.id, fullName: `Northside ${String(i).padStart(4, "0")}`, dateOfBirth: "1990-01-01", affectedSide: "right" as const,
    }));
    await tx.insert(patients).values(rows);
  });
}
