import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { clientIp } from "./request-ip";

const original = process.env.TRUST_PROXY;
function trustProxy(value: string | undefined) {
  if (value === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = value;
  resetEnvCache();
}
afterEach(() => trustProxy(original));

describe("clientIp", () => {
  const forwarded = new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "x-real-ip": "198.51.100.7" });

  it("records nothing unless a trusted proxy sets the headers: a client could forge them", () => {
    trustProxy(undefined);
    expect(clientIp(forwarded)).toBeNull();
    trustProxy("false");
    expect(clientIp(forwarded)).toBeNull();
  });

  it("takes the address the trusted proxy appended (the last one), never one the client typed, then X-Real-IP", () => {
    trustProxy("true");
    expect(clientIp(forwarded)).toBe("10.0.0.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.66, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp({ "x-forwarded-for": "192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIp(undefined)).toBeNull();
  });
});
