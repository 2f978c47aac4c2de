import { afterEach, describe, expect, it, vi } from "vitest";
import { envNumber } from "./env-number";

describe("envNumber", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads a set knob, and the default when unset or empty", () => {
    vi.stubEnv("BENCH_TEST_KNOB", "20");
    expect(envNumber("BENCH_TEST_KNOB", 8)).toBe(20);
    vi.stubEnv("BENCH_TEST_KNOB", "");
    expect(envNumber("BENCH_TEST_KNOB", 8)).toBe(8);
    expect(envNumber("BENCH_UNSET_KNOB", 8)).toBe(8);
  });

  it("stops on a knob that is not a number, naming it", () => {
    vi.stubEnv("BENCH_TEST_KNOB", "twenty");
    expect(() => envNumber("BENCH_TEST_KNOB", 8)).toThrow('BENCH_TEST_KNOB must be a number, not "twenty"');
  });
});
