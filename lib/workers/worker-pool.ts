import type { Worker } from "node:worker_threads";
import type { JobReply, JobRequest } from "./job-messages";

/**
 * A fixed number of worker threads that each run one job at a time, with a FIFO queue in front.
 * CPU-heavy work (PDF layout) runs there so the event loop keeps serving other requests.
 *
 * `spawn` is called lazily, when a job needs a thread, and again to replace a thread that crashed,
 * exited or overran `timeoutMs` (it is terminated: a stuck layout must not hold a slot forever).
 * The bundler needs `new Worker(new URL("./entry.ts", import.meta.url))` written out at the call
 * site, which is why the caller passes a function instead of a path.
 */
export type WorkerPool<In, Out> = {
  run(input: In): Promise<Out>;
  /** Ends every thread; queued and running jobs are rejected. */
  close(): Promise<void>;
  stats(): { threads: number; busy: number; queued: number };
};

type Job<In, Out> = { input: In; resolve: (out: Out) => void; reject: (error: Error) => void };
type Slot<In, Out> = { worker: Worker; job: Job<In, Out> | null; timer: NodeJS.Timeout | null };

export function createWorkerPool<In, Out>(options: { size: number; spawn: () => Worker; timeoutMs: number }): WorkerPool<In, Out> {
  const { size, spawn, timeoutMs } = options;
  if (!Number.isInteger(size) || size < 1) throw new Error(`worker pool size must be a whole number of at least 1, got ${size}`);
  const slots: Slot<In, Out>[] = [];
  const queue: Job<In, Out>[] = [];
  let nextId = 0;
  let closed = false;

  function retire(slot: Slot<In, Out>, error: Error): void {
    const at = slots.indexOf(slot);
    if (at === -1) return;
    slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.job?.reject(error);
    slot.job = null;
    void slot.worker.terminate();
    pump();
  }

  function open(): Slot<In, Out> {
    const slot: Slot<In, Out> = { worker: spawn(), job: null, timer: null };
    slot.worker.on("message", (reply: JobReply<Out>) => {
      const job = slot.job;
      if (!job) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      // An idle thread must not keep a script alive; the server stays up for its own reasons.
      slot.worker.unref();
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new Error(`worker job failed: ${reply.message}`));
      pump();
    });
    slot.worker.on("error", (error) => retire(slot, error));
    slot.worker.on("exit", (code) => retire(slot, new Error(`worker thread exited (code ${code}) during a job`)));
    slots.push(slot);
    return slot;
  }

  function start(slot: Slot<In, Out>, job: Job<In, Out>): void {
    slot.job = job;
    // A job in flight keeps the process alive until it answers (a pending promise alone would not).
    slot.worker.ref();
    slot.timer = setTimeout(() => retire(slot, new Error(`worker job took longer than ${timeoutMs} ms`)), timeoutMs);
    const request: JobRequest<In> = { id: nextId++, input: job.input };
    slot.worker.postMessage(request);
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => s.job === null);
      if (!slot && slots.length < size) {
        try {
          slot = open();
        } catch (error) {
          // A thread that cannot even be created fails the job that asked for it, not the process.
          queue.shift()?.reject(error instanceof Error ? error : new Error(String(error)));
          continue;
        }
      }
      if (!slot) return;
      const job = queue.shift();
      if (job) start(slot, job);
    }
  }

  return {
    run(input) {
      if (closed) return Promise.reject(new Error("worker pool is closed"));
      return new Promise<Out>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("worker pool is closed"));
      const all = slots.splice(0);
      for (const slot of all) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error("worker pool is closed"));
      }
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
    stats: () => ({ threads: slots.length, busy: slots.filter((s) => s.job !== null).length, queued: queue.length }),
  };
}
