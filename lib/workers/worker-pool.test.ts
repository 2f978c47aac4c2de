import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import type { FixtureJob } from "./test-fixtures/job-worker";
import { createWorkerPool, type WorkerPool } from "./worker-pool";

// The fixture is TypeScript; tsx (a devDependency) loads it in the thread. The app's own worker is
// bundled by next build instead (lib/pdf/render-off-thread.ts).
const fixture = fileURLToPath(new URL("./test-fixtures/job-worker.ts", import.meta.url));
const spawn = () => new Worker(`require("tsx/cjs"); require(${JSON.stringify(fixture)});`, { eval: true });

let pool: WorkerPool<FixtureJob, string | Uint8Array> | undefined;
function makePool(size: number, timeoutMs = 10_000) {
  pool = createWorkerPool<FixtureJob, string | Uint8Array>({ size, spawn, timeoutMs });
  return pool;
}
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("createWorkerPool", () => {
  it("answers every job, never running more threads than its size", async () => {
    const p = makePool(2);
    const jobs = Array.from({ length: 5 }, (_, i) => p.run({ kind: "echo", text: `job ${i}`, waitMs: 50 }));
    expect(p.stats()).toMatchObject({ threads: 2, busy: 2, queued: 3 });
    const answers = (await Promise.all(jobs)) as string[];
    expect(answers.map((a) => a.split(" from")[0])).toEqual(["job 0", "job 1", "job 2", "job 3", "job 4"]);
    // Work ran on two threads, none of them the test's own.
    expect(new Set(answers.map((a) => a.split(":")[1])).size).toBe(2);
    expect(answers.every((a) => !a.endsWith(":0"))).toBe(true);
    expect(p.stats()).toEqual({ threads: 2, busy: 0, queued: 0 });
  });

  it("moves bytes back intact", async () => {
    const bytes = (await makePool(1).run({ kind: "bytes", length: 70_000 })) as Uint8Array;
    expect(bytes.length).toBe(70_000);
    expect(bytes[300]).toBe(300 % 256);
  });

  it("fails only the job that threw, and keeps the thread", async () => {
    const p = makePool(1);
    await expect(p.run({ kind: "fail", message: "bad layout" })).rejects.toThrow("worker job failed: bad layout");
    expect(await p.run({ kind: "echo", text: "after" })).toMatch(/^after/);
    expect(p.stats().threads).toBe(1);
  });

  it("replaces a thread that dies mid-job, and the queue carries on", async () => {
    const p = makePool(1);
    const crashed = p.run({ kind: "crash" });
    const next = p.run({ kind: "echo", text: "still served" });
    await expect(crashed).rejects.toThrow(/exited \(code 3\)/);
    expect(await next).toMatch(/^still served/);
  });

  it("terminates a job that overruns its time and serves the next on a fresh thread", async () => {
    const p = makePool(1, 300);
    const stuck = p.run({ kind: "hang" });
    const next = p.run({ kind: "echo", text: "next" });
    await expect(stuck).rejects.toThrow("worker job took longer than 300 ms");
    expect(await next).toMatch(/^next/);
  });

  it("rejects queued work when closed, and new work afterwards", async () => {
    const p = makePool(1);
    const running = p.run({ kind: "echo", text: "a", waitMs: 200 });
    const queued = p.run({ kind: "echo", text: "b" });
    const outcomes = Promise.allSettled([running, queued]);
    await p.close();
    for (const outcome of await outcomes) {
      expect(outcome).toMatchObject({ status: "rejected", reason: new Error("worker pool is closed") });
    }
    await expect(p.run({ kind: "echo", text: "c" })).rejects.toThrow("worker pool is closed");
  });

  it("refuses a size that is not a positive whole number", () => {
    for (const size of [0, -1, 1.5]) expect(() => createWorkerPool({ size, spawn, timeoutMs: 1 })).toThrow(/at least 1/);
  });
});
