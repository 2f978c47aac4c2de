import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { resolveSession } from "@/lib/dal/sessions";
import type { Caller } from "./caller";
import { getAuthOptions } from "./options";
import { can, type Permission } from "./permissions";

/**
 * The signed-in caller, re-checked against the database on every request (cached per request):
 * the JWT names a server-side session row, and the row decides (lib/dal/sessions.ts
 * resolveSession: revoked, expired, idle or disabled is no session at all). Only pages, layouts,
 * actions and route handlers call this, so only real requests move lastSeenAt; next-auth's own
 * /api/auth/session never does.
 */
export const getCurrentUser = cache(async (): Promise<Caller | null> => {
  // Signed-in pages are per-request by nature; saying so first keeps `next build` from
  // prerendering them (which would need the session secret at build time).
  await connection();
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  return resolveSession(await getDb(), { userId: session.user.id, sessionId: session.sessionId });
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
