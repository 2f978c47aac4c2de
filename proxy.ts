import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER, UNAVAILABLE_PATH } from "@/db/unreachable";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { getEnv } from "@/lib/env";
import { databaseReachable } from "@/lib/http/db-probe";
import {
  allowedOriginHosts, BODY_TOO_LARGE_MESSAGE, CROSS_ORIGIN_MESSAGE, declaredBodyTooLarge, isActionPost, isSameOriginPost,
  streamedBodyTooLarge,
} from "@/lib/http/request-guards";
import { contentSecurityPolicy, HSTS, isHttpsUrl, makeNonce } from "@/lib/http/security-headers";
import { safeReturnPath, unavailableHtml } from "@/lib/http/unavailable-page";

/**
 * Runs before every page and download, and does four things, in this order:
 * 1. refuses a server-action POST from another site (403) or over the body limit (413), which
 *    Next.js would otherwise answer with a 500;
 * 2. optimistic routing: sends the anonymous to /login and each role to its own portal. It is NOT
 *    the security boundary: layouts, pages, actions, route handlers and the DAL all check the
 *    session again against the database;
 * 3. while PostgreSQL cannot be reached, answers pages and downloads with the 503 page;
 * 4. adds a Content-Security-Policy with a fresh nonce (and HSTS on https) to every response.
 */
const STAFF_PREFIXES = ["/dashboard", "/patients", "/exercises", "/templates", "/admin"];
const PATIENT_PREFIX = "/my";
/** Pages anyone may open: they get the headers but no sign-in redirect. */
// /sign-out answers anyone (signed in or not) with the sign-in page; it checks the cookie itself.
const PUBLIC_PREFIXES = ["/login", "/invite", "/reset", "/sign-out", UNAVAILABLE_PATH];
const RETRY_AFTER_SECONDS = "5";

const startsWithAny = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

export async function proxy(req: NextRequest) {
  const env = getEnv();
  const { pathname, search } = req.nextUrl;
  const https = isHttpsUrl(env.NEXTAUTH_URL);
  const nonce = makeNonce();
  const csp = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development", https });
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };

  const refusal = await refuseBadPost(req, env);
  if (refusal) return refusal;

  // Where db/outage-redirect.ts sends a render that lost the database: the 503 page while it is down
  // (asked afresh, not from the cache), and straight back to the page once it answers.
  if (pathname === UNAVAILABLE_PATH) {
    const from = safeReturnPath(req.nextUrl.searchParams.get("from"));
    if (env.DATABASE_URL && !(await databaseReachable(env.DATABASE_URL, { fresh: true }))) return secure(unavailable(from));
    return NextResponse.redirect(new URL(from, req.url));
  }

  if (!startsWithAny(pathname, PUBLIC_PREFIXES)) {
    const redirect = await portalRedirect(req, pathname, search, env.NEXTAUTH_SECRET);
    if (redirect) return redirect;
  }

  // Actions go through: the action wrapper answers "cannot reach the database" into the form,
  // keeping what was typed, which a 503 page would throw away.
  const reading = req.method === "GET" || req.method === "HEAD";
  if (reading && env.DATABASE_URL && !(await databaseReachable(env.DATABASE_URL))) return secure(unavailable(""));

  // Next.js takes the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }));
}

/** The 503 page; "Try again" opens `retryHref` ("" is the address already in the browser). */
function unavailable(retryHref: string): NextResponse {
  return new NextResponse(unavailableHtml(retryHref), {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": RETRY_AFTER_SECONDS, "Cache-Control": "no-store" },
  });
}

async function refuseBadPost(req: NextRequest, env: ReturnType<typeof getEnv>): Promise<NextResponse | null> {
  if (!isActionPost(req.method, req.nextUrl.pathname)) return null;
  const hosts = allowedOriginHosts(req.headers, { trustProxy: env.TRUST_PROXY, publicUrl: env.NEXTAUTH_URL });
  if (!isSameOriginPost(req.headers, hosts)) {
    return NextResponse.json({ error: CROSS_ORIGIN_MESSAGE }, { status: 403 });
  }
  const declared = declaredBodyTooLarge(req.headers);
  if (declared === true || (declared === null && (await streamedBodyTooLarge(req.body)))) {
    // text/plain: the browser's action client shows this text rather than a generic failure.
    return new NextResponse(BODY_TOO_LARGE_MESSAGE, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close" } });
  }
  return null;
}

async function portalRedirect(req: NextRequest, pathname: string, search: string, secret: string | undefined): Promise<NextResponse | null> {
  const token = await getToken({ req, secret, decode: decodeSessionToken });
  if (!token) {
    const login = new URL("/login", req.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const home = token.role === "patient" ? "/my" : "/dashboard";
  if (pathname === "/") return NextResponse.redirect(new URL(home, req.url));
  if (token.role === "patient" && startsWithAny(pathname, STAFF_PREFIXES)) return NextResponse.redirect(new URL(home, req.url));
  if (token.role !== "patient" && startsWithAny(pathname, [PATIENT_PREFIX])) return NextResponse.redirect(new URL(home, req.url));
  return null;
}

export const config = {
  // Every page and download, public ones included (they need the policy too). Not next-auth's
  // own JSON routes, the health check (it answers 503 itself), or static files. Nor media uploads:
  // the proxy would buffer (and past proxyClientMaxBodySize truncate) their body; that route checks
  // origin and session itself (app/api/media-uploads/[exerciseId]/route.ts).
  matcher: ["/((?!api/auth|api/health|api/media-uploads|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
