import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { recordAuditEvent } from "@/lib/dal/audit";
import { endSession } from "@/lib/dal/sessions";
import { getEnv, requireAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { attemptSignIn } from "./credentials";
import { SESSION_ABSOLUTE_HOURS } from "./session-expiry";

/** The error code next-auth reports when authorize() finds the pair throttled (normally the route answers 429 first). */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";
/** The error code when sign-in could not run (database unreachable); the details go to the log only. */
export const SIGN_IN_UNAVAILABLE = "Unavailable";

/**
 * `Secure` cookies (and their `__Secure-` names) exactly when users open Stride over https.
 * next-auth would guess the same from NEXTAUTH_URL; said here so proxy.ts, the auth route and
 * this file cannot disagree.
 */
export function secureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

function header(source: Record<string, unknown> | undefined, name: string): string | null {
  const value = source?.[name];
  return typeof value === "string" ? value : null;
}

// A function, not a constant: the secret is read when a request needs it, never at build time.
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: requireAuthSecret(),
    // The JWT lives as long as the longest session could; the sessions row decides sooner
    // (sign-out, idle, revocation). next-auth re-issuing the cookie when /api/auth/session is
    // polled extends nothing that matters: the row's lastSeenAt and expiresAt are the truth.
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_HOURS * 60 * 60 },
    useSecureCookies: secureCookies(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          let result: Awaited<ReturnType<typeof attemptSignIn>>;
          try {
            result = await attemptSignIn({
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              ip: clientIp(req?.headers),
              userAgent: header(req?.headers, "user-agent"),
            });
          } catch (error) {
            // next-auth would put the message in the URL it answers with: log it, show a code.
            console.error("[stride] sign-in failed", error instanceof Error ? error.message : error);
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
          if (result.outcome === "throttled") throw new Error(TOO_MANY_ATTEMPTS);
          return result.outcome === "success" ? { ...result.user } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          // `user` is only present at sign-in; afterwards the token carries these claims.
          token.uid = user.id;
          token.role = user.role;
          token.clinicId = user.clinicId;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid, role: token.role, clinicId: token.clinicId, name: session.user?.name, email: session.user?.email };
        session.sessionId = token.sid;
        return session;
      },
    },
    events: {
      // next-auth's own sign-out endpoint (POST /api/auth/signout) ends the row the same way as ours.
      async signOut({ token }) {
        if (token) await endSignedInSession(token, clientIp(await headers()));
      },
    },
  };
}

/**
 * next-auth's session cookie, named as its getToken() reads it: `__Secure-` exactly when
 * secureCookies() is on. Stride's sign-out (app/sign-out/route.ts) clears it by this name.
 */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Sign-out on the server: the token's sessions row is revoked (reason `sign-out`) with an
 * `auth.sign-out` audit row, so a copy of the cookie is worthless too (decision 0008). The
 * caller clears the cookie; a failure here is the caller's to log, and the cookie still goes:
 * the idle limit then bounds what a copied cookie could do.
 */
export async function endSignedInSession(token: { uid: string; sid: string }, ip: string | null): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const ended = await endSession(tx, { userId: token.uid, sessionId: token.sid }, "sign-out");
    if (ended) {
      await recordAuditEvent(tx, {
        clinicId: ended.clinicId, actorId: ended.userId, action: "auth.sign-out", entity: "user", entityId: ended.userId, ip, detail: { sessionId: token.sid },
      });
    }
  });
}
