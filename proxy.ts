import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";

/**
 * Optimistic routing only: send the anonymous to /login and each role to its own portal, before
 * any page renders. It is NOT the security boundary: layouts, pages, actions, route handlers and
 * the DAL all check the session again against the database.
 */
const STAFF_PREFIXES = ["/dashboard", "/patients", "/exercises", "/templates", "/admin"];
const PATIENT_PREFIX = "/my";

const startsWithAny = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const token = await getToken({ req, secret: getEnv().NEXTAUTH_SECRET });

  if (!token) {
    const login = new URL("/login", req.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const home = token.role === "patient" ? "/my" : "/dashboard";
  if (pathname === "/") return NextResponse.redirect(new URL(home, req.url));
  if (token.role === "patient" && startsWithAny(pathname, STAFF_PREFIXES)) return NextResponse.redirect(new URL(home, req.url));
  if (token.role !== "patient" && startsWithAny(pathname, [PATIENT_PREFIX])) return NextResponse.redirect(new URL(home, req.url));
  return NextResponse.next();
}

export const config = {
  // Public: sign-in, invites, health, next-auth's own routes and static files.
  matcher: ["/((?!login|invite|api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
