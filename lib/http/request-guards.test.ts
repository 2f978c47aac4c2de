import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES, allowedOriginHosts, declaredBodyTooLarge, isActionPost, isSameOriginPost, streamedBodyTooLarge,
} from "./request-guards";

const stream = (chunks: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });

describe("which POSTs are actions", () => {
  it("is every POST to a page, with or without JavaScript, and none to /api", () => {
    expect(isActionPost("POST", "/my/log")).toBe(true);
    expect(isActionPost("POST", "/")).toBe(true);
    expect(isActionPost("GET", "/my/log")).toBe(false);
    expect(isActionPost("POST", "/api/auth/callback/credentials")).toBe(false);
  });
});

describe("same-origin check", () => {
  const hosts = allowedOriginHosts(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }), {
    trustProxy: false, publicUrl: "https://stride.example.org",
  });

  it("allows this host and the public URL's host, and ignores X-Forwarded-Host unless a proxy is trusted", () => {
    expect([...hosts].sort()).toEqual(["127.0.0.1:3000", "stride.example.org"]);
    const behindProxy = allowedOriginHosts(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "clinic.example, inner" }), { trustProxy: true });
    expect([...behindProxy].sort()).toEqual(["10.0.0.5:3000", "clinic.example"]);
  });

  it("accepts our own pages and refuses other sites, the null origin and garbage", () => {
    const check = (h: Record<string, string>) => isSameOriginPost(new Headers(h), hosts);
    expect(check({ origin: "http://127.0.0.1:3000" })).toBe(true);
    expect(check({ origin: "https://stride.example.org" })).toBe(true);
    expect(check({ origin: "https://STRIDE.example.org" })).toBe(true);
    expect(check({ origin: "https://evil.example" })).toBe(false);
    expect(check({ origin: "http://127.0.0.1:3001" })).toBe(false);
    expect(check({ origin: "https://stride.example.org.evil.example" })).toBe(false);
    expect(check({ origin: "null" })).toBe(false);
    expect(check({ origin: "not a url" })).toBe(false);
  });

  it("without an Origin header, refuses what the browser marks cross-site and lets non-browsers through", () => {
    expect(isSameOriginPost(new Headers({ "sec-fetch-site": "cross-site" }), hosts)).toBe(false);
    expect(isSameOriginPost(new Headers({ "sec-fetch-site": "same-origin" }), hosts)).toBe(true);
    expect(isSameOriginPost(new Headers({}), hosts)).toBe(true);
  });
});

describe("body limit", () => {
  it("is the same number next.config.js gives Next.js", () => {
    const require = createRequire(import.meta.url);
    const config = require(path.resolve(process.cwd(), "next.config.js")) as { experimental: { serverActions: { bodySizeLimit: string } } };
    expect(config.experimental.serverActions.bodySizeLimit).toBe("1mb");
    expect(ACTION_BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });

  it("reads Content-Length when there is one", () => {
    expect(declaredBodyTooLarge(new Headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBe(false);
    expect(declaredBodyTooLarge(new Headers({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toBe(true);
    expect(declaredBodyTooLarge(new Headers({ "content-length": "2097152" }))).toBe(true);
    expect(declaredBodyTooLarge(new Headers({}))).toBeNull();
    expect(declaredBodyTooLarge(new Headers({ "content-length": "abc" }))).toBeNull();
  });

  it("counts a chunked body and stops reading just past the limit", async () => {
    expect(await streamedBodyTooLarge(stream([512 * 1024, 512 * 1024]))).toBe(false);
    expect(await streamedBodyTooLarge(stream([512 * 1024, 512 * 1024, 1]))).toBe(true);
    expect(await streamedBodyTooLarge(null)).toBe(false);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(256 * 1024));
      },
    });
    expect(await streamedBodyTooLarge(endless)).toBe(true);
    expect(pulled).toBeLessThan(8); // 5 chunks pass 1 MB; it did not read on to the end of time
  });
});
