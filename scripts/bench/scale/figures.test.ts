import { describe, expect, it } from "vitest";
import type { DriveResult } from "./driver";
import { range, ratioRange, summarise } from "./figures";

const result = (latencies: number[], elapsedMs: number, errors = 0): DriveResult => ({
  latencies, requests: latencies.length + errors, errors, errorSamples: [], lastBodyBytes: 1234, elapsedMs,
});

describe("a benchmark figure", () => {
  it("counts served requests per second and takes measured percentiles", () => {
    const latencies = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200 ms
    const figure = summarise("t", "table", 1, 10, result(latencies, 4000, 2), { node: 2, postgres: 0.5 });
    expect(figure.reqPerSec).toBe(50);
    expect(figure.p50).toBe(100.5);
    expect(figure.p95).toBe(190);
    expect(figure.p975).toBe(195);
    expect(figure.p99).toBe(198);
    expect(figure.errors).toBe(2);
    expect(figure.nodeCpuMsPerRequest).toBe(9.9); // 2,000 ms over 202 requests
    expect(figure.postgresCpuMsPerRequest).toBe(2.5);
    expect(figure.bodyBytes).toBe(1234);
  });

  it("gives ranges across runs and ratios within a run", () => {
    const a1 = summarise("a", "a", 1, 1, result([10], 100), { node: 0, postgres: 0 });
    const a2 = summarise("a", "a", 2, 1, result([10], 50), { node: 0, postgres: 0 });
    const b1 = summarise("b", "b", 1, 1, result([10], 200), { node: 0, postgres: 0 });
    const b2 = summarise("b", "b", 2, 1, result([10], 200), { node: 0, postgres: 0 });
    const figures = [a1, a2, b1, b2];
    expect(range(figures, "a", (f) => f.reqPerSec)).toBe("10-20");
    expect(range(figures, "b", (f) => f.reqPerSec)).toBe("5");
    expect(ratioRange(figures, "a", "b", (f) => f.reqPerSec)).toBe("2.00-4.00");
    expect(range(figures, "missing", (f) => f.reqPerSec)).toBe("n/a");
  });
});
