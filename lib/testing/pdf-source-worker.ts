import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const entry = fileURLToPath(new URL("../pdf/protocol-pdf-worker.ts", import.meta.url));

/**
 * The PDF render thread started from its TypeScript source, for tests and scripts (the server runs
 * next build's bundle of the same entry, lib/pdf/render-off-thread.ts). tsx, a devDependency, loads
 * it through require(), which sees react-pdf's import-only subpath export only with the "import"
 * condition (the same fix as scripts/bench/pdf.ts).
 */
export function spawnPdfWorkerFromSource(): Worker {
  return new Worker(`require("tsx/cjs"); require(${JSON.stringify(entry)});`, { eval: true, execArgv: ["--conditions=import"] });
}
