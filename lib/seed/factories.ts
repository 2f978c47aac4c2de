import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { DbOrTx } from "@/db/client";
import {
  clinics, exerciseCompletions, painLogs, patients, sessions, users,
  type NewPainLog, type NewPatient, type Role,
} from "@/db/schema";

/**
 * Row factories shared by the demo seed and the tests, so both build data the same way.
 * Defaults are unique per call (tests never collide), and every field can be overridden.
 */
const unique = () => randomUUID().slice(0, 8);

export async function createClinic(db: DbOrTx, overrides: Partial<typeof clinics.$inferInsert> = {}) {
  const [row] = await db.insert(clinics).values({ name: `Clinic ${unique()}`, ...overrides }).returning();
  return row as typeof clinics.$inferSelect;
}

let testHash: Promise<string> | undefined;
/** Hashing at production cost takes ~0.3 s; factories hash one shared password once per process. */
export function sharedPasswordHash(password = "correct horse battery staple"): Promise<string> {
  testHash ??= hashPassword(password);
  return testHash;
}

export async function createUser(
  db: DbOrTx,
  input: { clinicId: string; role: Role } & Partial<Omit<typeof users.$inferInsert, "clinicId" | "role">>,
) {
  const tag = unique();
  const [row] = await db
    .insert(users)
    .values({ email: `${input.role}-${tag}@example.test`, name: `${input.role} ${tag}`, passwordHash: input.passwordHash ?? (await sharedPasswordHash()), ...input })
    .returning();
  return row as typeof users.$inferSelect;
}

export async function createPatient(db: DbOrTx, input: { clinicId: string } & Partial<NewPatient>) {
  const [row] = await db
    .insert(patients)
    .values({ fullName: `Patient ${unique()}`, dateOfBirth: "1990-01-01", affectedSide: "right", ...input })
    .returning();
  return row as typeof patients.$inferSelect;
}

// Protocol rows are written the same way by the app and by the seed and tests.
export { createProtocol, insertProtocolVersion, type ProtocolItemInput } from "@/lib/dal/protocol-rows";

export async function createPainLog(db: DbOrTx, input: Pick<NewPainLog, "clinicId" | "patientId" | "logDate"> & Partial<NewPainLog>) {
  const [row] = await db.insert(painLogs).values({ painAtRest: 2, ...input }).returning();
  return row as typeof painLogs.$inferSelect;
}

export async function recordCompletions(db: DbOrTx, input: { clinicId: string; patientId: string; doneOn: string; exerciseIds: string[] }) {
  if (input.exerciseIds.length === 0) return;
  await db
    .insert(exerciseCompletions)
    .values(input.exerciseIds.map((exerciseId) => ({ clinicId: input.clinicId, patientId: input.patientId, exerciseId, doneOn: input.doneOn })))
    .onConflictDoNothing();
}

/** A live server-side session (one hour left unless told otherwise), as sign-in would create. */
export async function createSession(db: DbOrTx, input: { userId: string; clinicId: string } & Partial<typeof sessions.$inferInsert>) {
  const [row] = await db.insert(sessions).values({ expiresAt: new Date(Date.now() + 3_600_000), ...input }).returning();
  if (!row) throw new Error("session insert returned nothing");
  return row;
}
