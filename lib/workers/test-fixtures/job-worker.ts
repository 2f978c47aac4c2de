import { serveJobs } from "../serve-jobs";

/** A worker for worker-pool.test.ts: each input names what the job should do. */
export type FixtureJob =
  | { kind: "echo"; text: string; waitMs?: number }
  | { kind: "bytes"; length: number }
  | { kind: "fail"; message: string }
  | { kind: "crash" }
  | { kind: "hang" };

serveJobs<FixtureJob, string | Uint8Array<ArrayBuffer>>(async (job) => {
  switch (job.kind) {
    case "echo":
      await new Promise((resolve) => setTimeout(resolve, job.waitMs ?? 0));
      return `${job.text} from thread ${process.pid}:${(await import("node:worker_threads")).threadId}`;
    case "bytes":
      return new Uint8Array(job.length).map((_, i) => i % 256);
    case "fail":
      throw new Error(job.message);
    case "crash":
      process.exit(3);
    case "hang":
      return new Promise<string>(() => undefined);
  }
}, (output) => (typeof output === "string" ? [] : [output.buffer]));
