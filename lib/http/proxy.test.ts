import { encode, type JWT } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REQUEST_PATH_HEADER } from "@/db/unreachable";
import { resetEnvCache } from "@/lib/env";
import { proxy } from "@/proxy";

const SECRET = "p".repeat(40);
const BASE = "http://localhost:3000"; // NextURL spells loopback "localhost"
const saved = { ...process.env };

function setEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

beforeEach(() => setEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, DATABASE_URL: undefined, TRUST_PROXY: undefined }));
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

async function sessionCookie(role: "therapist" | "patient") {
  // The proxy reads only the role; the rest of the token belongs to lib/auth (cast, so it may grow).
  const token = await encode({ token: { sub: "u1", role, clinicId: "c1" } as unknown as JWT, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
  new NextRequest(new URL(path, BASE), { ...init, headers: { host: "localhost:3000", ...(init.headers as Record<string, string>) } });

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy: headers", () => {
  it("gives public pages a policy with a fresh nonce, and hands the same policy to Next.js", async () => {
    const first = await proxy(request("/login"));
    const second = await proxy(request("/login"));
    expect(first.status).toBe(200);
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    for (const path of ["/invite/abc", "/reset/abc", "/login/reset-help"]) {
      const res = await proxy(request(path));
      expect([path, res.status, nonceOf(res.headers.get("content-security-policy"))?.length]).toEqual([path, 200, 24]);
    }
  });

  it("adds HSTS only when the public URL is https", async () => {
    setEnv({ NEXTAUTH_URL: "https://stride.example.org" });
    const res = await proxy(request("/login"));
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("tells the app the path the browser asked for, overwriting a client's own copy", async () => {
    const res = await proxy(request("/login?callbackUrl=%2Fmy", { headers: { [REQUEST_PATH_HEADER]: "//evil.example" } }));
    expect(res.headers.get(`x-middleware-request-${REQUEST_PATH_HEADER}`)).toBe("/login?callbackUrl=%2Fmy");
  });
});

describe("proxy: optimistic redirects (unchanged)", () => {
  it("sends the anonymous to /login with where they were going, and each role to its own portal", async () => {
    expect((await proxy(request("/patients?q=sam"))).headers.get("location")).toBe(`${BASE}/login?callbackUrl=%2Fpatients%3Fq%3Dsam`);
    expect((await proxy(request("/"))).headers.get("location")).toBe(`${BASE}/login`);
    const patient = { headers: { cookie: await sessionCookie("patient") } };
    const therapist = { headers: { cookie: await sessionCookie("therapist") } };
    expect((await proxy(request("/", patient))).headers.get("location")).toBe(`${BASE}/my`);
    expect((await proxy(request("/dashboard", patient))).headers.get("location")).toBe(`${BASE}/my`);
    expect((await proxy(request("/my/log", therapist))).headers.get("location")).toBe(`${BASE}/dashboard`);
    const through = await proxy(request("/dashboard", therapist));
    expect([through.status, through.headers.get("location")]).toEqual([200, null]);
    expect(nonceOf(through.headers.get("content-security-policy"))).toHaveLength(24);
  });
});

describe("proxy: action POSTs", () => {
  const action = { method: "POST", headers: { "next-action": "7f00", "content-type": "multipart/form-data; boundary=x" } };

  it("refuses another site's POST with 403 JSON before anything else", async () => {
    const res = await proxy(request("/my/log", { ...action, headers: { ...action.headers, origin: "https://evil.example" }, body: "x" }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "This form was sent from another site, so it was refused. Nothing was saved." });
  });

  it("refuses another site's sign-out form (logout CSRF) and lets our own through to app/sign-out", async () => {
    const signOut = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", cookie: await sessionCookie("patient") }, body: "" };
    const forged = await proxy(request("/sign-out", { ...signOut, headers: { ...signOut.headers, origin: "https://evil.example" } }));
    expect(forged.status).toBe(403);
    const own = await proxy(request("/sign-out", { ...signOut, headers: { ...signOut.headers, origin: BASE } }));
    expect([own.status, own.headers.get("location")]).toEqual([200, null]);
    // Signed out already (no cookie): still through to the route, which answers with the sign-in page.
    const anonymous = await proxy(request("/sign-out", { method: "POST", headers: { origin: BASE }, body: "" }));
    expect([anonymous.status, anonymous.headers.get("location")]).toEqual([200, null]);
  });

  it("refuses a body over 1 MB with 413, whether declared or chunked", async () => {
    const declared = await proxy(request("/my/log", { ...action, headers: { ...action.headers, origin: BASE, "content-length": "2097152" }, body: "x" }));
    expect(declared.status).toBe(413);
    expect(await declared.text()).toMatch(/too large to send \(the limit is 1 MB\)/);
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(256 * 1024));
        c.close();
      },
    });
    const chunked = await proxy(request("/my/log", { ...action, headers: { ...action.headers, origin: BASE }, body: chunks, duplex: "half" } as never));
    expect(chunked.status).toBe(413);
  });

  it("lets a same-origin action of normal size through to the session redirect and the page", async () => {
    const res = await proxy(request("/my/log", { ...action, headers: { ...action.headers, origin: BASE, cookie: await sessionCookie("patient") }, body: "small" }));
    expect([res.status, res.headers.get("location")]).toEqual([200, null]);
  });
});

describe("proxy: database down", () => {
  it("answers pages with the 503 page and Retry-After while PostgreSQL refuses, but lets actions through", async () => {
    setEnv({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" }); // nothing listens on port 1
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const page = await proxy(request("/login"));
    expect(logged).toHaveBeenCalledWith("[stride] the database cannot be reached: pages answer 503 until it is back");
    logged.mockRestore();
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(nonceOf(page.headers.get("content-security-policy"))).toHaveLength(24);
    const html = await page.text();
    expect(html).toContain("<h1>The database cannot be reached</h1>");
    expect(html).toContain("Nothing you saved has been lost. Please try again shortly.");
    expect(html).toContain('<a href="">Try again</a>');
    expect(html).not.toMatch(/<script/);
    const post = await proxy(request("/login", { method: "POST", headers: { origin: BASE }, body: "x" }));
    expect(post.status).toBe(200);
  });

  it("at /unavailable: the 503 page while down, with a way back to the page that failed", async () => {
    setEnv({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await proxy(request("/unavailable?from=%2Fpatients%3Fq%3Dsam"));
    logged.mockRestore();
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('<a href="/patients?q=sam">Try again</a>');
  });

  it("at /unavailable: straight back to the page once the database answers (or with PGlite)", async () => {
    const res = await proxy(request("/unavailable?from=%2Fpatients%3Fq%3Dsam"));
    expect([res.status, res.headers.get("location")]).toEqual([307, `${BASE}/patients?q=sam`]);
    const offSite = await proxy(request("/unavailable?from=%2F%2Fevil.example"));
    expect(offSite.headers.get("location")).toBe(`${BASE}/`);
  });
});
