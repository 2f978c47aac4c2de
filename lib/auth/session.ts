import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { clinics, patients, users } from "@/db/schema";
import { serverTimeZone } from "@/lib/dates";
import type { Caller } from "./caller";
import { getAuthOptions } from "./options";
import { can, type Permission } from "./permissions";

/** The signed-in caller, re-checked against the database on every request (cached per request). */
export const getCurrentUser = cache(async (): Promise<Caller | null> => {
  // Signed-in pages are per-request by nature; saying so first keeps `next build` from
  // prerendering them (which would need the session secret at build time).
  await connection();
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users, patientId: patients.id, timeZone: clinics.timeZone })
    .from(users)
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .leftJoin(patients, eq(patients.userId, users.id))
    .where(eq(users.id, session.user.id))
    .limit(1);
  // A disabled account, or a token older than the last "revoke sessions", is no session at all.
  if (!row || row.user.disabledAt || row.user.sessionVersion !== session.sessionVersion) return null;

  const { user } = row;
  return { userId: user.id, role: user.role, clinicId: user.clinicId, patientId: row.patientId, name: user.name, email: user.email,
    timeZone: row.timeZone ?? serverTimeZone(),
  };
});

export async function requireUser(): Promise<Caller> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** A permission the role lacks answers 404, like a row outside the caller's scope. */
export async function requirePermission(permission: Permission): Promise<Caller> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}
