import { parentPort, type TransferListItem } from "node:worker_threads";
import type { JobReply, JobRequest } from "./job-messages";

/**
 * The worker-thread side of lib/workers/worker-pool.ts: answers each job with its output, or with
 * the error's message (a thrown error cannot cross threads with its stack, and the pool only needs
 * to fail the one request). `transfer` lists buffers to move instead of copy.
 */
export function serveJobs<In, Out>(handle: (input: In) => Promise<Out>, transfer: (output: Out) => TransferListItem[] = () => []): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs() runs only inside a worker thread");
  port.on("message", async (request: JobRequest<In>) => {
    let reply: JobReply<Out>;
    let moved: TransferListItem[] = [];
    try {
      const output = await handle(request.input);
      reply = { id: request.id, ok: true, output };
      moved = transfer(output);
    } catch (error) {
      reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply, moved);
  });
}
