import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/testing/test-database";
import {
  ADDRESS_FAILURE_LIMIT, addressVerdict, MAX_STORED_EMAIL, PAIR_FAILURE_LIMIT, pairVerdict, recordSignInAttempt, retryMinutes,
  THROTTLE_WINDOW_MINUTES, throttleVerdict, windowVerdict,
} from "./throttle";

const t = setupTestDatabase();
const WINDOW_S = THROTTLE_WINDOW_MINUTES * 60;
const base = new Date("2026-04-01T12:00:00Z");
const at = (seconds: number) => new Date(base.getTime() + seconds * 1000);

describe("windowVerdict (pure)", () => {
  it("allows below the limit and blocks at it until the limit-th newest failure leaves the window", () => {
    const four = [at(40), at(30), at(20), at(10)];
    expect(windowVerdict(four, 5, at(50), "pair")).toEqual({ allowed: true });
    const five = [at(50), ...four];
    expect(windowVerdict(five, 5, at(60), "pair")).toEqual({ allowed: false, scope: "pair", retryAfterSeconds: WINDOW_S + 10 - 60 });
    expect(windowVerdict(five, 5, at(WINDOW_S + 10), "pair")).toEqual({ allowed: true });
    expect(windowVerdict(five, 5, at(WINDOW_S + 9.5), "address")).toEqual({ allowed: false, scope: "address", retryAfterSeconds: 1 });
  });

  it("says a wait in whole minutes, never zero", () => {
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(60)).toBe(1);
    expect(retryMinutes(61)).toBe(2);
    expect(retryMinutes(WINDOW_S)).toBe(THROTTLE_WINDOW_MINUTES);
  });
});

describe("throttle verdicts from sign_in_attempts", () => {
  it("counts failures and refusals of a pair, not throttled attempts nor other addresses", async () => {
    const email = "pair@example.test";
    for (let i = 0; i < PAIR_FAILURE_LIMIT - 1; i++) await recordSignInAttempt(t.db(), { email, ip: "192.0.2.1", outcome: i % 2 ? "refused" : "failure", at: at(i) });
    await recordSignInAttempt(t.db(), { email, ip: "192.0.2.1", outcome: "throttled", at: at(10) });
    await recordSignInAttempt(t.db(), { email, ip: "192.0.2.2", outcome: "failure", at: at(11) });
    expect(await pairVerdict(t.db(), email, "192.0.2.1", at(20))).toEqual({ allowed: true });

    await recordSignInAttempt(t.db(), { email, ip: "192.0.2.1", outcome: "failure", at: at(21) });
    expect(await pairVerdict(t.db(), email, "192.0.2.1", at(30))).toEqual({ allowed: false, scope: "pair", retryAfterSeconds: WINDOW_S - 30 });
    expect(await pairVerdict(t.db(), email, "192.0.2.2", at(30))).toEqual({ allowed: true });
    expect(await pairVerdict(t.db(), "other@example.test", "192.0.2.1", at(30))).toEqual({ allowed: true });
  });

  it(`answers for the address once it has ${ADDRESS_FAILURE_LIMIT} failures in the window, whatever the emails`, async () => {
    const ip = "192.0.2.50";
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 1; i++) await recordSignInAttempt(t.db(), { email: `u${i}@example.test`, ip, outcome: "failure", at: at(i) });
    expect(await addressVerdict(t.db(), ip, at(100))).toEqual({ allowed: true });
    await recordSignInAttempt(t.db(), { email: "last@example.test", ip, outcome: "failure", at: at(100) });
    expect(await addressVerdict(t.db(), ip, at(101))).toEqual({ allowed: false, scope: "address", retryAfterSeconds: WINDOW_S - 101 });
    // The address verdict comes first, even for an email this address never tried.
    expect(await throttleVerdict(t.db(), "fresh@example.test", ip, at(101))).toMatchObject({ allowed: false, scope: "address" });
    expect(await addressVerdict(t.db(), "192.0.2.51", at(101))).toEqual({ allowed: true });
    expect(await addressVerdict(t.db(), ip, at(WINDOW_S + 1))).toEqual({ allowed: true });
  });

  it("puts every client in one bucket when no address is known (TRUST_PROXY off)", async () => {
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i++) await recordSignInAttempt(t.db(), { email: "noaddr@example.test", ip: null, outcome: "failure", at: at(i) });
    expect(await pairVerdict(t.db(), "noaddr@example.test", null, at(10))).toMatchObject({ allowed: false, scope: "pair" });
    expect(await pairVerdict(t.db(), "noaddr@example.test", "192.0.2.99", at(10))).toEqual({ allowed: true });
  });

  it("stores at most the first 320 characters of a typed email", async () => {
    const long = `${"a".repeat(400)}@example.test`;
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i++) await recordSignInAttempt(t.db(), { email: long, ip: "192.0.2.77", outcome: "failure", at: at(i) });
    // Keyed by the same cut, so the long email is still throttled.
    expect(await pairVerdict(t.db(), long, "192.0.2.77", at(10))).toMatchObject({ allowed: false });
    expect(MAX_STORED_EMAIL).toBe(320);
  });
});
