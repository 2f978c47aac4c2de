import { serveJobs } from "@/lib/workers/serve-jobs";
import type { ProtocolPdfData } from "./protocol-pdf-data";
import { renderProtocolPdf } from "./render-protocol-pdf";

/**
 * The entry of a PDF render thread (lib/pdf/render-off-thread.ts starts it; next build bundles it
 * from the `new Worker(new URL(...))` there). Layout is CPU-bound for 50-250 ms per handout, so it
 * runs here and the server's event loop keeps answering other requests meanwhile.
 */
serveJobs<ProtocolPdfData, Uint8Array<ArrayBuffer>>(
  async (data) => {
    const pdf = await renderProtocolPdf(data);
    // Only a buffer that owns its whole ArrayBuffer may be moved to the other thread: a small one
    // can be a slice of Node's shared pool, so that one is copied first.
    if (pdf.buffer instanceof ArrayBuffer && pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength) {
      return new Uint8Array(pdf.buffer, 0, pdf.byteLength);
    }
    return new Uint8Array(pdf);
  },
  (pdf) => [pdf.buffer],
);
