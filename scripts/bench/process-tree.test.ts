import { describe, expect, it } from "vitest";
import { cpuTicks, machineTicks, parentPid, processTree, sampleTree, vmRssKb } from "./process-tree";

// A real /proc/<pid>/stat line, with a command name holding a space and a parenthesis.
const STAT = "18276 (next-server (v1) S 1 17666 7398 0 -1 4194560 120000 0 12 0 1520 340 0 0 20 0 11 0 900000 1200000000 60000";

describe("reading /proc", () => {
  it("finds the parent pid after a command name with spaces and parentheses", () => {
    expect(parentPid(STAT)).toBe(1);
  });

  it("adds user and system CPU ticks (fields 14 and 15)", () => {
    expect(cpuTicks(STAT)).toBe(1520 + 340);
  });

  it("reads VmRSS in kB, and 0 where a zombie has none", () => {
    expect(vmRssKb("Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  245760 kB\nThreads: 11\n")).toBe(245760);
    expect(vmRssKb("Name:\tnode\nState:\tZ (zombie)\n")).toBe(0);
  });

  it("counts this process's own tree, with its memory and CPU", () => {
    expect(processTree(process.pid)).toContain(process.pid);
    const sample = sampleTree(process.pid);
    expect(sample.rssKb).toBeGreaterThan(0);
    expect(sample.processes).toBeGreaterThanOrEqual(1);
  });
});

describe("machineTicks", () => {
  it("counts user, nice, system, irq, softirq and steal as busy, idle and iowait as not", () => {
    const stat = "cpu  100 5 50 800 20 1 4 0 0 0\ncpu0 50 2 25 400 10 0 2 0 0 0\nintr 123\n";
    expect(machineTicks(stat)).toEqual({ busy: 160, total: 980 });
  });
});
