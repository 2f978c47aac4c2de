import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { endSignedInSession, secureCookies, sessionCookieName } from "@/lib/auth/options";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { requireAuthSecret } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";

const SIGNED_OUT_PATH = "/login?signedOut=1";

/**
 * Sign-out as a plain form post (components/shell/sign-out-button.tsx), so no page ships
 * next-auth's browser client for one button. Not under /api: proxy.ts treats a POST to a page
 * path as a form post and refuses one from another site (403) before it gets here. The row is
 * revoked and audited (decision 0008), the cookie cleared, and the browser sent to the sign-in
 * page with a 303 (a GET), signed in or not.
 */
export async function POST(req: NextRequest) {
  const secure = secureCookies();
  const token = await getToken({ req, secret: requireAuthSecret(), secureCookie: secure, decode: decodeSessionToken });
  if (token) {
    try {
      await endSignedInSession(token, clientIp(req.headers));
    } catch (error) {
      // The cookie still goes; the idle limit bounds what a copy of it could do meanwhile.
      console.error("[stride] ending the session at sign-out failed", error instanceof Error ? error.message : error);
    }
  }
  const response = new NextResponse(null, { status: 303, headers: { Location: SIGNED_OUT_PATH, "Cache-Control": "no-store" } });
  response.cookies.set(sessionCookieName(), "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure });
  return response;
}
