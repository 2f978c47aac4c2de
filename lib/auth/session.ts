import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { resolveSession, type SessionClaims } from "@/lib/dal/sessions";
import { requireAuthSecret } from "@/lib/env";
import type { Caller } from "./caller";
import { secureCookies } from "./options";
import { decodeSessionToken } from "./session-token";
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
  const claims = await sessionCookieClaims();
  if (!claims) return null;
  return resolveSession(await getDb(), claims);
});

/**
 * What the session cookie's JWT names, decrypted and checked (signature, expiry) by next-auth's
 * getToken, as proxy.ts and /api/auth/session read it. Not getServerSession: that runs next-auth's
 * whole session route on every call (a CSRF token, both callbacks, and a freshly encrypted JWT that
 * a server component cannot even set), which was about a tenth of a table request's node CPU. Only
 * the cookie counts here, never an Authorization header, as before. Null for no cookie or a bad one.
 */
async function sessionCookieClaims(): Promise<SessionClaims | null> {
  const req = { cookies: await cookies(), headers: new Headers() };
  // getToken reads `cookies` through getAll() and `headers` as a Headers: the request's own types.
  const token = await getToken({ req: req as unknown as Parameters<typeof getToken>[0]["req"], secret: requireAuthSecret(), secureCookie: secureCookies(), decode: decodeSessionToken });
  return token ? { userId: token.uid, sessionId: token.sid } : null;
}

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
