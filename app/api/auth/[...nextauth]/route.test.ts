import { and, eq, isNull } from "drizzle-orm";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClinic, createUser, sharedPasswordHash } from "@/lib/seed/factories";
import { auditEvents, sessions, signInAttempts } from "@/db/schema";
import { ADDRESS_FAILURE_LIMIT, recordSignInAttempt } from "@/lib/auth/throttle";
import { resetEnvCache } from "@/lib/env";
import { signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";

/**
 * The whole cookie life cycle through next-auth itself (its pages-API entry, which needs no
 * Next request scope), the real getCurrentUser (reading the cookie through the next/headers
 * stand-in), and this route's own GET/POST guards.
 */
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
// connection() refuses to run outside a Next request; here every call is a request.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), connection: async () => undefined }));

const { getAuthOptions } = await import("@/lib/auth/options");
const { getCurrentUser } = await import("@/lib/auth/session");
const { GET, POST } = await import("./route");
const signOutRoute = await import("@/app/sign-out/route");

const t = setupTestDatabase();
const PASSWORD = "correct horse battery staple";
const BASE = "http://127.0.0.1:3999";
const COOKIE = "next-auth.session-token";
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, { NEXTAUTH_SECRET: "a-test-secret-that-is-at-least-32-characters", NEXTAUTH_URL: BASE, TRUST_PROXY: "true" });
  resetEnvCache();
});
afterAll(() => {
  for (const key of ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "TRUST_PROXY"] as const) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnvCache();
});

type Jar = Record<string, string>;

/** One request through next-auth, the way a browser's cookie jar would see it. */
async function nextAuth(action: string[], jar: Jar, { method = "GET", body, ip = "198.51.100.7" }: { method?: string; body?: Record<string, string>; ip?: string } = {}) {
  const out = { status: 200, headers: new Map<string, unknown>(), body: undefined as unknown };
  const res = {
    status(code: number) { out.status = code; return res; },
    setHeader(k: string, v: unknown) { out.headers.set(k.toLowerCase(), v); return res; },
    getHeader(k: string) { return out.headers.get(k.toLowerCase()); },
    end() {},
    json(b: unknown) { out.body = b; },
    send(b: unknown) { out.body = b; },
  };
  const headers = { host: "127.0.0.1:3999", "x-forwarded-for": ip, "user-agent": "Vitest Browser/1.0" };
  signInAs(null, headers); // what next/headers answers inside next-auth's events
  await NextAuth({ query: { nextauth: action }, body, cookies: { ...jar }, headers, method } as never, res as never, getAuthOptions());
  for (const line of [out.headers.get("set-cookie") ?? []].flat() as string[]) {
    const [pair = ""] = line.split(";");
    const name = pair.slice(0, pair.indexOf("="));
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) delete jar[name];
    else jar[name] = decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
  }
  return out;
}

async function signIn(email: string, password: string, ip?: string): Promise<Jar> {
  const jar: Jar = {};
  const csrf = await nextAuth(["csrf"], jar);
  const { csrfToken } = csrf.body as { csrfToken: string };
  await nextAuth(["callback", "credentials"], jar, { method: "POST", body: { csrfToken, email, password, json: "true" }, ip });
  return jar;
}

const cookieHeader = (jar: Jar) => Object.entries(jar).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ");
/** getCurrentUser as a page would call it, with this cookie jar. */
async function currentUserWith(jar: Jar) {
  signInAs(null, { cookie: cookieHeader(jar), host: "127.0.0.1:3999" });
  return getCurrentUser();
}
const routeCtx = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

async function staff() {
  const clinic = await createClinic(t.db());
  return createUser(t.db(), { clinicId: clinic.id, role: "therapist", passwordHash: await sharedPasswordHash(PASSWORD) });
}

describe("a session from sign-in to sign-out", { timeout: 90_000 }, () => {
  it("signs in with a session row named in the cookie, and refuses that cookie once signed out", async () => {
    const user = await staff();
    const jar = await signIn(user.email, PASSWORD);
    expect(jar[COOKIE]).toMatch(/^ey/);
    const caller = await currentUserWith(jar);
    expect(caller).toMatchObject({ userId: user.id, role: "therapist", clinicId: user.clinicId });
    const [row] = await t.db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row).toMatchObject({ id: caller?.sessionId, ip: "198.51.100.7", userAgent: "Vitest Browser/1.0", revokedAt: null });

    const copied = { ...jar }; // what an attacker lifted from the browser
    const { csrfToken } = (await nextAuth(["csrf"], jar)).body as { csrfToken: string };
    await nextAuth(["signout"], jar, { method: "POST", body: { csrfToken, json: "true" } });
    expect(jar[COOKIE]).toBeUndefined(); // next-auth cleared the browser's cookie...
    expect(await currentUserWith(copied)).toBeNull(); // ...and the copy no longer works
    const [ended] = await t.db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(ended).toMatchObject({ revokedReason: "sign-out" });
    const [audit] = await t.db().select().from(auditEvents).where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "auth.sign-out")));
    expect(audit).toMatchObject({ entityId: user.id, ip: "198.51.100.7", detail: { sessionId: caller?.sessionId } });

    // Polling next-auth's session endpoint with the copy reports no session either.
    const poll = await GET(new NextRequest(`${BASE}/api/auth/session`, { headers: { cookie: cookieHeader(copied) } }), routeCtx("session"));
    expect(poll.status).toBe(200);
    expect(await poll.json()).toEqual({});
  });

  it("keeps two sign-ins apart: ending one leaves the other", async () => {
    const user = await staff();
    const laptop = await signIn(user.email, PASSWORD, "198.51.100.8");
    const phone = await signIn(user.email, PASSWORD, "198.51.100.9");
    const { csrfToken } = (await nextAuth(["csrf"], laptop)).body as { csrfToken: string };
    await nextAuth(["signout"], laptop, { method: "POST", body: { csrfToken, json: "true" } });
    expect((await currentUserWith(phone))?.userId).toBe(user.id);
  });
});

/** Stride's own sign-out (app/sign-out/route.ts): the shell's plain form post, as the browser sends it. */
async function postSignOut(jar: Jar) {
  const req = new NextRequest(`${BASE}/sign-out`, { method: "POST", headers: { cookie: cookieHeader(jar), "x-forwarded-for": "198.51.100.7" } });
  return signOutRoute.POST(req);
}

describe("POST /sign-out", { timeout: 90_000 }, () => {
  it("revokes the row, audits it, clears the cookie and sends the browser to the sign-in page", async () => {
    const user = await staff();
    const jar = await signIn(user.email, PASSWORD);
    const caller = await currentUserWith(jar);
    const res = await postSignOut(jar);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?signedOut=1");
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${COOKIE}=;.*Max-Age=0`, "i"));
    expect(await currentUserWith(jar)).toBeNull(); // the cookie the browser just dropped, replayed
    const [ended] = await t.db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(ended).toMatchObject({ id: caller?.sessionId, revokedReason: "sign-out" });
    const audits = await t.db().select().from(auditEvents).where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "auth.sign-out")));
    expect(audits).toEqual([expect.objectContaining({ ip: "198.51.100.7", detail: { sessionId: caller?.sessionId } })]);
  });

  it("ends only the session that posted, and answers the signed-out and the forged alike without ending anything", async () => {
    const user = await staff();
    const laptop = await signIn(user.email, PASSWORD, "198.51.100.8");
    const phone = await signIn(user.email, PASSWORD, "198.51.100.9");
    await postSignOut(laptop);
    expect((await currentUserWith(phone))?.userId).toBe(user.id);

    const forged = { [COOKIE]: "not-a-jwt" };
    for (const jar of [{}, forged]) {
      const res = await postSignOut(jar);
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/login?signedOut=1");
    }
    expect((await currentUserWith(phone))?.userId).toBe(user.id);
    const live = await t.db().select().from(sessions).where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)));
    expect(live).toHaveLength(1);
  });
});

describe("POST /api/auth/callback/credentials throttling", { timeout: 90_000 }, () => {
  it(`answers 429 with Retry-After to an address with ${ADDRESS_FAILURE_LIMIT} failures, before any password check`, async () => {
    const user = await staff();
    const attacker = "203.0.113.30";
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) await recordSignInAttempt(t.db(), { email: `x${i}@example.test`, ip: attacker, outcome: "failure" });
    const response = await POST(
      new NextRequest(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": attacker },
        body: new URLSearchParams({ email: user.email, password: PASSWORD, csrfToken: "whatever", json: "true" }),
      }),
      routeCtx("callback", "credentials"),
    );
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await response.json()).toEqual({
      url: `${BASE}/api/auth/error?error=TooManyAttempts`, error: "TooManyAttempts", scope: "address", retryAfterSeconds: retryAfter,
    });
    const attempts = await t.db().select().from(signInAttempts).where(eq(signInAttempts.email, user.email));
    expect(attempts.map((a) => [a.outcome, a.ip])).toEqual([["throttled", attacker]]);
    const [audit] = await t.db().select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "auth.sign-in-throttled")));
    expect(audit).toMatchObject({ ip: attacker, detail: { scope: "address", retryAfterSeconds: retryAfter } });
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);

    // The owner, from home, is not affected.
    const jar = await signIn(user.email, PASSWORD, "198.51.100.77");
    expect((await currentUserWith(jar))?.userId).toBe(user.id);
  });
});
