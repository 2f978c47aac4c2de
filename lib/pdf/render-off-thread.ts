import "server-only";
import { Worker } from "node:worker_threads";
import { pdfRenderWorkers } from "@/lib/env";
import { createWorkerPool, type WorkerPool } from "@/lib/workers/worker-pool";
import type { ProtocolPdfData } from "./protocol-pdf-data";

/** Far above any real handout (a 12-exercise plan takes ~0.2 s); only a stuck layout reaches it. */
const RENDER_TIMEOUT_MS = 30_000;

// One pool per server process: a globalThis slot survives dev reloads, which re-run this module.
const slot = globalThis as { __stridePdfPool?: WorkerPool<ProtocolPdfData, Uint8Array> };

/**
 * renderProtocolPdf on a worker thread (docs/decisions/0025-pdf-cache-and-render-worker.md).
 * The URL is written out here because next build bundles the worker from exactly this expression.
 */
export function renderProtocolPdfOffThread(data: ProtocolPdfData): Promise<Uint8Array> {
  slot.__stridePdfPool ??= createWorkerPool<ProtocolPdfData, Uint8Array>({
    size: pdfRenderWorkers(),
    timeoutMs: RENDER_TIMEOUT_MS,
    spawn: () => new Worker(new URL("./protocol-pdf-worker.ts", import.meta.url)),
  });
  return slot.__stridePdfPool.run(data);
}
