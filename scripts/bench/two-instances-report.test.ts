import { describe, expect, it } from "vitest";
import type { DriveResult } from "./closed-loop-driver";
import { requestsPerCpuSecond, scaling, type ThroughputRun } from "./two-instances-report";

const run = (path: string, setup: ThroughputRun["setup"], requestsPerSecond: number): ThroughputRun => ({
  setup, round: 1, served: {}, trees: {}, machine: { busyPercent: 100, benchProcessCpuSeconds: 1, loadAverage: "1 1 1" },
  result: { path, requestsPerSecond } as DriveResult,
});

describe("scaling", () => {
  it("averages each setup over its rounds and divides two instances by one, per path", () => {
    const runs = [run("/p", "one instance", 40), run("/p", "two instances", 70), run("/p", "one instance", 60), run("/p", "two instances", 80), run("/d", "one instance", 30), run("/d", "two instances", 24)];
    expect(scaling(runs)).toEqual([{ path: "/p", one: 50, two: 75, ratio: 1.5 }, { path: "/d", one: 30, two: 24, ratio: 0.8 }]);
  });

  it("gives a ratio of 0 rather than Infinity when one instance served nothing", () => {
    expect(scaling([run("/p", "one instance", 0), run("/p", "two instances", 10)])[0]?.ratio).toBe(0);
  });
});

describe("requestsPerCpuSecond", () => {
  it("divides the requests answered by the CPU seconds of both instances together", () => {
    const twoInstances = { ...run("/p", "two instances", 30), trees: { A: { peakRssMb: 1, meanRssMb: 1, cpuSeconds: 4, processes: 2 }, B: { peakRssMb: 1, meanRssMb: 1, cpuSeconds: 4.5, processes: 2 } } } as ThroughputRun;
    twoInstances.result = { ...twoInstances.result, requests: 425 };
    expect(requestsPerCpuSecond(twoInstances)).toBe(50);
  });

  it("gives 0 when no CPU time was seen", () => {
    expect(requestsPerCpuSecond(run("/p", "one instance", 10))).toBe(0);
  });
});
