import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { attemptKey, checkSignInThrottle } from "@/lib/auth/credentials";
import { getAuthOptions, secureCookies, SIGN_IN_UNAVAILABLE, TOO_MANY_ATTEMPTS } from "@/lib/auth/options";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { isSessionTokenAlive } from "@/lib/dal/sessions";
import { getEnv, requireAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";

type Context = RouteContext<"/api/auth/[...nextauth]">;

// Options are built per request so the secret is read at runtime, never during `next build`.
async function nextAuth(req: NextRequest, ctx: Context) {
  return NextAuth(getAuthOptions())(req, ctx);
}

const NO_STORE = { "Cache-Control": "private, no-cache, no-store" };

/** An answer next-auth's own client understands too: it reads `error` from `url`. */
function refusal(req: NextRequest, status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const url = new URL(`/api/auth/error?error=${error}`, getEnv().NEXTAUTH_URL ?? req.url).toString();
  return Response.json({ url, error, ...extra }, { status, headers: { ...NO_STORE, ...headers } });
}

/** The email typed, from a form post (the login form, next-auth's client) or JSON. Never the password. */
async function postedEmail(req: NextRequest): Promise<string> {
  try {
    const body = await req.clone().text();
    if (req.headers.get("content-type")?.includes("application/json")) {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === "object" && parsed && "email" in parsed && typeof parsed.email === "string" ? parsed.email : "";
    }
    return new URLSearchParams(body).get("email") ?? "";
  } catch {
    return "";
  }
}

/**
 * Before next-auth sees a sign-in: an address over its failure limit, or an (email, address)
 * pair over its own, is answered 429 with Retry-After (authorize() cannot set a status). The
 * attempt is still recorded and, for an existing account, audited.
 */
async function throttled(req: NextRequest): Promise<Response | null> {
  const ip = clientIp(req.headers);
  const email = attemptKey(await postedEmail(req));
  try {
    const verdict = await checkSignInThrottle(email, ip);
    if (verdict.allowed) return null;
    return refusal(req, 429, TOO_MANY_ATTEMPTS, { scope: verdict.scope, retryAfterSeconds: verdict.retryAfterSeconds }, { "Retry-After": String(verdict.retryAfterSeconds) });
  } catch (error) {
    console.error("[stride] sign-in throttle check failed", error instanceof Error ? error.message : error);
    return refusal(req, 503, SIGN_IN_UNAVAILABLE, {}, { "Retry-After": "30" });
  }
}

export async function POST(req: NextRequest, ctx: Context) {
  const [action, provider] = (await ctx.params).nextauth ?? [];
  if (action === "callback" && provider === "credentials") {
    const answer = await throttled(req);
    if (answer) return answer;
  }
  return nextAuth(req, ctx);
}

export async function GET(req: NextRequest, ctx: Context) {
  const [action] = (await ctx.params).nextauth ?? [];
  if (action === "session") {
    // Polling must not make a dead session look alive, nor extend a live one: a read-only check.
    const token = await getToken({ req, secret: requireAuthSecret(), secureCookie: secureCookies(), decode: decodeSessionToken });
    if (token) {
      const alive = await isSessionTokenAlive({ userId: token.uid, sessionId: token.sid }).catch(() => false);
      if (!alive) return Response.json({}, { headers: NO_STORE });
    }
  }
  return nextAuth(req, ctx);
}
