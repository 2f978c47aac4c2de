import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttpsUrl, makeNonce } from "./security-headers";

const directives = (policy: string) => Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("Content-Security-Policy", () => {
  it("is strict in production: nonce plus strict-dynamic, no eval, nothing embeddable or framable", () => {
    expect(directives(contentSecurityPolicy("abc123=="))).toEqual({
      "default-src": "'self'",
      "script-src": "'self' 'nonce-abc123==' 'strict-dynamic'",
      "style-src": "'self' 'unsafe-inline'",
      "img-src": "'self' data: blob:",
      "font-src": "'self'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
      "form-action": "'self'",
    });
  });

  it("allows eval only in development, and upgrades requests only on https", () => {
    expect(directives(contentSecurityPolicy("n", { development: true }))["script-src"]).toBe("'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy("n", { https: true })).toMatch(/; upgrade-insecure-requests$/);
    expect(contentSecurityPolicy("n")).not.toMatch(/upgrade-insecure-requests/);
  });

  it("makes a fresh 128-bit nonce each time, in base64", () => {
    const nonces = new Set(Array.from({ length: 200 }, makeNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("knows an https public URL", () => {
    expect(isHttpsUrl("https://stride.example.org")).toBe(true);
    expect(isHttpsUrl("http://127.0.0.1:3000")).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
    expect(isHttpsUrl("::")).toBe(false);
  });
});
