import { describe, expect, it } from "vitest";
import { formatMs, formatSeconds, median, percentile } from "./stats";

describe("timing figures", () => {
  it("takes nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 100), percentile([], 50), percentile([7], 95)]).toEqual([50, 95, 100, 0, 7]);
    // 25 timings, as the triage benchmark measures: p95 is the 24th fastest.
    expect(percentile(Array.from({ length: 25 }, (_, i) => 25 - i), 95)).toBe(24);
  });

  it("takes the median of odd and even lists, whatever their order", () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([5]), median([])]).toEqual([2, 2.5, 5, 0]);
  });

  it("leaves the list it was given as it was", () => {
    const xs = [3, 1, 2];
    median(xs);
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });

  it("writes milliseconds and seconds the way the reports print them", () => {
    expect([formatMs(114.84), formatMs(114.84, 1), formatSeconds(13_049)]).toEqual(["115 ms", "114.8 ms", "13.0 s"]);
  });
});
